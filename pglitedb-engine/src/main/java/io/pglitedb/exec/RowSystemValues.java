package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.storage.KeyDecoder;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.types.TidType;
import java.util.Arrays;

/**
 * The values of a stored row's system columns ctid and xmin
 * ({@link io.pglitedb.sql.plan.SystemColumnsScan}), from its key and stored bytes:
 * <ul>
 * <li>ctid: a table without a primary key stores its rows under a row id counted from 1, shown as
 *     (block, offset) with 65535 offsets per block; a table with a primary key has none, so its
 *     ctid is a 48-bit hash of the row's key (stable while the key is, unique in practice).
 *     Unlike PostgreSQL's, a row keeps its ctid when updated.
 * <li>xmin: the low 32 bits of the writing transaction's id (its version stamp), the xid that
 *     txid_current() shows in its low 32 bits.
 * </ul>
 * The other system columns need no stored row: tableoid is the table's OID, xmax, cmin and cmax
 * are 0 (this engine neither marks live rows with a deleting or locking xid nor counts commands).
 */
final class RowSystemValues {
    /** The system columns a row carries after the table's: ctid, xmin. */
    static final int COLUMNS = io.pglitedb.sql.plan.SystemColumnsScan.COLUMNS;

    private final int prefixLength;
    private final boolean rowIdKeys;

    RowSystemValues(TableDescriptor table, ExecContext context) {
        this.prefixLength = RowKeys.tablePrefix(context.databaseOid(), table).length;
        this.rowIdKeys = table.primaryKey().length == 0;
    }

    /**
     * The first {@code width} values of {@code row} (the table's columns) followed by the ctid of
     * {@code key} and the xmin of a row written by transaction {@code writer}.
     */
    Object[] append(Object[] row, int width, byte[] key, long writer) {
        Object[] out = Arrays.copyOf(row, width + COLUMNS);
        out[width] = ctid(key);
        out[width + 1] = xid(writer);
        return out;
    }

    /** The xmin of a stored row. */
    static long xmin(byte[] value) {
        return xid(RowCodec.versionStamp(value));
    }

    /** A transaction id as the 32-bit xid system columns show. */
    static long xid(long transactionId) {
        return transactionId & 0xFFFFFFFFL;
    }

    /** The ctid of the n-th row (from 1) when 65535 rows fill a block: (0,1) ... (0,65535), (1,1) ... */
    static long numberedTid(long n) {
        return TidType.of((n - 1) / 65535, (int) ((n - 1) % 65535) + 1);
    }

    /** The inverse of {@link #numberedTid}: the row number a ctid stands for, or 0 when none does. */
    static long rowNumber(long tid) {
        long block = TidType.block(tid);
        int offset = TidType.offset(tid);
        return offset < 1 || offset > 65535 ? 0 : block * 65535 + offset;
    }

    long ctid(byte[] key) {
        if (rowIdKeys && key.length == prefixLength + 8) {
            return numberedTid(new KeyDecoder(key, prefixLength).readLong());
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
}
