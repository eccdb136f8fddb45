package io.pglitedb.storage;

import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.TypeCategory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Stand-ins for the built-in types with PostgreSQL's ordering, so the codecs can be tested
 * before (and independently of) io.pglitedb.types.Types. Dispatch in the codecs is by OID.
 */
public final class TestTypes {
    private TestTypes() {
    }

    /** The value of numeric NaN in these tests (the real one is NumericValue.NAN). */
    public static final Object NUMERIC_NAN = new Object() {
        @Override
        public String toString() {
            return "NaN";
        }
    };

    public static final DataType BOOL = DataType.of(new FakeType(16, "bool"));
    public static final DataType BYTEA = DataType.of(new FakeType(17, "bytea"));
    public static final DataType NAME = DataType.of(new FakeType(19, "name"));
    public static final DataType INT8 = DataType.of(new FakeType(20, "int8"));
    public static final DataType INT2 = DataType.of(new FakeType(21, "int2"));
    public static final DataType INT4 = DataType.of(new FakeType(23, "int4"));
    public static final DataType TEXT = DataType.of(new FakeType(25, "text"));
    public static final DataType FLOAT4 = DataType.of(new FakeType(700, "float4"));
    public static final DataType FLOAT8 = DataType.of(new FakeType(701, "float8"));
    public static final DataType BPCHAR = new DataType(new FakeType(1042, "bpchar"), 14);
    public static final DataType VARCHAR = DataType.of(new FakeType(1043, "varchar"));
    public static final DataType NUMERIC = DataType.of(new FakeType(1700, "numeric"));
    /** A type the codecs do not know: RowCodec stores it through its binary I/O. */
    public static final DataType DATE = DataType.of(new FakeType(1082, "date"));

    static String stripSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    static final class FakeType extends PgType {
        FakeType(int oid, String name) {
            super(oid, name, -1, TypeCategory.USER);
        }

        @Override
        public String toText(Object value, int typmod) {
            return String.valueOf(value);
        }

        @Override
        public Object fromText(String text, int typmod) {
            if (oid() == 1700 && text.equals("NaN")) {
                return NUMERIC_NAN;
            }
            throw new UnsupportedOperationException(text);
        }

        @Override
        public byte[] toBinary(Object value, int typmod) {
            int days = (Integer) value;
            return new byte[] {(byte) (days >>> 24), (byte) (days >>> 16), (byte) (days >>> 8), (byte) days};
        }

        @Override
        public Object fromBinary(byte[] bytes, int typmod) {
            return ((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
        }

        @Override
        public int compare(Object a, Object b) {
            switch (oid()) {
                case 700, 701: {
                    double x = ((Number) a).doubleValue();
                    double y = ((Number) b).doubleValue();
                    if (Double.isNaN(x) || Double.isNaN(y)) {
                        return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
                    }
                    return Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
                }
                case 1700: {
                    boolean nanA = !(a instanceof BigDecimal);
                    boolean nanB = !(b instanceof BigDecimal);
                    if (nanA || nanB) {
                        return Boolean.compare(nanA, nanB);
                    }
                    return ((BigDecimal) a).compareTo((BigDecimal) b);
                }
                case 25, 1043, 19:
                    return Arrays.compareUnsigned(((String) a).getBytes(StandardCharsets.UTF_8),
                            ((String) b).getBytes(StandardCharsets.UTF_8));
                case 1042:
                    return Arrays.compareUnsigned(stripSpaces((String) a).getBytes(StandardCharsets.UTF_8),
                            stripSpaces((String) b).getBytes(StandardCharsets.UTF_8));
                case 17:
                    return Arrays.compareUnsigned((byte[]) a, (byte[]) b);
                default: {
                    @SuppressWarnings("unchecked")
                    Comparable<Object> ca = (Comparable<Object>) a;
                    return ca.compareTo(b);
                }
            }
        }
    }
}
