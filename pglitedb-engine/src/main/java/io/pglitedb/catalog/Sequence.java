package io.pglitedb.catalog;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import java.nio.ByteBuffer;

/**
 * A sequence (for now: the one a serial column owns). Like PostgreSQL's, it is not transactional:
 * a value handed out is never handed out again, even if the transaction that took it rolls back.
 * Like PostgreSQL (SEQ_LOG_VALS), it makes durable a value {@link #RESERVE} ahead, in its own small
 * transaction, so only one nextval in {@link #RESERVE} waits for a WAL sync; after a crash it
 * continues after the reserved value, never repeating one.
 */
public final class Sequence {
    static final int RESERVE = 32;

    private final String name;
    private final byte[] key;
    private final TransactionManager transactions;
    private long last;
    private long reservedUpTo;

    Sequence(String name, byte[] key, TransactionManager transactions, long reservedUpTo) {
        this.name = name;
        this.key = key;
        this.transactions = transactions;
        this.last = reservedUpTo;
        this.reservedUpTo = reservedUpTo;
    }

    public String name() {
        return name;
    }

    public synchronized long nextValue() {
        if (last == Long.MAX_VALUE) {
            throw new PgException(SqlState.DATA_EXCEPTION,
                    "nextval: reached maximum value of sequence \"%s\" (%d)", name, Long.MAX_VALUE);
        }
        long next = last + 1;
        if (next > reservedUpTo) {
            long reserve = next + RESERVE - 1;
            Transaction txn = transactions.begin();
            try {
                txn.put(key, encode(reserve));
                txn.commit();
            } finally {
                txn.rollback();
            }
            reservedUpTo = reserve;
        }
        last = next;
        return next;
    }

    static byte[] encode(long reservedUpTo) {
        return ByteBuffer.allocate(8).putLong(reservedUpTo).array();
    }

    static long decode(byte[] value) {
        return value == null ? 0 : ByteBuffer.wrap(value).getLong();
    }
}
