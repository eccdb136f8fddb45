package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An array type ({@code _int4} = int4[], OID 1007 ...): values are {@link ArrayValue}. Everything
 * about arrays as values lives here: array_in / array_out (braces, quoting, NULL, dimension
 * decoration {@code [0:1]={1,2}}), array_send / array_recv, and array_cmp's ordering. A typmod on
 * an array type is its element's ({@code varchar(10)[]}) and is passed to the element's I/O.
 *
 * <p>The array types themselves are registered in {@link ArrayTypes}.
 */
public class ArrayType extends PgType {
    /** PostgreSQL's MAXDIM. */
    public static final int MAX_DIMENSIONS = 6;
    /** PostgreSQL's MaxArraySize: the most elements an array may hold. */
    public static final int MAX_ELEMENTS = 0x3FFFFFF;

    private final PgType element;

    /** An array type over {@code element} (a user-defined type's array is made with its element). */
    ArrayType(int oid, String name, PgType element) {
        super(oid, name, -1, TypeCategory.ARRAY);
        this.element = element;
    }

    /** pg_type.typelem. */
    public final PgType element() {
        return element;
    }

    // ---------------------------------------------------------------- text output (array_out)

    @Override
    public String toText(Object value, int typmod) {
        ArrayValue a = (ArrayValue) value;
        if (a.size() == 0) {
            return "{}";
        }
        StringBuilder out = new StringBuilder();
        int ndim = a.ndim();
        boolean decorate = false;
        for (int i = 0; i < ndim; i++) {
            decorate |= a.lowerBound(i) != 1;
        }
        if (decorate) {
            for (int i = 0; i < ndim; i++) {
                out.append('[').append(a.lowerBound(i)).append(':').append(a.lowerBound(i) + a.dim(i) - 1).append(']');
            }
            out.append('=');
        }
        int[] index = new int[ndim];
        int k = 0;
        for (int i = 0; i < ndim; i++) {
            out.append('{');
        }
        while (true) {
            appendElement(out, a.element(k++), typmod);
            int d = ndim - 1;
            while (d >= 0 && ++index[d] == a.dim(d)) {
                index[d] = 0;
                out.append('}');
                d--;
            }
            if (d < 0) {
                break;
            }
            out.append(',');
            for (int j = d + 1; j < ndim; j++) {
                out.append('{');
            }
        }
        return out.toString();
    }

    private void appendElement(StringBuilder out, Object e, int typmod) {
        if (e == null) {
            out.append("NULL");
            return;
        }
        String s = element.toText(e, typmod);
        if (!needsQuotes(s)) {
            out.append(s);
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty() || s.equalsIgnoreCase("NULL")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '{' || c == '}' || c == ',' || PgTypeSupport.isSpace(c)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- text input (array_in)

    @Override
    public Object fromText(String text, int typmod) {
        return new Reader(text, typmod).read();
    }

    private static PgException malformed(String text, String detail) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed array literal: \"%s\"", text)
                .withDetail(detail);
    }

    /** array_in: optional dimension decoration, then the brace structure. */
    private final class Reader {
        private final String text;
        private final int typmod;
        private int pos;
        private final List<Object> items = new ArrayList<>();
        /** Lengths per nesting level, fixed by the first sub-array seen at that level. */
        private final int[] lengths = new int[MAX_DIMENSIONS];
        private int ndim = -1;

        Reader(String text, int typmod) {
            this.text = text;
            this.typmod = typmod;
        }

        ArrayValue read() {
            skipSpace();
            int[] givenDims = new int[MAX_DIMENSIONS];
            int[] givenLower = new int[MAX_DIMENSIONS];
            int given = 0;
            while (pos < text.length() && text.charAt(pos) == '[') {
                if (given >= MAX_DIMENSIONS) {
                    throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                            "number of array dimensions (%d) exceeds the maximum allowed (%d)", given + 1,
                            MAX_DIMENSIONS);
                }
                pos++;
                Integer first = dimensionNumber();
                if (first == null) {
                    throw malformed(text, "\"[\" must introduce explicitly-specified array dimensions.");
                }
                int lower = 1;
                int upper = first;
                if (pos < text.length() && text.charAt(pos) == ':') {
                    pos++;
                    Integer second = dimensionNumber();
                    if (second == null) {
                        throw malformed(text, "Missing array dimension value.");
                    }
                    lower = first;
                    upper = second;
                }
                if (pos >= text.length() || text.charAt(pos) != ']') {
                    throw malformed(text, "Missing \"]\" after array dimensions.");
                }
                pos++;
                if (upper < lower) {
                    throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "upper bound cannot be less than lower bound");
                }
                givenLower[given] = lower;
                givenDims[given] = upper - lower + 1;
                given++;
                skipSpace();
            }
            if (given > 0) {
                if (!text.startsWith("=", pos)) {
                    throw malformed(text, "Missing \"=\" after array dimensions.");
                }
                pos++;
                skipSpace();
                if (pos >= text.length() || text.charAt(pos) != '{') {
                    throw malformed(text, "Array contents must start with \"{\".");
                }
            } else if (pos >= text.length() || text.charAt(pos) != '{') {
                throw malformed(text, "Array value must start with \"{\" or dimension information.");
            }
            readLevel(0);
            skipSpace();
            if (pos < text.length()) {
                throw malformed(text, "Junk after closing right brace.");
            }
            if (items.isEmpty()) {
                if (given > 0) {
                    throw malformed(text, "Specified array dimensions do not match array contents.");
                }
                return ArrayValue.EMPTY;
            }
            int[] dims = java.util.Arrays.copyOf(lengths, ndim);
            int[] lower = new int[ndim];
            java.util.Arrays.fill(lower, 1);
            if (given > 0) {
                if (given != ndim) {
                    throw malformed(text, "Specified array dimensions do not match array contents.");
                }
                for (int i = 0; i < ndim; i++) {
                    if (givenDims[i] != dims[i]) {
                        throw malformed(text, "Specified array dimensions do not match array contents.");
                    }
                    lower[i] = givenLower[i];
                }
                checkBounds(dims, lower);
            }
            return ArrayValue.of(dims, lower, items.toArray());
        }

        private Integer dimensionNumber() {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '-'
                    || text.charAt(pos) == '+')) {
                pos++;
            }
            if (pos == start) {
                return null;
            }
            try {
                return Integer.parseInt(text.substring(start, pos));
            } catch (NumberFormatException e) {
                throw malformed(text, "Missing array dimension value.");
            }
        }

        private void skipSpace() {
            while (pos < text.length() && PgTypeSupport.isSpace(text.charAt(pos))) {
                pos++;
            }
        }

        private char peek() {
            if (pos >= text.length()) {
                throw malformed(text, "Unexpected end of input.");
            }
            return text.charAt(pos);
        }

        /** At a '{' of nesting {@code level}: reads the sub-array and checks its length. */
        private void readLevel(int level) {
            if (level >= MAX_DIMENSIONS) {
                throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                        "number of array dimensions (%d) exceeds the maximum allowed (%d)", level + 1, MAX_DIMENSIONS);
            }
            pos++; // '{'
            skipSpace();
            int count = 0;
            if (peek() == '}') {
                pos++;
                // "{}" is only valid as the whole array
                if (level > 0 || ndim > 0) {
                    throw malformed(text, "Unexpected \"}\" character.");
                }
                ndim = 0;
                return;
            }
            boolean nested = peek() == '{';
            if (ndim >= 0 && (nested != (level < ndim - 1)) || ndim == 0) {
                throw malformed(text, nested ? "Unexpected \"{\" character." : "Unexpected array element.");
            }
            while (true) {
                skipSpace();
                char c = peek();
                if (nested) {
                    if (c != '{') {
                        throw malformed(text, "Unexpected array element.");
                    }
                    readLevel(level + 1);
                } else {
                    if (c == '{') {
                        throw malformed(text, "Unexpected \"{\" character.");
                    }
                    if (c == '}' || c == ',') {
                        throw malformed(text, "Unexpected \"" + c + "\" character.");
                    }
                    items.add(readItem());
                    if (ndim < 0) {
                        ndim = level + 1;
                    }
                }
                count++;
                skipSpace();
                c = peek();
                if (c == ',') {
                    pos++;
                    continue;
                }
                if (c == '}') {
                    pos++;
                    break;
                }
                throw malformed(text, "Unexpected \"" + c + "\" character.");
            }
            if (ndim < 0) {
                ndim = level + 1;
            }
            if (lengths[level] == 0) {
                lengths[level] = count;
            } else if (lengths[level] != count) {
                throw malformed(text, "Multidimensional arrays must have sub-arrays with matching dimensions.");
            }
        }

        /** One element: quoted or not, backslash escapes, unquoted NULL, surrounding blanks dropped. */
        private Object readItem() {
            StringBuilder sb = new StringBuilder();
            boolean quoted = false;
            boolean inQuotes = false;
            int keep = 0; // length that trailing-blank trimming must not cut (escaped or quoted chars)
            while (true) {
                char c = peek();
                if (inQuotes) {
                    pos++;
                    if (c == '"') {
                        inQuotes = false;
                        keep = sb.length();
                    } else if (c == '\\') {
                        sb.append(peek());
                        pos++;
                    } else {
                        sb.append(c);
                    }
                    continue;
                }
                if (c == ',' || c == '}') {
                    break;
                }
                if (c == '{') {
                    throw malformed(text, "Unexpected \"{\" character.");
                }
                pos++;
                if (c == '"') {
                    if (sb.length() > keep && !quoted) {
                        throw malformed(text, "Unexpected array element.");
                    }
                    quoted = true;
                    inQuotes = true;
                } else if (c == '\\') {
                    sb.append(peek());
                    pos++;
                    keep = sb.length();
                } else {
                    sb.append(c);
                }
            }
            int end = sb.length();
            while (end > keep && PgTypeSupport.isSpace(sb.charAt(end - 1))) {
                end--;
            }
            String s = sb.substring(0, end);
            if (!quoted && keep == 0 && s.equalsIgnoreCase("NULL")) {
                return null;
            }
            return element.fromText(s, typmod);
        }
    }

    static void checkBounds(int[] dims, int[] lower) {
        for (int i = 0; i < dims.length; i++) {
            if ((long) lower[i] + dims[i] - 1 > Integer.MAX_VALUE) {
                throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "array upper bound is too large: %d",
                        (long) lower[i] + dims[i] - 1);
            }
        }
    }

    // ---------------------------------------------------------------- binary (array_send / array_recv)

    @Override
    public byte[] toBinary(Object value, int typmod) {
        ArrayValue a = (ArrayValue) value;
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + a.size() * 8);
        out.writeBytes(PgTypeSupport.int32(a.ndim()));
        out.writeBytes(PgTypeSupport.int32(a.hasNulls() ? 1 : 0));
        out.writeBytes(PgTypeSupport.int32(element.oid()));
        for (int i = 0; i < a.ndim(); i++) {
            out.writeBytes(PgTypeSupport.int32(a.dim(i)));
            out.writeBytes(PgTypeSupport.int32(a.lowerBound(i)));
        }
        for (int i = 0; i < a.size(); i++) {
            Object e = a.element(i);
            if (e == null) {
                out.writeBytes(PgTypeSupport.int32(-1));
            } else {
                byte[] b = element.toBinary(e, typmod);
                out.writeBytes(PgTypeSupport.int32(b.length));
                out.writeBytes(b);
            }
        }
        return out.toByteArray();
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        if (bytes.length < 12) {
            throw PgTypeSupport.badBinary();
        }
        int ndim = PgTypeSupport.readInt32(bytes, 0);
        int flags = PgTypeSupport.readInt32(bytes, 4);
        int elementOid = PgTypeSupport.readInt32(bytes, 8);
        if (ndim < 0) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid number of dimensions: %d", ndim);
        }
        if (ndim > MAX_DIMENSIONS) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (%d) exceeds the maximum allowed (%d)", ndim, MAX_DIMENSIONS);
        }
        if (flags != 0 && flags != 1) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid array flags");
        }
        if (elementOid != element.oid()) {
            PgType other = Types.byOid(elementOid);
            throw new PgException(SqlState.DATATYPE_MISMATCH, "binary data has array element type %d (%s) instead of expected %d (%s)",
                    elementOid, other == null ? "unknown" : other.name(), element.oid(), element.name());
        }
        int pos = 12;
        if (bytes.length < pos + 8 * ndim) {
            throw PgTypeSupport.badBinary();
        }
        int[] dims = new int[ndim];
        int[] lower = new int[ndim];
        long count = ndim == 0 ? 0 : 1;
        for (int i = 0; i < ndim; i++) {
            dims[i] = PgTypeSupport.readInt32(bytes, pos);
            lower[i] = PgTypeSupport.readInt32(bytes, pos + 4);
            pos += 8;
            if (dims[i] < 0) {
                throw PgTypeSupport.badBinary();
            }
            count *= dims[i];
            if (count > (1 << 27)) {
                throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "array size exceeds the maximum allowed (%d)",
                        134217727);
            }
        }
        if (count == 0) {
            return ArrayValue.EMPTY;
        }
        checkBounds(dims, lower);
        Object[] elements = new Object[(int) count];
        for (int i = 0; i < elements.length; i++) {
            if (pos + 4 > bytes.length) {
                throw PgTypeSupport.badBinary();
            }
            int len = PgTypeSupport.readInt32(bytes, pos);
            pos += 4;
            if (len == -1) {
                continue;
            }
            if (len < 0 || pos + len > bytes.length) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "insufficient data left in message");
            }
            elements[i] = element.fromBinary(java.util.Arrays.copyOfRange(bytes, pos, pos + len), typmod);
            pos += len;
        }
        if (pos != bytes.length) {
            throw PgTypeSupport.badBinary();
        }
        return ArrayValue.of(dims, lower, elements);
    }

    // ---------------------------------------------------------------- ordering (array_cmp)

    /**
     * array_cmp: element by element (a NULL element sorts after any value, NULLs equal each other),
     * then more elements last, then more dimensions, then the lengths and lower bounds.
     */
    @Override
    public int compare(Object x, Object y) {
        ArrayValue a = (ArrayValue) x;
        ArrayValue b = (ArrayValue) y;
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            Object ea = a.element(i);
            Object eb = b.element(i);
            if (ea == null || eb == null) {
                if (ea != eb) {
                    return ea == null ? 1 : -1;
                }
                continue;
            }
            int c = element.compare(ea, eb);
            if (c != 0) {
                return c;
            }
        }
        if (a.size() != b.size()) {
            return a.size() < b.size() ? -1 : 1;
        }
        if (a.ndim() != b.ndim()) {
            return a.ndim() < b.ndim() ? -1 : 1;
        }
        for (int i = 0; i < a.ndim(); i++) {
            if (a.dim(i) != b.dim(i)) {
                return a.dim(i) < b.dim(i) ? -1 : 1;
            }
        }
        for (int i = 0; i < a.ndim(); i++) {
            if (a.lowerBound(i) != b.lowerBound(i)) {
                return a.lowerBound(i) < b.lowerBound(i) ? -1 : 1;
            }
        }
        return 0;
    }
}
