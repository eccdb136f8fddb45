package io.pglitedb.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Casts and their contexts; expected values from PostgreSQL 15. */
class CastsTest {
    private static final DataType INT2 = DataType.of(Types.INT2);
    private static final DataType INT4 = DataType.of(Types.INT4);
    private static final DataType INT8 = DataType.of(Types.INT8);
    private static final DataType FLOAT4 = DataType.of(Types.FLOAT4);
    private static final DataType FLOAT8 = DataType.of(Types.FLOAT8);
    private static final DataType NUMERIC = DataType.of(Types.NUMERIC);
    private static final DataType TEXT = DataType.of(Types.TEXT);
    private static final DataType BOOL = DataType.of(Types.BOOL);
    private static final DataType UNKNOWN = DataType.of(Types.UNKNOWN);
    private static final DataType VARCHAR3 = new DataType(Types.VARCHAR, 3 + 4);
    private static final DataType CHAR3 = new DataType(Types.BPCHAR, 3 + 4);

    private static Object cast(DataType from, Object v, DataType to, CastContext context) {
        Cast c = Casts.find(from, to, context);
        assertThat(c).as("cast %s -> %s (%s)", from, to, context).isNotNull();
        return c.apply(v);
    }

    private static Object explicit(DataType from, Object v, DataType to) {
        return cast(from, v, to, CastContext.EXPLICIT);
    }

    @Test
    void contextsFollowPgCast() {
        assertThat(Casts.find(INT4, INT8, CastContext.IMPLICIT)).isNotNull();
        assertThat(Casts.find(INT8, INT4, CastContext.IMPLICIT)).isNull();
        assertThat(Casts.find(INT8, INT4, CastContext.ASSIGNMENT)).isNotNull();
        assertThat(Casts.find(NUMERIC, INT4, CastContext.ASSIGNMENT)).isNotNull();
        assertThat(Casts.find(FLOAT8, NUMERIC, CastContext.IMPLICIT)).isNull();
        assertThat(Casts.find(INT4, BOOL, CastContext.ASSIGNMENT)).isNull();
        assertThat(Casts.find(INT4, BOOL, CastContext.EXPLICIT)).isNotNull();
        assertThat(Casts.find(INT4, TEXT, CastContext.IMPLICIT)).isNull();
        assertThat(Casts.find(INT4, TEXT, CastContext.ASSIGNMENT)).isNotNull();
        assertThat(Casts.find(TEXT, INT4, CastContext.ASSIGNMENT)).isNull();
        assertThat(Casts.find(TEXT, INT4, CastContext.EXPLICIT)).isNotNull();
        assertThat(Casts.find(UNKNOWN, INT4, CastContext.IMPLICIT)).isNotNull();
    }

    @Test
    void rounding() {
        assertThat(explicit(FLOAT8, 2.5, INT4)).isEqualTo(2);
        assertThat(explicit(FLOAT8, 3.5, INT4)).isEqualTo(4);
        assertThat(explicit(FLOAT8, -2.5, INT4)).isEqualTo(-2);
        assertThat(explicit(NUMERIC, new BigDecimal("2.5"), INT4)).isEqualTo(3);
        assertThat(explicit(NUMERIC, new BigDecimal("-2.5"), INT4)).isEqualTo(-3);
        assertThat(explicit(NUMERIC, new BigDecimal("2.6"), INT2)).isEqualTo((short) 3);
        assertThatThrownBy(() -> explicit(FLOAT8, 2147483648.0, INT4)).hasMessage("integer out of range");
        assertThatThrownBy(() -> explicit(FLOAT8, Double.NaN, INT4)).hasMessage("integer out of range");
        assertThatThrownBy(() -> explicit(INT4, 40000, INT2)).hasMessage("smallint out of range");
        assertThatThrownBy(() -> explicit(NUMERIC, new BigDecimal("1e19"), INT8)).hasMessage("bigint out of range");
        assertThatThrownBy(() -> explicit(NUMERIC, NumericValue.NAN, INT4))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("cannot convert NaN to integer");
                    assertThat(e.state().code()).isEqualTo("0A000");
                });
    }

    @Test
    void floatToNumericUsesFifteenSignificantDigits() {
        assertThat(Types.NUMERIC.toText(explicit(FLOAT8, 1.0 / 3, NUMERIC), -1)).isEqualTo("0.333333333333333");
        assertThat(Types.NUMERIC.toText(explicit(FLOAT8, 1e20, NUMERIC), -1)).isEqualTo("100000000000000000000");
        assertThat(Types.NUMERIC.toText(explicit(FLOAT4, (float) (1.0 / 3), NUMERIC), -1)).isEqualTo("0.333333");
        assertThat(explicit(FLOAT4, 0.1f, FLOAT8)).isEqualTo((double) 0.1f);
    }

    @Test
    void characterLengthCoercion() {
        assertThat(explicit(UNKNOWN, "abcd", VARCHAR3)).isEqualTo("abc");
        assertThat(explicit(TEXT, "abcd", CHAR3)).isEqualTo("abc");
        assertThat(cast(UNKNOWN, "a", CHAR3, CastContext.ASSIGNMENT)).isEqualTo("a  ");
        assertThat(cast(UNKNOWN, "ab   ", VARCHAR3, CastContext.ASSIGNMENT)).isEqualTo("ab ");
        assertThatThrownBy(() -> cast(UNKNOWN, "abcd", VARCHAR3, CastContext.ASSIGNMENT))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("22001");
                    assertThat(e.getMessage()).isEqualTo("value too long for type character varying(3)");
                });
        assertThatThrownBy(() -> cast(TEXT, "abcd", CHAR3, CastContext.ASSIGNMENT))
                .hasMessage("value too long for type character(3)");
        assertThat(explicit(CHAR3, "a  ", TEXT)).isEqualTo("a");
    }

    @Test
    void numericTypmodOnAssignment() {
        DataType n42 = new DataType(Types.NUMERIC, NumericType.typmod(4, 2));
        assertThat(((BigDecimal) cast(INT4, 12, n42, CastContext.ASSIGNMENT)).toPlainString()).isEqualTo("12.00");
        assertThat(((BigDecimal) cast(NUMERIC, new BigDecimal("12.345"), n42, CastContext.ASSIGNMENT))
                .toPlainString()).isEqualTo("12.35");
        assertThatThrownBy(() -> cast(NUMERIC, new BigDecimal("123.456"), n42, CastContext.ASSIGNMENT))
                .hasMessage("numeric field overflow");
    }

    @Test
    void textConversions() {
        assertThat(explicit(BOOL, true, TEXT)).isEqualTo("true");
        assertThat(explicit(INT4, 5, TEXT)).isEqualTo("5");
        assertThat(explicit(TEXT, " 12 ", INT4)).isEqualTo(12);
        assertThat(explicit(FLOAT8, 0.1, TEXT)).isEqualTo("0.1");
        assertThat(explicit(INT4, 1, BOOL)).isEqualTo(true);
        assertThat(explicit(BOOL, false, INT4)).isEqualTo(0);
        assertThat(explicit(INT4, -1, DataType.of(Types.OID))).isEqualTo(4294967295L);
        assertThat(explicit(INT2, (short) 7, INT8)).isEqualTo(7L);
    }
}
