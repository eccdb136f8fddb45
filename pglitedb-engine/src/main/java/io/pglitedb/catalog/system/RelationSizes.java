package io.pglitedb.catalog.system;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.IndexMaintenance;
import io.pglitedb.exec.RowKeys;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.Store;

/**
 * pg_relation_size, pg_table_size, pg_indexes_size, pg_total_relation_size and pg_database_size:
 * RocksDB's estimate of the bytes the relation's key range takes in files and memtables
 * ({@link Store#approximateSize}). These are not PostgreSQL's page counts (an empty table is 0
 * bytes here, 0 or 8192 there; rows take less room in compressed SST files than in heap pages),
 * but they grow with the data and compare relations with each other honestly. A primary key is
 * the table's own key order, so its index adds nothing; secondary indexes have their own ranges.
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
                return 0L;
            }
        }
        for (io.pglitedb.catalog.SequenceDescriptor s : c.view().sequences()) {
            if (s.oid() == oid) {
                return 0L; // its state is one small catalog value, not a relation of its own
            }
        }
        return null;
    }

    /** pg_table_size: the table without its indexes (there is no TOAST). */
    public static Long table(SystemContext c, long oid) {
        return relation(c, oid, null);
    }

    /** pg_indexes_size: the table's secondary indexes. */
    public static Long indexes(SystemContext c, long oid) {
        TableDescriptor table = c.view().table((int) oid);
        if (table == null) {
            return null;
        }
        long total = 0;
        for (IndexDescriptor index : table.indexes()) {
            total += indexSize(c, index);
        }
        return total;
    }

    /** pg_total_relation_size: the table and its indexes. */
    public static Long total(SystemContext c, long oid) {
        TableDescriptor table = c.view().table((int) oid);
        if (table == null) {
            return relation(c, oid, null);
        }
        return tableSize(c, table) + indexes(c, oid);
    }

    /** pg_database_size: every key of the database (catalog entries included), or 0 for another database. */
    public static long database(SystemContext c, long databaseOid) {
        int own = c.view().catalog().databaseOid();
        if (databaseOid != own) {
            return 0L;
        }
        return range(c, new KeyEncoder().addInt(own).toBytes());
    }

    private static long tableSize(SystemContext c, TableDescriptor table) {
        if (table.isView()) {
            return 0L;
        }
        return range(c, RowKeys.tablePrefix(c.view().catalog().databaseOid(), table));
    }

    private static long indexSize(SystemContext c, IndexDescriptor index) {
        return range(c, IndexMaintenance.indexPrefix(c.view().catalog().databaseOid(), index));
    }

    private static long range(SystemContext c, byte[] prefix) {
        return c.view().catalog().store().approximateSize(prefix, KeyEncoder.prefixEnd(prefix));
    }
}
