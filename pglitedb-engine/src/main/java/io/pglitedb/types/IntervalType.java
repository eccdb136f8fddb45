package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * interval (OID 1186): {@link IntervalValue} (months, days, microseconds). Text I/O in
 * {@link IntervalText} (output follows {@link IntervalStyle#current()}), binary as PostgreSQL's
 * interval_send (int64 microseconds, int32 days, int32 months), ordering by interval_cmp (a
 * month counts 30 days, a day 24 hours). The typmod is PostgreSQL's INTERVAL_TYPMOD(precision,
 * range); only the precision (rounding of the seconds) is applied.
 *
 * <p>Arithmetic lives here too: +, -, * and / by float8 (interval_mul's cascading of fractional
 * months and days), the justify_* functions, timestamp/date +- interval (timestamp_pl_interval:
 * months first, clamped to the month's end, then days, then time), timestamp - timestamp, age().
 */
public final class IntervalType extends PgType {
    /** INTERVAL_FULL_RANGE in the typmod's upper half. */
    static final int FULL_RANGE = 0x7FFF;
    static final int FULL_PRECISION = 0xFFFF;

    IntervalType() {
        super(1186, "interval", 16, TypeCategory.TIMESPAN);
    }

    @Override
    public String toText(Object value, int typmod) {
        return IntervalText.format((IntervalValue) value, IntervalStyle.current());
    }

    @Override
    public Object fromText(String text, int typmod) {
        return applyTypmod(IntervalText.parse(text, bareUnit(typmod)), typmod);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        IntervalValue v = (IntervalValue) value;
        byte[] b = new byte[16];
        System.arraycopy(PgTypeSupport.int64(v.micros()), 0, b, 0, 8);
        System.arraycopy(PgTypeSupport.int32(v.days()), 0, b, 8, 4);
        System.arraycopy(PgTypeSupport.int32(v.months()), 0, b, 12, 4);
        return b;
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, 16);
        IntervalValue v = new IntervalValue(PgTypeSupport.readInt32(bytes, 12), PgTypeSupport.readInt32(bytes, 8),
                PgTypeSupport.readInt64(bytes, 0));
        return applyTypmod(v, typmod);
    }

    @Override
    public int compare(Object a, Object b) {
        return ((IntervalValue) a).compareSpan((IntervalValue) b);
    }

    // ---------------------------------------------------------------- typmod

    static final int MONTH = 1 << 1;
    static final int YEAR = 1 << 2;
    static final int DAY = 1 << 3;
    static final int HOUR = 1 << 10;
    static final int MINUTE = 1 << 11;
    static final int SECOND = 1 << 12;

    /**
     * intervaltypmodin: {@code interval(p)} is [p]; {@code interval DAY TO SECOND(p)} is [field mask,
     * p or 0xFFFF], as the grammar gives them.
     */
    static int typmod(java.util.List<Integer> modifiers) {
        int range = modifiers.size() == 1 ? FULL_RANGE : modifiers.get(0);
        int precision = modifiers.size() == 1 ? modifiers.get(0) : modifiers.get(1);
        if (precision != FULL_PRECISION) {
            if (precision < 0) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "INTERVAL(%d) precision must not be negative",
                        precision);
            }
            precision = Math.min(precision, 6);
        }
        return (range << 16) | precision;
    }

    static int precision(int typmod) {
        return typmod < 0 ? -1 : typmod & FULL_PRECISION;
    }

    static int range(int typmod) {
        return typmod < 0 ? FULL_RANGE : (typmod >>> 16) & FULL_RANGE;
    }

    /** intervaltypmodout: " year to month", "(3)", " day to second(3)". */
    static String typmodText(int typmod) {
        if (typmod < 0) {
            return "";
        }
        int range = range(typmod);
        int p = precision(typmod);
        String fields = switch (range) {
            case YEAR -> " year";
            case MONTH -> " month";
            case DAY -> " day";
            case HOUR -> " hour";
            case MINUTE -> " minute";
            case SECOND -> " second";
            case YEAR | MONTH -> " year to month";
            case DAY | HOUR -> " day to hour";
            case DAY | HOUR | MINUTE -> " day to minute";
            case DAY | HOUR | MINUTE | SECOND -> " day to second";
            case HOUR | MINUTE -> " hour to minute";
            case HOUR | MINUTE | SECOND -> " hour to second";
            case MINUTE | SECOND -> " minute to second";
            default -> "";
        };
        return p == FULL_PRECISION ? fields : fields + "(" + p + ")";
    }

    /** The unit a number without one means under this typmod's range (DecodeInterval). */
    static String bareUnit(int typmod) {
        return switch (range(typmod)) {
            case YEAR -> "year";
            case MONTH, YEAR | MONTH -> "month";
            case DAY -> "day";
            case HOUR, DAY | HOUR -> "hour";
            case MINUTE, HOUR | MINUTE, DAY | HOUR | MINUTE -> "minute";
            case MINUTE | SECOND -> "second-of-minute"; // also makes h:m read as m:s
            default -> "second";
        };
    }

    private static final long[] SCALES = {1_000_000L, 100_000L, 10_000L, 1_000L, 100L, 10L, 1L};

    /** AdjustIntervalForTypmod: drops the fields below the range, rounds the seconds to the precision. */
    public static IntervalValue applyTypmod(IntervalValue v, int typmod) {
        if (typmod < 0) {
            return v;
        }
        long hourUs = IntervalText.USECS_PER_HOUR;
        long minUs = IntervalText.USECS_PER_MINUTE;
        v = switch (range(typmod)) {
            case YEAR -> new IntervalValue(v.months() / 12 * 12, 0, 0);
            case MONTH, YEAR | MONTH -> new IntervalValue(v.months(), 0, 0);
            case DAY -> new IntervalValue(v.months(), v.days(), 0);
            case HOUR, DAY | HOUR -> new IntervalValue(v.months(), v.days(), v.micros() / hourUs * hourUs);
            case MINUTE, DAY | HOUR | MINUTE, HOUR | MINUTE ->
                    new IntervalValue(v.months(), v.days(), v.micros() / minUs * minUs);
            default -> v;
        };
        int p = precision(typmod);
        if (p < 0 || p >= 6 || p == FULL_PRECISION) {
            return v;
        }
        long scale = SCALES[p];
        long t = v.micros();
        long rounded = t >= 0 ? ((t + scale / 2) / scale) * scale : -(((-t + scale / 2) / scale) * scale);
        return rounded == t ? v : new IntervalValue(v.months(), v.days(), rounded);
    }

    // ---------------------------------------------------------------- arithmetic

    static PgException outOfRange() {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
    }

    private static int int32(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw outOfRange();
        }
        return (int) v;
    }

    public static IntervalValue add(IntervalValue a, IntervalValue b) {
        try {
            return new IntervalValue(int32((long) a.months() + b.months()), int32((long) a.days() + b.days()),
                    Math.addExact(a.micros(), b.micros()));
        } catch (ArithmeticException e) {
            throw outOfRange();
        }
    }

    public static IntervalValue subtract(IntervalValue a, IntervalValue b) {
        try {
            return new IntervalValue(int32((long) a.months() - b.months()), int32((long) a.days() - b.days()),
                    Math.subtractExact(a.micros(), b.micros()));
        } catch (ArithmeticException e) {
            throw outOfRange();
        }
    }

    public static IntervalValue negate(IntervalValue a) {
        try {
            return new IntervalValue(int32(-(long) a.months()), int32(-(long) a.days()), Math.negateExact(a.micros()));
        } catch (ArithmeticException e) {
            throw outOfRange();
        }
    }

    private static double tsround(double j) {
        return Math.rint(j * 1_000_000.0) / 1_000_000.0;
    }

    private static boolean fitsInt(double d) {
        return !Double.isNaN(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE;
    }

    /** interval_mul: fractional months cascade into days, fractional days into time. */
    public static IntervalValue multiply(IntervalValue span, double factor) {
        double m = span.months() * factor;
        double d = span.days() * factor;
        if (!fitsInt(m) || !fitsInt(d)) {
            throw outOfRange();
        }
        int months = (int) m;
        int days = (int) d;
        double monthRemainderDays = tsround((span.months() * factor - months) * 30);
        double secRemainder = tsround((span.days() * factor - days + monthRemainderDays - (int) monthRemainderDays)
                * 86400);
        long dayTotal = days;
        if (Math.abs(secRemainder) >= 86400) {
            dayTotal += (int) (secRemainder / 86400);
            secRemainder -= (int) (secRemainder / 86400) * 86400.0;
        }
        dayTotal += (int) monthRemainderDays;
        double time = Math.rint(span.micros() * factor + secRemainder * 1_000_000.0);
        if (Double.isNaN(time) || time < -9.223372036854776E18 || time >= 9.223372036854776E18) {
            throw outOfRange();
        }
        return new IntervalValue(months, int32(dayTotal), (long) time);
    }

    /** interval_div. */
    public static IntervalValue divide(IntervalValue span, double factor) {
        if (factor == 0.0) {
            throw PgTypeSupport.divisionByZero();
        }
        double m = span.months() / factor;
        double d = span.days() / factor;
        if (!fitsInt(m) || !fitsInt(d)) {
            throw outOfRange();
        }
        int months = (int) m;
        int days = (int) d;
        double monthRemainderDays = tsround((span.months() / factor - months) * 30);
        double secRemainder = tsround((span.days() / factor - days + monthRemainderDays - (int) monthRemainderDays)
                * 86400);
        long dayTotal = days;
        if (Math.abs(secRemainder) >= 86400) {
            dayTotal += (int) (secRemainder / 86400);
            secRemainder -= (int) (secRemainder / 86400) * 86400.0;
        }
        dayTotal += (int) monthRemainderDays;
        double time = Math.rint(span.micros() / factor + secRemainder * 1_000_000.0);
        if (Double.isNaN(time) || time < -9.223372036854776E18 || time >= 9.223372036854776E18) {
            throw outOfRange();
        }
        return new IntervalValue(months, int32(dayTotal), (long) time);
    }

    /** justify_hours: whole days out of the time, signs made to agree. */
    public static IntervalValue justifyHours(IntervalValue v) {
        long days = v.days() + v.micros() / IntervalText.USECS_PER_DAY;
        long time = v.micros() % IntervalText.USECS_PER_DAY;
        if (days > 0 && time < 0) {
            time += IntervalText.USECS_PER_DAY;
            days--;
        } else if (days < 0 && time > 0) {
            time -= IntervalText.USECS_PER_DAY;
            days++;
        }
        return new IntervalValue(v.months(), int32(days), time);
    }

    /** justify_days: whole 30-day months out of the days, signs made to agree. */
    public static IntervalValue justifyDays(IntervalValue v) {
        long months = v.months() + v.days() / 30;
        long days = v.days() % 30;
        if (months > 0 && days < 0) {
            days += 30;
            months--;
        } else if (months < 0 && days > 0) {
            days -= 30;
            months++;
        }
        return new IntervalValue(int32(months), (int) days, v.micros());
    }

    /** justify_interval. */
    public static IntervalValue justifyInterval(IntervalValue v) {
        long months = v.months();
        long days = v.days() + v.micros() / IntervalText.USECS_PER_DAY;
        long time = v.micros() % IntervalText.USECS_PER_DAY;
        months += days / 30;
        days %= 30;
        if (months > 0 && (days < 0 || days == 0 && time < 0)) {
            days += 30;
            months--;
        } else if (months < 0 && (days > 0 || days == 0 && time > 0)) {
            days -= 30;
            months++;
        }
        if (days > 0 && time < 0) {
            time += IntervalText.USECS_PER_DAY;
            days--;
        } else if (days < 0 && time > 0) {
            time -= IntervalText.USECS_PER_DAY;
            days++;
        }
        return new IntervalValue(int32(months), int32(days), time);
    }

    /** timestamp_pl_interval (timestamps as local microseconds; infinities stay). */
    public static long plus(long timestamp, IntervalValue span) {
        if (TimestampType.isInfinite(timestamp)) {
            return timestamp;
        }
        long t = timestamp;
        if (span.months() != 0 || span.days() != 0) {
            long day = Math.floorDiv(t, IntervalText.USECS_PER_DAY);
            long time = Math.floorMod(t, IntervalText.USECS_PER_DAY);
            java.time.LocalDate date = DateTimeText.toLocalDate(day);
            if (span.months() != 0) {
                date = date.plusMonths(span.months());
            }
            date = date.plusDays(span.days());
            t = DateTimeText.toDays(date) * IntervalText.USECS_PER_DAY + time;
        }
        try {
            t = Math.addExact(t, span.micros());
        } catch (ArithmeticException e) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        if (!TimestampType.isValid(t)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return t;
    }

    public static long minus(long timestamp, IntervalValue span) {
        return plus(timestamp, negate(span));
    }

    /** timestamp_mi: days and time, then justify_hours. */
    public static IntervalValue difference(long a, long b) {
        if (TimestampType.isInfinite(a) || TimestampType.isInfinite(b)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "cannot subtract infinite timestamps");
        }
        long diff;
        try {
            diff = Math.subtractExact(a, b);
        } catch (ArithmeticException e) {
            throw outOfRange();
        }
        return justifyHours(new IntervalValue(0, 0, diff));
    }

    /**
     * age(a, b): the symbolic difference in years, months, days and time (timestamp_age), borrowing
     * from the larger units with the length of b's month as PostgreSQL does.
     */
    public static IntervalValue age(long a, long b) {
        if (TimestampType.isInfinite(a) || TimestampType.isInfinite(b)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
        java.time.LocalDateTime x = DateTimeText.toLocalDateTime(a);
        java.time.LocalDateTime y = DateTimeText.toLocalDateTime(b);
        long fsec = (x.getNano() - y.getNano()) / 1000;
        long sec = x.getSecond() - y.getSecond();
        long min = x.getMinute() - y.getMinute();
        long hour = x.getHour() - y.getHour();
        long mday = x.getDayOfMonth() - y.getDayOfMonth();
        long mon = x.getMonthValue() - y.getMonthValue();
        long year = x.getYear() - y.getYear();
        boolean negative = a < b;
        if (negative) {
            fsec = -fsec;
            sec = -sec;
            min = -min;
            hour = -hour;
            mday = -mday;
            mon = -mon;
            year = -year;
        }
        while (fsec < 0) {
            fsec += 1_000_000;
            sec--;
        }
        while (sec < 0) {
            sec += 60;
            min--;
        }
        while (min < 0) {
            min += 60;
            hour--;
        }
        while (hour < 0) {
            hour += 24;
            mday--;
        }
        while (mday < 0) {
            java.time.LocalDateTime base = negative ? x : y;
            mday += base.toLocalDate().lengthOfMonth();
            mon--;
        }
        while (mon < 0) {
            mon += 12;
            year--;
        }
        if (negative) {
            fsec = -fsec;
            sec = -sec;
            min = -min;
            hour = -hour;
            mday = -mday;
            mon = -mon;
            year = -year;
        }
        long time = ((hour * 60 + min) * 60 + sec) * 1_000_000 + fsec;
        return new IntervalValue(int32(year * 12 + mon), int32(mday), time);
    }
}
