package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.Namespaces;
import io.pglitedb.catalog.SearchPath;
import io.pglitedb.exec.SessionSequences;
import io.pglitedb.security.AccessRequirements;
import io.pglitedb.sql.ast.QualifiedName;

/**
 * What analysis needs from the session: the catalog as this transaction sees it, the parameter
 * types being inferred, the session's identity for current_user and friends, the statement's
 * runtime slot numbering, the session's memory of sequence values (currval, lastval), the
 * search path unqualified names resolve through, the relations the statement names (what a
 * view depends on), and where the privileges the statement needs are collected
 * ({@code access}, checked by the session).
 *
 * @param user current_user (SET ROLE changes it)
 * @param sessionUser session_user (SET SESSION AUTHORIZATION changes it)
 * @param ranges the FROM items of the queries being analysed, for errors naming one out of reach
 * @param rowSystemColumns whether tables are read with their ctid and xmin (see {@link RowSystemColumns})
 */
public record AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database,
        SlotAllocator slots, SessionSequences sequences, SearchPath searchPath, RelationUses uses,
        String sessionUser, AccessRequirements access, RangeNames ranges, boolean rowSystemColumns) {
    public AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database,
            SlotAllocator slots, SessionSequences sequences, SearchPath searchPath, String sessionUser,
            AccessRequirements access) {
        this(catalog, parameters, user, database, slots, sequences, searchPath, new RelationUses(), sessionUser,
                access, new RangeNames(), false);
    }

    public AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database) {
        this(catalog, parameters, user, database, new SlotAllocator(), new SessionSequences(), SearchPath.DEFAULT,
                user, new AccessRequirements());
    }

    public AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database,
            SessionSequences sequences) {
        this(catalog, parameters, user, database, new SlotAllocator(), sequences, SearchPath.DEFAULT, user,
                new AccessRequirements());
    }

    public AnalyzerContext(CatalogView catalog, ParameterTypes parameters, String user, String database,
            SessionSequences sequences, SearchPath searchPath) {
        this(catalog, parameters, user, database, new SlotAllocator(), sequences, searchPath, user,
                new AccessRequirements());
    }

    /** The same identity with another session user (after SET ROLE the two differ). */
    public AnalyzerContext withSessionUser(String newSessionUser) {
        return new AnalyzerContext(catalog, parameters, user, database, slots, sequences, searchPath, uses,
                newSessionUser, access, ranges, rowSystemColumns);
    }

    /** The same context collecting privileges into {@code other} (a view's query, checked as its owner). */
    public AnalyzerContext withAccess(AccessRequirements other) {
        return new AnalyzerContext(catalog, parameters, user, database, slots, sequences, searchPath, uses,
                sessionUser, other, ranges, rowSystemColumns);
    }

    /** The same context for analysing the statement again, its tables read with ctid and xmin. */
    AnalyzerContext withRowSystemColumns() {
        return new AnalyzerContext(catalog, parameters, user, database, slots, sequences, searchPath, uses,
                sessionUser, access, new RangeNames(), true);
    }

    /**
     * A qualified name's schema must be usable by the current user (LookupExplicitNamespace):
     * 42501 "permission denied for schema s" at the name, when the schema exists.
     */
    public void checkSchemaUsage(QualifiedName name) {
        if (name.schema() == null) {
            return;
        }
        io.pglitedb.catalog.SchemaDescriptor schema = catalog.schema(name.schema());
        io.pglitedb.catalog.RoleDescriptor role = catalog.role(user);
        if (schema != null && !new io.pglitedb.security.Authorization(catalog)
                .hasSchemaPrivilege(role == null ? -1 : role.oid(), schema, io.pglitedb.catalog.Privileges.USAGE)) {
            throw io.pglitedb.security.Authorization.denied("schema", schema.name()).withPosition(name.position() + 1);
        }
    }

    /** current_schema(): the first schema of the search path that exists, or null. */
    public String currentSchema() {
        return searchPath.creationSchema(catalog);
    }

    /** The schema of the existing relation {@code name} names (see {@link Namespaces#relationSchema}). */
    public String relationSchema(QualifiedName name) {
        return Namespaces.relationSchema(catalog, searchPath, name.schema(), name.name());
    }

    /** The schema a new object {@code name} goes to (see {@link Namespaces#creationSchema}). */
    public String creationSchema(QualifiedName name) {
        return Namespaces.creationSchema(catalog, searchPath, name.schema(), name.position());
    }
}
