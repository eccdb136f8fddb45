package io.pglitedb.functions;

import java.util.Locale;

/**
 * PostgreSQL's date/time unit names (DecodeUnits / DecodeSpecial) as extract, date_part and
 * date_trunc take them, reduced to one canonical word each. Every caller then says which units it
 * supports for its type.
 */
final class DateUnits {
    private DateUnits() {
    }

    /** The canonical unit for a field name, or null when it names no unit ("not recognized"). */
    static String canonical(String field) {
        String f = field.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "microsecond", "microseconds", "us", "usec", "usecs", "usecond", "useconds" -> "microseconds";
            case "millisecond", "milliseconds", "ms", "msec", "msecs", "msecond", "mseconds" -> "milliseconds";
            case "second", "seconds", "s", "sec", "secs" -> "second";
            case "minute", "minutes", "m", "min", "mins" -> "minute";
            case "hour", "hours", "h", "hr", "hrs" -> "hour";
            case "day", "days", "d" -> "day";
            case "week", "weeks", "w" -> "week";
            case "month", "months", "mon", "mons" -> "month";
            case "quarter", "qtr" -> "quarter";
            case "year", "years", "y", "yr", "yrs" -> "year";
            case "decade", "decades", "dec", "decs" -> "decade";
            case "century", "centuries", "c", "cent" -> "century";
            case "millennium", "millennia", "millenniums", "mil", "mils" -> "millennium";
            case "julian", "j" -> "julian";
            case "epoch", "timezone", "timezone_hour", "timezone_minute", "dow", "doy", "isodow", "isoyear" -> f;
            default -> null;
        };
    }
}
