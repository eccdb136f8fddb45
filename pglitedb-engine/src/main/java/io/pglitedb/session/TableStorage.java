package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.IndexMaintenance;
import io.pglitedb.exec.RowKeys;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.Transaction;
import java.util.ArrayList;
import java.util.List;

/**
 * Where DDL puts a table's rows and index entries: new storage for CREATE TABLE, CREATE INDEX,
 * TRUNCATE and table rewrites (private to the transaction until it commits, written without row
 * locks or batch; see {@link io.pglitedb.txn.Transaction#createPrivateStorage}), and old storage
 * deleted after the commit of TRUNCATE, DROP TABLE, DROP INDEX or a rewrite. A table's indexes
 * always move with it.
 */
final class TableStorage {
    private TableStorage() {
    }

    /** A table created in this transaction: its storage (and its indexes') is private until commit. */
    static void created(int database, Transaction txn, TableDescriptor table) {
        byte[] prefix = RowKeys.tablePrefix(database, table);
        txn.createPrivateStorage(prefix, KeyEncoder.prefixEnd(prefix));
        for (IndexDescriptor index : table.indexes()) {
            indexCreated(database, txn, index);
        }
    }

    /** The table's rows and index entries are deleted once this transaction commits. */
    static void dropped(int database, Transaction txn, TableDescriptor table) {
        byte[] prefix = RowKeys.tablePrefix(database, table);
        txn.deleteStorageAfterCommit(prefix, KeyEncoder.prefixEnd(prefix));
        for (IndexDescriptor index : table.indexes()) {
            indexDropped(database, txn, index);
        }
    }

    /** An index created in this transaction (CREATE INDEX, ADD UNIQUE): its entries are private until commit. */
    static void indexCreated(int database, Transaction txn, IndexDescriptor index) {
        byte[] prefix = IndexMaintenance.indexPrefix(database, index);
        txn.createPrivateStorage(prefix, KeyEncoder.prefixEnd(prefix));
    }

    /** VACUUM: the table's rows and index entries compacted in the store (fewer files for a scan to read). */
    static void compact(io.pglitedb.storage.Store store, int database, TableDescriptor table) {
        byte[] prefix = RowKeys.tablePrefix(database, table);
        store.compact(prefix, KeyEncoder.prefixEnd(prefix));
        for (IndexDescriptor index : table.indexes()) {
            byte[] indexPrefix = IndexMaintenance.indexPrefix(database, index);
            store.compact(indexPrefix, KeyEncoder.prefixEnd(indexPrefix));
        }
    }

    static void indexDropped(int database, Transaction txn, IndexDescriptor index) {
        byte[] prefix = IndexMaintenance.indexPrefix(database, index);
        txn.deleteStorageAfterCommit(prefix, KeyEncoder.prefixEnd(prefix));
    }

    /**
     * Gives the table and its indexes new, empty storage (PostgreSQL's new relfilenode); the old
     * rows stay visible to everyone else until commit and are deleted after it. The caller writes
     * the returned descriptor to the catalog.
     */
    static TableDescriptor renewed(Catalog catalog, Transaction txn, TableDescriptor table) {
        List<IndexDescriptor> indexes = new ArrayList<>();
        for (IndexDescriptor index : table.indexes()) {
            indexes.add(index.withStorage(catalog.allocateOid()));
        }
        TableDescriptor moved = table.withStorage(catalog.allocateOid()).withIndexes(indexes);
        dropped(catalog.databaseOid(), txn, table);
        created(catalog.databaseOid(), txn, moved);
        return moved;
    }
}
