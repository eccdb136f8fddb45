package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Text input and output shared by date, timestamp and timestamptz, and the calendar arithmetic
 * between PostgreSQL's internal representation and java.time.
 *
 * <p>Internal values, as PostgreSQL keeps them: a timestamp is microseconds since
 * 2000-01-01 00:00:00 (for timestamptz, UTC), a date is days since 2000-01-01; Long.MAX_VALUE /
 * Long.MIN_VALUE (Integer for date) are {@code infinity} / {@code -infinity}. Year 1 BC is ISO
 * year 0 (proleptic Gregorian, as PostgreSQL).
 *
 * <p>Input follows PostgreSQL's DecodeDateTime for the forms clients use (DateStyle ISO, MDY):
 * {@code 2024-01-02}, {@code 01/02/2024}, {@code 20240102}, {@code Jan 2 2024}, {@code 2 Jan 2024},
 * {@code 2024-Jan-02}, an optional time {@code 03:04[:05[.123456]]} (also after {@code T}),
 * {@code am}/{@code pm}, {@code BC}/{@code AD}, a zone {@code +02}, {@code +0530},
 * {@code -08:00}, {@code Z}, {@code UTC}, {@code GMT}, a few fixed abbreviations (EST, PST...) or
 * a full zone name ({@code America/New_York}), and the special words {@code epoch},
 * {@code infinity}, {@code -infinity}, {@code now}, {@code today}, {@code tomorrow},
 * {@code yesterday}.
 *
 * <p>The session TimeZone is not plumbed yet: every conversion that needs it takes it from
 * {@link #sessionZone()}, which is UTC (the reference server runs with TimeZone=Etc/UTC).
 * TODO(session TimeZone): pass the session's zone to the timestamptz I/O and casts.
 */
public final class DateTimeText {
    private DateTimeText() {
    }

    public static final long MICROS_PER_SECOND = 1_000_000L;
    public static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;
    /** LocalDate.toEpochDay() of 2000-01-01 (PostgreSQL's epoch). */
    static final long EPOCH_DAY_2000 = 10_957L;
    /** Days of 4714-11-24 BC (Julian day 0), the first valid date and timestamp. */
    public static final int MIN_DATE = -2_451_545;
    /** First invalid date after the last valid one (5874898-01-01, Julian day 2147483494). */
    public static final int END_DATE = 2_147_483_494 - 2_451_545;
    /** First valid timestamp: 4714-11-24 00:00:00 BC. */
    public static final long MIN_TIMESTAMP = -211_813_488_000_000_000L;
    /** First invalid timestamp after the last valid one: 294277-01-01 00:00:00. */
    public static final long END_TIMESTAMP = 9_223_371_331_200_000_000L;

    /** The session TimeZone. TODO(session TimeZone): a session setting passed in by the caller. */
    public static ZoneId sessionZone() {
        return TimeZones.current().id();
    }

    // ---- conversions

    /** The current time as a timestamptz value (microseconds since 2000-01-01 UTC). */
    public static long nowMicros() {
        return micros(Instant.now());
    }

    /** A moment as a timestamptz value: microseconds since 2000-01-01 00:00 UTC. */
    public static long micros(Instant moment) {
        return (moment.getEpochSecond() - EPOCH_DAY_2000 * 86_400L) * MICROS_PER_SECOND + moment.getNano() / 1000;
    }

    static LocalDate toLocalDate(long days) {
        return LocalDate.ofEpochDay(days + EPOCH_DAY_2000);
    }

    static long toDays(LocalDate date) {
        return date.toEpochDay() - EPOCH_DAY_2000;
    }

    static LocalDateTime toLocalDateTime(long micros) {
        long days = Math.floorDiv(micros, MICROS_PER_DAY);
        long time = Math.floorMod(micros, MICROS_PER_DAY);
        return LocalDateTime.of(toLocalDate(days), java.time.LocalTime.ofNanoOfDay(time * 1000));
    }

    static long toMicros(LocalDateTime t) {
        return toDays(t.toLocalDate()) * MICROS_PER_DAY + t.toLocalTime().toNanoOfDay() / 1000;
    }

    /** Offset of the zone, in seconds east of UTC, at a local wall-clock time (timestamp micros). */
    static int offsetAtLocal(ZoneId zone, long localMicros) {
        if (zone instanceof ZoneOffset o) {
            return o.getTotalSeconds();
        }
        return zone.getRules().getOffset(toLocalDateTime(localMicros)).getTotalSeconds();
    }

    /** Offset of the zone, in seconds east of UTC, at a UTC instant (timestamptz micros). */
    static int offsetAtInstant(ZoneId zone, long utcMicros) {
        if (zone instanceof ZoneOffset o) {
            return o.getTotalSeconds();
        }
        long seconds = Math.floorDiv(utcMicros, MICROS_PER_SECOND) + EPOCH_DAY_2000 * 86_400L;
        return zone.getRules().getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
    }

    // ---- output

    /** date_out in the session's DateStyle: {@code 2024-01-02}, {@code 01-02-2024}, {@code 0044-03-15 BC}, {@code infinity}. */
    static String formatDate(int days) {
        if (days == Integer.MAX_VALUE) {
            return "infinity";
        }
        if (days == Integer.MIN_VALUE) {
            return "-infinity";
        }
        StringBuilder sb = new StringBuilder(16);
        LocalDate d = toLocalDate(days);
        DateStyle ds = DateStyle.current();
        boolean bc;
        switch (ds.style()) {
            case ISO -> bc = appendDate(sb, d);
            case SQL -> bc = appendDayMonth(sb, d, ds, '/');
            case GERMAN -> bc = appendDayMonth(sb, d, new DateStyle(DateStyle.Style.GERMAN, DateStyle.Order.DMY), '.');
            default -> bc = appendDayMonth(sb, d, ds, '-');
        }
        if (bc) {
            sb.append(" BC");
        }
        return sb.toString();
    }

    /** MM/DD/YYYY (DD/MM/YYYY for DMY) with the given separator; @return true for a BC date. */
    private static boolean appendDayMonth(StringBuilder sb, LocalDate d, DateStyle ds, char separator) {
        int year = d.getYear();
        boolean bc = year <= 0;
        if (ds.order() == DateStyle.Order.DMY) {
            pad(sb, d.getDayOfMonth(), 2);
            sb.append(separator);
            pad(sb, d.getMonthValue(), 2);
        } else {
            pad(sb, d.getMonthValue(), 2);
            sb.append(separator);
            pad(sb, d.getDayOfMonth(), 2);
        }
        sb.append(separator);
        pad(sb, bc ? 1 - year : year, 4);
        return bc;
    }

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTH_NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** timestamptz_out: the value in the session zone, with its offset or abbreviation as DateStyle wants. */
    static String formatTimestamptz(long micros) {
        if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            return formatTimestamp(micros, null);
        }
        TimeZones.Zone zone = TimeZones.current();
        int offset = offsetAtInstant(zone.id(), micros);
        String abbreviation = DateStyle.current().style() == DateStyle.Style.ISO ? null
                : TimeZones.abbreviation(zone, Math.floorDiv(micros, MICROS_PER_SECOND) + EPOCH_DAY_2000 * 86_400L);
        return formatTimestamp(micros, offset, abbreviation);
    }

    /**
     * timestamp_out / timestamptz_out in DateStyle ISO.
     *
     * @param offsetSeconds the zone offset to print, or null for timestamp without time zone
     */
    static String formatTimestamp(long micros, Integer offsetSeconds) {
        return formatTimestamp(micros, offsetSeconds, null);
    }

    /**
     * EncodeDateTime in the session's DateStyle; {@code abbreviation} is the zone name the
     * non-ISO styles print (the offset is printed when it is null).
     */
    static String formatTimestamp(long micros, Integer offsetSeconds, String abbreviation) {
        if (micros == Long.MAX_VALUE) {
            return "infinity";
        }
        if (micros == Long.MIN_VALUE) {
            return "-infinity";
        }
        long local = offsetSeconds == null ? micros : micros + offsetSeconds * MICROS_PER_SECOND;
        long days = Math.floorDiv(local, MICROS_PER_DAY);
        long time = Math.floorMod(local, MICROS_PER_DAY);
        StringBuilder sb = new StringBuilder(32);
        LocalDate date = toLocalDate(days);
        DateStyle ds = DateStyle.current();
        boolean bc;
        switch (ds.style()) {
            case ISO -> {
                bc = appendDate(sb, date);
                sb.append(' ');
                appendTime(sb, time);
                if (offsetSeconds != null) {
                    appendOffset(sb, offsetSeconds);
                }
            }
            case SQL, GERMAN -> {
                bc = ds.style() == DateStyle.Style.SQL ? appendDayMonth(sb, date, ds, '/')
                        : appendDayMonth(sb, date, new DateStyle(DateStyle.Style.GERMAN, DateStyle.Order.DMY), '.');
                sb.append(' ');
                appendTime(sb, time);
                appendZone(sb, offsetSeconds, abbreviation);
            }
            default -> {
                int year = date.getYear();
                bc = year <= 0;
                sb.append(DAYS[date.getDayOfWeek().getValue() - 1]).append(' ');
                if (ds.order() == DateStyle.Order.DMY) {
                    pad(sb, date.getDayOfMonth(), 2);
                    sb.append(' ').append(MONTH_NAMES[date.getMonthValue() - 1]);
                } else {
                    sb.append(MONTH_NAMES[date.getMonthValue() - 1]).append(' ');
                    pad(sb, date.getDayOfMonth(), 2);
                }
                sb.append(' ');
                appendTime(sb, time);
                sb.append(' ');
                pad(sb, bc ? 1 - year : year, 4);
                appendZone(sb, offsetSeconds, abbreviation);
            }
        }
        if (bc) {
            sb.append(" BC");
        }
        return sb.toString();
    }

    private static void appendZone(StringBuilder sb, Integer offsetSeconds, String abbreviation) {
        if (offsetSeconds == null) {
            return;
        }
        if (abbreviation != null) {
            sb.append(' ').append(abbreviation);
        } else {
            sb.append(' ');
            appendOffset(sb, offsetSeconds);
        }
    }

    /** date in ISO whatever the DateStyle (JSON output). */
    static String formatDateIso(int days) {
        if (days == Integer.MAX_VALUE || days == Integer.MIN_VALUE) {
            return days == Integer.MAX_VALUE ? "infinity" : "-infinity";
        }
        StringBuilder sb = new StringBuilder();
        if (appendDate(sb, toLocalDate(days))) {
            sb.append(" BC");
        }
        return sb.toString();
    }

    /** HH:MM:SS[.ffffff] of a time of day. */
    static String formatTimeOfDay(long micros) {
        StringBuilder sb = new StringBuilder();
        appendTime(sb, micros);
        return sb.toString();
    }

    /** ISO 8601 with a T between date and time (JSON output), then the offset text if any. */
    static String formatIsoT(long local, String offset) {
        if (local == Long.MAX_VALUE || local == Long.MIN_VALUE) {
            return local == Long.MAX_VALUE ? "infinity" : "-infinity";
        }
        long days = Math.floorDiv(local, MICROS_PER_DAY);
        long time = Math.floorMod(local, MICROS_PER_DAY);
        StringBuilder sb = new StringBuilder();
        boolean bc = appendDate(sb, toLocalDate(days));
        sb.append('T');
        appendTime(sb, time);
        if (offset != null) {
            sb.append(offset);
        }
        if (bc) {
            sb.append(" BC");
        }
        return sb.toString();
    }

    /** Appends YYYY-MM-DD (at least four year digits); @return true for a BC date. */
    private static boolean appendDate(StringBuilder sb, LocalDate d) {
        int year = d.getYear();
        boolean bc = year <= 0;
        int shown = bc ? 1 - year : year;
        pad(sb, shown, 4);
        sb.append('-');
        pad(sb, d.getMonthValue(), 2);
        sb.append('-');
        pad(sb, d.getDayOfMonth(), 2);
        return bc;
    }

    /** HH:MM:SS with the fraction's trailing zeros trimmed (none when whole). */
    private static void appendTime(StringBuilder sb, long micros) {
        long seconds = micros / MICROS_PER_SECOND;
        int fraction = (int) (micros % MICROS_PER_SECOND);
        pad(sb, (int) (seconds / 3600), 2);
        sb.append(':');
        pad(sb, (int) (seconds / 60 % 60), 2);
        sb.append(':');
        pad(sb, (int) (seconds % 60), 2);
        if (fraction != 0) {
            sb.append('.');
            int digits = 6;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            pad(sb, fraction, digits);
        }
    }

    /** +HH, +HH:MM or +HH:MM:SS as EncodeTimezone prints it. */
    private static void appendOffset(StringBuilder sb, int offsetSeconds) {
        int abs = Math.abs(offsetSeconds);
        sb.append(offsetSeconds < 0 ? '-' : '+');
        pad(sb, abs / 3600, 2);
        int minutes = abs / 60 % 60;
        int seconds = abs % 60;
        if (minutes != 0 || seconds != 0) {
            sb.append(':');
            pad(sb, minutes, 2);
        }
        if (seconds != 0) {
            sb.append(':');
            pad(sb, seconds, 2);
        }
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    // ---- input

    /** What the parser found: a date (days), a time of day (micros), an explicit zone. */
    static final class Parsed {
        /** INFINITY / NEG_INFINITY / NOW / or FIELDS (a date and optional time). */
        int kind;
        long days;
        long timeMicros;
        boolean hasTime;
        /** Zone written in the input (offset or named zone); null when none. */
        ZoneId zone;
        /** For {@code now}: the current timestamptz. */
        long nowMicros;
    }

    static final int FIELDS = 0;
    static final int INFINITY = 1;
    static final int NEG_INFINITY = 2;
    static final int NOW = 3;

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> ABBREVIATIONS = new HashMap<>();
    private static volatile Map<String, String> zoneNames;

    static {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < names.length; i++) {
            MONTHS.put(names[i], i + 1);
            MONTHS.put(names[i].substring(0, 3), i + 1);
        }
        MONTHS.put("sept", 9);
        // fixed-offset abbreviations of PostgreSQL's Default set that clients commonly write
        int h = 3600;
        for (String z : new String[] {"z", "zulu", "utc", "ut", "gmt"}) {
            ABBREVIATIONS.put(z, 0);
        }
        ABBREVIATIONS.put("est", -5 * h);
        ABBREVIATIONS.put("edt", -4 * h);
        ABBREVIATIONS.put("cst", -6 * h);
        ABBREVIATIONS.put("cdt", -5 * h);
        ABBREVIATIONS.put("mst", -7 * h);
        ABBREVIATIONS.put("mdt", -6 * h);
        ABBREVIATIONS.put("pst", -8 * h);
        ABBREVIATIONS.put("pdt", -7 * h);
        ABBREVIATIONS.put("cet", 1 * h);
        ABBREVIATIONS.put("cest", 2 * h);
        ABBREVIATIONS.put("eet", 2 * h);
        ABBREVIATIONS.put("eest", 3 * h);
        ABBREVIATIONS.put("bst", 1 * h);
        ABBREVIATIONS.put("jst", 9 * h);
        ABBREVIATIONS.put("ist", 2 * h); // PostgreSQL's Default set: Israel
    }

    /** The offset (seconds east) of a fixed time zone abbreviation such as PST or EDT, or null. */
    public static Integer abbreviationOffset(String word) {
        return ABBREVIATIONS.get(word.toLowerCase(Locale.ROOT));
    }

    private static ZoneId namedZone(String word) {
        Map<String, String> names = zoneNames;
        if (names == null) {
            Map<String, String> m = new HashMap<>();
            for (String id : ZoneId.getAvailableZoneIds()) {
                m.put(id.toLowerCase(Locale.ROOT), id);
            }
            zoneNames = names = m;
        }
        String id = names.get(word);
        return id == null ? null : ZoneId.of(id);
    }

    /** A failure while decoding, raised as PostgreSQL's DateTimeParseError for the caller's type. */
    private static final class Bad extends Exception {
        static final int SYNTAX = 0;
        static final int FIELD = 1;
        static final int MONTH_FIELD = 2;
        static final int ZONE = 3;
        final int code;

        Bad(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    /**
     * Parses the text of a date, timestamp or timestamptz value.
     *
     * @param typeName the type as error messages name it ("timestamp with time zone")
     */
    static Parsed parse(String text, String typeName) {
        try {
            return decode(text);
        } catch (Bad b) {
            throw switch (b.code) {
                case Bad.FIELD -> fieldOverflow(text);
                case Bad.MONTH_FIELD -> fieldOverflow(text)
                        .withHint("Perhaps you need a different \"datestyle\" setting.");
                case Bad.ZONE -> new PgException(SqlState.DATETIME_FIELD_OVERFLOW,
                        "time zone displacement out of range: \"" + text + "\"");
                default -> invalidSyntax(typeName, text);
            };
        }
    }

    static PgException invalidSyntax(String typeName, String text) {
        return new PgException(SqlState.INVALID_DATETIME_FORMAT,
                "invalid input syntax for type " + typeName + ": \"" + text + "\"");
    }

    static PgException fieldOverflow(String text) {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW,
                "date/time field value out of range: \"" + text + "\"");
    }

    static PgException outOfRange(String what, String text) {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, what + " out of range: \"" + text + "\"");
    }

    private static Parsed decode(String text) throws Bad {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Parsed p = new Parsed();
        switch (s) {
            case "infinity":
                p.kind = INFINITY;
                return p;
            case "-infinity":
                p.kind = NEG_INFINITY;
                return p;
            case "now":
                p.kind = NOW;
                p.nowMicros = TransactionClock.transactionStart();
                return p;
            default:
                break;
        }
        int year = -1;
        int month = -1;
        int day = -1;
        boolean twoDigitYear = false;
        boolean bc = false;
        boolean ad = false;
        int ampm = 0; // 1 am, 2 pm
        boolean haveDate = false;
        long relativeDays = Long.MIN_VALUE; // today/tomorrow/yesterday/epoch
        int hour = -1;
        int minute = 0;
        int second = 0;
        long fractionMicros = 0;
        int[] loose = new int[3]; // numbers next to a month name
        int[] looseDigits = new int[3];
        int nloose = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
                continue;
            }
            if (c >= '0' && c <= '9') {
                int start = i;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                char next = i < n ? s.charAt(i) : 0;
                if (next == ':') {
                    // time of day
                    if (hour >= 0) {
                        throw new Bad(Bad.SYNTAX);
                    }
                    while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.')) {
                        i++;
                    }
                    String[] parts = s.substring(start, i).split(":", -1);
                    if (parts.length < 2 || parts.length > 3) {
                        throw new Bad(Bad.SYNTAX);
                    }
                    hour = integer(parts[0]);
                    minute = integer(parts[1]);
                    if (parts.length == 3) {
                        int dot = parts[2].indexOf('.');
                        second = integer(dot < 0 ? parts[2] : parts[2].substring(0, dot));
                        fractionMicros = dot < 0 ? 0 : fraction(parts[2].substring(dot + 1));
                    } else if (parts[1].indexOf('.') >= 0) {
                        throw new Bad(Bad.SYNTAX);
                    }
                } else if (next == '-' || next == '/' || next == '.') {
                    if (haveDate) {
                        throw new Bad(Bad.SYNTAX);
                    }
                    // a date with delimiters; a part may be a month name
                    char delimiter = next;
                    while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == delimiter
                            || (isLetter(s.charAt(i)) && s.charAt(i - 1) == delimiter)
                            || (isLetter(s.charAt(i)) && isLetter(s.charAt(i - 1))))) {
                        i++;
                    }
                    String[] parts = s.substring(start, i).split(java.util.regex.Pattern.quote(String.valueOf(delimiter)),
                            -1);
                    if (parts.length != 3) {
                        throw new Bad(Bad.SYNTAX);
                    }
                    int[] ymd = delimitedDate(parts);
                    year = ymd[0];
                    month = ymd[1];
                    day = ymd[2];
                    twoDigitYear = ymd[3] != 0;
                    haveDate = true;
                } else {
                    String digits = s.substring(start, i);
                    if (haveDate && hour < 0 && digits.length() == 6) {
                        // HHMMSS after a date (19970210 173201)
                        hour = integer(digits.substring(0, 2));
                        minute = integer(digits.substring(2, 4));
                        second = integer(digits.substring(4));
                        if (i < n && s.charAt(i) == '.') {
                            int f = ++i;
                            while (i < n && isDigit(s.charAt(i))) {
                                i++;
                            }
                            fractionMicros = fraction(s.substring(f, i));
                        }
                        continue;
                    }
                    if (!haveDate && month < 0 && nloose == 0 && (digits.length() == 8 || digits.length() == 6)) {
                        // YYYYMMDD or YYMMDD
                        int yl = digits.length() - 4;
                        year = integer(digits.substring(0, yl));
                        month = integer(digits.substring(yl, yl + 2));
                        day = integer(digits.substring(yl + 2));
                        twoDigitYear = yl == 2;
                        haveDate = true;
                    } else {
                        if (nloose == 3 || digits.length() > 9) {
                            throw new Bad(Bad.SYNTAX);
                        }
                        looseDigits[nloose] = digits.length();
                        loose[nloose++] = integer(digits);
                    }
                }
                continue;
            }
            if (c == '+' || c == '-') {
                // numeric zone offset: +HH, +HHMM, +HH:MM, +HH:MM:SS
                int start = ++i;
                while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == ':')) {
                    i++;
                }
                if (start == i) {
                    throw new Bad(Bad.SYNTAX);
                }
                p.zone = offset(s.substring(start, i), c == '-');
                continue;
            }
            if (isLetter(c)) {
                int start = i;
                while (i < n && (isLetter(s.charAt(i)) || s.charAt(i) == '/' || s.charAt(i) == '_'
                        || (s.charAt(i) == '-' && i + 1 < n && isLetter(s.charAt(i + 1))))) {
                    i++;
                }
                String word = s.substring(start, i);
                Integer m = MONTHS.get(word);
                Integer abbreviation = ABBREVIATIONS.get(word);
                if (m != null) {
                    if (month >= 0 || haveDate) {
                        throw new Bad(Bad.SYNTAX);
                    }
                    month = m;
                } else if (abbreviation != null) {
                    if (p.zone != null) {
                        throw new Bad(Bad.SYNTAX);
                    }
                    p.zone = ZoneOffset.ofTotalSeconds(abbreviation);
                } else {
                    switch (word) {
                        case "t" -> {
                            // ISO 8601 separator between date and time
                        }
                        case "sun", "sunday", "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "wednes",
                                "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday" -> {
                            // the day of the week is ignored, as DecodeDateTime does
                        }
                        case "bc" -> bc = true;
                        case "ad" -> ad = true;
                        case "am", "a.m" -> ampm = 1;
                        case "pm", "p.m" -> ampm = 2;
                        case "today" -> relativeDays = today();
                        case "tomorrow" -> relativeDays = today() + 1;
                        case "yesterday" -> relativeDays = today() - 1;
                        case "epoch" -> {
                            relativeDays = -EPOCH_DAY_2000;
                            p.zone = ZoneOffset.UTC; // 1970-01-01 00:00:00 UTC, whatever the session zone
                        }
                        default -> {
                            ZoneId zone = namedZone(word);
                            if (zone == null || p.zone != null) {
                                throw new Bad(Bad.SYNTAX);
                            }
                            p.zone = zone;
                        }
                    }
                }
                continue;
            }
            throw new Bad(Bad.SYNTAX);
        }

        // a textual month with loose numbers: Jan 2 2024, 2 Jan 2024
        if (nloose > 0) {
            if (haveDate || month < 0 || nloose != 2) {
                throw new Bad(Bad.SYNTAX);
            }
            if (looseDigits[0] >= 3 || loose[0] > 31) {
                year = loose[0];
                day = loose[1];
                twoDigitYear = looseDigits[0] <= 2;
            } else {
                day = loose[0];
                year = loose[1];
                twoDigitYear = looseDigits[1] <= 2;
            }
            haveDate = true;
        }
        if (relativeDays != Long.MIN_VALUE) {
            if (haveDate || month >= 0 || bc || ad) {
                throw new Bad(Bad.SYNTAX);
            }
        } else if (!haveDate) {
            throw new Bad(Bad.SYNTAX);
        }

        // time of day
        long time = 0;
        if (hour >= 0) {
            if (ampm != 0) {
                if (hour > 12) {
                    throw new Bad(Bad.FIELD);
                }
                if (ampm == 1 && hour == 12) {
                    hour = 0;
                } else if (ampm == 2 && hour != 12) {
                    hour += 12;
                }
            }
            if (minute > 59 || second > 60 || hour > 24
                    || (hour == 24 && (minute > 0 || second > 0 || fractionMicros > 0))) {
                throw new Bad(Bad.FIELD);
            }
            time = ((hour * 60L + minute) * 60L + second) * MICROS_PER_SECOND + fractionMicros;
            p.hasTime = true;
        } else if (ampm != 0) {
            throw new Bad(Bad.SYNTAX);
        }
        p.timeMicros = time;

        if (relativeDays != Long.MIN_VALUE) {
            p.days = relativeDays;
            return p;
        }
        if (bc && ad) {
            throw new Bad(Bad.SYNTAX);
        }
        if (twoDigitYear && !bc) {
            year += year < 70 ? 2000 : 1900;
        }
        if (month > 12 || month < 1) {
            throw new Bad(month > 12 ? Bad.MONTH_FIELD : Bad.FIELD);
        }
        if (day > 31) {
            throw new Bad(Bad.MONTH_FIELD);
        }
        if (year <= 0 || day < 1) {
            throw new Bad(Bad.FIELD);
        }
        if (year > 999_999_999) {
            throw new Bad(Bad.FIELD);
        }
        LocalDate date;
        try {
            date = LocalDate.of(bc ? 1 - year : year, month, day);
        } catch (DateTimeException e) {
            throw new Bad(Bad.FIELD);
        }
        p.days = toDays(date);
        return p;
    }

    /** Splits a delimited date into {year, month, day, twoDigitYear}: Y-M-D, M-D-Y (MDY), Y-Mon-D, D-Mon-Y. */
    private static int[] delimitedDate(String[] parts) throws Bad {
        int monthName = -1;
        for (int k = 0; k < 3; k++) {
            if (parts[k].isEmpty()) {
                throw new Bad(Bad.SYNTAX);
            }
            if (isLetter(parts[k].charAt(0))) {
                if (monthName >= 0 || !MONTHS.containsKey(parts[k])) {
                    throw new Bad(Bad.SYNTAX);
                }
                monthName = k;
            } else if (!allDigits(parts[k])) {
                throw new Bad(Bad.SYNTAX);
            }
        }
        if (monthName == 1) {
            int month = MONTHS.get(parts[1]);
            if (parts[0].length() >= 3) {
                return new int[] {integer(parts[0]), month, integer(parts[2]), 0};
            }
            return new int[] {integer(parts[2]), month, integer(parts[0]), parts[2].length() <= 2 ? 1 : 0};
        }
        if (monthName >= 0) {
            throw new Bad(Bad.SYNTAX);
        }
        if (parts[0].length() >= 3) {
            return new int[] {integer(parts[0]), integer(parts[1]), integer(parts[2]), 0};
        }
        switch (DateStyle.current().order()) {
            case DMY:
                return new int[] {integer(parts[2]), integer(parts[1]), integer(parts[0]), parts[2].length() <= 2 ? 1 : 0};
            case YMD:
                return new int[] {integer(parts[0]), integer(parts[1]), integer(parts[2]), parts[0].length() <= 2 ? 1 : 0};
            default:
                return new int[] {integer(parts[2]), integer(parts[0]), integer(parts[1]), parts[2].length() <= 2 ? 1 : 0};
        }
    }

    private static ZoneId offset(String digits, boolean negative) throws Bad {
        int h;
        int m = 0;
        int sec = 0;
        if (digits.indexOf(':') >= 0) {
            String[] parts = digits.split(":", -1);
            if (parts.length > 3) {
                throw new Bad(Bad.SYNTAX);
            }
            h = integer(parts[0]);
            m = integer(parts[1]);
            sec = parts.length == 3 ? integer(parts[2]) : 0;
        } else if (digits.length() <= 2) {
            h = integer(digits);
        } else if (digits.length() == 4 || digits.length() == 3) {
            h = integer(digits.substring(0, digits.length() - 2));
            m = integer(digits.substring(digits.length() - 2));
        } else if (digits.length() == 6) {
            h = integer(digits.substring(0, 2));
            m = integer(digits.substring(2, 4));
            sec = integer(digits.substring(4));
        } else {
            throw new Bad(Bad.SYNTAX);
        }
        if (m > 59 || sec > 59) {
            throw new Bad(Bad.FIELD);
        }
        if (h > 15) {
            throw new Bad(Bad.ZONE);
        }
        int total = h * 3600 + m * 60 + sec;
        return ZoneOffset.ofTotalSeconds(negative ? -total : total);
    }

    private static long today() {
        long now = TransactionClock.transactionStart(); // 'today' is the transaction's day, as in PostgreSQL
        return Math.floorDiv(now + offsetAtInstant(sessionZone(), now) * MICROS_PER_SECOND, MICROS_PER_DAY);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || c == '.';
    }

    private static boolean allDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int integer(String digits) throws Bad {
        if (digits.isEmpty() || digits.length() > 9 || !allDigits(digits)) {
            throw new Bad(digits.length() > 9 && allDigits(digits) ? Bad.FIELD : Bad.SYNTAX);
        }
        return Integer.parseInt(digits);
    }

    /** The digits after a decimal point as microseconds, rounded with rint as PostgreSQL does. */
    private static long fraction(String digits) throws Bad {
        if (!allDigits(digits)) {
            throw new Bad(Bad.SYNTAX);
        }
        return digits.isEmpty() ? 0 : (long) Math.rint(Double.parseDouble("0." + digits) * MICROS_PER_SECOND);
    }
}
