package io.pglitedb.exec;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.WaitPolicy;
import io.pglitedb.types.DataType;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * amcheck's bt_index_check for this engine's indexes, in the statement's snapshot: every entry
 * of a secondary index names a row that exists and whose values give exactly that entry; with
 * {@code heapallindexed}, every row of the table also has its entry. A primary key is the row's
 * storage key, so checking it verifies that every row is stored under the key its primary-key
 * values give. Corruption raises XX002 index_corrupted naming the key, as amcheck reports it.
 */
public final class IndexCheck {
    private IndexCheck() {
    }

    /**
     * bt_index_check(index regclass, heapallindexed): checks the index with this OID.
     *
     * @throws PgException 42809 when the OID names no index
     */
    public static void check(long indexOid, boolean heapAllIndexed, ExecContext context) {
        for (TableDescriptor table : context.systemContext().view().tables()) {
            if (table.hasPrimaryKey() && io.pglitedb.catalog.DerivedOids.primaryKeyIndex(table) == indexOid) {
                check(table, null, heapAllIndexed, context);
                return;
            }
            for (IndexDescriptor index : table.indexes()) {
                if (index.oid() == indexOid) {
                    check(table, index, heapAllIndexed, context);
                    return;
                }
            }
        }
        if (io.pglitedb.catalog.system.SystemIndexes.isCatalogIndex(indexOid)) {
            return; // the catalogs are computed from the catalog: their indexes hold nothing to disagree
        }
        TableDescriptor table = context.systemContext().view().tableByOid((int) indexOid);
        throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not an index",
                table != null ? table.name() : Long.toString(indexOid));
    }

    /** Checks {@code index} of {@code table} ({@code null}: the primary key). */
    public static void check(TableDescriptor table, IndexDescriptor index, boolean heapAllIndexed, ExecContext context) {
        // amcheck's bt_index_check takes AccessShareLock on table and index: readers and writers go on
        context.transaction().lockTable(context.databaseOid(), table.oid(), LockMode.ACCESS_SHARE, WaitPolicy.BLOCK);
        if (index == null) {
            checkPrimaryKey(table, context);
        } else if (!index.hasExpressionsOrPredicate()) { // expression and partial indexes are not verified
            checkSecondary(table, index, heapAllIndexed, context);
        }
    }

    private static void checkPrimaryKey(TableDescriptor table, ExecContext context) {
        DataType[] types = table.columnTypes();
        byte[] prefix = RowKeys.tablePrefix(context.databaseOid(), table);
        try (KeyValueIterator rows = context.transaction().scan(prefix, KeyEncoder.prefixEnd(prefix))) {
            byte[] previous = null;
            while (rows.next()) {
                context.checkCancelled();
                Object[] row = RowCodec.decode(types, rows.value());
                byte[] expected = RowKeys.primaryKey(context.databaseOid(), table, table.primaryKey(), types, row);
                if (!Arrays.equals(expected, rows.key())) {
                    throw corrupted("row of table \"%s\" stored under key %s has primary-key values that give key %s",
                            table.name(), hex(rows.key()), hex(expected));
                }
                if (previous != null && Arrays.compareUnsigned(previous, rows.key()) >= 0) {
                    throw corrupted("keys of table \"%s\" are out of order at %s", table.name(), hex(rows.key()));
                }
                previous = rows.key();
            }
        }
    }

    private static void checkSecondary(TableDescriptor table, IndexDescriptor index, boolean heapAllIndexed,
            ExecContext context) {
        int database = context.databaseOid();
        DataType[] types = table.columnTypes();
        byte[] tablePrefix = RowKeys.tablePrefix(database, table);
        byte[] indexPrefix = IndexMaintenance.indexPrefix(database, index);
        long entries = 0;
        try (KeyValueIterator it = context.transaction().scan(indexPrefix, KeyEncoder.prefixEnd(indexPrefix))) {
            while (it.next()) {
                context.checkCancelled();
                entries++;
                byte[] suffix = it.value();
                byte[] rowKey = IndexMaintenance.concat(tablePrefix, suffix);
                byte[] value = context.transaction().get(rowKey);
                if (value == null) {
                    throw corrupted("index \"%s\" has entry %s for row %s of table \"%s\", which does not exist",
                            index.name(), hex(it.key()), hex(rowKey), table.name());
                }
                Object[] row = RowCodec.decode(types, value);
                byte[] expected = IndexMaintenance.entryKey(index,
                        IndexMaintenance.entryPrefix(database, index, types, row), suffix, row);
                if (!Arrays.equals(expected, it.key())) {
                    throw corrupted("index \"%s\" has entry %s for row %s of table \"%s\", whose values give entry %s",
                            index.name(), hex(it.key()), hex(rowKey), table.name(), hex(expected));
                }
            }
        }
        if (!heapAllIndexed) {
            return;
        }
        long rows = 0;
        try (KeyValueIterator it = context.transaction().scan(tablePrefix, KeyEncoder.prefixEnd(tablePrefix))) {
            while (it.next()) {
                context.checkCancelled();
                rows++;
                Object[] row = RowCodec.decode(types, it.value());
                byte[] suffix = IndexMaintenance.rowSuffix(it.key());
                byte[] entry = IndexMaintenance.entryKey(index, IndexMaintenance.entryPrefix(database, index, types, row),
                        suffix, row);
                byte[] named = context.transaction().get(entry);
                if (named == null || !Arrays.equals(named, suffix)) {
                    throw corrupted("heap tuple %s from table \"%s\" lacks matching index tuple within index \"%s\"",
                            hex(it.key()), table.name(), index.name());
                }
            }
        }
        if (rows != entries) {
            throw corrupted("index \"%s\" has %d entries for the %d rows of table \"%s\"", index.name(), entries, rows,
                    table.name());
        }
    }

    private static String hex(byte[] key) {
        return "\\x" + HexFormat.of().formatHex(key);
    }

    private static PgException corrupted(String format, Object... args) {
        return new PgException(SqlState.INDEX_CORRUPTED, format, args);
    }
}
