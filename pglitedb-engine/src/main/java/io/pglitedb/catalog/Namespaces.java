package io.pglitedb.catalog;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * Which schema a written name means, as PostgreSQL's RangeVarGetRelid and
 * RangeVarGetCreationNamespace decide: a qualified name names its schema; an unqualified one
 * the first schema of the search path holding a relation of that name, and for a new object the
 * search path's creation schema.
 */
public final class Namespaces {
    private Namespaces() {
    }

    /**
     * The schema of the existing relation (table, sequence or index) that
     * {@code schema.name} names (system relations are the analyser's); for an unqualified name that matches nothing, the creation schema
     * (or pg_catalog), so that the caller's "does not exist" error follows.
     */
    public static String relationSchema(CatalogView view, SearchPath path, String schema, String name) {
        if (schema != null) {
            return path.resolveSchema(schema);
        }
        for (String candidate : path.lookupOrder(view)) {
            if (view.relationExists(candidate, name)) {
                return candidate;
            }
        }
        String creation = path.creationSchema(view);
        return creation == null ? SchemaDescriptor.PG_CATALOG : creation;
    }

    /**
     * The schema a new object goes to: the written one, else the search path's creation schema.
     * @param position the name's 0-based offset in the statement, for the error
     * @throws PgException 3F000 when the written schema does not exist or the search path names no
     *     existing schema
     */
    public static String creationSchema(CatalogView view, SearchPath path, String schema, int position) {
        String chosen = schema != null ? path.resolveSchema(schema) : path.creationSchema(view);
        if (chosen == null) {
            throw new PgException(SqlState.INVALID_SCHEMA_NAME, "no schema has been selected to create in")
                    .withPosition(position + 1);
        }
        if (view.schema(chosen) == null) {
            throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", chosen)
                    .withPosition(position + 1);
        }
        return chosen;
    }
}
