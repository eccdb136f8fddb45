package io.pglitedb.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** float8/float4 text output under extra_float_digits, as PostgreSQL 15's float8out_internal prints it. */
class FloatOutputTest {
    @AfterEach
    void resetSetting() {
        Float8Type.setExtraFloatDigits(1);
    }

    @Test
    void zeroAndBelowPrintPercentG() {
        Float8Type.setExtraFloatDigits(0);
        assertThat(Types.FLOAT8.toText(14.142135623730951, -1)).isEqualTo("14.142135623731");
        assertThat(Types.FLOAT8.toText(1.4142135623730952e-300, -1)).isEqualTo("1.4142135623731e-300");
        assertThat(Types.FLOAT8.toText(0.00001234, -1)).isEqualTo("1.234e-05");
        assertThat(Types.FLOAT8.toText(1e15, -1)).isEqualTo("1e+15");
        assertThat(Types.FLOAT8.toText(100000000000000.0, -1)).isEqualTo("100000000000000");
        assertThat(Types.FLOAT4.toText(3.14159274f, -1)).isEqualTo("3.14159");
        Float8Type.setExtraFloatDigits(-3);
        assertThat(Types.FLOAT8.toText(0.1 + 0.2, -1)).isEqualTo("0.3");
        assertThat(Types.FLOAT8.toText(1.0 / 3, -1)).isEqualTo("0.333333333333");
    }

    @Test
    void aboveZeroPrintsShortestExact() {
        assertThat(Types.FLOAT8.toText(0.1 + 0.2, -1)).isEqualTo("0.30000000000000004");
        assertThat(Types.FLOAT8.toText(14.142135623730951, -1)).isEqualTo("14.142135623730951");
    }
}
