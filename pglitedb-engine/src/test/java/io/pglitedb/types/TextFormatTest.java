package io.pglitedb.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Text input and output; every expected value was printed by PostgreSQL 15. */
class TextFormatTest {
    private static String out(PgType t, Object v) {
        return t.toText(v, -1);
    }

    private static String f8(String literal) {
        return out(Types.FLOAT8, Types.FLOAT8.fromText(literal, -1));
    }

    private static String f4(String literal) {
        return out(Types.FLOAT4, Types.FLOAT4.fromText(literal, -1));
    }

    @Test
    void float8PrintsShortestExactDigitsInPostgresLayout() {
        assertThat(f8("0.1")).isEqualTo("0.1");
        assertThat(f8("1e20")).isEqualTo("1e+20");
        assertThat(f8("1.5e-7")).isEqualTo("1.5e-07");
        assertThat(f8("Infinity")).isEqualTo("Infinity");
        assertThat(f8("-inf")).isEqualTo("-Infinity");
        assertThat(f8("1e15")).isEqualTo("1e+15");
        assertThat(f8("1e14")).isEqualTo("100000000000000");
        assertThat(f8("123456789012345678")).isEqualTo("1.2345678901234568e+17");
        assertThat(f8("1e-4")).isEqualTo("0.0001");
        assertThat(f8("1e-5")).isEqualTo("1e-05");
        assertThat(f8("-0.0")).isEqualTo("-0");
        assertThat(f8("5e-324")).isEqualTo("5e-324");
        assertThat(f8("1.7976931348623157e308")).isEqualTo("1.7976931348623157e+308");
        assertThat(f8("  1.5  ")).isEqualTo("1.5");
        assertThat(out(Types.FLOAT8, 100.0f / 3.0)).isEqualTo("33.333333333333336");
        assertThat(out(Types.FLOAT8, 0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(out(Types.FLOAT8, (double) 0.1f)).isEqualTo("0.10000000149011612");
        // Ryu as PostgreSQL builds it never prints a decimal on the rounding boundary
        assertThat(f8("6.13e21")).isEqualTo("6.129999999999999e+21");
        assertThat(f8("-7.8437606e+19")).isEqualTo("-7.843760600000001e+19");
        assertThat(f8("3.777407598547474e+16")).isEqualTo("3.7774075985474736e+16");
    }

    @Test
    void float4SwitchesToExponentAtOneMillion() {
        assertThat(f4("NaN")).isEqualTo("NaN");
        assertThat(f4("1e6")).isEqualTo("1e+06");
        assertThat(f4("1e5")).isEqualTo("100000");
        assertThat(f4("1.0e-5")).isEqualTo("1e-05");
        assertThat(f4("3.4e38")).isEqualTo("3.4e+38");
        assertThat(f4("1e10")).isEqualTo("1e+10");
        assertThat(f4("123456.7")).isEqualTo("123456.7");
        assertThat(out(Types.FLOAT4, 0.1f + 0.2f)).isEqualTo("0.3");
        assertThat(f4("-1317000000.0")).isEqualTo("-1.3169999e+09");
        assertThat(f4("111387500.0")).isEqualTo("1.11387504e+08");
    }

    @Test
    void floatInputErrors() {
        assertThatThrownBy(() -> Types.FLOAT8.fromText("abc", -1)).isInstanceOf(PgException.class)
                .hasMessage("invalid input syntax for type double precision: \"abc\"")
                .extracting(e -> ((PgException) e).state().code()).isEqualTo("22P02");
        assertThatThrownBy(() -> Types.FLOAT4.fromText("abc", -1))
                .hasMessage("invalid input syntax for type real: \"abc\"");
        assertThatThrownBy(() -> Types.FLOAT8.fromText("1e400", -1))
                .hasMessage("\"1e400\" is out of range for type double precision")
                .extracting(e -> ((PgException) e).state().code()).isEqualTo("22003");
        assertThatThrownBy(() -> Types.FLOAT8.fromText("1d", -1)).hasMessageContaining("invalid input syntax");
    }

    @Test
    void integersAcceptSpacesAndSigns() {
        assertThat(Types.INT4.fromText(" 12 ", -1)).isEqualTo(12);
        assertThat(Types.INT2.fromText("+5", -1)).isEqualTo((short) 5);
        assertThat(Types.INT8.fromText("-0", -1)).isEqualTo(0L);
        assertThat(Types.INT8.fromText("-9223372036854775808", -1)).isEqualTo(Long.MIN_VALUE);
        assertThat(out(Types.INT8, Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
    }

    @Test
    void integerInputErrors() {
        assertThatThrownBy(() -> Types.INT4.fromText("abc", -1))
                .hasMessage("invalid input syntax for type integer: \"abc\"")
                .extracting(e -> ((PgException) e).state().code()).isEqualTo("22P02");
        assertThatThrownBy(() -> Types.INT4.fromText("99999999999", -1))
                .hasMessage("value \"99999999999\" is out of range for type integer")
                .extracting(e -> ((PgException) e).state().code()).isEqualTo("22003");
        assertThatThrownBy(() -> Types.INT2.fromText("40000", -1))
                .hasMessage("value \"40000\" is out of range for type smallint");
        assertThatThrownBy(() -> Types.INT8.fromText("12345678901234567890", -1))
                .hasMessage("value \"12345678901234567890\" is out of range for type bigint");
        assertThatThrownBy(() -> Types.INT4.fromText("", -1))
                .hasMessage("invalid input syntax for type integer: \"\"");
        assertThatThrownBy(() -> Types.INT4.fromText("1.5", -1))
                .hasMessage("invalid input syntax for type integer: \"1.5\"");
    }

    @Test
    void booleanSpellings() {
        for (String t : new String[] {"yes", "on", "1", "t", " true ", "TRUE", "y", "tr"}) {
            assertThat(Types.BOOL.fromText(t, -1)).as(t).isEqualTo(true);
        }
        for (String f : new String[] {"no", "OFF", "0", "f", "false", "n", "of"}) {
            assertThat(Types.BOOL.fromText(f, -1)).as(f).isEqualTo(false);
        }
        assertThatThrownBy(() -> Types.BOOL.fromText("o", -1))
                .hasMessage("invalid input syntax for type boolean: \"o\"");
        assertThatThrownBy(() -> Types.BOOL.fromText("x", -1))
                .hasMessage("invalid input syntax for type boolean: \"x\"");
        assertThat(out(Types.BOOL, true)).isEqualTo("t");
        assertThat(out(Types.BOOL, false)).isEqualTo("f");
    }

    @Test
    void numericKeepsDisplayScale() {
        assertThat(out(Types.NUMERIC, Types.NUMERIC.fromText("1.50", -1))).isEqualTo("1.50");
        assertThat(out(Types.NUMERIC, Types.NUMERIC.fromText("1e5", -1))).isEqualTo("100000");
        assertThat(out(Types.NUMERIC, Types.NUMERIC.fromText("1.5e-3", -1))).isEqualTo("0.0015");
        assertThat(out(Types.NUMERIC, Types.NUMERIC.fromText("0.00", -1))).isEqualTo("0.00");
        assertThat(out(Types.NUMERIC, Types.NUMERIC.fromText("-0.00", -1))).isEqualTo("0.00");
        assertThat(out(Types.NUMERIC, Types.NUMERIC.fromText("inf", -1))).isEqualTo("Infinity");
        assertThat(out(Types.NUMERIC, Types.NUMERIC.fromText(" -Infinity ", -1))).isEqualTo("-Infinity");
        assertThat(Types.NUMERIC.fromText("nan", -1)).isSameAs(NumericValue.NAN);
        assertThatThrownBy(() -> Types.NUMERIC.fromText("abc", -1))
                .hasMessage("invalid input syntax for type numeric: \"abc\"");
    }

    @Test
    void numericTypmodRoundsHalfAwayFromZeroAndChecksPrecision() {
        int n42 = NumericType.typmod(4, 2);
        assertThat(out(Types.NUMERIC, Types.NUMERIC.fromText("12.345", n42))).isEqualTo("12.35");
        assertThat(out(Types.NUMERIC, Types.NUMERIC.fromText("0.5", NumericType.typmod(1, 0)))).isEqualTo("1");
        assertThat(out(Types.NUMERIC, Types.NUMERIC.fromText("-2.5", NumericType.typmod(2, 0)))).isEqualTo("-3");
        assertThatThrownBy(() -> Types.NUMERIC.fromText("123.456", n42))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("22003");
                    assertThat(e.getMessage()).isEqualTo("numeric field overflow");
                    assertThat(e.detail()).isEqualTo(
                            "A field with precision 4, scale 2 must round to an absolute value less than 10^2.");
                });
        assertThatThrownBy(() -> Types.NUMERIC.fromText("9.999", NumericType.typmod(3, 3)))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.detail()).isEqualTo(
                        "A field with precision 3, scale 3 must round to an absolute value less than 1."));
        assertThatThrownBy(() -> Types.NUMERIC.fromText("inf", NumericType.typmod(3, 1)))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.detail()).isEqualTo(
                        "A field with precision 3, scale 1 cannot hold an infinite value."));
    }

    @Test
    void characterTypesCheckLength() {
        int three = 3 + 4;
        assertThatThrownBy(() -> Types.VARCHAR.fromText("abcd", three))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("22001");
                    assertThat(e.getMessage()).isEqualTo("value too long for type character varying(3)");
                });
        assertThat(Types.VARCHAR.fromText("ab   ", three)).isEqualTo("ab ");
        assertThat(Types.BPCHAR.fromText("a", three)).isEqualTo("a  ");
        assertThatThrownBy(() -> Types.BPCHAR.fromText("abcd", three))
                .hasMessage("value too long for type character(3)");
        assertThat(Types.BPCHAR.compare("a ", "a")).isZero();
        assertThat(Types.BPCHAR.compare("a", "a  b")).isNegative();
        assertThat(Types.NAME.fromText("x".repeat(70), -1)).isEqualTo("x".repeat(63));
    }

    @Test
    void floatOrderingPutsNanLastAndEqualsNegativeZero() {
        assertThat(Types.FLOAT8.compare(Double.NaN, Double.POSITIVE_INFINITY)).isPositive();
        assertThat(Types.FLOAT8.compare(Double.NaN, Double.NaN)).isZero();
        assertThat(Types.FLOAT8.compare(-0.0, 0.0)).isZero();
        assertThat(Types.NUMERIC.compare(NumericValue.NAN, NumericValue.POSITIVE_INFINITY)).isPositive();
        assertThat(Types.NUMERIC.compare(new BigDecimal("1.0"), new BigDecimal("1.00"))).isZero();
        assertThat(Types.NUMERIC.compare(NumericValue.NEGATIVE_INFINITY, new BigDecimal("-1e100"))).isNegative();
    }

    @Test
    void textOrderIsCodePointOrder() {
        assertThat(Types.TEXT.compare("B", "a")).isNegative();
        assertThat(Types.TEXT.compare("\uFFFD", "\uD83D\uDE00")).isNegative();
        assertThat(Types.TEXT.compare("ab", "abc")).isNegative();
    }
}
