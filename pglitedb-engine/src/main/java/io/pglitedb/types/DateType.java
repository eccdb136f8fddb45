package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * date (OID 1082): Java {@link Integer} days since 2000-01-01, with Integer.MAX_VALUE /
 * Integer.MIN_VALUE as {@code infinity} / {@code -infinity}: PostgreSQL's representation and its
 * int4 binary format. Valid dates run from 4714-11-24 BC to 5874897-12-31. Text I/O is in
 * {@link DateTimeText}; the arithmetic date +/- integer and date - date is here.
 */
public final class DateType extends PgType {
    DateType() {
        super(1082, "date", 4, TypeCategory.DATETIME);
    }

    @Override
    public String toText(Object value, int typmod) {
        return DateTimeText.formatDate((Integer) value);
    }

    @Override
    public Object fromText(String text, int typmod) {
        DateTimeText.Parsed p = DateTimeText.parse(text, "date");
        switch (p.kind) {
            case DateTimeText.INFINITY:
                return Integer.MAX_VALUE;
            case DateTimeText.NEG_INFINITY:
                return Integer.MIN_VALUE;
            case DateTimeText.NOW:
                return TimestampType.dateFromTimestamptz(p.nowMicros);
            default:
                if (!isValid(p.days)) {
                    throw DateTimeText.outOfRange("date", text);
                }
                return (int) p.days;
        }
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return PgTypeSupport.int32((Integer) value);
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, 4);
        int days = PgTypeSupport.readInt32(bytes, 0);
        if (!isInfinite(days) && !isValid(days)) {
            throw outOfRange();
        }
        return days;
    }

    @Override
    public int compare(Object a, Object b) {
        return Integer.compare((Integer) a, (Integer) b);
    }

    static boolean isInfinite(int days) {
        return days == Integer.MAX_VALUE || days == Integer.MIN_VALUE;
    }

    private static boolean isValid(long days) {
        return days >= DateTimeText.MIN_DATE && days < DateTimeText.END_DATE;
    }

    private static PgException outOfRange() {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range");
    }

    /** current_date: today in the session zone. */
    public static int today() {
        return TimestampType.dateFromTimestamptz(TransactionClock.transactionStart());
    }

    // ---- arithmetic

    /** date + integer (date_pli); infinite dates stay infinite. */
    public static int plusDays(int date, long days) {
        if (isInfinite(date)) {
            return date;
        }
        long r = date + days;
        if (!isValid(r)) {
            throw outOfRange();
        }
        return (int) r;
    }

    /** date - date (date_mi), in days. */
    static int difference(int a, int b) {
        if (isInfinite(a) || isInfinite(b)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "cannot subtract infinite dates");
        }
        return a - b;
    }
}
