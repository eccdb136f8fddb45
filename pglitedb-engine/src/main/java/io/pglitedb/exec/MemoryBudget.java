package io.pglitedb.exec;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayValue;
import java.math.BigDecimal;

/**
 * The memory one statement may hold in rows it keeps (sorts, hash tables of joins, aggregation
 * and DISTINCT, set operations, window partitions, recursive work tables): operators reserve an
 * estimate of each row they keep and release it when they close. Past the limit the statement
 * fails with PostgreSQL's 53200 "out of memory" (as palloc reports a failed request) instead of
 * exhausting the JVM's heap, and the session goes on. Shared by a statement and the statements it
 * runs inside (SQL function bodies); used by one thread at a time.
 */
public final class MemoryBudget {
    /** No limit (statements run by DDL, embedded callers that set none). */
    public static final long UNLIMITED = Long.MAX_VALUE;

    private final long limit;
    private long used;

    public MemoryBudget(long limitBytes) {
        this.limit = limitBytes <= 0 ? UNLIMITED : limitBytes;
    }

    public long limit() {
        return limit;
    }

    public long used() {
        return used;
    }

    /** @throws PgException 53200 when {@code bytes} more would pass the limit */
    public void reserve(long bytes) {
        if (bytes > limit - used) {
            throw new PgException(SqlState.OUT_OF_MEMORY, "out of memory")
                    .withDetail("Failed on request of size " + bytes + " in memory context \"ExecutorState\".");
        }
        used += bytes;
    }

    public void release(long bytes) {
        used = Math.max(0, used - bytes);
    }

    /** A rough size of a kept row: the array, its references and each value. */
    public static long rowSize(Object[] row) {
        long size = 16 + 8L * row.length;
        for (Object v : row) {
            size += valueSize(v);
        }
        return size;
    }

    private static long valueSize(Object v) {
        if (v == null || v instanceof Boolean) {
            return 0;
        }
        if (v instanceof String s) {
            return 40 + s.length();
        }
        if (v instanceof byte[] b) {
            return 16 + b.length;
        }
        if (v instanceof Object[] a) {
            return rowSize(a);
        }
        if (v instanceof ArrayValue a) {
            return 48 + rowSize(a.elements());
        }
        if (v instanceof BigDecimal d) {
            return 64 + d.precision() / 2;
        }
        return 24;
    }
}
