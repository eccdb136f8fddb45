package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * jsonpath's .datetime(): a string read with a template (DCH in strict mode) or with the first
 * of PostgreSQL's ISO formats that fits; the result type follows the template's fields (date,
 * time, timetz, timestamp, timestamptz). Comparisons between them (compareDatetime) need time
 * zone use (the *_tz functions) whenever a value with a zone meets one without.
 */
final class JsonPathDatetime {
    private JsonPathDatetime() {
    }

    private static final String[] FORMATS = {"yyyy-mm-dd", "HH24:MI:SS.USTZH:TZM", "HH24:MI:SS.USTZH",
        "HH24:MI:SSTZH:TZM", "HH24:MI:SSTZH", "HH24:MI:SS.US", "HH24:MI:SS", "yyyy-mm-dd HH24:MI:SS.USTZH:TZM",
        "yyyy-mm-dd HH24:MI:SS.USTZH", "yyyy-mm-dd HH24:MI:SSTZH:TZM", "yyyy-mm-dd HH24:MI:SSTZH",
        "yyyy-mm-dd\"T\"HH24:MI:SS.USTZH:TZM", "yyyy-mm-dd\"T\"HH24:MI:SS.USTZH", "yyyy-mm-dd\"T\"HH24:MI:SSTZH:TZM",
        "yyyy-mm-dd\"T\"HH24:MI:SSTZH", "yyyy-mm-dd HH24:MI:SS.US", "yyyy-mm-dd HH24:MI:SS",
        "yyyy-mm-dd\"T\"HH24:MI:SS.US", "yyyy-mm-dd\"T\"HH24:MI:SS"};

    /** A parsed value; {@code tz} is the zone offset (seconds east) a timestamptz was written with. */
    static Object parse(String text, String template, boolean useTz) {
        if (template != null) {
            try {
                return parseWith(text, template);
            } catch (PgException e) {
                throw new JsonPathExecutor.SoftError(e);
            }
        }
        for (String f : FORMATS) {
            try {
                return parseWith(text, f);
            } catch (PgException e) {
                // try the next format
            }
        }
        throw new JsonPathExecutor.SoftError(new PgException(SqlState.INVALID_ARGUMENT_FOR_SQL_JSON_DATETIME_FUNCTION,
                "datetime format is not recognized: \"%s\"", text)
                .withHint("Use a datetime template argument to specify the input data format."));
    }

    private static JsonPathExecutor.DateTimeItem parseWith(String text, String template) {
        DateTimeFormat.Parsed t = DateTimeFormat.read(text, template, true);
        DateTimeFormat.resolve(t, text);
        int precision = t.ff != 0 ? t.ff : -1;
        if (t.dated) {
            if (t.timed) {
                long local = DateTimeFormat.localMicros(t);
                if (t.zoned) {
                    int tz = t.tzOffsetEast != null ? t.tzOffsetEast
                            : DateTimeText.offsetAtLocal(DateTimeText.sessionZone(), local);
                    return new JsonPathExecutor.DateTimeItem(Types.TIMESTAMPTZ,
                            TimestampType.round(local - tz * DateTimeText.MICROS_PER_SECOND, precision), tz);
                }
                return new JsonPathExecutor.DateTimeItem(Types.TIMESTAMP, TimestampType.round(local, precision), 0);
            }
            if (t.zoned) {
                throw new PgException(SqlState.INVALID_DATETIME_FORMAT, "datetime format is zoned but not timed");
            }
            long days = DateTimeFormat.localMicros(t) / DateTimeText.MICROS_PER_DAY;
            return new JsonPathExecutor.DateTimeItem(Types.DATE, (int) days, 0);
        }
        if (t.timed) {
            long micros = ((t.tmHour * 60L + t.tmMin) * 60L + t.tmSec) * DateTimeText.MICROS_PER_SECOND + t.fsec;
            micros = TimestampType.round(micros, precision);
            if (t.zoned) {
                int tz = t.tzOffsetEast != null ? t.tzOffsetEast
                        : DateTimeText.offsetAtInstant(DateTimeText.sessionZone(), DateTimeText.nowMicros());
                return new JsonPathExecutor.DateTimeItem(Types.TIMETZ, new TimeTzValue(micros, -tz), tz);
            }
            return new JsonPathExecutor.DateTimeItem(Types.TIME, micros, 0);
        }
        throw new PgException(SqlState.INVALID_DATETIME_FORMAT, "datetime format is not dated and not timed");
    }

    private static void requireTz(boolean useTz, String from, String to) {
        if (!useTz) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot convert value from %s to %s without time zone usage",
                    from, to).withHint("Use *_tz() function for time zone support.");
        }
    }

    private static long dateToTimestamp(int days) {
        return days * DateTimeText.MICROS_PER_DAY;
    }

    private static long toTimestamptz(long local) {
        return local - DateTimeText.offsetAtLocal(DateTimeText.sessionZone(), local) * DateTimeText.MICROS_PER_SECOND;
    }

    private static TimeTzValue timeToTimetz(long micros) {
        int east = DateTimeText.offsetAtInstant(DateTimeText.sessionZone(), DateTimeText.nowMicros());
        return new TimeTzValue(micros, -east);
    }

    /** @return the comparison, or null when the two values cannot be compared */
    static Integer compare(JsonPathExecutor.DateTimeItem a, JsonPathExecutor.DateTimeItem b, boolean useTz) {
        PgType ta = a.type();
        PgType tb = b.type();
        Object va = a.value();
        Object vb = b.value();
        if (ta == tb) {
            return ta.compare(va, vb);
        }
        if (ta == Types.DATE) {
            if (tb == Types.TIMESTAMP) {
                return Long.compare(dateToTimestamp((Integer) va), (Long) vb);
            }
            if (tb == Types.TIMESTAMPTZ) {
                requireTz(useTz, "date", "timestamptz");
                return Long.compare(toTimestamptz(dateToTimestamp((Integer) va)), (Long) vb);
            }
            return null;
        }
        if (ta == Types.TIMESTAMP) {
            if (tb == Types.DATE) {
                return Long.compare((Long) va, dateToTimestamp((Integer) vb));
            }
            if (tb == Types.TIMESTAMPTZ) {
                requireTz(useTz, "timestamp", "timestamptz");
                return Long.compare(toTimestamptz((Long) va), (Long) vb);
            }
            return null;
        }
        if (ta == Types.TIMESTAMPTZ) {
            if (tb == Types.DATE) {
                requireTz(useTz, "date", "timestamptz");
                return Long.compare((Long) va, toTimestamptz(dateToTimestamp((Integer) vb)));
            }
            if (tb == Types.TIMESTAMP) {
                requireTz(useTz, "timestamp", "timestamptz");
                return Long.compare((Long) va, toTimestamptz((Long) vb));
            }
            return null;
        }
        if (ta == Types.TIME && tb == Types.TIMETZ) {
            requireTz(useTz, "time", "timetz");
            return Types.TIMETZ.compare(timeToTimetz((Long) va), vb);
        }
        if (ta == Types.TIMETZ && tb == Types.TIME) {
            requireTz(useTz, "time", "timetz");
            return Types.TIMETZ.compare(va, timeToTimetz((Long) vb));
        }
        return null;
    }

    /** The jsonb form of a datetime item: ISO 8601 as JsonEncodeDateTime writes it (XSD style offsets). */
    static JsonValue toJson(JsonPathExecutor.DateTimeItem item) {
        PgType t = item.type();
        String text;
        if (t == Types.DATE) {
            text = DateTimeText.formatDateIso((Integer) item.value());
        } else if (t == Types.TIME) {
            text = DateTimeText.formatTimeOfDay((Long) item.value());
        } else if (t == Types.TIMETZ) {
            TimeTzValue v = (TimeTzValue) item.value();
            text = DateTimeText.formatTimeOfDay(v.micros()) + xsdOffset(-v.zone());
        } else if (t == Types.TIMESTAMP) {
            text = DateTimeText.formatIsoT((Long) item.value(), null);
        } else {
            long utc = (Long) item.value();
            int tz = item.typmod();
            text = DateTimeText.formatIsoT(utc + tz * DateTimeText.MICROS_PER_SECOND, xsdOffset(tz));
        }
        return new JsonValue.Str(text);
    }

    private static String xsdOffset(int east) {
        int abs = Math.abs(east);
        StringBuilder sb = new StringBuilder().append(east < 0 ? '-' : '+');
        sb.append(String.format("%02d:%02d", abs / 3600, abs / 60 % 60));
        if (abs % 60 != 0) {
            sb.append(String.format(":%02d", abs % 60));
        }
        return sb.toString();
    }
}
