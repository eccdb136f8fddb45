package io.pglitedb.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.types.DataType;
import io.pglitedb.types.NumericValue;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The codecs against the real built-in types: key order must agree with {@link PgType#compare}. */
class BuiltinTypesCodecTest {
    private final Random random = new Random(1234);

    @Test
    void keyOrderAgreesWithBuiltinCompare() {
        check(Types.BOOL, random::nextBoolean);
        check(Types.INT2, () -> (short) random.nextInt());
        check(Types.INT4, () -> random.nextInt(3) == 0 ? random.nextInt(5) - 2 : random.nextInt());
        check(Types.INT8, () -> random.nextInt(3) == 0 ? (long) random.nextInt(5) - 2 : random.nextLong());
        check(Types.OID, () -> random.nextInt(3) == 0 ? 0xFFFFFFFFL : random.nextInt() & 0xFFFFFFFFL);
        check(Types.FLOAT4, () -> switch (random.nextInt(6)) {
            case 0 -> Float.NaN;
            case 1 -> -0.0f;
            case 2 -> Float.NEGATIVE_INFINITY;
            default -> Float.intBitsToFloat(random.nextInt());
        });
        check(Types.FLOAT8, () -> switch (random.nextInt(6)) {
            case 0 -> Double.NaN;
            case 1 -> -0.0;
            case 2 -> Double.POSITIVE_INFINITY;
            default -> random.nextGaussian() * 1e6;
        });
        check(Types.NUMERIC, () -> switch (random.nextInt(8)) {
            case 0 -> NumericValue.NAN;
            case 1 -> NumericValue.POSITIVE_INFINITY;
            case 2 -> NumericValue.NEGATIVE_INFINITY;
            default -> new BigDecimal(new BigInteger(random.nextInt(80) + 1, random).subtract(BigInteger.TEN.pow(5)),
                    random.nextInt(20));
        });
        check(Types.TEXT, this::text);
        check(Types.VARCHAR, this::text);
        check(Types.NAME, this::text);
        check(Types.BPCHAR, () -> text() + "  ".substring(random.nextInt(3) == 0 ? 0 : 2));
    }

    private String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) {
            switch (random.nextInt(5)) {
                case 0 -> sb.appendCodePoint(0x1F600 + random.nextInt(3));
                case 1 -> sb.appendCodePoint(0xFF00 + random.nextInt(3));
                case 2 -> sb.append(' ');
                default -> sb.append((char) ('a' + random.nextInt(3)));
            }
        }
        return sb.toString();
    }

    private void check(PgType type, Supplier<Object> values) {
        DataType dataType = DataType.of(type);
        for (int i = 0; i < 5000; i++) {
            Object a = values.get();
            Object b = random.nextInt(8) == 0 ? a : values.get();
            boolean desc = random.nextBoolean();
            int expected = Integer.signum(type.compare(a, b)) * (desc ? -1 : 1);
            int actual = Integer.signum(Arrays.compareUnsigned(new KeyEncoder().add(dataType, a, desc, false).toBytes(),
                    new KeyEncoder().add(dataType, b, desc, false).toBytes()));
            assertThat(actual).as("%s: %s vs %s desc=%s", type, a, b, desc).isEqualTo(expected);
        }
    }

    @Test
    void rowsOfBuiltinTypesRoundTrip() {
        DataType[] types = {DataType.of(Types.BOOL), DataType.of(Types.INT2), DataType.of(Types.INT4),
            DataType.of(Types.INT8), DataType.of(Types.OID), DataType.of(Types.FLOAT4), DataType.of(Types.FLOAT8),
            DataType.of(Types.NUMERIC), DataType.of(Types.NUMERIC), DataType.of(Types.NUMERIC),
            DataType.of(Types.NUMERIC), DataType.of(Types.TEXT), new DataType(Types.VARCHAR, 14),
            new DataType(Types.BPCHAR, 9), DataType.of(Types.NAME)};
        Object[] values = {false, (short) 3, -4, 5L, 4294967295L, 1.5f, -2.25, new BigDecimal("12.3400"),
            NumericValue.NAN, NumericValue.POSITIVE_INFINITY, NumericValue.NEGATIVE_INFINITY, "text", "varchar",
            "bpchar   ", "pg_class"};
        assertThat(RowCodec.decode(types, RowCodec.encode(types, values, 1))).containsExactly(values);
    }
}
