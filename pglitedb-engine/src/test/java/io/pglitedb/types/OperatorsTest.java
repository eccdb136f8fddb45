package io.pglitedb.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Operator resolution and evaluation; expected values and types from PostgreSQL 15. */
class OperatorsTest {
    private static final DataType INT2 = DataType.of(Types.INT2);
    private static final DataType INT4 = DataType.of(Types.INT4);
    private static final DataType INT8 = DataType.of(Types.INT8);
    private static final DataType FLOAT4 = DataType.of(Types.FLOAT4);
    private static final DataType FLOAT8 = DataType.of(Types.FLOAT8);
    private static final DataType NUMERIC = DataType.of(Types.NUMERIC);
    private static final DataType TEXT = DataType.of(Types.TEXT);
    private static final DataType VARCHAR = DataType.of(Types.VARCHAR);
    private static final DataType BPCHAR = DataType.of(Types.BPCHAR);
    private static final DataType NAME = DataType.of(Types.NAME);
    private static final DataType BOOL = DataType.of(Types.BOOL);
    private static final DataType OID = DataType.of(Types.OID);
    private static final DataType UNKNOWN = DataType.of(Types.UNKNOWN);

    private static String resultType(String op, DataType l, DataType r) {
        return Operators.binary(op, l, r).resultType().displayName();
    }

    /** Evaluates like the executor would: coerce each operand to the operator's input type first. */
    private static Object eval(String op, DataType lt, Object l, DataType rt, Object r) {
        Operator o = Operators.binary(op, lt, rt);
        Object lv = Casts.find(lt, o.leftType(), CastContext.IMPLICIT).apply(l);
        Object rv = Casts.find(rt, o.rightType(), CastContext.IMPLICIT).apply(r);
        return o.apply(lv, rv);
    }

    private static String text(String op, DataType lt, Object l, DataType rt, Object r) {
        Operator o = Operators.binary(op, lt, rt);
        Object v = eval(op, lt, l, rt, r);
        return o.resultType().type().toText(v, -1);
    }

    private static BigDecimal num(String s) {
        return new BigDecimal(s);
    }

    @Test
    void resultTypesFollowPostgresPromotion() {
        assertThat(resultType("+", INT2, INT4)).isEqualTo("integer");
        assertThat(resultType("+", INT4, NUMERIC)).isEqualTo("numeric");
        assertThat(resultType("+", INT8, FLOAT8)).isEqualTo("double precision");
        assertThat(resultType("+", NUMERIC, FLOAT8)).isEqualTo("double precision");
        assertThat(resultType("+", FLOAT4, FLOAT4)).isEqualTo("real");
        assertThat(resultType("+", FLOAT4, INT4)).isEqualTo("double precision");
        assertThat(resultType("/", INT4, FLOAT4)).isEqualTo("double precision");
        assertThat(resultType("||", VARCHAR, VARCHAR)).isEqualTo("text");
        assertThat(resultType("||", INT4, UNKNOWN)).isEqualTo("text");
        assertThat(resultType("||", UNKNOWN, UNKNOWN)).isEqualTo("text");
        assertThat(resultType("^", INT4, INT4)).isEqualTo("double precision");
        assertThat(resultType("^", NUMERIC, INT4)).isEqualTo("numeric");
        assertThat(resultType("%", INT4, INT8)).isEqualTo("bigint");
        assertThat(resultType("=", INT8, OID)).isEqualTo("boolean");
        assertThat(resultType("!=", TEXT, UNKNOWN)).isEqualTo("boolean");
        assertThat(Operators.prefix("-", INT2).resultType().displayName()).isEqualTo("smallint");
    }

    @Test
    void unknownTakesTheOtherSide() {
        Operator o = Operators.binary("+", UNKNOWN, INT4);
        assertThat(o.leftType()).isEqualTo(INT4);
        assertThat(eval("+", UNKNOWN, "1", INT4, 2)).isEqualTo(3);
        assertThatThrownBy(() -> eval("+", UNKNOWN, "1.5", INT4, 2))
                .hasMessage("invalid input syntax for type integer: \"1.5\"");
        Operator cmp = Operators.binary("=", UNKNOWN, UNKNOWN);
        assertThat(cmp.leftType()).isEqualTo(TEXT);
    }

    @Test
    void integerArithmetic() {
        assertThat(eval("/", INT4, -7, INT4, 2)).isEqualTo(-3);
        assertThat(eval("%", INT4, 7, INT4, -3)).isEqualTo(1);
        assertThat(eval("%", INT4, Integer.MIN_VALUE, INT4, -1)).isEqualTo(0);
        assertThat(eval("+", INT2, (short) 1, INT4, 2)).isEqualTo(3);
        assertThat(eval("*", INT8, 3L, INT2, (short) 4)).isEqualTo(12L);
        assertThat(eval("<", INT2, (short) 1, INT8, 2L)).isEqualTo(true);
        assertThat(eval("<<", INT4, 1, INT4, 4)).isEqualTo(16);
    }

    @Test
    void integerOverflowAndDivisionByZero() {
        assertThatThrownBy(() -> eval("+", INT4, Integer.MAX_VALUE, INT4, 1))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("22003");
                    assertThat(e.getMessage()).isEqualTo("integer out of range");
                });
        assertThatThrownBy(() -> eval("+", INT2, (short) 32767, INT2, (short) 1)).hasMessage("smallint out of range");
        assertThatThrownBy(() -> eval("/", INT2, (short) -32768, INT2, (short) -1)).hasMessage("smallint out of range");
        assertThatThrownBy(() -> eval("*", INT8, Long.MAX_VALUE, INT8, 2L)).hasMessage("bigint out of range");
        assertThatThrownBy(() -> Operators.prefix("-", INT8).apply(null, Long.MIN_VALUE))
                .hasMessage("bigint out of range");
        assertThatThrownBy(() -> eval("/", INT4, 1, INT4, 0))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("22012");
                    assertThat(e.getMessage()).isEqualTo("division by zero");
                });
        assertThatThrownBy(() -> eval("%", INT8, 1L, INT8, 0L)).hasMessage("division by zero");
    }

    @Test
    void numericScales() {
        assertThat(text("/", NUMERIC, num("7.0"), INT4, 2)).isEqualTo("3.5000000000000000");
        assertThat(text("/", INT4, 10, NUMERIC, num("3"))).isEqualTo("3.3333333333333333");
        assertThat(text("/", INT4, 1, NUMERIC, num("3"))).isEqualTo("0.33333333333333333333");
        assertThat(text("+", NUMERIC, num("1.50"), INT4, 1)).isEqualTo("2.50");
        assertThat(text("*", NUMERIC, num("1.50"), NUMERIC, num("2.0"))).isEqualTo("3.000");
        assertThat(text("-", NUMERIC, num("1"), NUMERIC, num("0.001"))).isEqualTo("0.999");
        assertThat(text("%", NUMERIC, num("10"), NUMERIC, num("3.3"))).isEqualTo("0.1");
        assertThat(text("^", NUMERIC, num("2"), INT4, 10)).isEqualTo("1024.0000000000000000");
        assertThat(text("^", NUMERIC, num("2"), NUMERIC, num("0.5"))).isEqualTo("1.4142135623730950");
        assertThat(text("^", NUMERIC, num("1.5"), NUMERIC, num("2.5"))).isEqualTo("2.7556759606310754");
        assertThat(text("^", NUMERIC, num("0.5"), INT4, -1)).isEqualTo("2.0000000000000000");
        assertThat(text("^", NUMERIC, num("2"), INT4, -2)).isEqualTo("0.2500000000000000");
        assertThat(text("^", NUMERIC, num("10"), INT4, 20)).isEqualTo("100000000000000000000.0000000000000000");
        assertThat(text("^", NUMERIC, num("1.1"), INT4, 100)).isEqualTo("13780.6123398222701841");
        assertThat(text("^", NUMERIC, num("3.0"), NUMERIC, num("0.5"))).isEqualTo("1.7320508075688773");
        assertThat(text("^", NUMERIC, num("9"), NUMERIC, num("0.5"))).isEqualTo("3.0000000000000000");
        assertThatThrownBy(() -> eval("/", NUMERIC, num("1.0"), INT4, 0)).hasMessage("division by zero");
        assertThatThrownBy(() -> eval("%", NUMERIC, num("1"), INT4, 0)).hasMessage("division by zero");
        assertThatThrownBy(() -> eval("^", NUMERIC, num("0"), INT4, -1))
                .hasMessage("zero raised to a negative power is undefined");
        assertThatThrownBy(() -> eval("^", NUMERIC, num("-8"), NUMERIC, num("0.5")))
                .hasMessage("a negative number raised to a non-integer power yields a complex result");
    }

    @Test
    void floatArithmetic() {
        assertThat(text("/", FLOAT4, 100f, INT4, 3)).isEqualTo("33.333333333333336");
        assertThat(text("/", INT4, 1, FLOAT8, 3.0)).isEqualTo("0.3333333333333333");
        assertThat(text("^", FLOAT8, 2.0, FLOAT8, 0.5)).isEqualTo("1.4142135623730951");
        assertThat(text("*", FLOAT8, 1e-308, FLOAT8, 1e-10)).isEqualTo("1e-318");
        assertThatThrownBy(() -> eval("*", FLOAT8, 1e308, INT4, 10)).hasMessage("value out of range: overflow");
        assertThatThrownBy(() -> eval("/", FLOAT8, 1.0, INT4, 0)).hasMessage("division by zero");
        assertThatThrownBy(() -> eval("^", FLOAT8, 0.0, INT4, -1))
                .hasMessage("zero raised to a negative power is undefined");
    }

    @Test
    void textComparisonsAndConcatenation() {
        assertThat(eval("<", BPCHAR, "a  ", BPCHAR, "a  b ")).isEqualTo(true);
        assertThat(eval("=", BPCHAR, "a  ", TEXT, "a")).isEqualTo(true);
        assertThat(eval("=", NAME, "ab", TEXT, "ab")).isEqualTo(true);
        assertThat(eval(">", UNKNOWN, "b", VARCHAR, "a")).isEqualTo(true);
        assertThat(eval("||", BOOL, true, UNKNOWN, "x")).isEqualTo("truex");
        assertThat(eval("||", BPCHAR, "a  ", UNKNOWN, "b")).isEqualTo("ab");
        assertThat(eval("||", INT4, 1, UNKNOWN, "a")).isEqualTo("1a");
        assertThat(eval("||", TEXT, "n=", NUMERIC, num("1.50"))).isEqualTo("n=1.50");
        assertThat(eval("=", BOOL, true, UNKNOWN, "yes")).isEqualTo(true);
        assertThat(eval("=", OID, 1L, INT4, 1)).isEqualTo(true);
    }

    @Test
    void missingAndAmbiguousOperators() {
        assertThatThrownBy(() -> Operators.binary("+", INT4, BOOL))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("42883");
                    assertThat(e.getMessage()).isEqualTo("operator does not exist: integer + boolean");
                    assertThat(e.hint()).isEqualTo("No operator matches the given name and argument types. "
                            + "You might need to add explicit type casts.");
                });
        assertThatThrownBy(() -> Operators.binary("||", INT4, INT4))
                .hasMessage("operator does not exist: integer || integer");
        assertThatThrownBy(() -> Operators.prefix("-", BOOL))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("operator does not exist: - boolean");
                    assertThat(e.hint()).isEqualTo("No operator matches the given name and argument type. "
                            + "You might need to add an explicit type cast.");
                });
        assertThatThrownBy(() -> Operators.binary("+", UNKNOWN, UNKNOWN))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("42725");
                    assertThat(e.getMessage()).isEqualTo("operator is not unique: unknown + unknown");
                    assertThat(e.hint()).isEqualTo(
                            "Could not choose a best candidate operator. You might need to add explicit type casts.");
                });
        assertThatThrownBy(() -> Operators.prefix("-", UNKNOWN)).hasMessage("operator is not unique: - unknown");
    }
}
