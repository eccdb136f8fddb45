package io.pglitedb.types.geo;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.Float8Type;

/**
 * Text input and output of the geometric types, as geo_ops.c's single_decode, pair_decode,
 * path_decode and path_encode: numbers as float8in reads them (leading and trailing blanks,
 * NaN, Infinity, inf), points as {@code (x,y)} or {@code x,y}, and the outer parentheses optional
 * where PostgreSQL allows them. One instance reads one input string.
 */
final class GeometricText {
    private final String text;
    private final String typeName;
    private int pos;

    private GeometricText(String text, String typeName) {
        this.text = text;
        this.typeName = typeName;
    }

    // ---- input ----

    static Point point(String text) {
        GeometricText in = new GeometricText(text, "point");
        Point p = in.pair();
        in.expectEnd();
        return p;
    }

    static Box box(String text) {
        GeometricText in = new GeometricText(text, "box");
        Point[] corners = in.path(false, 2);
        in.expectEnd();
        return Box.of(corners[0], corners[1]);
    }

    /** path_in: a single leading parenthesis is the path's own, brackets make it open. */
    static Path path(String text) {
        int npts = pairCount(text);
        GeometricText in = new GeometricText(text, "path");
        if (npts <= 0) {
            throw in.invalid();
        }
        in.skipSpaces();
        int depth = 0;
        if (in.at('(') && text.lastIndexOf('(') == in.pos) {
            in.pos++;
            depth++;
        }
        boolean[] isOpen = new boolean[1];
        Point[] points = in.path(true, npts, isOpen);
        if (depth >= 1) {
            if (!in.at(')')) {
                throw in.invalid();
            }
            in.pos++;
            in.skipSpaces();
        }
        in.expectEnd();
        return new Path(points, !isOpen[0]);
    }

    /** line_in: {@code {A,B,C}}, or two distinct points in any lseg spelling. */
    static Line line(String text) {
        GeometricText in = new GeometricText(text, "line");
        in.skipSpaces();
        if (in.at('{')) {
            in.pos++;
            double a = in.number();
            in.expect(',');
            double b = in.number();
            in.expect(',');
            double c = in.number();
            in.expect('}');
            in.skipSpaces();
            in.expectEnd();
            if (Fuzzy.zero(a) && Fuzzy.zero(b)) {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                        "invalid line specification: A and B cannot both be zero");
            }
            return new Line(a, b, c);
        }
        Point[] ends = in.path(true, 2);
        in.expectEnd();
        if (ends[0].sameAs(ends[1])) {
            throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid line specification: must be two distinct points");
        }
        return Line.through(ends[0], ends[0].slope(ends[1]));
    }

    private void expect(char c) {
        if (!at(c)) {
            throw invalid();
        }
        pos++;
    }

    static Lseg lseg(String text) {
        GeometricText in = new GeometricText(text, "lseg");
        Point[] ends = in.path(true, 2);
        in.expectEnd();
        return new Lseg(ends[0], ends[1]);
    }

    static Polygon polygon(String text) {
        int npts = pairCount(text);
        GeometricText in = new GeometricText(text, "polygon");
        if (npts <= 0) {
            throw in.invalid();
        }
        Point[] points = in.path(false, npts);
        in.expectEnd();
        return Polygon.of(points);
    }

    /** circle_in: {@code <(x,y),r>}, {@code ((x,y),r)}, {@code (x,y),r} or {@code x,y,r}. */
    static Circle circle(String text) {
        GeometricText in = new GeometricText(text, "circle");
        int depth = 0;
        in.skipSpaces();
        if (in.at('<')) {
            depth++;
            in.pos++;
        } else if (in.at('(')) {
            int cp = in.pos + 1;
            while (cp < text.length() && isSpace(text.charAt(cp))) {
                cp++;
            }
            if (cp < text.length() && text.charAt(cp) == '(') {
                depth++;
                in.pos = cp;
            }
        }
        Point center = in.pair();
        if (in.at(',')) {
            in.pos++;
        }
        double radius = in.number();
        if (radius < 0) {
            throw in.invalid();
        }
        while (depth > 0) {
            if (in.at(')') || (in.at('>') && depth == 1)) {
                depth--;
                in.pos++;
                in.skipSpaces();
            } else {
                throw in.invalid();
            }
        }
        in.expectEnd();
        return new Circle(center, radius);
    }

    /** pair_count: the number of points a string of {@code ndelim} commas holds, or -1 when even. */
    private static int pairCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ',') {
                n++;
            }
        }
        return (n % 2) != 0 ? (n + 1) / 2 : -1;
    }

    /** path_decode for closed shapes (box, polygon): {@code npts} points, optionally in parentheses. */
    private Point[] path(boolean openType, int npts) {
        return path(openType, npts, new boolean[1]);
    }

    /** path_decode, reporting in {@code isOpen[0]} whether the points were in brackets. */
    private Point[] path(boolean openType, int npts, boolean[] openOut) {
        int depth = 0;
        skipSpaces();
        boolean isOpen = at('[');
        openOut[0] = isOpen;
        if (isOpen) {
            if (!openType) {
                throw invalid();
            }
            depth++;
            pos++;
        } else if (at('(')) {
            int cp = pos + 1;
            while (cp < text.length() && isSpace(text.charAt(cp))) {
                cp++;
            }
            if (cp < text.length() && text.charAt(cp) == '(') {
                depth++;
                pos = cp;
            } else if (text.lastIndexOf('(') == pos) {
                depth++;
                pos = cp;
            }
        }
        Point[] points = new Point[npts];
        for (int i = 0; i < npts; i++) {
            points[i] = pair();
            if (at(',')) {
                pos++;
            }
        }
        while (depth > 0) {
            if (at(')') || (at(']') && isOpen && depth == 1)) {
                depth--;
                pos++;
                skipSpaces();
            } else {
                throw invalid();
            }
        }
        return points;
    }

    /** pair_decode: {@code (x,y)} or {@code x,y}, blanks after a closing parenthesis skipped. */
    private Point pair() {
        skipSpaces();
        boolean delimited = at('(');
        if (delimited) {
            pos++;
        }
        double x = number();
        if (!at(',')) {
            throw invalid();
        }
        pos++;
        double y = number();
        if (delimited) {
            if (!at(')')) {
                throw invalid();
            }
            pos++;
            skipSpaces();
        }
        return new Point(x, y);
    }

    /**
     * float8in_internal with an end pointer: blanks, the longest number strtod reads (decimal,
     * NaN, Inf, Infinity, signed), blanks. 22003 when the value overflows or underflows to zero.
     */
    private double number() {
        skipSpaces();
        int start = pos;
        int i = pos;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        double value;
        if (matchesWord(i, "infinity")) {
            i += 8;
            value = text.charAt(start) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (matchesWord(i, "inf")) {
            i += 3;
            value = text.charAt(start) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (matchesWord(i, "nan")) {
            i += 3;
            value = Double.NaN;
        } else {
            int digits = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
            if (i < n && text.charAt(i) == '.') {
                i++;
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                    digits++;
                }
            }
            if (digits == 0) {
                throw invalid();
            }
            if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                int e = i + 1;
                if (e < n && (text.charAt(e) == '+' || text.charAt(e) == '-')) {
                    e++;
                }
                if (e < n && isDigit(text.charAt(e))) {
                    while (e < n && isDigit(text.charAt(e))) {
                        e++;
                    }
                    i = e;
                }
            }
            String literal = text.substring(start, i);
            value = Double.parseDouble(literal);
            if (Double.isInfinite(value) || (value == 0.0 && Float8Type.hasNonZeroDigit(literal))) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                        "\"%s\" is out of range for type double precision", literal);
            }
        }
        pos = i;
        skipSpaces();
        return value;
    }

    private boolean matchesWord(int i, String word) {
        return text.regionMatches(true, i, word, 0, word.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private boolean at(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpaces() {
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
    }

    private void expectEnd() {
        if (pos != text.length()) {
            throw invalid();
        }
    }

    private PgException invalid() {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type %s: \"%s\"",
                typeName, text);
    }

    // ---- output ----

    /** path_encode of {@code points}: {@code (x,y)} each, comma-separated, in {@code open}/{@code close} if given. */
    static String encode(String open, String close, Point... points) {
        StringBuilder sb = new StringBuilder(points.length * 16);
        sb.append(open);
        for (int i = 0; i < points.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('(').append(Float8Type.format(points[i].x(), false)).append(',')
                    .append(Float8Type.format(points[i].y(), false)).append(')');
        }
        return sb.append(close).toString();
    }

    static String circle(Circle c) {
        return "<" + encode("", "", c.center()) + "," + Float8Type.format(c.radius(), false) + ">";
    }
}
