package io.pglitedb.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aggregates: result types and values as PostgreSQL 15 prints them. */
class AggregatesTest {
    private static final DataType INT2 = DataType.of(Types.INT2);
    private static final DataType INT4 = DataType.of(Types.INT4);
    private static final DataType INT8 = DataType.of(Types.INT8);
    private static final DataType FLOAT4 = DataType.of(Types.FLOAT4);
    private static final DataType FLOAT8 = DataType.of(Types.FLOAT8);
    private static final DataType NUMERIC = DataType.of(Types.NUMERIC);
    private static final DataType TEXT = DataType.of(Types.TEXT);
    private static final DataType VARCHAR = DataType.of(Types.VARCHAR);
    private static final DataType UNKNOWN = DataType.of(Types.UNKNOWN);

    private static String resultType(String name, DataType arg) {
        return Functions.aggregate(name, List.of(arg), false).resultType().displayName();
    }

    private static String run(String name, DataType arg, Object... values) {
        AggregateFunction f = Functions.aggregate(name, List.of(arg), false);
        AggregateFunction.Accumulator acc = f.newAccumulator();
        for (Object v : values) {
            acc.add(new Object[] {v});
        }
        Object r = acc.result();
        return r == null ? null : f.resultType().type().toText(r, -1);
    }

    @Test
    void resultTypes() {
        assertThat(resultType("sum", INT2)).isEqualTo("bigint");
        assertThat(resultType("sum", INT4)).isEqualTo("bigint");
        assertThat(resultType("sum", INT8)).isEqualTo("numeric");
        assertThat(resultType("sum", NUMERIC)).isEqualTo("numeric");
        assertThat(resultType("sum", FLOAT4)).isEqualTo("real");
        assertThat(resultType("sum", FLOAT8)).isEqualTo("double precision");
        assertThat(resultType("avg", INT4)).isEqualTo("numeric");
        assertThat(resultType("avg", FLOAT4)).isEqualTo("double precision");
        assertThat(resultType("min", INT2)).isEqualTo("smallint");
        assertThat(resultType("max", VARCHAR)).isEqualTo("text");
        assertThat(resultType("min", UNKNOWN)).isEqualTo("text");
        assertThat(resultType("count", TEXT)).isEqualTo("bigint");
        assertThat(Functions.aggregate("count", List.of(), true).resultType().displayName()).isEqualTo("bigint");
        assertThat(Functions.isAggregate("sum")).isTrue();
        assertThat(Functions.isAggregate("lower")).isFalse();
    }

    @Test
    void values() {
        assertThat(run("avg", INT4, 1, 2, 4)).isEqualTo("2.3333333333333333");
        assertThat(run("avg", NUMERIC, new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("4")))
                .isEqualTo("2.3333333333333333");
        assertThat(run("sum", INT8, 1L, 2L, 4L, null)).isEqualTo("7");
        assertThat(run("sum", INT8, Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo("18446744073709551614");
        assertThat(run("sum", NUMERIC, new BigDecimal("1.5"), new BigDecimal("2.25"))).isEqualTo("3.75");
        assertThat(run("sum", INT4)).isNull();
        assertThat(run("count", INT4, 1, null, 3)).isEqualTo("2");
        assertThat(run("count", INT4)).isEqualTo("0");
        assertThat(run("max", TEXT, "b", "a", "c")).isEqualTo("c");
        assertThat(run("min", FLOAT8, Double.NaN, 1.0)).isEqualTo("1");
        assertThat(run("avg", FLOAT8, 1.0, 2.0)).isEqualTo("1.5");
        assertThat(run("sum", FLOAT4, 0.1f, 0.2f)).isEqualTo("0.3");
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> Functions.aggregate("sum", List.of(TEXT), false))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("42883");
                    assertThat(e.getMessage()).isEqualTo("function sum(text) does not exist");
                });
        assertThatThrownBy(() -> Functions.aggregate("sum", List.of(UNKNOWN), false))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("42725");
                    assertThat(e.getMessage()).isEqualTo("function sum(unknown) is not unique");
                    assertThat(e.hint()).isEqualTo(
                            "Could not choose a best candidate function. You might need to add explicit type casts.");
                });
    }
}
