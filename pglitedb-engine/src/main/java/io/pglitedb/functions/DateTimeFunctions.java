package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DateTimeText;
import io.pglitedb.types.DateType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.TimestampType;
import io.pglitedb.types.TransactionClock;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The current-time functions: now(), transaction_timestamp(), statement_timestamp(),
 * clock_timestamp() and the SQL keywords CURRENT_TIMESTAMP [(p)], LOCALTIMESTAMP [(p)] and
 * CURRENT_DATE, which the parser turns into calls of functions with those lower-case names.
 *
 * <p>PostgreSQL fixes now(), current_timestamp, transaction_timestamp(), localtimestamp and
 * current_date at the start of the transaction and statement_timestamp() at the start of the
 * statement; only clock_timestamp() moves during a statement. The session publishes those start
 * times ({@link TransactionClock}). They are ordinary (non-constant) function calls, so the analyzer
 * never folds them.
 */
final class DateTimeFunctions {
    private DateTimeFunctions() {
    }

    static void register(Map<String, List<Scalars.Signature>> byName) {
        PgType tz = Types.TIMESTAMPTZ;
        PgType ts = Types.TIMESTAMP;
        PgType int4 = Types.INT4;
        for (String name : new String[] {"now", "current_timestamp", "transaction_timestamp"}) {
            add(byName, name, tz, a -> TimestampType.now(-1));
        }
        add(byName, "statement_timestamp", tz, a -> TransactionClock.statementStart());
        add(byName, "clock_timestamp", tz, a -> DateTimeText.nowMicros());
        // the process's start: the server and every embedded database live in this JVM
        long started = DateTimeText.micros(java.time.Instant.ofEpochMilli(
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
        add(byName, "pg_postmaster_start_time", tz, a -> started);
        add(byName, "current_timestamp", tz, a -> TimestampType.now(precision("CURRENT_TIMESTAMP", (Integer) a[0])),
                int4);
        add(byName, "localtimestamp", ts, a -> TimestampType.timestampFromTimestamptz(TimestampType.now(-1)));
        add(byName, "localtimestamp", ts, a -> TimestampType.round(
                TimestampType.timestampFromTimestamptz(TimestampType.now(-1)), precision("LOCALTIMESTAMP", (Integer) a[0])),
                int4);
        add(byName, "current_date", Types.DATE, a -> DateType.today());
        add(byName, "localtime", Types.TIME, a -> localTime(-1));
        add(byName, "localtime", Types.TIME, a -> localTime(precision("LOCALTIME", (Integer) a[0])), int4);
        add(byName, "current_time", Types.TIMETZ, a -> io.pglitedb.types.TimeType.withSessionZone(localTime(-1)));
        add(byName, "current_time", Types.TIMETZ, a -> io.pglitedb.types.TimeType.withSessionZone(
                localTime(precision("CURRENT_TIME", (Integer) a[0]))), int4);
    }

    /** LOCALTIME [(p)]: the session zone's time of day at the transaction's timestamp. */
    private static long localTime(int precision) {
        long time = io.pglitedb.types.TimeType.ofTimestamp(TimestampType.timestampFromTimestamptz(TimestampType.now(-1)));
        return precision < 0 ? time : io.pglitedb.types.TimeType.round(time, precision);
    }

    /** The typmod of CURRENT_TIMESTAMP(p): 0..6; PostgreSQL reduces larger values to 6 with a warning. */
    private static int precision(String keyword, int p) {
        if (p < 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    keyword + "(" + p + ") precision must not be negative");
        }
        return Math.min(p, 6);
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, true, body));
    }
}
