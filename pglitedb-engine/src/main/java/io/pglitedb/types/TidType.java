package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * tid (OID 27): a row's physical position {@code (block,offset)}, the type of the ctid system
 * column. Held as a Java {@link Long}: the unsigned 32-bit block number shifted left 16 bits, or-ed
 * with the 16-bit offset, so the numeric order is PostgreSQL's (block, then offset).
 */
public final class TidType extends PgType {
    TidType() {
        super(27, "tid", 6, TypeCategory.USER);
    }

    public static long of(long block, int offset) {
        return (block & 0xFFFFFFFFL) << 16 | (offset & 0xFFFF);
    }

    /** The block number of a tid made by {@link #of}. */
    public static long block(long tid) {
        return tid >>> 16;
    }

    /** The offset in its block of a tid made by {@link #of}. */
    public static int offset(long tid) {
        return (int) (tid & 0xFFFF);
    }

    @Override
    public String toText(Object value, int typmod) {
        long v = (Long) value;
        return "(" + (v >>> 16) + "," + (v & 0xFFFF) + ")";
    }

    /** Like tidin: {@code (block,offset)}, spaces allowed before each number; a negative block wraps. */
    @Override
    public Object fromText(String text, int typmod) {
        int open = text.indexOf('(');
        int comma = open < 0 ? -1 : text.indexOf(',', open + 1);
        int close = comma < 0 ? -1 : text.indexOf(')', comma + 1);
        if (close < 0) {
            throw invalid(text);
        }
        try {
            long block = Long.parseLong(text.substring(open + 1, comma).stripLeading());
            long offset = Long.parseLong(text.substring(comma + 1, close).stripLeading());
            if (block > 0xFFFFFFFFL || block < Integer.MIN_VALUE || offset < 0 || offset > 0xFFFF) {
                throw invalid(text);
            }
            return of(block, (int) offset);
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
    }

    private static PgException invalid(String text) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type tid: \"%s\"", text);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        long v = (Long) value;
        byte[] out = new byte[6];
        System.arraycopy(PgTypeSupport.int32((int) (v >>> 16)), 0, out, 0, 4);
        System.arraycopy(PgTypeSupport.int16((int) (v & 0xFFFF)), 0, out, 4, 2);
        return out;
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, 6);
        return of(PgTypeSupport.readInt32(bytes, 0), PgTypeSupport.readInt16(bytes, 4));
    }

    @Override
    public int compare(Object a, Object b) {
        return Long.compare((Long) a, (Long) b);
    }
}
