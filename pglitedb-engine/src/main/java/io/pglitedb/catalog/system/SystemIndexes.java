package io.pglitedb.catalog.system;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.sql.parser.Identifiers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indexes of PostgreSQL 15's catalog tables (pg_class_oid_index, pg_attribute_relid_attnum_index
 * ...) with its OIDs, key columns, operator classes and the primary-key and unique constraints
 * behind them, recorded from the reference by {@code scripts/record-pg-catalog-indexes.sh} into
 * {@code pg_catalog_indexes.tsv}. They are what pg_class, pg_index, pg_attribute and pg_constraint
 * list for the catalogs (regress sanity_check asks every catalog with OIDs for a unique index on
 * them; psql's \d pg_class shows them). Nothing is indexed by them: the catalogs are computed.
 * An index on a column the engine leaves out of its relation (a type it lacks) is left out too.
 */
public final class SystemIndexes {
    private SystemIndexes() {
    }

    /**
     * @param columns the key columns' attribute numbers in {@link #table}'s columns
     * @param constraintType 'p', 'u', or 0 for an index without a constraint
     */
    record SystemIndex(long oid, String name, SystemRelation table, boolean unique, boolean primary, int[] columns,
            long[] operatorClasses, long[] collations, String definition, long constraintOid, char constraintType,
            String constraintDefinition) {

        ColumnDescriptor column(int i) {
            return table.columns().get(columns[i] - 1);
        }
    }

    private static final List<SystemIndex> ALL = load();
    private static final Map<Long, SystemIndex> BY_OID = new HashMap<>();
    private static final Map<Long, SystemIndex> BY_CONSTRAINT = new HashMap<>();
    private static final Map<String, SystemIndex> BY_NAME = new HashMap<>();
    private static final Set<Long> INDEXED_TABLES = new HashSet<>();

    static {
        for (SystemIndex index : ALL) {
            BY_OID.put(index.oid(), index);
            BY_NAME.put(index.name(), index);
            if (index.constraintType() != 0) {
                BY_CONSTRAINT.put(index.constraintOid(), index);
            }
            INDEXED_TABLES.add((long) index.table().oid());
        }
    }

    static List<SystemIndex> all() {
        return ALL;
    }

    /** The catalog index with this OID, or null. */
    static SystemIndex byOid(long oid) {
        return BY_OID.get(oid);
    }

    /** Whether the OID is a catalog index's (pg_class_oid_index ...). */
    public static boolean isCatalogIndex(long oid) {
        return BY_OID.containsKey(oid);
    }

    /** The catalog index with this name, or null. */
    static SystemIndex byName(String name) {
        return BY_NAME.get(name);
    }

    /** The catalog index behind the primary-key or unique constraint with this OID, or null. */
    static SystemIndex byConstraintOid(long oid) {
        return BY_CONSTRAINT.get(oid);
    }

    /** Whether a catalog table has indexes (its pg_class.relhasindex). */
    static boolean hasIndexes(long tableOid) {
        return INDEXED_TABLES.contains(tableOid);
    }

    private static final long NAME_OID = 19;
    private static final long CSTRING_OID = 2275;

    /** pg_class rows: relkind 'i', btree, in pg_catalog. */
    static void classRows(SystemRelation.Rows rows) {
        for (SystemIndex index : ALL) {
            CatalogRows.classRow(rows, index.oid(), index.name(), SchemaDescriptor.PG_CATALOG_OID, 'i',
                    CatalogRows.BTREE_AM, index.oid(), index.columns().length);
        }
    }

    /** pg_attribute rows: an index's columns, named and typed like the table columns they key. */
    static void attributeRows(SystemRelation.Rows rows) {
        for (SystemIndex index : ALL) {
            for (int i = 0; i < index.columns().length; i++) {
                ColumnDescriptor column = index.column(i);
                CatalogRows.attributeRow(rows, index.oid(), column.name(), column.type(), i + 1, false);
                if (column.type().oid() == NAME_OID) { // name_ops keeps its keys as cstring (its opckeytype)
                    rows.oid("atttypid", CSTRING_OID).set("attlen", (short) -2).set("attbyval", false)
                            .chr("attalign", 'c').chr("attstorage", 'p');
                }
            }
        }
    }

    static void indexRows(SystemRelation.Rows rows) {
        for (SystemIndex index : ALL) {
            int[] zeroBased = new int[index.columns().length];
            for (int i = 0; i < zeroBased.length; i++) {
                zeroBased[i] = index.columns()[i] - 1;
            }
            CatalogRows.indexRow(rows, index.oid(), index.table().oid(), zeroBased, new short[zeroBased.length],
                    index.unique(), index.primary());
            rows.set("indclass", oidVector(index.operatorClasses()))
                    .set("indcollation", oidVector(index.collations()));
        }
    }

    static void constraintRows(SystemRelation.Rows rows) {
        for (SystemIndex index : ALL) {
            if (index.constraintType() != 0) {
                CatalogRows.constraintRow(rows, index.constraintOid(), index.table().oid(),
                        SchemaDescriptor.PG_CATALOG_OID, index.name(), index.constraintType(), index.oid());
                Object[] keys = new Object[index.columns().length];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = (short) index.columns()[i];
                }
                rows.set("conkey", io.pglitedb.types.ArrayValue.of(keys));
            }
        }
    }

    /** pg_indexes rows. */
    static void indexDefinitionRows(SystemRelation.Rows rows) {
        for (SystemIndex index : ALL) {
            rows.add().set("schemaname", SchemaDescriptor.PG_CATALOG).set("tablename", index.table().name())
                    .set("indexname", index.name()).set("indexdef", index.definition());
        }
    }

    /** pg_get_indexdef(oid, column): the CREATE INDEX for column 0, else the column's name. */
    static String definition(SystemIndex index, int column) {
        if (column <= 0) {
            return index.definition();
        }
        return column > index.columns().length ? "" : Identifiers.quote(index.column(column - 1).name());
    }

    private static Object oidVector(long[] oids) {
        Object[] values = new Object[oids.length];
        for (int i = 0; i < oids.length; i++) {
            values[i] = oids[i];
        }
        return io.pglitedb.types.VectorType.of(values);
    }

    private static List<SystemIndex> load() {
        List<SystemIndex> indexes = new ArrayList<>();
        try (InputStream in = SystemIndexes.class.getResourceAsStream("pg_catalog_indexes.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                SystemIndex index = parse(line.split("\t", -1));
                if (index != null) {
                    indexes.add(index);
                }
            }
        } catch (IOException e) {
            throw PgException.internal(e);
        }
        return List.copyOf(indexes);
    }

    /** One recorded line, or null when the engine lacks the table or one of the key columns. */
    private static SystemIndex parse(String[] f) {
        SystemRelation table = SystemRelations.byOid(Integer.parseInt(f[2]));
        if (table == null) {
            return null;
        }
        String[] names = f[5].split(",");
        int[] columns = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = attributeNumber(table, names[i]);
            if (columns[i] == 0) {
                return null;
            }
        }
        return new SystemIndex(Long.parseLong(f[0]), f[1], table, f[3].equals("t"), f[4].equals("t"), columns,
                oids(f[6]), oids(f[7]), f[8], f[9].isEmpty() ? 0 : Long.parseLong(f[9]),
                f[10].isEmpty() ? 0 : f[10].charAt(0), f[11]);
    }

    private static int attributeNumber(SystemRelation table, String name) {
        for (ColumnDescriptor column : table.columns()) {
            if (column.name().equals(name)) {
                return column.attributeNumber();
            }
        }
        return 0;
    }

    private static long[] oids(String spaceSeparated) {
        String[] parts = spaceSeparated.split(" ");
        long[] oids = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            oids[i] = Long.parseLong(parts[i]);
        }
        return oids;
    }
}
