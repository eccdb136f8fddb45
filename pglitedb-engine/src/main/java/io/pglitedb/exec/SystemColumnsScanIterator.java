package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.types.TidType;
import java.util.Arrays;

/**
 * A table scan whose rows carry their system columns after the table's
 * ({@link io.pglitedb.sql.plan.SystemColumnsScan}):
 * <ul>
 * <li>ctid: a table without a primary key stores its rows under a row id counted from 1, shown as
 *     (block, offset) with 65535 offsets per block; a table with a primary key has none, so its
 *     ctid is a 48-bit hash of the row's key (stable while the key is, unique in practice).
 *     Unlike PostgreSQL's, a row keeps its ctid when updated.
 * <li>xmin: the low 32 bits of the writing transaction's id (its version stamp), the xid that
 *     txid_current() shows in its low 32 bits.
 * </ul>
 */
final class SystemColumnsScanIterator implements RowIterator, KeyedRows {
    private final TableScanIterator scan;
    private final int columns;
    private final int prefixLength;
    private final boolean rowIdKeys;

    SystemColumnsScanIterator(TableDescriptor table, ExecContext context) {
        this.scan = new TableScanIterator(table, null, null, context);
        this.columns = table.columns().size();
        this.prefixLength = RowKeys.tablePrefix(context.databaseOid(), table).length;
        this.rowIdKeys = table.primaryKey().length == 0;
    }

    @Override
    public Object[] next() {
        Object[] row = scan.next();
        if (row == null) {
            return null;
        }
        Object[] out = Arrays.copyOf(row, columns + io.pglitedb.sql.plan.SystemColumnsScan.COLUMNS);
        out[columns] = ctid(scan.currentKey());
        out[columns + 1] = RowCodec.versionStamp(scan.currentValue()) & 0xFFFFFFFFL;
        return out;
    }

    private long ctid(byte[] key) {
        if (rowIdKeys && key.length == prefixLength + 8) {
            long rowId = new io.pglitedb.storage.KeyDecoder(key, prefixLength).readLong();
            return TidType.of((rowId - 1) / 65535, (int) ((rowId - 1) % 65535) + 1);
        }
        long h = 0xcbf29ce484222325L; // FNV-1a over the key columns, then mixed
        for (int i = prefixLength; i < key.length; i++) {
            h = (h ^ (key[i] & 0xFF)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return TidType.of(h >>> 32, Math.max(1, (int) (h & 0xFFFF)));
    }

    @Override
    public byte[] currentKey() {
        return scan.currentKey();
    }

    @Override
    public byte[] currentValue() {
        return scan.currentValue();
    }

    @Override
    public void close() {
        scan.close();
    }
}
