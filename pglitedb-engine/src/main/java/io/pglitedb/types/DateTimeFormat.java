package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The date/time templates of to_char, to_timestamp, to_date and jsonpath's .datetime(), as
 * formatting.c's DCH code reads and writes them: HH24, MI, SS, MS, US, FF1-6, AM/PM, YYYY, IYYY,
 * Y,YYY, MONTH/Month/month, MON, MM, DAY, DY, DDD, IDDD, DD, D, ID, WW, IW, W, CC, J, Q, RM, TZ,
 * TZH, TZM, OF, BC/AD, with the FM/TM prefixes and TH/th suffixes, "quoted text" and FX.
 */
public final class DateTimeFormat {
    private DateTimeFormat() {
    }

    // ---- template parsing

    private record Key(String name, int len, boolean digit, int mode) {
    }

    private static final int GREGORIAN = 0;
    private static final int ISO = 1;
    private static final int NONE = 2;

    /** Keywords, longer ones first where one is a prefix of another (index_seq_search order). */
    private static final List<Key> KEYS = new ArrayList<>();

    private static void key(String name, boolean digit, int mode) {
        KEYS.add(new Key(name, name.length(), digit, mode));
    }

    static {
        String[][] groups = {
            {"A.D.", "n"}, {"A.M.", "n"}, {"AD", "n"}, {"AM", "n"}, {"B.C.", "n"}, {"BC", "n"}, {"CC", "d"},
            {"DAY", "n"}, {"DDD", "d"}, {"DD", "d"}, {"DY", "n"}, {"Day", "n"}, {"Dy", "n"}, {"D", "d"},
            {"FF1", "d"}, {"FF2", "d"}, {"FF3", "d"}, {"FF4", "d"}, {"FF5", "d"}, {"FF6", "d"}, {"FX", "n"},
            {"HH24", "d"}, {"HH12", "d"}, {"HH", "d"}, {"IDDD", "i"}, {"ID", "i"}, {"IW", "i"}, {"IYYY", "i"},
            {"IYY", "i"}, {"IY", "i"}, {"I", "i"}, {"J", "d"}, {"MI", "d"}, {"MM", "d"}, {"MONTH", "n"},
            {"MON", "n"}, {"MS", "d"}, {"Month", "n"}, {"Mon", "n"}, {"OF", "n"}, {"P.M.", "n"}, {"PM", "n"},
            {"Q", "d"}, {"RM", "n"}, {"SSSSS", "d"}, {"SSSS", "d"}, {"SS", "d"}, {"TZH", "n"}, {"TZM", "d"},
            {"TZ", "n"}, {"US", "d"}, {"WW", "d"}, {"W", "d"}, {"Y,YYY", "d"}, {"YYYY", "d"}, {"YYY", "d"},
            {"YY", "d"}, {"Y", "d"},
            {"a.d.", "n"}, {"a.m.", "n"}, {"ad", "n"}, {"am", "n"}, {"b.c.", "n"}, {"bc", "n"}, {"cc", "d"},
            {"day", "n"}, {"ddd", "d"}, {"dd", "d"}, {"dy", "n"}, {"d", "d"}, {"ff1", "d"}, {"ff2", "d"},
            {"ff3", "d"}, {"ff4", "d"}, {"ff5", "d"}, {"ff6", "d"}, {"fx", "n"}, {"hh24", "d"}, {"hh12", "d"},
            {"hh", "d"}, {"iddd", "i"}, {"id", "i"}, {"iw", "i"}, {"iyyy", "i"}, {"iyy", "i"}, {"iy", "i"},
            {"i", "i"}, {"j", "d"}, {"mi", "d"}, {"mm", "d"}, {"month", "n"}, {"mon", "n"}, {"ms", "d"},
            {"of", "n"}, {"p.m.", "n"}, {"pm", "n"}, {"q", "d"}, {"rm", "n"}, {"sssss", "d"}, {"ssss", "d"},
            {"ss", "d"}, {"tzh", "n"}, {"tzm", "d"}, {"tz", "n"}, {"us", "d"}, {"ww", "d"}, {"w", "d"},
            {"y,yyy", "d"}, {"yyyy", "d"}, {"yyy", "d"}, {"yy", "d"}, {"y", "d"}};
        for (String[] g : groups) {
            String n = g[0];
            boolean iso = g[1].equals("i");
            boolean digit = !g[1].equals("n");
            String u = n.toUpperCase(Locale.ROOT);
            int mode = iso ? ISO : (u.equals("DDD") || u.equals("DD") || u.equals("D") || u.equals("WW")
                    || u.equals("MM") || u.equals("MONTH") || u.equals("MON") || u.equals("RM") || u.startsWith("Y")
                    || u.equals("W")) ? GREGORIAN : NONE;
            key(n, digit, mode);
        }
    }

    private static final int ACTION = 0;
    private static final int CHAR = 1;
    private static final int SEPARATOR = 2;
    private static final int SPACE = 3;
    private static final int END = 4;

    private record Node(int type, Key key, String text, boolean fm, boolean tm, boolean th, boolean thUpper) {
        String upper() {
            return key.name().toUpperCase(Locale.ROOT);
        }
    }

    private static boolean isSeparator(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c != ' ' && c != '\t' && c != '\n' && c != '\r';
    }

    private static List<Node> parse(String fmt) {
        List<Node> nodes = new ArrayList<>();
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            boolean fm = false;
            boolean tm = false;
            // prefixes
            while (true) {
                if (fmt.startsWith("FM", i) || fmt.startsWith("fm", i)) {
                    fm = true;
                    i += 2;
                } else if (fmt.startsWith("TM", i) || fmt.startsWith("tm", i)) {
                    tm = true;
                    i += 2;
                } else {
                    break;
                }
            }
            Key key = null;
            if (i < n) {
                for (Key k : KEYS) {
                    if (fmt.startsWith(k.name(), i)) {
                        key = k;
                        break;
                    }
                }
            }
            if (key != null) {
                i += key.len();
                boolean th = false;
                boolean thUpper = false;
                if (fmt.startsWith("TH", i)) {
                    th = true;
                    thUpper = true;
                    i += 2;
                } else if (fmt.startsWith("th", i)) {
                    th = true;
                    i += 2;
                } else if (fmt.startsWith("SP", i) || fmt.startsWith("sp", i)) {
                    i += 2;
                }
                nodes.add(new Node(ACTION, key, null, fm, tm, th, thUpper));
                continue;
            }
            if (i >= n) {
                break;
            }
            char c = fmt.charAt(i);
            if (c == '"') {
                i++;
                while (i < n && fmt.charAt(i) != '"') {
                    if (fmt.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    nodes.add(new Node(CHAR, null, String.valueOf(fmt.charAt(i)), false, false, false, false));
                    i++;
                }
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n && fmt.charAt(i + 1) == '"') {
                i++;
                c = '"';
            }
            int type = Character.isWhitespace(c) ? SPACE : isSeparator(c) ? SEPARATOR : CHAR;
            nodes.add(new Node(type, null, String.valueOf(c), false, false, false, false));
            i++;
        }
        nodes.add(new Node(END, null, null, false, false, false, false));
        return nodes;
    }

    // ---- to_char

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    /** The broken-down value to_char prints. */
    private record Tm(LocalDate date, int hour, int minute, int second, int fsec, int gmtoff, String zone,
            boolean interval) {
    }

    /** to_char(timestamp, text). */
    public static String format(long micros, String fmt) {
        if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            return null;
        }
        return format(tm(micros, 0, null), fmt);
    }

    /** to_char(timestamptz, text): in the session zone. */
    public static String formatWithZone(long utc, String fmt) {
        if (utc == Long.MAX_VALUE || utc == Long.MIN_VALUE) {
            return null;
        }
        TimeZones.Zone zone = TimeZones.current();
        int offset = DateTimeText.offsetAtInstant(zone.id(), utc);
        String abbreviation = TimeZones.abbreviation(zone, Math.floorDiv(utc, DateTimeText.MICROS_PER_SECOND)
                + DateTimeText.EPOCH_DAY_2000 * 86_400L);
        return format(tm(utc + offset * DateTimeText.MICROS_PER_SECOND, offset, abbreviation), fmt);
    }

    private static Tm tm(long local, int gmtoff, String zone) {
        long days = Math.floorDiv(local, DateTimeText.MICROS_PER_DAY);
        long time = Math.floorMod(local, DateTimeText.MICROS_PER_DAY);
        long secs = time / 1_000_000L;
        return new Tm(DateTimeText.toLocalDate(days), (int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60),
                (int) (time % 1_000_000L), gmtoff, zone, false);
    }

    private static String pad(long v, int width) {
        String s = Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder();
        if (v < 0) {
            sb.append('-');
            width--;
        }
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }

    private static String number(Node n, long v, int width) {
        String s = n.fm() ? Long.toString(v) : pad(v, width);
        return n.th() ? s + ordinal(v, n.thUpper()) : s;
    }

    private static String ordinal(long v, boolean upper) {
        long last = Math.abs(v) % 10;
        long lastTwo = Math.abs(v) % 100;
        String s = lastTwo >= 11 && lastTwo <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
        return upper ? s.toUpperCase(Locale.ROOT) : s;
    }

    private static String cased(String word, String keyName) {
        if (keyName.equals(keyName.toUpperCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (keyName.equals(keyName.toLowerCase(Locale.ROOT))) {
            return word.toLowerCase(Locale.ROOT);
        }
        return word;
    }

    private static String padRight(String s, int width, boolean fm) {
        if (fm) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private static String format(Tm tm, String fmt) {
        StringBuilder out = new StringBuilder();
        LocalDate d = tm.date();
        int year = d.getYear();
        int adjusted = year <= 0 ? -(year - 1) : year;
        for (Node n : parse(fmt)) {
            if (n.type() == END) {
                break;
            }
            if (n.type() != ACTION) {
                out.append(n.text());
                continue;
            }
            String name = n.key().name();
            switch (n.upper()) {
                case "A.M.", "P.M." -> out.append(cased(tm.hour() >= 12 ? "P.M." : "A.M.", name));
                case "AM", "PM" -> out.append(cased(tm.hour() >= 12 ? "PM" : "AM", name));
                case "HH", "HH12" -> out.append(number(n, tm.hour() % 12 == 0 ? 12 : tm.hour() % 12, 2));
                case "HH24" -> out.append(number(n, tm.hour(), 2));
                case "MI" -> out.append(number(n, tm.minute(), 2));
                case "SS" -> out.append(number(n, tm.second(), 2));
                case "FF1", "FF2", "FF3", "FF4", "FF5", "FF6" -> {
                    int digits = name.charAt(2) - '0';
                    out.append(number(n, tm.fsec() / (int) Math.pow(10, 6 - digits), digits));
                }
                case "MS" -> out.append(number(n, tm.fsec() / 1000, 3));
                case "US" -> out.append(number(n, tm.fsec(), 6));
                case "SSSS", "SSSSS" -> out.append(number(n, tm.hour() * 3600L + tm.minute() * 60L + tm.second(), 0));
                case "TZ" -> {
                    if (tm.zone() != null) {
                        out.append(name.equals("tz") ? tm.zone().toLowerCase(Locale.ROOT) : tm.zone());
                    }
                }
                case "TZH" -> {
                    out.append(tm.gmtoff() >= 0 ? '+' : '-');
                    out.append(pad(Math.abs(tm.gmtoff()) / 3600, 2));
                }
                case "TZM" -> out.append(pad(Math.abs(tm.gmtoff()) / 60 % 60, 2));
                case "OF" -> {
                    int off = Math.abs(tm.gmtoff());
                    out.append(tm.gmtoff() >= 0 ? '+' : '-').append(n.fm() ? Integer.toString(off / 3600) : pad(off / 3600, 2));
                    if (off % 3600 != 0) {
                        out.append(':').append(pad(off % 3600 / 60, 2));
                    }
                }
                case "A.D.", "B.C." -> out.append(cased(year <= 0 ? "B.C." : "A.D.", name));
                case "AD", "BC" -> out.append(cased(year <= 0 ? "BC" : "AD", name));
                case "MONTH" -> out.append(padRight(cased(MONTHS[d.getMonthValue() - 1], name), 9, n.fm()));
                case "MON" -> out.append(cased(MONTHS[d.getMonthValue() - 1].substring(0, 3), name));
                case "MM" -> out.append(number(n, d.getMonthValue(), 2));
                case "DAY" -> out.append(padRight(cased(DAYS[d.getDayOfWeek().getValue() % 7], name), 9, n.fm()));
                case "DY" -> out.append(cased(DAYS[d.getDayOfWeek().getValue() % 7].substring(0, 3), name));
                case "DDD" -> out.append(number(n, d.getDayOfYear(), 3));
                case "IDDD" -> out.append(number(n, (d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) - 1) * 7L
                        + d.getDayOfWeek().getValue(), 3));
                case "DD" -> out.append(number(n, d.getDayOfMonth(), 2));
                case "D" -> out.append(number(n, d.getDayOfWeek().getValue() % 7 + 1, 0));
                case "ID" -> out.append(number(n, d.getDayOfWeek().getValue(), 0));
                case "WW" -> out.append(number(n, (d.getDayOfYear() - 1) / 7 + 1, 2));
                case "IW" -> out.append(number(n, d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2));
                case "Q" -> out.append(number(n, (d.getMonthValue() - 1) / 3 + 1, 0));
                case "CC" -> {
                    int cc = year > 0 ? (year - 1) / 100 + 1 : year / 100 - 1;
                    out.append(cc <= 99 && cc >= -99 ? number(n, cc, cc >= 0 ? 2 : 3) : number(n, cc, 0));
                }
                case "Y,YYY" -> out.append(adjusted / 1000).append(',').append(pad(adjusted % 1000, 3))
                        .append(n.th() ? ordinal(adjusted, n.thUpper()) : "");
                case "YYYY" -> out.append(number(n, adjusted, 4));
                case "YYY" -> out.append(number(n, adjusted % 1000, 3));
                case "YY" -> out.append(number(n, adjusted % 100, 2));
                case "Y" -> out.append(number(n, adjusted % 10, 1));
                case "IYYY", "IYY", "IY", "I" -> {
                    long iso = d.get(IsoFields.WEEK_BASED_YEAR);
                    long isoAdjusted = iso <= 0 ? -(iso - 1) : iso;
                    int width = n.upper().length();
                    long mod = width == 4 ? Long.MAX_VALUE : (long) Math.pow(10, width);
                    out.append(number(n, isoAdjusted % mod, width));
                }
                case "RM" -> out.append(padRight(cased(ROMAN[d.getMonthValue() - 1], name), 4, n.fm()));
                case "W" -> out.append(number(n, (d.getDayOfMonth() - 1) / 7 + 1, 0));
                case "J" -> out.append(number(n, d.toEpochDay() + 2_440_588L, 0));
                case "FX" -> {
                }
                default -> {
                }
            }
        }
        return out.toString();
    }

    // ---- to_timestamp / to_date

    /** What a template read from the input (TmFromChar). */
    static final class Parsed {
        int mode = NONE;
        int hh;
        int pm;
        int mi;
        int ss;
        int ssss;
        int d;
        int dd;
        int ddd;
        int mm;
        int ms;
        int year;
        int bc;
        int ww;
        int w;
        int cc;
        int j;
        int us;
        int yysz;
        boolean clock12;
        int tzsign;
        int tzh;
        int tzm;
        int ff;
        boolean dated;
        boolean timed;
        boolean zoned;
        // the result
        int tmYear;
        int tmMon = 1;
        int tmMday = 1;
        int tmHour;
        int tmMin;
        int tmSec;
        long fsec;
        Integer tzOffsetEast;
    }

    private static PgException formatError(String format, Object... args) {
        return new PgException(SqlState.INVALID_DATETIME_FORMAT, format, args);
    }

    private static boolean isNextSeparator(List<Node> nodes, int i) {
        Node n = nodes.get(i);
        if (n.type() == END) {
            return false;
        }
        if (n.type() == ACTION && n.th()) {
            return true;
        }
        Node next = nodes.get(i + 1);
        if (next.type() == END) {
            return true;
        }
        if (next.type() == ACTION) {
            return !next.key().digit();
        }
        return !(next.text().length() == 1 && Character.isDigit(next.text().charAt(0)));
    }

    private static int setInt(int current, int value, Node n) {
        if (current != 0 && current != value) {
            throw formatError("conflicting values for \"%s\" field in formatting string", n.key().name())
                    .withDetail("This value contradicts a previous setting for the same field type.");
        }
        return value;
    }

    /** from_char_parse_int_len: @return {value, characters consumed} */
    private static long[] parseInt(String s, int[] pos, int len, List<Node> nodes, int ni) {
        Node n = nodes.get(ni);
        int init = pos[0];
        int p = pos[0];
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        String copy = s.substring(p, Math.min(s.length(), p + len));
        long result;
        int end;
        if (n.fm() || isNextSeparator(nodes, ni)) {
            int q = p;
            if (q < s.length() && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                q++;
            }
            int digitsStart = q;
            while (q < s.length() && Character.isDigit(s.charAt(q))) {
                q++;
            }
            if (q == digitsStart) {
                end = init;
                result = 0;
            } else {
                end = q;
                try {
                    result = Long.parseLong(s.substring(p, q));
                } catch (NumberFormatException e) {
                    result = Long.MAX_VALUE;
                }
            }
        } else {
            if (copy.length() < len) {
                throw formatError("source string too short for \"%s\" formatting field", n.key().name())
                        .withDetail("Field requires " + len + " characters, but only " + copy.length() + " remain.")
                        .withHint("If your source string is not fixed-width, try using the \"FM\" modifier.");
            }
            int q = 0;
            if (q < copy.length() && (copy.charAt(q) == '+' || copy.charAt(q) == '-')) {
                q++;
            }
            int digitsStart = q;
            while (q < copy.length() && Character.isDigit(copy.charAt(q))) {
                q++;
            }
            int used = q == digitsStart ? 0 : q;
            if (used > 0 && used < len) {
                throw formatError("invalid value \"%s\" for \"%s\"", copy, n.key().name())
                        .withDetail("Field requires " + len + " characters, but only " + used + " could be parsed.")
                        .withHint("If your source string is not fixed-width, try using the \"FM\" modifier.");
            }
            result = used == 0 ? 0 : Long.parseLong(copy.substring(0, used));
            end = used == 0 ? init : p + used;
        }
        if (end == init) {
            throw formatError("invalid value \"%s\" for \"%s\"", copy, n.key().name()).withDetail("Value must be an integer.");
        }
        if (result < Integer.MIN_VALUE || result > Integer.MAX_VALUE) {
            throw formatError("value for \"%s\" in source string is out of range", n.key().name())
                    .withDetail("Value must be in the range -2147483648 to 2147483647.");
        }
        pos[0] = end;
        return new long[] {result, end - init};
    }

    private static int seqSearch(String s, int[] pos, String[] words, Node n) {
        int p = pos[0];
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (s.regionMatches(true, p, w, 0, w.length())) {
                pos[0] = p + w.length();
                return k;
            }
        }
        String copy = s.substring(p, Math.min(s.length(), p + 12));
        throw formatError("invalid value \"%s\" for \"%s\"", copy, n.key().name())
                .withDetail("The given value did not match any of the allowed values for this field.");
    }

    private static void setMode(Parsed out, Node n) {
        int mode = n.key().mode();
        if (mode == NONE) {
            return;
        }
        if (out.mode == NONE) {
            out.mode = mode;
        } else if (out.mode != mode) {
            throw formatError("invalid combination of date conventions")
                    .withHint("Do not mix Gregorian and ISO week date conventions in a formatting template.");
        }
    }

    private static final String[] MONTH_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};
    private static final String[] DAY_ABBREVIATIONS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] ROMAN_LOWER_DESC = {"xii", "xi", "x", "ix", "viii", "vii", "vi", "v", "iv", "iii",
        "ii", "i"};

    /** DCH_from_char: reads {@code input} with the template into {@code out}. */
    static Parsed read(String input, String fmt, boolean std) {
        List<Node> nodes = parse(fmt);
        Parsed out = new Parsed();
        String s = input;
        int[] pos = {0};
        boolean fx = std; // standard (jsonpath) mode matches the template exactly
        int extraSkip = 0;
        int ni = 0;
        for (; nodes.get(ni).type() != END && pos[0] < s.length(); ni++) {
            Node n = nodes.get(ni);
            boolean isFx = n.type() == ACTION && n.upper().equals("FX");
            if (!fx && !isFx && (n.type() == ACTION || ni == 0)) {
                while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
                    pos[0]++;
                    extraSkip++;
                }
            }
            if (n.type() == SPACE || n.type() == SEPARATOR) {
                if (!fx) {
                    extraSkip--;
                    if (pos[0] < s.length() && (Character.isWhitespace(s.charAt(pos[0])) || isSeparator(s.charAt(pos[0])))) {
                        pos[0]++;
                        extraSkip++;
                    }
                } else if (pos[0] < s.length()) {
                    pos[0]++;
                }
                continue;
            } else if (n.type() != ACTION) {
                if (!fx) {
                    if (extraSkip > 0) {
                        extraSkip--;
                    } else if (pos[0] < s.length()) {
                        pos[0]++;
                    }
                } else {
                    if (std && n.type() == CHAR && !s.startsWith(n.text(), pos[0])) {
                        throw formatError("unmatched format character \"%s\"", n.text());
                    }
                    if (pos[0] < s.length()) {
                        pos[0]++;
                    }
                }
                continue;
            }
            setMode(out, n);
            String up = n.upper();
            switch (up) {
                case "FX" -> fx = true;
                case "A.M.", "P.M." -> {
                    int v = seqSearch(s, pos, new String[] {"a.m.", "p.m."}, n);
                    out.pm = setInt(out.pm, v % 2, n);
                    out.clock12 = true;
                    out.timed = true;
                }
                case "AM", "PM" -> {
                    int v = seqSearch(s, pos, new String[] {"am", "pm"}, n);
                    out.pm = setInt(out.pm, v % 2, n);
                    out.clock12 = true;
                    out.timed = true;
                }
                case "HH", "HH12" -> {
                    out.hh = setInt(out.hh, (int) parseInt(s, pos, 2, nodes, ni)[0], n);
                    out.clock12 = true;
                    out.timed = true;
                    skipTh(s, pos, n);
                }
                case "HH24" -> {
                    out.hh = setInt(out.hh, (int) parseInt(s, pos, 2, nodes, ni)[0], n);
                    out.timed = true;
                    skipTh(s, pos, n);
                }
                case "MI" -> {
                    out.mi = setInt(out.mi, (int) parseInt(s, pos, n.key().len(), nodes, ni)[0], n);
                    out.timed = true;
                    skipTh(s, pos, n);
                }
                case "SS" -> {
                    out.ss = setInt(out.ss, (int) parseInt(s, pos, n.key().len(), nodes, ni)[0], n);
                    out.timed = true;
                    skipTh(s, pos, n);
                }
                case "MS" -> {
                    long[] r = parseInt(s, pos, 3, nodes, ni);
                    int len = (int) r[1];
                    out.ms = setInt(out.ms, (int) r[0] * (len == 1 ? 100 : len == 2 ? 10 : 1), n);
                    out.timed = true;
                    skipTh(s, pos, n);
                }
                case "FF1", "FF2", "FF3", "FF4", "FF5", "FF6", "US" -> {
                    int digits = up.equals("US") ? 6 : up.charAt(2) - '0';
                    if (!up.equals("US")) {
                        out.ff = digits;
                    }
                    long[] r = parseInt(s, pos, digits, nodes, ni);
                    int len = (int) r[1];
                    long v = r[0];
                    for (int k = len; k < 6; k++) {
                        v *= 10;
                    }
                    out.us = setInt(out.us, (int) v, n);
                    out.timed = true;
                    skipTh(s, pos, n);
                }
                case "SSSS", "SSSSS" -> {
                    out.ssss = setInt(out.ssss, (int) parseInt(s, pos, n.key().len(), nodes, ni)[0], n);
                    out.timed = true;
                    skipTh(s, pos, n);
                }
                case "TZ", "OF" -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "formatting field \"%s\" is only supported in to_char", n.key().name());
                case "TZH" -> {
                    char c = pos[0] < s.length() ? s.charAt(pos[0]) : 0;
                    if (c == '+' || c == '-' || c == ' ') {
                        out.tzsign = c == '-' ? -1 : 1;
                        pos[0]++;
                    } else {
                        out.tzsign = extraSkip > 0 && pos[0] > 0 && s.charAt(pos[0] - 1) == '-' ? -1 : 1;
                    }
                    out.tzh = setInt(out.tzh, (int) parseInt(s, pos, 2, nodes, ni)[0], n);
                    out.zoned = true;
                }
                case "TZM" -> {
                    if (out.tzsign == 0) {
                        out.tzsign = 1;
                    }
                    out.tzm = setInt(out.tzm, (int) parseInt(s, pos, 2, nodes, ni)[0], n);
                    out.zoned = true;
                }
                case "A.D.", "B.C." -> {
                    int v = seqSearch(s, pos, new String[] {"a.d.", "b.c."}, n);
                    out.bc = setInt(out.bc, v % 2, n);
                    out.dated = true;
                }
                case "AD", "BC" -> {
                    int v = seqSearch(s, pos, new String[] {"ad", "bc"}, n);
                    out.bc = setInt(out.bc, v % 2, n);
                    out.dated = true;
                }
                case "MONTH" -> {
                    out.mm = setInt(out.mm, seqSearch(s, pos, MONTHS, n) + 1, n);
                    out.dated = true;
                }
                case "MON" -> {
                    out.mm = setInt(out.mm, seqSearch(s, pos, MONTH_ABBREVIATIONS, n) + 1, n);
                    out.dated = true;
                }
                case "MM" -> {
                    out.mm = setInt(out.mm, (int) parseInt(s, pos, 2, nodes, ni)[0], n);
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "DAY" -> {
                    out.d = setInt(out.d, seqSearch(s, pos, DAYS, n), n) + 1;
                    out.dated = true;
                }
                case "DY" -> {
                    out.d = setInt(out.d, seqSearch(s, pos, DAY_ABBREVIATIONS, n), n) + 1;
                    out.dated = true;
                }
                case "DDD" -> {
                    out.ddd = setInt(out.ddd, (int) parseInt(s, pos, 3, nodes, ni)[0], n);
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "IDDD" -> {
                    out.ddd = setInt(out.ddd, (int) parseInt(s, pos, 3, nodes, ni)[0], n);
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "DD" -> {
                    out.dd = setInt(out.dd, (int) parseInt(s, pos, 2, nodes, ni)[0], n);
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "D" -> {
                    out.d = setInt(out.d, (int) parseInt(s, pos, 1, nodes, ni)[0], n);
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "ID" -> {
                    int v = (int) parseInt(s, pos, 1, nodes, ni)[0];
                    v++;
                    if (v > 7) {
                        v = 1;
                    }
                    out.d = setInt(out.d, v, n);
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "WW", "IW" -> {
                    out.ww = setInt(out.ww, (int) parseInt(s, pos, 2, nodes, ni)[0], n);
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "Q" -> {
                    parseInt(s, pos, 1, nodes, ni);
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "CC" -> {
                    out.cc = setInt(out.cc, (int) parseInt(s, pos, 2, nodes, ni)[0], n);
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "Y,YYY" -> {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*([+-]?\\d+),(\\d{3})")
                            .matcher(s).region(pos[0], s.length());
                    if (!m.lookingAt()) {
                        throw formatError("invalid input string for \"Y,YYY\"");
                    }
                    int years = Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2));
                    out.year = setInt(out.year, years, n);
                    out.yysz = 4;
                    pos[0] = m.end();
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "YYYY", "IYYY" -> {
                    out.year = setInt(out.year, (int) parseInt(s, pos, 4, nodes, ni)[0], n);
                    out.yysz = 4;
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "YYY", "IYY", "YY", "IY", "Y", "I" -> {
                    int size = up.startsWith("I") ? up.length() : up.length();
                    long[] r = parseInt(s, pos, size, nodes, ni);
                    int v = (int) r[0];
                    if (r[1] < 4) {
                        v = adjustPartialYear(v, size);
                    }
                    out.year = setInt(out.year, v, n);
                    out.yysz = size;
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "RM" -> {
                    int v = seqSearch(s, pos, ROMAN_LOWER_DESC, n);
                    out.mm = setInt(out.mm, 12 - v, n);
                    out.dated = true;
                }
                case "W" -> {
                    out.w = setInt(out.w, (int) parseInt(s, pos, 1, nodes, ni)[0], n);
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                case "J" -> {
                    out.j = setInt(out.j, (int) parseInt(s, pos, 1, nodes, ni)[0], n);
                    out.dated = true;
                    skipTh(s, pos, n);
                }
                default -> {
                }
            }
            if (!fx) {
                extraSkip = 0;
                while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
                    pos[0]++;
                    extraSkip++;
                }
            }
        }
        if (std) {
            if (nodes.get(ni).type() != END) {
                throw formatError("input string is too short for datetime format");
            }
            while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
                pos[0]++;
            }
            if (pos[0] < s.length()) {
                throw formatError("trailing characters remain in input string after datetime format");
            }
        }
        // the flags of the whole template, for .datetime()'s result type
        for (Node n : nodes) {
            if (n.type() == ACTION) {
                String up = n.upper();
                if (up.equals("TZH") || up.equals("TZM") || up.equals("TZ") || up.equals("OF")) {
                    out.zoned = true;
                } else if (up.startsWith("HH") || up.equals("MI") || up.startsWith("SS") || up.equals("MS")
                        || up.equals("US") || up.startsWith("FF") || up.endsWith("M.") || up.equals("AM")
                        || up.equals("PM")) {
                    out.timed = true;
                } else if (!up.equals("FX")) {
                    out.dated = true;
                }
            }
        }
        return out;
    }

    private static void skipTh(String s, int[] pos, Node n) {
        if (n.th() && pos[0] + 2 <= s.length()) {
            pos[0] += 2;
        }
    }

    /** adjust_partial_year_to_2020. */
    private static int adjustPartialYear(int year, int digits) {
        if (year < 70 && digits <= 2) {
            return year + 2000;
        }
        if (year < 100 && digits <= 2) {
            return year + 1900;
        }
        if (year < 520 && digits == 3) {
            return year + 2000;
        }
        if (year < 1000 && digits == 3) {
            return year + 1000;
        }
        return year;
    }

    private static final int[][] YSUM = {{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
        {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366}};

    private static boolean isLeap(int y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /** do_to_timestamp's second half: the fields read become a date and time in {@code out.tm*}. */
    static void resolve(Parsed t, String input) {
        boolean dateMask = false;
        boolean yearSet = false;
        boolean monthSet = false;
        boolean daySet = false;
        if (t.ssss != 0) {
            int x = t.ssss;
            t.tmHour = x / 3600;
            x %= 3600;
            t.tmMin = x / 60;
            t.tmSec = x % 60;
        }
        if (t.ss != 0) {
            t.tmSec = t.ss;
        }
        if (t.mi != 0) {
            t.tmMin = t.mi;
        }
        if (t.hh != 0) {
            t.tmHour = t.hh;
        }
        if (t.clock12) {
            if (t.tmHour < 1 || t.tmHour > 12) {
                throw new PgException(SqlState.INVALID_DATETIME_FORMAT, "hour \"%d\" is invalid for the 12-hour clock",
                        t.tmHour).withHint("Use the 24-hour clock, or give an hour between 1 and 12.");
            }
            if (t.pm != 0 && t.tmHour < 12) {
                t.tmHour += 12;
            } else if (t.pm == 0 && t.tmHour == 12) {
                t.tmHour = 0;
            }
        }
        if (t.year != 0) {
            if (t.cc != 0 && t.yysz <= 2) {
                if (t.bc != 0) {
                    t.cc = -t.cc;
                }
                t.tmYear = t.year % 100;
                if (t.tmYear != 0) {
                    if (t.cc >= 0) {
                        t.tmYear += (t.cc - 1) * 100;
                    } else {
                        t.tmYear = (t.cc + 1) * 100 - t.tmYear + 1;
                    }
                } else {
                    t.tmYear = t.cc * 100 + (t.cc >= 0 ? 0 : 1);
                }
            } else {
                t.tmYear = t.year;
                if (t.bc != 0) {
                    t.tmYear = -t.tmYear;
                }
                if (t.tmYear < 0) {
                    t.tmYear++;
                }
            }
            yearSet = true;
        } else if (t.cc != 0) {
            if (t.bc != 0) {
                t.cc = -t.cc;
            }
            t.tmYear = t.cc >= 0 ? (t.cc - 1) * 100 + 1 : t.cc * 100 + 1;
            yearSet = true;
        }
        if (t.j != 0) {
            LocalDate d = LocalDate.ofEpochDay(t.j - 2_440_588L);
            t.tmYear = d.getYear();
            t.tmMon = d.getMonthValue();
            t.tmMday = d.getDayOfMonth();
            dateMask = true;
        }
        if (t.ww != 0) {
            if (t.mode == ISO) {
                LocalDate d = isoWeekDate(t.tmYear, t.ww, t.d != 0 ? (t.d + 5) % 7 + 1 : 1);
                t.tmYear = d.getYear();
                t.tmMon = d.getMonthValue();
                t.tmMday = d.getDayOfMonth();
                dateMask = true;
            } else {
                t.ddd = (t.ww - 1) * 7 + 1;
            }
        }
        if (t.w != 0) {
            t.dd = (t.w - 1) * 7 + 1;
        }
        if (t.dd != 0) {
            t.tmMday = t.dd;
            daySet = true;
        }
        if (t.mm != 0) {
            t.tmMon = t.mm;
            monthSet = true;
        }
        if (t.ddd != 0 && (t.tmMon <= 1 || t.tmMday <= 1)) {
            if (t.tmYear == 0 && t.bc == 0) {
                throw new PgException(SqlState.INVALID_DATETIME_FORMAT, "cannot calculate day of year without year information");
            }
            if (t.mode == ISO) {
                LocalDate d = isoWeekDate(t.tmYear, 1, 1).plusDays(t.ddd - 1);
                t.tmYear = d.getYear();
                t.tmMon = d.getMonthValue();
                t.tmMday = d.getDayOfMonth();
                dateMask = true;
            } else {
                int[] y = YSUM[isLeap(t.tmYear) ? 1 : 0];
                int i;
                for (i = 1; i <= 12; i++) {
                    if (t.ddd <= y[i]) {
                        break;
                    }
                }
                if (t.tmMon <= 1) {
                    t.tmMon = i;
                }
                if (t.tmMday <= 1) {
                    t.tmMday = t.ddd - y[Math.min(i, 13) - 1];
                }
                monthSet = true;
                daySet = true;
            }
        }
        if (t.ms != 0) {
            t.fsec += t.ms * 1000L;
        }
        if (t.us != 0) {
            t.fsec += t.us;
        }
        boolean any = dateMask || yearSet || monthSet || daySet;
        if (any) {
            boolean bad = false;
            if ((monthSet || dateMask) && (t.tmMon < 1 || t.tmMon > 12)) {
                bad = true;
            }
            if ((daySet || dateMask) && (t.tmMday < 1 || t.tmMday > 31)) {
                bad = true;
            }
            if (!bad && (dateMask || (yearSet && monthSet && daySet))) {
                int max = java.time.YearMonth.of(Math.max(-999_999_999, Math.min(999_999_999, t.tmYear)), t.tmMon)
                        .lengthOfMonth();
                if (t.tmMday > max) {
                    bad = true;
                }
            }
            if (bad) {
                throw DateTimeText.fieldOverflow(input);
            }
        }
        if (t.tmHour < 0 || t.tmHour >= 24 || t.tmMin < 0 || t.tmMin >= 60 || t.tmSec < 0 || t.tmSec >= 60
                || t.fsec < 0 || t.fsec >= 1_000_000L) {
            throw DateTimeText.fieldOverflow(input);
        }
        if (t.tzsign != 0) {
            if (t.tzh < 0 || t.tzh > 15 || t.tzm < 0 || t.tzm >= 60) {
                throw new PgException(SqlState.INVALID_TIME_ZONE_DISPLACEMENT_VALUE, "invalid time zone displacement value");
            }
            t.tzOffsetEast = t.tzsign * (t.tzh * 3600 + t.tzm * 60);
        }
    }

    private static LocalDate isoWeekDate(int year, int week, int isoDow) {
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        LocalDate week1Monday = jan4.minusDays(jan4.getDayOfWeek().getValue() - 1L);
        return week1Monday.plusWeeks(week - 1L).plusDays(isoDow - 1L);
    }

    /** The local date and time read, as timestamp microseconds (no zone applied). */
    static long localMicros(Parsed t) {
        LocalDate d;
        try {
            d = LocalDate.of(t.tmYear, t.tmMon, t.tmMday);
        } catch (java.time.DateTimeException e) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return DateTimeText.toDays(d) * DateTimeText.MICROS_PER_DAY
                + ((t.tmHour * 60L + t.tmMin) * 60L + t.tmSec) * DateTimeText.MICROS_PER_SECOND + t.fsec;
    }

    /** to_timestamp(text, text). */
    public static long toTimestamp(String input, String fmt) {
        Parsed t = read(input, fmt, false);
        resolve(t, input);
        long local = localMicros(t);
        long utc;
        if (t.tzOffsetEast != null) {
            utc = local - t.tzOffsetEast * DateTimeText.MICROS_PER_SECOND;
        } else {
            utc = local - DateTimeText.offsetAtLocal(DateTimeText.sessionZone(), local) * DateTimeText.MICROS_PER_SECOND;
        }
        if (utc < DateTimeText.MIN_TIMESTAMP || utc >= DateTimeText.END_TIMESTAMP) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        if (t.ff != 0) {
            utc = TimestampType.round(utc, t.ff);
        }
        return utc;
    }

    /** to_date(text, text). */
    public static int toDate(String input, String fmt) {
        Parsed t = read(input, fmt, false);
        resolve(t, input);
        LocalDate d;
        try {
            d = LocalDate.of(t.tmYear, t.tmMon, t.tmMday);
        } catch (java.time.DateTimeException e) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range: \"%s\"", input);
        }
        long days = DateTimeText.toDays(d);
        if (days < DateTimeText.MIN_DATE || days >= DateTimeText.END_DATE) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range: \"%s\"", input);
        }
        return (int) days;
    }
}
