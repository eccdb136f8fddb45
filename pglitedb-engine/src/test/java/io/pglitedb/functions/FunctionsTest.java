package io.pglitedb.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.Casts;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scalar functions; every expected value printed by PostgreSQL 15. */
class FunctionsTest {
    private static final DataType INT4 = DataType.of(Types.INT4);
    private static final DataType INT8 = DataType.of(Types.INT8);
    private static final DataType FLOAT8 = DataType.of(Types.FLOAT8);
    private static final DataType NUMERIC = DataType.of(Types.NUMERIC);
    private static final DataType TEXT = DataType.of(Types.TEXT);
    private static final DataType UNKNOWN = DataType.of(Types.UNKNOWN);
    private static final DataType BOOL = DataType.of(Types.BOOL);
    private static final DataType CHAR5 = new DataType(Types.BPCHAR, 5 + 4);

    /** Calls name(args) where args alternate type, value; returns PostgreSQL's text output. */
    private static String call(String name, Object... typesAndValues) {
        List<DataType> types = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < typesAndValues.length; i += 2) {
            types.add((DataType) typesAndValues[i]);
            values.add(typesAndValues[i + 1]);
        }
        ScalarFunction f = Functions.scalar(name, types);
        Object[] args = new Object[values.size()];
        for (int i = 0; i < args.length; i++) {
            Object v = values.get(i);
            args[i] = v == null ? null : Casts.find(types.get(i), f.argumentTypes().get(i), CastContext.IMPLICIT)
                    .apply(v);
        }
        if (f.strict()) {
            for (Object a : args) {
                if (a == null) {
                    return null;
                }
            }
        }
        Object r = f.apply(args);
        PgType t = f.resultType().type();
        return r == null ? null : t.toText(r, -1);
    }

    private static String resultType(String name, DataType... types) {
        return Functions.scalar(name, List.of(types)).resultType().displayName();
    }

    private static BigDecimal num(String s) {
        return new BigDecimal(s);
    }

    @Test
    void math() {
        assertThat(call("abs", INT4, -5)).isEqualTo("5");
        assertThat(resultType("abs", INT4)).isEqualTo("integer");
        assertThat(resultType("round", INT4)).isEqualTo("double precision");
        assertThat(resultType("round", UNKNOWN)).isEqualTo("double precision");
        assertThat(call("round", NUMERIC, num("2.5"))).isEqualTo("3");
        assertThat(call("round", NUMERIC, num("-2.5"))).isEqualTo("-3");
        assertThat(call("round", FLOAT8, 2.5)).isEqualTo("2");
        assertThat(call("round", FLOAT8, 3.5)).isEqualTo("4");
        assertThat(call("round", NUMERIC, num("1.2345"), INT4, 2)).isEqualTo("1.23");
        assertThat(call("round", NUMERIC, num("1234.5"), INT4, -2)).isEqualTo("1200");
        assertThat(call("trunc", NUMERIC, num("-1.99"))).isEqualTo("-1");
        assertThat(call("trunc", NUMERIC, num("1.2399"), INT4, 2)).isEqualTo("1.23");
        assertThat(call("trunc", FLOAT8, -2.7)).isEqualTo("-2");
        assertThat(call("ceil", NUMERIC, num("1.2"))).isEqualTo("2");
        assertThat(call("ceiling", FLOAT8, 1.5)).isEqualTo("2");
        assertThat(call("floor", NUMERIC, num("-1.2"))).isEqualTo("-2");
        assertThat(call("mod", INT4, -7, INT4, 3)).isEqualTo("-1");
        assertThat(call("mod", NUMERIC, num("7.5"), INT4, 2)).isEqualTo("1.5");
        assertThat(call("div", NUMERIC, num("7.5"), INT4, 2)).isEqualTo("3");
        assertThat(call("sqrt", NUMERIC, num("2"))).isEqualTo("1.414213562373095");
        assertThat(call("power", INT4, 2, INT4, 10)).isEqualTo("1024");
        assertThat(call("ln", NUMERIC, num("2"))).isEqualTo("0.6931471805599453");
        assertThat(call("ln", NUMERIC, num("10"))).isEqualTo("2.3025850929940457");
        assertThat(call("ln", NUMERIC, num("1.05"))).isEqualTo("0.048790164169432003");
        assertThat(call("exp", NUMERIC, num("1"))).isEqualTo("2.7182818284590452");
        assertThat(call("exp", NUMERIC, num("10"))).isEqualTo("22026.465794806717");
        assertThat(call("log", NUMERIC, num("100"))).isEqualTo("2.0000000000000000");
        assertThat(call("log", NUMERIC, num("2"))).isEqualTo("0.3010299956639812");
        assertThat(call("log", INT4, 2, NUMERIC, num("8"))).isEqualTo("3.0000000000000000");
        assertThat(call("ln", FLOAT8, 2.0)).isEqualTo("0.6931471805599453");
        assertThat(call("exp", FLOAT8, 1.0)).isEqualTo("2.718281828459045");
        assertThat(call("log", FLOAT8, 100.0)).isEqualTo("2");
        assertThat(call("sign", NUMERIC, num("-2.5"))).isEqualTo("-1");
        assertThat(call("pi")).isEqualTo("3.141592653589793");
        assertThatThrownBy(() -> call("abs", INT4, Integer.MIN_VALUE)).hasMessage("integer out of range");
        assertThatThrownBy(() -> call("sqrt", FLOAT8, -1.0)).hasMessage("cannot take square root of a negative number");
    }

    @Test
    void strings() {
        assertThat(call("lower", UNKNOWN, "ABC")).isEqualTo("abc");
        assertThat(resultType("lower", UNKNOWN)).isEqualTo("text");
        assertThat(call("upper", TEXT, "abc")).isEqualTo("ABC");
        assertThat(call("length", CHAR5, "abc  ")).isEqualTo("3");
        assertThat(call("octet_length", new DataType(Types.BPCHAR, 7), "a  ")).isEqualTo("3");
        assertThat(call("char_length", TEXT, "héllo")).isEqualTo("5");
        assertThat(call("octet_length", TEXT, "héllo")).isEqualTo("6");
        assertThat(call("substr", TEXT, "hello", INT4, 2)).isEqualTo("ello");
        assertThat(call("substr", TEXT, "hello", INT4, 0, INT4, 3)).isEqualTo("he");
        assertThat(call("substring", TEXT, "hello", INT4, -1, INT4, 3)).isEqualTo("h");
        assertThat(call("left", TEXT, "hello", INT4, -2)).isEqualTo("hel");
        assertThat(call("right", TEXT, "hello", INT4, -2)).isEqualTo("llo");
        assertThat(call("lpad", TEXT, "hi", INT4, 5, TEXT, "xy")).isEqualTo("xyxhi");
        assertThat(call("rpad", TEXT, "hi", INT4, 1)).isEqualTo("h");
        assertThat(call("repeat", TEXT, "ab", INT4, 3)).isEqualTo("ababab");
        assertThat(call("reverse", TEXT, "abc")).isEqualTo("cba");
        assertThat(call("strpos", TEXT, "hello", TEXT, "l")).isEqualTo("3");
        assertThat(call("split_part", TEXT, "a,b,c", TEXT, ",", INT4, 2)).isEqualTo("b");
        assertThat(call("btrim", TEXT, "xxaxx", TEXT, "x")).isEqualTo("a");
        assertThat(call("ltrim", TEXT, "  a ")).isEqualTo("a ");
        assertThat(call("rtrim", TEXT, " a  ")).isEqualTo(" a");
        assertThat(call("initcap", TEXT, "hello wORLD foo_bar")).isEqualTo("Hello World Foo_Bar");
        assertThat(call("md5", TEXT, "abc")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(call("chr", INT4, 65)).isEqualTo("A");
        assertThat(call("ascii", TEXT, "A")).isEqualTo("65");
        assertThat(call("to_hex", INT4, 255)).isEqualTo("ff");
        assertThat(call("translate", TEXT, "hello", TEXT, "el", TEXT, "ip")).isEqualTo("hippo");
        assertThat(call("replace", TEXT, "hello", TEXT, "l", TEXT, "L")).isEqualTo("heLLo");
        assertThat(call("concat", UNKNOWN, "a", INT4, 1, TEXT, null, BOOL, true, NUMERIC, num("1.50")))
                .isEqualTo("a1t1.50");
        assertThat(call("concat_ws", UNKNOWN, "-", UNKNOWN, "a", TEXT, null, INT4, 2)).isEqualTo("a-2");
        assertThatThrownBy(() -> call("substr", TEXT, "hello", INT4, 2, INT4, -1))
                .hasMessage("negative substring length not allowed");
        assertThat(call("version")).startsWith("PostgreSQL 15");
    }

    @Test
    void functionStyleCasts() {
        assertThat(call("int4", NUMERIC, num("2.6"))).isEqualTo("3");
        assertThat(call("text", INT4, 5)).isEqualTo("5");
        assertThat(call("float8", INT4, 2)).isEqualTo("2");
    }

    @Test
    void unknownFunctions() {
        assertThatThrownBy(() -> Functions.scalar("foo", List.of(INT4)))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("42883");
                    assertThat(e.getMessage()).isEqualTo("function foo(integer) does not exist");
                    assertThat(e.hint()).isEqualTo("No function matches the given name and argument types. "
                            + "You might need to add explicit type casts.");
                });
        assertThatThrownBy(() -> Functions.scalar("foo", List.of(UNKNOWN, NUMERIC, INT8)))
                .hasMessage("function foo(unknown, numeric, bigint) does not exist");
        assertThatThrownBy(() -> Functions.scalar("round", List.of(FLOAT8, INT4)))
                .hasMessage("function round(double precision, integer) does not exist");
    }
}
