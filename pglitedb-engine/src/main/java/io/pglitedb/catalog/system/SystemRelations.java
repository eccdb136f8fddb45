package io.pglitedb.catalog.system;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The relations of pg_catalog: their columns are PostgreSQL 15's (read from
 * {@code pg_catalog_columns.tsv}, recorded from PostgreSQL's own pg_attribute, with its OIDs and
 * NOT NULL markings);
 * their rows come from {@link CatalogRows}. A relation without a row source is empty (there are
 * no triggers, rules, extensions ... to list). Columns of types this engine does not have yet
 * (aclitem, xid, pg_lsn, anyarray, pg_node_tree as such) are left out, except pg_node_tree, shown
 * as text.
 */
public final class SystemRelations {
    private SystemRelations() {
    }

    private static final Map<String, SystemRelation> BY_NAME = new LinkedHashMap<>();
    private static final Map<Integer, SystemRelation> BY_OID = new LinkedHashMap<>();

    static {
        Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> sources = CatalogRows.sources();
        load("pg_catalog_columns.tsv", sources);
        // pg_stat_statements is built in: its views are always there, in pg_catalog
        load("extension_columns.tsv", sources);
    }

    /** Registers the relations listed in a columns file (oid, relname, relkind, attname, type, attnotnull by line). */
    private static void load(String resource, Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> sources) {
        try (InputStream in = SystemRelations.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            String current = null;
            int oid = 0;
            char kind = 'r';
            List<ColumnDescriptor> columns = new ArrayList<>();
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (!f[1].equals(current)) {
                    if (current != null) {
                        register(oid, current, kind, columns, sources);
                    }
                    current = f[1];
                    oid = Integer.parseInt(f[0]);
                    kind = f[2].charAt(0);
                    columns = new ArrayList<>();
                }
                DataType type = columnType(f[4]);
                if (type != null) {
                    columns.add(new ColumnDescriptor(f[3], columns.size() + 1, type, f[5].equals("t"), null, null));
                }
            }
            if (current != null) {
                register(oid, current, kind, columns, sources);
            }
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    private static void register(int oid, String name, char kind, List<ColumnDescriptor> columns,
            Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> sources) {
        BiConsumer<SystemContext, SystemRelation.Rows> source = sources.getOrDefault(name, (context, rows) -> { });
        SystemRelation relation = new SystemRelation(oid, SchemaDescriptor.PG_CATALOG, name, kind, columns, source);
        BY_NAME.put(name, relation);
        BY_OID.put(oid, relation);
    }

    /** The engine's type for a column type as format_type prints it, or null when it has none yet. */
    private static DataType columnType(String formatted) {
        if (formatted.endsWith("[]")) {
            DataType element = columnType(formatted.substring(0, formatted.length() - 2));
            ArrayType array = element == null ? null : ArrayTypes.arrayOf(element.type());
            return array == null ? null : DataType.of(array);
        }
        PgType type = switch (formatted) {
            case "int2vector" -> ArrayTypes.INT2VECTOR;
            case "oidvector" -> ArrayTypes.OIDVECTOR;
            case "pg_node_tree" -> Types.TEXT;
            case "anyarray" -> io.pglitedb.types.ArrayTypes.TEXT; // values of any type, as their text forms
            case "\"char\"" -> Types.CHAR;
            case "timestamp with time zone" -> Types.TIMESTAMPTZ;
            case "timestamp without time zone" -> Types.TIMESTAMP;
            default -> {
                try {
                    yield Types.resolve(formatted, List.of()).type();
                } catch (PgException e) {
                    yield null;
                }
            }
        };
        return type == null ? null : DataType.of(type);
    }

    /** The system relation {@code schema.name}, or null. */
    public static SystemRelation find(String schema, String name) {
        return schema.equals(SchemaDescriptor.PG_CATALOG) ? BY_NAME.get(name) : null;
    }

    public static SystemRelation byOid(int oid) {
        return BY_OID.get(oid);
    }

    public static Collection<SystemRelation> all() {
        return BY_NAME.values();
    }
}
