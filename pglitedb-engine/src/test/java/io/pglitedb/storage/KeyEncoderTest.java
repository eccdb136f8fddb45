package io.pglitedb.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.types.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KeyEncoderTest {
    private static final int PAIRS = 8_000;
    private final Random random = new Random(42);

    @Test
    void int2KeysSortLikeValues() {
        checkOrder(TestTypes.INT2, () -> (short) pick(
                () -> random.nextInt(65536) - 32768L, Short.MIN_VALUE, Short.MAX_VALUE, 0, -1, 1));
    }

    @Test
    void int4KeysSortLikeValues() {
        checkOrder(TestTypes.INT4, () -> (int) pick(() -> (long) random.nextInt(), Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1));
    }

    @Test
    void int8KeysSortLikeValues() {
        checkOrder(TestTypes.INT8, () -> pick(random::nextLong, Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1));
    }

    @Test
    void float8KeysSortLikeValuesWithNanLargestAndNegativeZeroEqualZero() {
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0,
            Double.longBitsToDouble(0x7ff8000000000123L)};
        checkOrder(TestTypes.FLOAT8, () -> random.nextInt(4) == 0 ? specials[random.nextInt(specials.length)]
                : random.nextBoolean() ? random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20)
                : Double.longBitsToDouble(random.nextLong()));
        assertThat(key(TestTypes.FLOAT8, -0.0)).isEqualTo(key(TestTypes.FLOAT8, 0.0));
    }

    @Test
    void float4KeysSortLikeValues() {
        float[] specials = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0.0f, -0.0f,
            Float.MIN_VALUE, -Float.MAX_VALUE};
        checkOrder(TestTypes.FLOAT4, () -> random.nextInt(4) == 0 ? specials[random.nextInt(specials.length)]
                : Float.intBitsToFloat(random.nextInt()));
    }

    @Test
    void numericKeysSortLikeValuesAndIgnoreScale() {
        checkOrder(TestTypes.NUMERIC, this::randomNumeric);
        assertThat(key(TestTypes.NUMERIC, new BigDecimal("1.0"))).isEqualTo(key(TestTypes.NUMERIC, new BigDecimal("1.00")));
        assertThat(key(TestTypes.NUMERIC, new BigDecimal("0E+3"))).isEqualTo(key(TestTypes.NUMERIC, BigDecimal.ZERO));
        assertThat(key(TestTypes.NUMERIC, new BigDecimal("1E+2"))).isEqualTo(key(TestTypes.NUMERIC, new BigDecimal("100.000")));
    }

    private Object randomNumeric() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return TestTypes.NUMERIC_NAN;
        }
        if (kind == 1) {
            String[] specials = {"0", "0.0", "1", "1.0", "1.00", "-1", "10", "100", "0.1", "0.01", "0.10",
                "-0.1", "-10", "99.99", "0.105", "0.12", "0.1234", "-0.12", "-0.1234"};
            return new BigDecimal(specials[random.nextInt(specials.length)]);
        }
        BigInteger unscaled = new BigInteger(random.nextInt(100) + 1, random);
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        return new BigDecimal(unscaled, random.nextInt(60) - 30);
    }

    @Test
    void boolKeysSortFalseFirst() {
        checkOrder(TestTypes.BOOL, random::nextBoolean);
    }

    @Test
    void textKeysSortInUtf8ByteOrderWithPrefixesFirst() {
        checkOrder(TestTypes.TEXT, this::randomText);
        checkOrder(TestTypes.VARCHAR, this::randomText);
        checkOrder(TestTypes.NAME, this::randomText);
        assertThat(Arrays.compareUnsigned(key(TestTypes.TEXT, "a"), key(TestTypes.TEXT, "a\0"))).isNegative();
        assertThat(Arrays.compareUnsigned(key(TestTypes.TEXT, "a\0"), key(TestTypes.TEXT, "a\u0001"))).isNegative();
        assertThat(Arrays.compareUnsigned(key(TestTypes.TEXT, ""), key(TestTypes.TEXT, "\0"))).isNegative();
    }

    @Test
    void bpcharKeysIgnoreTrailingSpaces() {
        checkOrder(TestTypes.BPCHAR, () -> randomText() + " ".repeat(random.nextInt(3)));
        assertThat(key(TestTypes.BPCHAR, "ab  ")).isEqualTo(key(TestTypes.BPCHAR, "ab"));
    }

    @Test
    void byteaKeysSortUnsigned() {
        checkOrder(TestTypes.BYTEA, () -> {
            byte[] b = new byte[random.nextInt(5)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (random.nextInt(4) == 0 ? 0 : random.nextInt(4) == 0 ? 0xFF : random.nextInt(256));
            }
            return b;
        });
    }

    private String randomText() {
        int length = random.nextInt(6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> sb.append((char) random.nextInt(3)); // \0, \1, \2
                case 1 -> sb.append(' ');
                case 2 -> sb.appendCodePoint(0x80 + random.nextInt(0x780));
                case 3 -> sb.appendCodePoint(0x10000 + random.nextInt(0x1000)); // supplementary
                case 4 -> sb.appendCodePoint(0xE000 + random.nextInt(0x1000)); // above surrogates
                default -> sb.append((char) ('a' + random.nextInt(4)));
            }
        }
        return sb.toString();
    }

    @Test
    void compositeKeysSortColumnByColumnWithNullsAndDescending() {
        DataType[] types = {TestTypes.TEXT, TestTypes.INT4, TestTypes.NUMERIC};
        boolean[][] flags = {{false, false}, {true, false}, {false, true}, {true, true}};
        for (int round = 0; round < 200; round++) {
            boolean[] desc = new boolean[3];
            boolean[] nullsFirst = new boolean[3];
            for (int c = 0; c < 3; c++) {
                boolean[] f = flags[random.nextInt(4)];
                desc[c] = f[0];
                nullsFirst[c] = f[1];
            }
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                rows.add(new Object[] {nullable(this::randomText), nullable(() -> random.nextInt(5) - 2),
                    nullable(this::randomNumeric)});
            }
            for (Object[] a : rows) {
                for (Object[] b : rows) {
                    int expected = 0;
                    for (int c = 0; c < 3 && expected == 0; c++) {
                        expected = compare(types[c], a[c], b[c], desc[c], nullsFirst[c]);
                    }
                    int actual = Arrays.compareUnsigned(compositeKey(types, a, desc, nullsFirst),
                            compositeKey(types, b, desc, nullsFirst));
                    assertThat(Integer.signum(actual)).as("%s vs %s", Arrays.toString(a), Arrays.toString(b))
                            .isEqualTo(Integer.signum(expected));
                }
            }
        }
    }

    @Test
    void prefixEndIsTheSmallestKeyAfterThePrefix() {
        assertThat(KeyEncoder.prefixEnd(new byte[] {1, 2, 3})).containsExactly(1, 2, 4);
        assertThat(KeyEncoder.prefixEnd(new byte[] {1, (byte) 0xFF, (byte) 0xFF})).containsExactly(2);
        assertThat(KeyEncoder.prefixEnd(new byte[] {(byte) 0xFF})).isNull();
        assertThat(KeyEncoder.prefixEnd(new byte[0])).isNull();
        byte[] prefix = new KeyEncoder().addInt(1).addInt(16384).toBytes();
        byte[] inside = new KeyEncoder().addInt(1).addInt(16384).add(TestTypes.INT4, Integer.MAX_VALUE).toBytes();
        byte[] next = new KeyEncoder().addInt(1).addInt(16385).toBytes();
        byte[] end = KeyEncoder.prefixEnd(prefix);
        assertThat(Arrays.compareUnsigned(inside, end)).isNegative();
        assertThat(Arrays.compareUnsigned(next, end)).isZero();
    }

    @Test
    void rawIntsAreUnsignedAndLongsSigned() {
        assertThat(Arrays.compareUnsigned(new KeyEncoder().addInt(1).toBytes(), new KeyEncoder().addInt(-1).toBytes()))
                .isNegative();
        assertThat(Arrays.compareUnsigned(new KeyEncoder().addLong(-1).toBytes(), new KeyEncoder().addLong(1).toBytes()))
                .isNegative();
    }

    private Object nullable(Supplier<Object> s) {
        return random.nextInt(5) == 0 ? null : s.get();
    }

    private static byte[] compositeKey(DataType[] types, Object[] values, boolean[] desc, boolean[] nullsFirst) {
        KeyEncoder e = new KeyEncoder().addInt(7);
        for (int c = 0; c < types.length; c++) {
            e.add(types[c], values[c], desc[c], nullsFirst[c]);
        }
        return e.toBytes();
    }

    private static int compare(DataType type, Object a, Object b, boolean desc, boolean nullsFirst) {
        if (a == null || b == null) {
            if (a == b) {
                return 0;
            }
            return (a == null) == nullsFirst ? -1 : 1;
        }
        int c = Integer.signum(type.type().compare(a, b));
        return desc ? -c : c;
    }

    private static byte[] key(DataType type, Object value) {
        return new KeyEncoder().add(type, value).toBytes();
    }

    private void checkOrder(DataType type, Supplier<Object> values) {
        boolean[][] flags = {{false, false}, {true, false}, {false, true}, {true, true}};
        for (int i = 0; i < PAIRS; i++) {
            Object a = random.nextInt(20) == 0 ? null : values.get();
            Object b = random.nextInt(20) == 0 ? null : random.nextInt(10) == 0 ? a : values.get();
            boolean[] f = flags[i & 3];
            int expected = compare(type, a, b, f[0], f[1]);
            byte[] ka = new KeyEncoder().add(type, a, f[0], f[1]).add(TestTypes.INT4, 1).toBytes();
            byte[] kb = new KeyEncoder().add(type, b, f[0], f[1]).add(TestTypes.INT4, 0).toBytes();
            int actual = Arrays.compareUnsigned(ka, kb);
            if (expected == 0) {
                assertThat(actual).as("%s vs %s (desc %s, nulls first %s)", show(a), show(b), f[0], f[1]).isPositive();
            } else {
                assertThat(Integer.signum(actual)).as("%s vs %s (desc %s, nulls first %s)", show(a), show(b), f[0], f[1])
                        .isEqualTo(expected);
            }
        }
    }

    private static String show(Object o) {
        return o instanceof byte[] b ? Arrays.toString(b) : String.valueOf(o);
    }

    private long pick(java.util.function.LongSupplier s, long... specials) {
        return random.nextInt(4) == 0 ? specials[random.nextInt(specials.length)] : s.getAsLong();
    }

}
