package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.RowKeys;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.Transaction;

/**
 * Where DDL puts a table's rows: new storage for CREATE TABLE, TRUNCATE and table rewrites (private
 * to the transaction until it commits, written without row locks or batch; see
 * {@link io.pglitedb.txn.Transaction#createPrivateStorage}), and old storage deleted after the
 * commit of TRUNCATE, DROP TABLE or a rewrite.
 */
final class TableStorage {
    private TableStorage() {
    }

    /** A table created in this transaction: its storage is private until commit. */
    static void created(Transaction txn, TableDescriptor table) {
        byte[] prefix = RowKeys.tablePrefix(Catalog.DEFAULT_DATABASE, table);
        txn.createPrivateStorage(prefix, KeyEncoder.prefixEnd(prefix));
    }

    /** The table's rows are deleted once this transaction commits. */
    static void dropped(Transaction txn, TableDescriptor table) {
        byte[] prefix = RowKeys.tablePrefix(Catalog.DEFAULT_DATABASE, table);
        txn.deleteStorageAfterCommit(prefix, KeyEncoder.prefixEnd(prefix));
    }

    /**
     * Gives the table new, empty storage (PostgreSQL's new relfilenode); the old rows stay visible
     * to everyone else until commit and are deleted after it. The caller writes the returned
     * descriptor to the catalog.
     */
    static TableDescriptor renewed(Catalog catalog, Transaction txn, TableDescriptor table) {
        TableDescriptor moved = table.withStorage(catalog.allocateOid());
        dropped(txn, table);
        created(txn, moved);
        return moved;
    }
}
