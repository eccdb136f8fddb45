package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DateTimeFormat;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** to_char, to_timestamp and to_date over date/time templates ({@link DateTimeFormat}). */
final class FormattingFunctions {
    private FormattingFunctions() {
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, true, body));
    }

    static void register(Map<String, List<Scalars.Signature>> m) {
        PgType text = Types.TEXT;
        add(m, "to_char", text, a -> DateTimeFormat.format((Long) a[0], (String) a[1]), Types.TIMESTAMP, text);
        add(m, "to_char", text, a -> DateTimeFormat.formatWithZone((Long) a[0], (String) a[1]), Types.TIMESTAMPTZ, text);
        add(m, "to_timestamp", Types.TIMESTAMPTZ, a -> DateTimeFormat.toTimestamp((String) a[0], (String) a[1]), text, text);
        add(m, "to_timestamp", Types.TIMESTAMPTZ, a -> fromEpoch((Double) a[0]), Types.FLOAT8);
        add(m, "to_date", Types.DATE, a -> DateTimeFormat.toDate((String) a[0], (String) a[1]), text, text);
    }

    /** to_timestamp(double precision): seconds since 1970-01-01 00:00 UTC. */
    private static Object fromEpoch(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp cannot be NaN");
        }
        if (Double.isInfinite(seconds)) {
            return seconds > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        double micros = Math.rint((seconds - 946_684_800.0) * 1_000_000.0);
        if (micros < -211_813_488_000_000_000.0 || micros >= 9_223_371_331_200_000_000.0) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range: \"%s\"",
                    Types.FLOAT8.toText(seconds, -1));
        }
        return (long) micros;
    }
}
