package io.pglitedb.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.types.NumericValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** A packed row unpacks to equal values of the same classes; other classes do not pack. */
class PackedRowTest {
    @Test
    void everyPackableValueComesBackEqualAndOfItsClass() {
        Object[] row = {null, true, false, (short) -7, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, 5L,
                -0.0f, Float.NaN, -0.0, Double.MAX_VALUE, new BigDecimal("0.0600"), new BigDecimal("-123.45"),
                new BigDecimal(BigInteger.TWO.pow(80).negate(), 3), new BigDecimal("1E+5"), "", "héllo €",
                new byte[] {1, 2, (byte) 0xFF}, NumericValue.NAN, NumericValue.POSITIVE_INFINITY,
                NumericValue.NEGATIVE_INFINITY};
        byte[] packed = new PackedRow().pack(row);
        Object[] back = PackedRow.unpack(packed);
        assertThat(back).hasSameSizeAs(row);
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                assertThat(back[i]).isNull();
                continue;
            }
            assertThat(back[i]).as("column %d", i).isInstanceOf(row[i].getClass());
            if (row[i] instanceof byte[] b) {
                assertThat((byte[]) back[i]).containsExactly(b);
            } else if (row[i] instanceof BigDecimal d) {
                assertThat(((BigDecimal) back[i]).scale()).isEqualTo(d.scale());
                assertThat(((BigDecimal) back[i]).unscaledValue()).isEqualTo(d.unscaledValue());
            } else if (row[i] instanceof Float f) {
                assertThat(Float.floatToRawIntBits((Float) back[i])).isEqualTo(Float.floatToRawIntBits(f));
            } else if (row[i] instanceof Double d) {
                assertThat(Double.doubleToRawLongBits((Double) back[i])).isEqualTo(Double.doubleToRawLongBits(d));
            } else {
                assertThat(back[i]).isEqualTo(row[i]);
            }
        }
        assertThat(back[20]).isSameAs(NumericValue.NAN);
        // far smaller than the boxed row: a slot per column, a header and fields per value
        assertThat(PackedRow.size(packed)).isLessThan(MemoryBudget.rowSize(row) / 3);
    }

    @Test
    void aRowWithAnotherClassDoesNotPack() {
        assertThat(new PackedRow().pack(new Object[] {1, java.time.Duration.ofSeconds(3)})).isNull();
        assertThat(new PackedRow().pack(new Object[] {1, new Object[] {2, 3}})).isNull();
    }
}
