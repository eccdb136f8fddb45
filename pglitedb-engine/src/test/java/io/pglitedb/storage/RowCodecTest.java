package io.pglitedb.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.types.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowCodecTest {
    private static final DataType[] TYPES = {TestTypes.BOOL, TestTypes.INT2, TestTypes.INT4, TestTypes.INT8,
        TestTypes.FLOAT4, TestTypes.FLOAT8, TestTypes.NUMERIC, TestTypes.TEXT, TestTypes.VARCHAR, TestTypes.BPCHAR,
        TestTypes.NAME, TestTypes.BYTEA, TestTypes.DATE};

    @Test
    void everyTypeRoundTrips() {
        Object[] values = {true, (short) -7, 42, Long.MIN_VALUE, -0.0f, Double.NaN, new BigDecimal("-123.4500"),
            "héllo\0wörld 🙂", "", "ab  ", "pg_class", new byte[] {0, 1, (byte) 0xFF}, 19000};
        byte[] row = RowCodec.encode(TYPES, values, 3, 99L);
        Object[] decoded = RowCodec.decode(TYPES, row);
        assertThat(decoded).containsExactly(values);
        assertThat(((BigDecimal) decoded[6]).scale()).isEqualTo(4);
        assertThat(RowCodec.schemaVersion(row)).isEqualTo(3);
        assertThat(RowCodec.versionStamp(row)).isEqualTo(99L);
        assertThat(RowCodec.columnCount(row)).isEqualTo(TYPES.length);
    }

    @Test
    void projectedDecodeSkipsUnwantedColumns() {
        Random random = new Random(11);
        for (int round = 0; round < 2000; round++) {
            Object[] values = new Object[TYPES.length];
            boolean[] wanted = new boolean[TYPES.length];
            for (int i = 0; i < TYPES.length; i++) {
                wanted[i] = random.nextBoolean();
                if (random.nextInt(4) == 0) {
                    continue;
                }
                values[i] = switch (i) {
                    case 0 -> random.nextBoolean();
                    case 1 -> (short) random.nextInt();
                    case 2 -> random.nextInt();
                    case 3 -> random.nextLong();
                    case 4 -> (float) random.nextInt(1000);
                    case 5 -> random.nextGaussian();
                    case 6 -> random.nextInt(10) == 0 ? TestTypes.NUMERIC_NAN
                            : new BigDecimal(new BigInteger(random.nextInt(200) + 1, random), random.nextInt(40) - 20);
                    case 12 -> random.nextInt(40000) - 20000;
                    case 11 -> new byte[random.nextInt(300)];
                    default -> "y".repeat(random.nextInt(300));
                };
            }
            Object[] decoded = RowCodec.decode(TYPES, RowCodec.encode(TYPES, values, 1, 1), wanted);
            for (int i = 0; i < TYPES.length; i++) {
                assertThat(decoded[i]).as("column %d", i).isEqualTo(wanted[i] ? values[i] : null);
            }
        }
    }

    @Test
    void randomRowsRoundTrip() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            Object[] values = new Object[TYPES.length];
            for (int i = 0; i < TYPES.length; i++) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                values[i] = switch (i) {
                    case 0 -> random.nextBoolean();
                    case 1 -> (short) random.nextInt();
                    case 2 -> random.nextInt();
                    case 3 -> random.nextLong();
                    case 4 -> Float.intBitsToFloat(random.nextInt());
                    case 5 -> random.nextGaussian();
                    case 6 -> random.nextInt(10) == 0 ? TestTypes.NUMERIC_NAN
                            : new BigDecimal(new BigInteger(random.nextInt(200) + 1, random), random.nextInt(40) - 20);
                    case 12 -> random.nextInt();
                    case 11 -> new byte[random.nextInt(300)];
                    default -> "x".repeat(random.nextInt(200));
                };
            }
            Object[] decoded = RowCodec.decode(TYPES, RowCodec.encode(TYPES, values, round, round));
            for (int i = 0; i < TYPES.length; i++) {
                if (values[i] instanceof Float f && f.isNaN()) {
                    assertThat(Float.floatToRawIntBits((Float) decoded[i])).isEqualTo(Float.floatToRawIntBits(f));
                } else {
                    assertThat(decoded[i]).isEqualTo(values[i]);
                }
            }
        }
    }

    @Test
    void rowsWrittenBeforeAddColumnDecodeWithNullsForNewColumns() {
        DataType[] before = {TestTypes.INT4, TestTypes.TEXT};
        DataType[] after = {TestTypes.INT4, TestTypes.TEXT, TestTypes.INT8, TestTypes.NUMERIC};
        byte[] row = RowCodec.encode(before, new Object[] {1, "one"}, 1);
        assertThat(RowCodec.decode(after, row)).containsExactly(1, "one", null, null);
    }

    @Test
    void versionStampCanBeSetInPlace() {
        byte[] row = RowCodec.encode(new DataType[] {TestTypes.INT4}, new Object[] {5}, 1);
        assertThat(RowCodec.versionStamp(row)).isZero();
        RowCodec.setVersionStamp(row, 0x0102030405060708L);
        assertThat(RowCodec.versionStamp(row)).isEqualTo(0x0102030405060708L);
        assertThat(RowCodec.decode(new DataType[] {TestTypes.INT4}, row)).containsExactly(5);
    }

    @Test
    void manyNullsUseOneBitEach() {
        DataType[] types = new DataType[20];
        java.util.Arrays.fill(types, TestTypes.INT8);
        Object[] values = new Object[20];
        values[9] = 9L;
        byte[] row = RowCodec.encode(types, values, 0);
        assertThat(row.length).isEqualTo(9 + 1 + 1 + 3 + 8);
        assertThat(RowCodec.decode(types, row)[9]).isEqualTo(9L);
    }
}
