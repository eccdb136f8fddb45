package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * character(n) (bpchar, OID 1042): Java {@link String} stored blank-padded to n characters.
 * Trailing spaces are insignificant: comparisons, length() and casts to text ignore them.
 * A plain {@code char} is char(1); {@code bpchar} without a length keeps the value as given.
 */
public final class BpcharType extends TextType {
    BpcharType() {
        super(1042, "bpchar", -1);
    }

    @Override
    public Object fromText(String text, int typmod) {
        return coerceLength(text, typmod, false);
    }

    @Override
    public int compare(Object a, Object b) {
        return compareIgnoringTrailingSpaces((String) a, (String) b);
    }

    /** bpcharcmp: both sides without trailing spaces, then code point order. */
    public static int compareIgnoringTrailingSpaces(String a, String b) {
        int la = a.length();
        while (la > 0 && a.charAt(la - 1) == ' ') {
            la--;
        }
        int lb = b.length();
        while (lb > 0 && b.charAt(lb - 1) == ' ') {
            lb--;
        }
        return PgTypeSupport.compareCodePoints(a, la, b, lb);
    }

    /**
     * A bpchar comparison with a constant right operand, its trailing spaces stripped once (the
     * comparison with {@link #compareIgnoringTrailingSpaces} per row).
     */
    static Operator.Bound comparisonWith(Comparison c, String constant) {
        String k = stripTrailingSpaces(constant);
        int lk = k.length();
        if (c == Comparison.EQ || c == Comparison.NE) {
            boolean equal = c == Comparison.EQ;
            // equal when the value is the constant followed by spaces only: most values differ early
            return x -> {
                String s = (String) x;
                int n = s.length();
                if (n < lk || !s.regionMatches(0, k, 0, lk)) {
                    return !equal;
                }
                for (int i = lk; i < n; i++) {
                    if (s.charAt(i) != ' ') {
                        return !equal;
                    }
                }
                return equal;
            };
        }
        return x -> {
            String s = (String) x;
            return c.holds(PgTypeSupport.compareCodePoints(s, strippedLength(s), k, lk));
        };
    }

    private static int strippedLength(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    public static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    /** char(n) coercion: pads to n; longer values raise 22001 unless the excess is spaces or explicit. */
    public static String coerceLength(String s, int typmod, boolean explicit) {
        if (typmod < 4) {
            return s;
        }
        int n = typmod - 4;
        int len = characterLength(s);
        if (len == n) {
            return s;
        }
        if (len < n) {
            return s + " ".repeat(n - len);
        }
        if (!explicit && !onlySpacesAfter(s, n)) {
            throw new PgException(SqlState.STRING_DATA_RIGHT_TRUNCATION, "value too long for type character(%d)", n);
        }
        return truncate(s, n);
    }
}
