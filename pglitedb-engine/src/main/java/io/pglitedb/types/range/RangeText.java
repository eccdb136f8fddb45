package io.pglitedb.types.range;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * range_in / range_out of rangetypes.c: {@code [1,5)}, {@code (,)}, {@code empty}, bounds quoted
 * when they hold {@code " \ ( ) [ ] ,} or white space ({@code ["2020-01-01 00:00:00",infinity)}),
 * with PostgreSQL's "malformed range literal" errors and their DETAIL lines.
 */
final class RangeText {
    private RangeText() {
    }

    static String format(RangeType type, Range r) {
        if (r.empty()) {
            return "empty";
        }
        StringBuilder out = new StringBuilder();
        out.append(r.lowerInclusive() ? '[' : '(');
        if (r.lower() != null) {
            appendBound(out, type.subtype().toText(r.lower(), -1));
        }
        out.append(',');
        if (r.upper() != null) {
            appendBound(out, type.subtype().toText(r.upper(), -1));
        }
        out.append(r.upperInclusive() ? ']' : ')');
        return out.toString();
    }

    /** range_bound_escape: quotes as needed, doubling quotes and backslashes inside. */
    private static void appendBound(StringBuilder out, String value) {
        boolean quote = value.isEmpty();
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == '"' || c == '\\' || c == '(' || c == ')' || c == '[' || c == ']' || c == ','
                    || isSpace(c);
        }
        if (quote) {
            out.append('"');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append(c);
            }
            out.append(c);
        }
        if (quote) {
            out.append('"');
        }
    }

    static Range parse(RangeType type, String text) {
        int pos = skipSpace(text, 0);
        if (text.regionMatches(true, pos, "empty", 0, 5)) {
            pos = skipSpace(text, pos + 5);
            if (pos < text.length()) {
                throw malformed(text, "Junk after \"empty\" key word.");
            }
            return Range.EMPTY;
        }
        boolean lowerInclusive;
        if (pos < text.length() && text.charAt(pos) == '[') {
            lowerInclusive = true;
        } else if (pos < text.length() && text.charAt(pos) == '(') {
            lowerInclusive = false;
        } else {
            throw malformed(text, "Missing left parenthesis or bracket.");
        }
        pos++;
        BoundText lower = bound(text, pos);
        pos = lower.end();
        if (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
        } else {
            throw malformed(text, "Missing comma after lower bound.");
        }
        BoundText upper = bound(text, pos);
        pos = upper.end();
        boolean upperInclusive;
        if (text.charAt(pos) == ']') {
            upperInclusive = true;
        } else if (text.charAt(pos) == ')') {
            upperInclusive = false;
        } else {
            throw malformed(text, "Too many commas.");
        }
        pos = skipSpace(text, pos + 1);
        if (pos < text.length()) {
            throw malformed(text, "Junk after right parenthesis or bracket.");
        }
        Object lo = lower.text() == null ? null : type.subtype().fromText(lower.text(), -1);
        Object hi = upper.text() == null ? null : type.subtype().fromText(upper.text(), -1);
        return type.make(lo, lowerInclusive, hi, upperInclusive);
    }

    /** A bound's text (null when nothing stands there: an infinite side) and where it ends. */
    private record BoundText(String text, int end) {
    }

    /**
     * range_parse_bound: nothing before the delimiter is an infinite bound; otherwise the text up to
     * an unquoted {@code , ) ]}, with {@code "..."} quoting ({@code ""} inside) and backslash escapes.
     */
    private static BoundText bound(String text, int pos) {
        if (pos < text.length() && isDelimiter(text.charAt(pos))) {
            return new BoundText(null, pos);
        }
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        while (quoted || pos >= text.length() || !isDelimiter(text.charAt(pos))) {
            if (pos >= text.length()) {
                throw malformed(text, "Unexpected end of input.");
            }
            char c = text.charAt(pos++);
            if (c == '\\') {
                if (pos >= text.length()) {
                    throw malformed(text, "Unexpected end of input.");
                }
                out.append(text.charAt(pos++));
            } else if (c == '"') {
                if (!quoted) {
                    quoted = true;
                } else if (pos < text.length() && text.charAt(pos) == '"') {
                    out.append(text.charAt(pos++));
                } else {
                    quoted = false;
                }
            } else {
                out.append(c);
            }
        }
        return new BoundText(out.toString(), pos);
    }

    /** C isspace(), as range_in and range_out test it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == ')' || c == ']';
    }

    private static int skipSpace(String text, int pos) {
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static PgException malformed(String text, String detail) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed range literal: \"%s\"", text)
                .withDetail(detail);
    }
}
