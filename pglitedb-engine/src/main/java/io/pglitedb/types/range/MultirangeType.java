package io.pglitedb.types.range;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.PgType;
import io.pglitedb.types.TypeCategory;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A multirange type (pg_type typtype 'm', category R) over a range type: int4multirange over
 * int4range and so on; values are {@link Multirange}s. multirangetypes.c's core lives here:
 * multirange_in / multirange_out, multirange_send / multirange_recv, the canonical form (sorted,
 * empties dropped, overlapping and adjacent ranges merged) and multirange_cmp's btree order.
 */
public final class MultirangeType extends PgType {
    private final RangeType rangeType;
    /** A user-defined multirange type's array type; null for the built-ins (registered in ArrayTypes). */
    private final io.pglitedb.types.ArrayType arrayType;

    /** A built-in multirange type. */
    public MultirangeType(int oid, String name, RangeType rangeType) {
        super(oid, name, -1, TypeCategory.RANGE);
        this.rangeType = rangeType;
        this.arrayType = null;
        rangeType.linkMultirange(this);
    }

    /** The multirange type CREATE TYPE ... AS RANGE makes beside the range type, with its array type's OID. */
    public MultirangeType(int oid, String name, RangeType rangeType, int arrayOid) {
        super(oid, name, -1, TypeCategory.RANGE);
        this.rangeType = rangeType;
        this.arrayType = io.pglitedb.types.ArrayTypes.userArray(arrayOid, this);
        rangeType.linkMultirange(this);
    }

    /** A user-defined multirange type's array type, or null for a built-in one. */
    public io.pglitedb.types.ArrayType arrayType() {
        return arrayType;
    }

    /** The range type of the ranges (pg_range.rngtypid of this rngmultitypid). */
    public RangeType rangeType() {
        return rangeType;
    }

    /** multirange_canonicalize: the ranges sorted, empties dropped, overlapping or adjacent ones merged. */
    public Multirange canonical(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges.size());
        for (Range r : ranges) {
            if (!r.empty()) {
                sorted.add(r);
            }
        }
        sorted.sort(rangeType::compare);
        List<Range> out = new ArrayList<>(sorted.size());
        for (Range r : sorted) {
            int last = out.size() - 1;
            if (last >= 0 && (RangeOperators.overlaps(rangeType, out.get(last), r)
                    || RangeOperators.adjacent(rangeType, out.get(last), r))) {
                out.set(last, RangeOperators.union(rangeType, out.get(last), r, false));
            } else {
                out.add(r);
            }
        }
        return new Multirange(out);
    }

    /** multirange_cmp: range by range (bounds as range_cmp_bounds orders them), a prefix first. */
    @Override
    public int compare(Object a, Object b) {
        List<Range> x = ((Multirange) a).ranges();
        List<Range> y = ((Multirange) b).ranges();
        int n = Math.max(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            if (i >= x.size()) {
                return -1;
            }
            if (i >= y.size()) {
                return 1;
            }
            int c = rangeType.compareBounds(x.get(i).lowerBound(), y.get(i).lowerBound());
            if (c == 0) {
                c = rangeType.compareBounds(x.get(i).upperBound(), y.get(i).upperBound());
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public String toText(Object value, int typmod) {
        StringBuilder out = new StringBuilder("{");
        List<Range> ranges = ((Multirange) value).ranges();
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(rangeType.toText(ranges.get(i), -1));
        }
        return out.append('}').toString();
    }

    private enum ParseState { BEFORE_RANGE, IN_RANGE, IN_RANGE_ESCAPED, IN_RANGE_QUOTED, IN_RANGE_QUOTED_ESCAPED,
        AFTER_RANGE, FINISHED }

    /** multirange_in: {@code {range, ...}} with each range read by range_in. */
    @Override
    public Object fromText(String text, int typmod) {
        int pos = skipSpace(text, 0);
        if (pos >= text.length() || text.charAt(pos) != '{') {
            throw malformed(text, "Missing left brace.");
        }
        pos++;
        List<Range> ranges = new ArrayList<>();
        int rangesSeen = 0;
        int rangeStart = 0;
        ParseState state = ParseState.BEFORE_RANGE;
        for (; state != ParseState.FINISHED; pos++) {
            if (pos >= text.length()) {
                throw malformed(text, "Unexpected end of input.");
            }
            char c = text.charAt(pos);
            if (isSpace(c)) {
                continue;
            }
            switch (state) {
                case BEFORE_RANGE -> {
                    if (c == '[' || c == '(') {
                        rangeStart = pos;
                        state = ParseState.IN_RANGE;
                    } else if (c == '}' && rangesSeen == 0) {
                        state = ParseState.FINISHED;
                    } else if (text.regionMatches(true, pos, "empty", 0, 5)) {
                        rangesSeen++;
                        pos += 4;
                        state = ParseState.AFTER_RANGE;
                    } else {
                        throw malformed(text, "Expected range start.");
                    }
                }
                case IN_RANGE -> {
                    if (c == ']' || c == ')') {
                        ranges.add((Range) rangeType.fromText(text.substring(rangeStart, pos + 1), -1));
                        rangesSeen++;
                        state = ParseState.AFTER_RANGE;
                    } else if (c == '"') {
                        state = ParseState.IN_RANGE_QUOTED;
                    } else if (c == '\\') {
                        state = ParseState.IN_RANGE_ESCAPED;
                    }
                }
                case IN_RANGE_ESCAPED -> state = ParseState.IN_RANGE;
                case IN_RANGE_QUOTED -> {
                    if (c == '"') {
                        if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                            pos++;
                        } else {
                            state = ParseState.IN_RANGE;
                        }
                    } else if (c == '\\') {
                        state = ParseState.IN_RANGE_QUOTED_ESCAPED;
                    }
                }
                case IN_RANGE_QUOTED_ESCAPED -> state = ParseState.IN_RANGE_QUOTED;
                case AFTER_RANGE -> {
                    if (c == ',') {
                        state = ParseState.BEFORE_RANGE;
                    } else if (c == '}') {
                        state = ParseState.FINISHED;
                    } else {
                        throw malformed(text, "Expected comma or end of multirange.");
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        if (skipSpace(text, pos) < text.length()) {
            throw malformed(text, "Junk after closing right brace.");
        }
        return canonical(ranges);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static int skipSpace(String text, int pos) {
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static PgException malformed(String text, String detail) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed multirange literal: \"%s\"", text)
                .withDetail(detail);
    }

    /** multirange_send: the number of ranges, then each range's range_send bytes with a length word. */
    @Override
    public byte[] toBinary(Object value, int typmod) {
        List<Range> ranges = ((Multirange) value).ranges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInt(out, ranges.size());
        for (Range r : ranges) {
            byte[] bytes = rangeType.toBinary(r, -1);
            writeInt(out, bytes.length);
            out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int n) {
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            int n = in.getInt();
            List<Range> ranges = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "insufficient data left in message");
                }
                byte[] range = new byte[length];
                in.get(range);
                ranges.add((Range) rangeType.fromBinary(range, -1));
            }
            return canonical(ranges);
        } catch (BufferUnderflowException e) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "insufficient data left in message");
        }
    }
}
