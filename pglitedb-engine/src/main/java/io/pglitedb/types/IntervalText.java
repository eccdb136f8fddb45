package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * interval's text forms: input as PostgreSQL's DecodeInterval and ISO 8601 parser accept it
 * ({@code 1 year 2 mons}, {@code @ 3 days ago}, {@code 1-2}, {@code 3 4:05:06.7}, {@code 1.5 weeks},
 * {@code P1Y2M3DT4H5M6S}, {@code P0001-02-03T04:05:06}), output in the four IntervalStyles
 * (EncodeInterval).
 */
final class IntervalText {
    private IntervalText() {
    }

    static final long USECS_PER_SEC = 1_000_000L;
    static final long USECS_PER_MINUTE = 60 * USECS_PER_SEC;
    static final long USECS_PER_HOUR = 60 * USECS_PER_MINUTE;
    static final long USECS_PER_DAY = 24 * USECS_PER_HOUR;

    // ---------------------------------------------------------------- input

    /** Accumulates fields like PostgreSQL's pg_itm_in, with its overflow checks. */
    private static final class Fields {
        long months;
        long days;
        long micros;

        void addMicros(double value) {
            micros = Math.addExact(micros, (long) value);
        }
    }

    private static final class Bad extends Exception {
        final boolean overflow;

        Bad(boolean overflow) {
            super(null, null, false, false);
            this.overflow = overflow;
        }
    }

    static IntervalValue parse(String text) {
        return parse(text, "second");
    }

    /** @param bareUnit what a last number without a unit means ("second" unless a typmod says otherwise) */
    static IntervalValue parse(String text, String bareUnit) {
        try {
            String s = text.strip().toLowerCase(Locale.ROOT);
            Fields f = s.startsWith("p") ? iso8601(s.substring(1)) : postgres(s, bareUnit);
            if (f.months < Integer.MIN_VALUE || f.months > Integer.MAX_VALUE || f.days < Integer.MIN_VALUE
                    || f.days > Integer.MAX_VALUE) {
                throw new Bad(true);
            }
            return new IntervalValue((int) f.months, (int) f.days, f.micros);
        } catch (Bad b) {
            if (b.overflow) {
                throw new PgException(SqlState.INTERVAL_FIELD_OVERFLOW, "interval field value out of range: \"%s\"", text);
            }
            throw invalid(text);
        } catch (ArithmeticException e) {
            throw new PgException(SqlState.INTERVAL_FIELD_OVERFLOW, "interval field value out of range: \"%s\"", text);
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
    }

    private static PgException invalid(String text) {
        return new PgException(SqlState.INVALID_DATETIME_FORMAT, "invalid input syntax for type interval: \"%s\"", text);
    }

    /** Splits into tokens: signed numbers (with . : -), words, and lone signs glued to what follows. */
    private static List<String> tokens(String s) throws Bad {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
                continue;
            }
            int start = i;
            if (c == '@') {
                i++;
                out.add("@");
                continue;
            }
            if (c == '+' || c == '-' || Character.isDigit(c) || c == '.') {
                i++;
                while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == ':'
                        || s.charAt(i) == '-' && i > start && Character.isDigit(s.charAt(i - 1)))) {
                    i++;
                }
                out.add(s.substring(start, i));
                continue;
            }
            if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                out.add(s.substring(start, i));
                continue;
            }
            throw new Bad(false);
        }
        return out;
    }

    private static Fields postgres(String s, String bareUnit) throws Bad {
        List<String> tokens = tokens(s);
        Fields f = new Fields();
        boolean ago = false;
        boolean any = false;
        // sql_standard: a leading minus applies to every field that has no sign of its own
        boolean minuteToSecond = bareUnit.equals("second-of-minute");
        if (minuteToSecond) {
            bareUnit = "second";
        }
        boolean forceNegative = IntervalStyle.current() == IntervalStyle.SQL_STANDARD && !tokens.isEmpty()
                && tokens.get(0).startsWith("-");
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (forceNegative && i > 0 && !t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.')) {
                t = "-" + t;
            }
            if (t.equals("@")) {
                if (i != 0) {
                    throw new Bad(false);
                }
                continue;
            }
            if (Character.isLetter(t.charAt(0))) {
                if (t.equals("ago") && i == tokens.size() - 1 && any) {
                    ago = true;
                    continue;
                }
                throw new Bad(false);
            }
            any = true;
            if (t.indexOf(':') >= 0) {
                f.micros = Math.addExact(f.micros, time(t, minuteToSecond));
                continue;
            }
            int dash = t.indexOf('-', 1);
            if (dash > 0) {
                yearMonth(t, f);
                continue;
            }
            String unit = i + 1 < tokens.size() && Character.isLetter(tokens.get(i + 1).charAt(0))
                    && !tokens.get(i + 1).equals("ago") ? tokens.get(++i) : null;
            if (unit == null) {
                // a number before a time is days, and before a last bare number taken as hours;
                // a last one takes the typmod's unit
                if (i + 1 < tokens.size() && tokens.get(i + 1).indexOf(':') >= 0) {
                    unit = "day";
                } else if (i + 1 < tokens.size() && !Character.isLetter(tokens.get(i + 1).charAt(0))) {
                    if (i + 2 != tokens.size() || !bareUnit.equals("hour")) {
                        throw new Bad(false);
                    }
                    unit = "day";
                } else {
                    unit = bareUnit;
                }
            }
            number(t, unit, f);
        }
        if (!any) {
            throw new Bad(false);
        }
        if (ago) {
            f.months = Math.negateExact(f.months);
            f.days = Math.negateExact(f.days);
            f.micros = Math.negateExact(f.micros);
        }
        return f;
    }

    private static long time(String t) throws Bad {
        return time(t, false);
    }

    /** [-]h:m[:s[.frac]] as microseconds; m:s when the typmod is MINUTE TO SECOND. */
    private static long time(String t, boolean minuteToSecond) throws Bad {
        boolean negative = t.startsWith("-");
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        String[] parts = body.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new Bad(false);
        }
        for (String p : parts) {
            if (p.isEmpty()) {
                throw new Bad(false);
            }
        }
        long hours = Long.parseLong(parts[0]);
        long minutes;
        double seconds = 0;
        if (parts.length == 2 && (parts[1].indexOf('.') >= 0 || minuteToSecond)) {
            // mm:ss.f
            minutes = hours;
            hours = 0;
            seconds = Double.parseDouble(parts[1]);
        } else {
            minutes = Long.parseLong(parts[1]);
            if (parts.length == 3) {
                seconds = Double.parseDouble(parts[2]);
            }
        }
        if (minutes > 59 || seconds >= 60 || parts[0].indexOf('.') >= 0) {
            throw new Bad(true);
        }
        long usec = Math.addExact(Math.multiplyExact(hours, USECS_PER_HOUR), minutes * USECS_PER_MINUTE);
        usec = Math.addExact(usec, Math.round(seconds * USECS_PER_SEC));
        return negative ? -usec : usec;
    }

    /** SQL's year-month literal: [-]y-m. */
    private static void yearMonth(String t, Fields f) throws Bad {
        boolean negative = t.startsWith("-");
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        String[] parts = body.split("-", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty() || body.indexOf('.') >= 0) {
            throw new Bad(false);
        }
        long years = Long.parseLong(parts[0]);
        long months = Long.parseLong(parts[1]);
        if (months > 11) {
            throw new Bad(true);
        }
        long total = Math.addExact(Math.multiplyExact(years, 12), months);
        f.months = Math.addExact(f.months, negative ? -total : total);
    }

    private static void number(String t, String unit, Fields f) throws Bad {
        double value = Double.parseDouble(t);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new Bad(false);
        }
        long whole = (long) value;
        double frac = value - whole;
        if (Math.abs(value) > 9.2e18) {
            throw new Bad(true);
        }
        switch (unit) {
            case "microsecond", "microseconds", "us", "usec", "usecs", "usecond", "useconds" ->
                    addMicros(f, whole, frac, 1);
            case "millisecond", "milliseconds", "ms", "msec", "msecs", "msecond", "mseconds" ->
                    addMicros(f, whole, frac, 1000);
            case "second", "seconds", "s", "sec", "secs" -> addMicros(f, whole, frac, USECS_PER_SEC);
            case "minute", "minutes", "m", "min", "mins" -> addMicros(f, whole, frac, USECS_PER_MINUTE);
            case "hour", "hours", "h", "hr", "hrs" -> addMicros(f, whole, frac, USECS_PER_HOUR);
            case "day", "days", "d" -> {
                f.days = Math.addExact(f.days, whole);
                fractMicros(f, frac, USECS_PER_DAY);
            }
            case "week", "weeks", "w" -> {
                f.days = Math.addExact(f.days, Math.multiplyExact(whole, 7));
                fractDays(f, frac, 7);
            }
            case "month", "months", "mon", "mons" -> {
                f.months = Math.addExact(f.months, whole);
                fractDays(f, frac, 30);
            }
            case "year", "years", "y", "yr", "yrs" -> years(f, whole, frac, 1);
            case "decade", "decades", "dec", "decs" -> years(f, whole, frac, 10);
            case "century", "centuries", "c", "cent" -> years(f, whole, frac, 100);
            case "millennium", "millennia", "millenniums", "mil", "mils" -> years(f, whole, frac, 1000);
            default -> throw new Bad(false);
        }
        if (f.months > Integer.MAX_VALUE || f.months < Integer.MIN_VALUE || f.days > Integer.MAX_VALUE
                || f.days < Integer.MIN_VALUE) {
            throw new Bad(true);
        }
    }

    private static void addMicros(Fields f, long whole, double frac, long scale) {
        f.micros = Math.addExact(f.micros, Math.multiplyExact(whole, scale));
        fractMicros(f, frac, scale);
    }

    /** AdjustFractMicroseconds: the fraction times the scale, rounded half away from zero. */
    private static void fractMicros(Fields f, double frac, long scale) {
        if (frac == 0) {
            return;
        }
        frac *= scale;
        long usec = (long) frac;
        frac -= usec;
        if (frac > 0.5) {
            usec++;
        } else if (frac < -0.5) {
            usec--;
        }
        f.micros = Math.addExact(f.micros, usec);
    }

    /** AdjustFractDays. */
    private static void fractDays(Fields f, double frac, int scale) {
        if (frac == 0) {
            return;
        }
        frac *= scale;
        int extra = (int) frac;
        f.days = Math.addExact(f.days, extra);
        fractMicros(f, frac - extra, USECS_PER_DAY);
    }

    /** AdjustYears + AdjustFractYears. */
    private static void years(Fields f, long whole, double frac, int scale) {
        f.months = Math.addExact(f.months, Math.multiplyExact(Math.multiplyExact(whole, scale), 12));
        f.months = Math.addExact(f.months, (long) Math.rint(frac * scale * 12));
    }

    /** ISO 8601 "format with designators" and "alternative format", after the P. */
    private static Fields iso8601(String s) throws Bad {
        Fields f = new Fields();
        if (s.isEmpty()) {
            throw new Bad(false);
        }
        boolean time = false;
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (s.charAt(i) == 't') {
                if (time) {
                    throw new Bad(false);
                }
                time = true;
                i++;
                if (i == n) {
                    throw new Bad(false);
                }
                continue;
            }
            int start = i;
            if (s.charAt(i) == '-' || s.charAt(i) == '+') {
                i++;
            }
            while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (i == start || i >= n) {
                throw new Bad(false);
            }
            String number = s.substring(start, i);
            char unit = s.charAt(i);
            if (!time && (unit == '-' || unit == 't' && number.length() >= 4 && start == 0)) {
                // alternative format PYYYY-MM-DDTHH:MM:SS
                return isoAlternative(s, f);
            }
            if (time && unit == ':') {
                f.micros = Math.addExact(f.micros, time(s.substring(start)));
                return f;
            }
            i++;
            double value = Double.parseDouble(number);
            long whole = (long) value;
            double frac = value - whole;
            if (!time) {
                switch (unit) {
                    case 'y' -> years(f, whole, frac, 1);
                    case 'm' -> {
                        f.months = Math.addExact(f.months, whole);
                        fractDays(f, frac, 30);
                    }
                    case 'w' -> {
                        f.days = Math.addExact(f.days, Math.multiplyExact(whole, 7));
                        fractDays(f, frac, 7);
                    }
                    case 'd' -> {
                        f.days = Math.addExact(f.days, whole);
                        fractMicros(f, frac, USECS_PER_DAY);
                    }
                    default -> throw new Bad(false);
                }
            } else {
                switch (unit) {
                    case 'h' -> addMicros(f, whole, frac, USECS_PER_HOUR);
                    case 'm' -> addMicros(f, whole, frac, USECS_PER_MINUTE);
                    case 's' -> addMicros(f, whole, frac, USECS_PER_SEC);
                    default -> throw new Bad(false);
                }
            }
        }
        return f;
    }

    private static Fields isoAlternative(String s, Fields f) throws Bad {
        int t = s.indexOf('t');
        String date = t < 0 ? s : s.substring(0, t);
        String[] parts = date.split("-", -1);
        if (parts.length > 3) {
            throw new Bad(false);
        }
        double years = Double.parseDouble(parts[0]);
        years(f, (long) years, years - (long) years, 1);
        if (parts.length > 1) {
            double months = Double.parseDouble(parts[1]);
            f.months = Math.addExact(f.months, (long) months);
            fractDays(f, months - (long) months, 30);
        }
        if (parts.length > 2) {
            double days = Double.parseDouble(parts[2]);
            f.days = Math.addExact(f.days, (long) days);
            fractMicros(f, days - (long) days, USECS_PER_DAY);
        }
        if (t >= 0) {
            f.micros = Math.addExact(f.micros, time(s.substring(t + 1)));
        }
        return f;
    }

    // ---------------------------------------------------------------- output (EncodeInterval)

    static String format(IntervalValue v, IntervalStyle style) {
        long year = v.months() / 12;
        long mon = v.months() % 12;
        long mday = v.days();
        long time = v.micros();
        long hour = time / USECS_PER_HOUR;
        time -= hour * USECS_PER_HOUR;
        long min = time / USECS_PER_MINUTE;
        time -= min * USECS_PER_MINUTE;
        long sec = time / USECS_PER_SEC;
        long fsec = time - sec * USECS_PER_SEC;
        StringBuilder sb = new StringBuilder();
        switch (style) {
            case POSTGRES -> {
                boolean[] state = {true, false}; // is_zero, is_before
                postgresPart(sb, year, "year", state);
                postgresPart(sb, mon, "mon", state);
                postgresPart(sb, mday, "day", state);
                if (state[0] || hour != 0 || min != 0 || sec != 0 || fsec != 0) {
                    boolean minus = hour < 0 || min < 0 || sec < 0 || fsec < 0;
                    sb.append(state[0] ? "" : " ").append(minus ? "-" : state[1] ? "+" : "");
                    pad2(sb, Math.abs(hour));
                    sb.append(':');
                    pad2(sb, Math.abs(min));
                    sb.append(':');
                    seconds(sb, sec, fsec, true);
                }
            }
            case POSTGRES_VERBOSE -> {
                sb.append('@');
                boolean[] state = {true, false};
                verbosePart(sb, year, "year", state);
                verbosePart(sb, mon, "mon", state);
                verbosePart(sb, mday, "day", state);
                verbosePart(sb, hour, "hour", state);
                verbosePart(sb, min, "min", state);
                if (sec != 0 || fsec != 0) {
                    sb.append(' ');
                    if (sec < 0 || sec == 0 && fsec < 0) {
                        if (state[0]) {
                            state[1] = true;
                        } else if (!state[1]) {
                            sb.append('-');
                        }
                    } else if (state[1]) {
                        sb.append('-');
                    }
                    seconds(sb, sec, fsec, false);
                    sb.append(" sec").append(Math.abs(sec) != 1 || fsec != 0 ? "s" : "");
                    state[0] = false;
                }
                if (state[0]) {
                    sb.append(" 0");
                }
                if (state[1]) {
                    sb.append(" ago");
                }
            }
            case ISO_8601 -> {
                if (year == 0 && mon == 0 && mday == 0 && hour == 0 && min == 0 && sec == 0 && fsec == 0) {
                    return "PT0S";
                }
                sb.append('P');
                isoPart(sb, year, 'Y');
                isoPart(sb, mon, 'M');
                isoPart(sb, mday, 'D');
                if (hour != 0 || min != 0 || sec != 0 || fsec != 0) {
                    sb.append('T');
                }
                isoPart(sb, hour, 'H');
                isoPart(sb, min, 'M');
                if (sec != 0 || fsec != 0) {
                    if (sec < 0 || fsec < 0) {
                        sb.append('-');
                    }
                    seconds(sb, sec, fsec, false);
                    sb.append('S');
                }
            }
            case SQL_STANDARD -> sqlStandard(sb, year, mon, mday, hour, min, sec, fsec);
        }
        return sb.toString();
    }

    private static void postgresPart(StringBuilder sb, long value, String units, boolean[] state) {
        if (value == 0) {
            return;
        }
        sb.append(!state[0] ? " " : "").append(state[1] && value > 0 ? "+" : "").append(value).append(' ')
                .append(units).append(value != 1 ? "s" : "");
        state[1] = value < 0;
        state[0] = false;
    }

    private static void verbosePart(StringBuilder sb, long value, String units, boolean[] state) {
        if (value == 0) {
            return;
        }
        if (state[0]) {
            state[1] = value < 0;
            value = Math.abs(value);
        } else if (state[1]) {
            value = -value;
        }
        sb.append(' ').append(value).append(' ').append(units).append(value == 1 ? "" : "s");
        state[0] = false;
    }

    private static void isoPart(StringBuilder sb, long value, char unit) {
        if (value != 0) {
            sb.append(value).append(unit);
        }
    }

    private static void sqlStandard(StringBuilder sb, long year, long mon, long mday, long hour, long min, long sec,
            long fsec) {
        boolean hasNegative = year < 0 || mon < 0 || mday < 0 || hour < 0 || min < 0 || sec < 0 || fsec < 0;
        boolean hasPositive = year > 0 || mon > 0 || mday > 0 || hour > 0 || min > 0 || sec > 0 || fsec > 0;
        boolean hasYearMonth = year != 0 || mon != 0;
        boolean hasDayTime = mday != 0 || hour != 0 || min != 0 || sec != 0 || fsec != 0;
        boolean standard = !(hasNegative && hasPositive) && !(hasYearMonth && hasDayTime);
        if (hasNegative && standard) {
            sb.append('-');
            year = -year;
            mon = -mon;
            mday = -mday;
            hour = -hour;
            min = -min;
            sec = -sec;
            fsec = -fsec;
        }
        if (!hasNegative && !hasPositive) {
            sb.append('0');
        } else if (!standard) {
            char yearSign = year < 0 || mon < 0 ? '-' : '+';
            char daySign = mday < 0 ? '-' : '+';
            char secSign = hour < 0 || min < 0 || sec < 0 || fsec < 0 ? '-' : '+';
            sb.append(yearSign).append(Math.abs(year)).append('-').append(Math.abs(mon)).append(' ').append(daySign)
                    .append(Math.abs(mday)).append(' ').append(secSign).append(Math.abs(hour)).append(':');
            pad2(sb, Math.abs(min));
            sb.append(':');
            seconds(sb, sec, fsec, true);
        } else if (hasYearMonth) {
            sb.append(year).append('-').append(mon);
        } else if (mday != 0) {
            sb.append(mday).append(' ').append(hour).append(':');
            pad2(sb, min);
            sb.append(':');
            seconds(sb, sec, fsec, true);
        } else {
            sb.append(hour).append(':');
            pad2(sb, min);
            sb.append(':');
            seconds(sb, sec, fsec, true);
        }
    }

    private static void pad2(StringBuilder sb, long v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }

    /** AppendSeconds: absolute seconds, a fraction without trailing zeros. */
    static void seconds(StringBuilder sb, long sec, long fsec, boolean fillZeros) {
        long s = Math.abs(sec);
        if (fillZeros) {
            pad2(sb, s);
        } else {
            sb.append(s);
        }
        long f = Math.abs(fsec);
        if (f != 0) {
            String digits = Long.toString(1_000_000 + f).substring(1);
            int end = digits.length();
            while (end > 0 && digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(digits, 0, end);
        }
    }
}
