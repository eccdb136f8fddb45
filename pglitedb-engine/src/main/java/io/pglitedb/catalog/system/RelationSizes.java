package io.pglitedb.catalog.system;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.IndexMaintenance;
import io.pglitedb.exec.RowKeys;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.Store;

/**
 * pg_relation_size, pg_table_size, pg_indexes_size, pg_total_relation_size and pg_database_size,
 * in PostgreSQL's units: whole 8192-byte pages. The bytes are RocksDB's estimate of the relation's
 * key range in files and memtables ({@link Store#approximateSize}), rounded up to pages; around
 * them the relation takes the pages PostgreSQL's would: a B-tree index has its metapage (8192
 * bytes when empty), a table whose rows may hold long values has a TOAST table with an empty
 * index (8192 bytes of pg_table_size), a sequence is one page, an empty table and a view none. So
 * small relations show what PostgreSQL shows (psql's \dt+ and \di+ agree), and bigger ones grow
 * with the data. A primary key is the table's own key order; its index is counted as the share of
 * the table's bytes its key columns take.
 */
public final class RelationSizes {
    private RelationSizes() {
    }

    /** pg_relation_size(oid [, fork]): the table's or index's main fork; other forks are empty. */
    public static Long relation(SystemContext c, long oid, String fork) {
        if (fork != null && !fork.equals("main")) {
            if (!fork.equals("fsm") && !fork.equals("vm") && !fork.equals("init")) {
                throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INVALID_PARAMETER_VALUE,
                        "invalid fork name").withHint("Valid fork names are \"main\", \"fsm\", \"vm\", and \"init\".");
            }
            return 0L;
        }
        TableDescriptor table = c.view().table((int) oid);
        if (table != null) {
            return tableSize(c, table);
        }
        for (TableDescriptor t : c.view().tables()) {
            for (IndexDescriptor index : t.indexes()) {
                if (index.oid() == oid) {
                    return indexSize(c, index);
                }
            }
            if (t.hasPrimaryKey() && CatalogRows.primaryKeyIndexOid(t) == oid) {
                return primaryKeySize(c, t);
            }
        }
        for (io.pglitedb.catalog.SequenceDescriptor s : c.view().sequences()) {
            if (s.oid() == oid) {
                return PAGE; // PostgreSQL's sequence relation: one page
            }
        }
        return null;
    }

    /** pg_table_size: the table and its TOAST table, without its indexes. */
    public static Long table(SystemContext c, long oid) {
        TableDescriptor table = c.view().table((int) oid);
        if (table == null || table.isView() || table.isPartitioned()) {
            return relation(c, oid, null);
        }
        return tableSize(c, table) + (hasToast(table) ? PAGE : 0);
    }

    /** pg_indexes_size: the table's indexes, its primary key's included. */
    public static Long indexes(SystemContext c, long oid) {
        TableDescriptor table = c.view().table((int) oid);
        if (table == null) {
            return relation(c, oid, null) == null ? null : 0L; // an index or sequence has no indexes
        }
        long total = table.hasPrimaryKey() ? primaryKeySize(c, table) : 0;
        for (IndexDescriptor index : table.indexes()) {
            total += indexSize(c, index);
        }
        return total;
    }

    /** pg_total_relation_size: the table, its TOAST table and its indexes. */
    public static Long total(SystemContext c, long oid) {
        TableDescriptor table = c.view().table((int) oid);
        if (table == null) {
            return relation(c, oid, null);
        }
        return table(c, oid) + indexes(c, oid);
    }

    /** pg_database_size: every key of the database (catalog entries included), or 0 for another database. */
    public static long database(SystemContext c, long databaseOid) {
        int own = c.view().catalog().databaseOid();
        if (databaseOid != own) {
            return 0L;
        }
        return range(c, new KeyEncoder().addInt(own).toBytes());
    }

    private static final long PAGE = 8192;

    /** Bytes as whole pages: none for none. */
    private static long pages(long bytes) {
        return (bytes + PAGE - 1) / PAGE * PAGE;
    }

    private static long tableSize(SystemContext c, TableDescriptor table) {
        if (table.isView() || table.isPartitioned()) {
            return 0L;
        }
        return pages(tableBytes(c, table));
    }

    private static long tableBytes(SystemContext c, TableDescriptor table) {
        return range(c, RowKeys.tablePrefix(c.view().catalog().databaseOid(), table));
    }

    /** A B-tree: its metapage, and the pages of its entries. */
    private static long indexSize(SystemContext c, IndexDescriptor index) {
        return PAGE + pages(range(c, IndexMaintenance.indexPrefix(c.view().catalog().databaseOid(), index)));
    }

    /** The primary key's B-tree: its metapage, and its key columns' share of the table's bytes. */
    private static long primaryKeySize(SystemContext c, TableDescriptor table) {
        long bytes = tableBytes(c, table);
        int columns = Math.max(1, table.columns().size());
        return PAGE + pages(bytes == 0 ? 0 : Math.max(1, bytes * table.primaryKey().length / columns));
    }

    /**
     * PostgreSQL's needs_toast_table: some column's values may be stored out of line (a
     * variable-length type not of plain storage) and a row's maximum size is unknown or above
     * TOAST_TUPLE_THRESHOLD (2032 bytes).
     */
    static boolean hasToast(TableDescriptor table) {
        boolean toastable = false;
        boolean unknownLength = false;
        long length = 0;
        for (io.pglitedb.catalog.ColumnDescriptor column : table.columns()) {
            io.pglitedb.types.DataType type = column.type();
            short typlen = type.type().length();
            if (typlen > 0) {
                length += typlen;
                continue;
            }
            BuiltinTypes.Row row = BuiltinTypes.byOid(type.type().oid());
            toastable |= row == null || row.storage() != 'p';
            long max = maximumSize(type);
            if (max < 0) {
                unknownLength = true;
            } else {
                length += max;
            }
        }
        return toastable && (unknownLength || 24 + length > 2032);
    }

    /** PostgreSQL's type_maximum_size: bounded only for char(n), varchar(n) and numeric(p, s); -1 else. */
    private static long maximumSize(io.pglitedb.types.DataType type) {
        int typmod = type.typmod();
        if (typmod < 0) {
            return -1;
        }
        return switch (type.type().name()) {
            case "bpchar", "varchar" -> (typmod - 4) * 4L + 4; // at most 4 bytes a character in UTF8
            case "numeric" -> {
                int precision = ((typmod - 4) >> 16) & 0xffff;
                yield ((precision + 3) / 4 + 1) * 2L + 8; // NUMERIC_HDRSZ + digit groups (numeric_maximum_size)
            }
            default -> -1;
        };
    }

    private static long range(SystemContext c, byte[] prefix) {
        return c.view().catalog().store().approximateSize(prefix, KeyEncoder.prefixEnd(prefix));
    }
}
