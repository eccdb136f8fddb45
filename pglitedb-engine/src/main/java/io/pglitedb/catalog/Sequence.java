package io.pglitedb.catalog;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import java.nio.ByteBuffer;

/**
 * The current value of a sequence. Like PostgreSQL's, it is not transactional: a value handed
 * out is never handed out again, even if the transaction that took it rolls back, and setval or
 * ALTER SEQUENCE RESTART take effect at once.
 *
 * <p>Like PostgreSQL (SEQ_LOG_VALS), nextval makes durable a state {@link #RESERVE} values ahead,
 * in its own small transaction, so only one nextval in {@link #RESERVE} waits for a WAL sync;
 * after a crash the sequence continues after the reserved value, never repeating one. The stored
 * state is {@code [last value][is_called]} under {@code [0][SEQUENCES][oid]}.
 *
 * <p>Options (increment, bounds, cycle) come from the caller's definition on every call, so an
 * ALTER SEQUENCE takes effect for the transactions that see it.
 */
public final class Sequence {
    static final int RESERVE = 32;

    private final byte[] key;
    private final TransactionManager transactions;
    /** The last value handed out (is_called) or the next one to hand out (not is_called). */
    private long last;
    private boolean called;
    /** How many more values the stored state already covers. */
    private int logged;

    Sequence(SequenceDescriptor definition, byte[] key, TransactionManager transactions, byte[] stored) {
        this.key = key;
        this.transactions = transactions;
        if (stored == null) {
            last = definition.start();
            called = false;
        } else {
            ByteBuffer buffer = ByteBuffer.wrap(stored);
            last = buffer.getLong();
            called = buffer.get() != 0;
        }
    }

    /** nextval: advances by the increment, wrapping with CYCLE, 2200H at the end otherwise. */
    public synchronized long nextValue(SequenceDescriptor def) {
        long next = called ? step(def, last) : last;
        if (logged == 0) {
            long reserved = next;
            int covered = 1;
            for (; covered < RESERVE; covered++) {
                long after = advance(def, reserved);
                if (after == reserved) {
                    break; // at a bound: reserve no further (no wrap-around in a reservation)
                }
                reserved = after;
            }
            persist(reserved, true);
            logged = covered;
        }
        logged--;
        last = next;
        called = true;
        return next;
    }

    /** One step within the bounds, or the same value at a bound. */
    private static long advance(SequenceDescriptor def, long value) {
        long inc = def.increment();
        if (inc > 0 ? value > def.maxValue() - inc : value < def.minValue() - inc) {
            return value;
        }
        return value + inc;
    }

    private static long step(SequenceDescriptor def, long value) {
        long inc = def.increment();
        boolean overflow = inc > 0 ? value > def.maxValue() - inc : value < def.minValue() - inc;
        if (!overflow) {
            return value + inc;
        }
        if (!def.cycle()) {
            throw new PgException(SqlState.SEQUENCE_GENERATOR_LIMIT_EXCEEDED,
                    "nextval: reached %s value of sequence \"%s\" (%d)", inc > 0 ? "maximum" : "minimum", def.name(),
                    inc > 0 ? def.maxValue() : def.minValue());
        }
        return inc > 0 ? def.minValue() : def.maxValue();
    }

    /** setval(value, is_called), checked against the bounds. */
    public synchronized long setValue(SequenceDescriptor def, long value, boolean isCalled) {
        if (value < def.minValue() || value > def.maxValue()) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                    "setval: value %d is out of bounds for sequence \"%s\" (%d..%d)", value, def.name(),
                    def.minValue(), def.maxValue());
        }
        restart(value, isCalled);
        return value;
    }

    /** ALTER SEQUENCE RESTART and setval: the next nextval returns value (or the one after it when isCalled). */
    public synchronized void restart(long value, boolean isCalled) {
        last = value;
        called = isCalled;
        logged = 0;
        persist(value, isCalled);
    }

    /** Stores the current value itself (clean shutdown). */
    synchronized void saveExact() {
        if (logged > 0) {
            persist(last, called);
            logged = 0;
        }
    }

    /** The last_value and is_called a reader of the sequence relation sees. */
    public synchronized long lastValue() {
        return last;
    }

    public synchronized boolean isCalled() {
        return called;
    }

    static byte[] encodeState(long value, boolean isCalled) {
        return ByteBuffer.allocate(9).putLong(value).put((byte) (isCalled ? 1 : 0)).array();
    }

    private void persist(long value, boolean isCalled) {
        Transaction txn = transactions.begin();
        try {
            txn.put(key, encodeState(value, isCalled));
            txn.commit();
        } finally {
            txn.rollback();
        }
    }
}
