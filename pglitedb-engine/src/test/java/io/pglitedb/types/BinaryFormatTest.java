package io.pglitedb.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Byte-exact send formats, compared with PostgreSQL 15's int4send, numeric_send ... */
class BinaryFormatTest {
    private static void roundTrip(PgType type, Object value, String hex) {
        byte[] bytes = type.toBinary(value, -1);
        assertThat(HexFormat.of().formatHex(bytes)).as("%s %s", type, value).isEqualTo(hex);
        Object back = type.fromBinary(HexFormat.of().parseHex(hex), -1);
        if (value instanceof BigDecimal d) {
            assertThat(((BigDecimal) back).toPlainString()).isEqualTo(d.toPlainString());
        } else if (value instanceof Double d && d.isNaN()) {
            assertThat((Double) back).isNaN();
        } else {
            assertThat(back).isEqualTo(value);
        }
    }

    @Test
    void integers() {
        roundTrip(Types.INT4, 1, "00000001");
        roundTrip(Types.INT4, -2, "fffffffe");
        roundTrip(Types.INT8, -2L, "fffffffffffffffe");
        roundTrip(Types.INT8, Long.MAX_VALUE, "7fffffffffffffff");
        roundTrip(Types.INT2, (short) -1, "ffff");
        roundTrip(Types.OID, 4294967295L, "ffffffff");
    }

    @Test
    void floats() {
        roundTrip(Types.FLOAT8, 0.1, "3fb999999999999a");
        roundTrip(Types.FLOAT8, Double.NaN, "7ff8000000000000");
        roundTrip(Types.FLOAT8, -0.0, "8000000000000000");
        roundTrip(Types.FLOAT4, 1.5f, "3fc00000");
    }

    @Test
    void boolAndText() {
        roundTrip(Types.BOOL, true, "01");
        roundTrip(Types.BOOL, false, "00");
        roundTrip(Types.TEXT, "héllo", "68c3a96c6c6f");
        roundTrip(Types.VARCHAR, "héllo", "68c3a96c6c6f");
    }

    @Test
    void numericIsBase10000WithWeightSignAndDisplayScale() {
        roundTrip(Types.NUMERIC, new BigDecimal("1.5"), "000200000000000100011388");
        roundTrip(Types.NUMERIC, new BigDecimal("-1234567.891"), "0003000140000003007b11d722ce");
        roundTrip(Types.NUMERIC, new BigDecimal("0.00"), "0000000000000002");
        roundTrip(Types.NUMERIC, new BigDecimal("0.0001"), "0001ffff000000040001");
        roundTrip(Types.NUMERIC, new BigDecimal("10000"), "00010001000000000001");
        roundTrip(Types.NUMERIC, new BigDecimal("123456789012345678901234567890.12345"),
                "000a000700000005000c0d801ed204d2162e23340d801ed204d21388");
        roundTrip(Types.NUMERIC, new BigDecimal("0.00000000000000000001"), "0001fffb000000140001");
        roundTrip(Types.NUMERIC, new BigDecimal("100000000"), "00010002000000000001");
        roundTrip(Types.NUMERIC, NumericValue.NAN, "00000000c0000000");
        roundTrip(Types.NUMERIC, NumericValue.POSITIVE_INFINITY, "00000000d0000020");
        roundTrip(Types.NUMERIC, NumericValue.NEGATIVE_INFINITY, "00000000f0000020");
    }

    @Test
    void wrongLengthIsInvalidBinaryRepresentation() {
        assertThatThrownBy(() -> Types.INT4.fromBinary(new byte[3], -1))
                .extracting(e -> ((io.pglitedb.error.PgException) e).state().code()).isEqualTo("22P03");
        assertThatThrownBy(() -> Types.NUMERIC.fromBinary(HexFormat.of().parseHex("0000000012340000"), -1))
                .hasMessage("invalid sign in external \"numeric\" value");
    }
}
