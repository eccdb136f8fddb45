package io.pglitedb.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.types.DataType;
import io.pglitedb.types.NumericValue;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyDecoderTest {
    private static final DataType INT2 = DataType.of(Types.INT2);
    private static final DataType INT4 = DataType.of(Types.INT4);
    private static final DataType INT8 = DataType.of(Types.INT8);
    private static final DataType OID = DataType.of(Types.OID);
    private static final DataType FLOAT4 = DataType.of(Types.FLOAT4);
    private static final DataType FLOAT8 = DataType.of(Types.FLOAT8);
    private static final DataType NUMERIC = DataType.of(Types.NUMERIC);
    private static final DataType TEXT = DataType.of(Types.TEXT);
    private static final DataType BOOL = DataType.of(Types.BOOL);

    @Test
    void decodesWhatWasEncodedInBothDirections() {
        Random random = new Random(5);
        DataType[] types = {BOOL, INT2, INT4, INT8, OID, FLOAT4, FLOAT8, NUMERIC, TEXT};
        for (int round = 0; round < 3000; round++) {
            Object[] values = {random.nextBoolean(), (short) random.nextInt(), random.nextInt(), random.nextLong(),
                random.nextInt() & 0xFFFFFFFFL, Float.intBitsToFloat(random.nextInt()), random.nextGaussian(),
                numeric(random), "a\0b" + random.nextInt()};
            if (random.nextInt(5) == 0) {
                values[random.nextInt(values.length)] = null;
            }
            boolean desc = random.nextBoolean();
            KeyEncoder encoder = new KeyEncoder().addInt(1).addLong(-5);
            for (int i = 0; i < types.length; i++) {
                encoder.add(types[i], values[i], desc, random.nextBoolean());
            }
            encoder.addRaw(new byte[] {9, 9});
            KeyDecoder decoder = new KeyDecoder(encoder.toBytes());
            assertThat(decoder.readInt()).isEqualTo(1);
            assertThat(decoder.readLong()).isEqualTo(-5);
            for (int i = 0; i < types.length; i++) {
                Object decoded = decoder.read(types[i], desc);
                if (values[i] == null) {
                    assertThat(decoded).isNull();
                } else if (types[i] == NUMERIC || types[i] == FLOAT4 || types[i] == FLOAT8) {
                    assertThat(types[i].type().compare(decoded, values[i])).as("%s", values[i]).isZero();
                } else {
                    assertThat(decoded).isEqualTo(values[i]);
                }
            }
            assertThat(decoder.remaining()).containsExactly(9, 9);
        }
    }

    private static Object numeric(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> NumericValue.NAN;
            case 1 -> NumericValue.NEGATIVE_INFINITY;
            case 2 -> BigDecimal.ZERO;
            case 3 -> new BigDecimal("100.00");
            default -> new BigDecimal(new BigInteger(random.nextInt(90) + 1, random)
                    .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)), random.nextInt(30));
        };
    }
}
