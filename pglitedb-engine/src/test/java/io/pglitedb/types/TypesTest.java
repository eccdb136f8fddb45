package io.pglitedb.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypesTest {
    private static String resolved(String name, Integer... mods) {
        return Types.resolve(name, List.of(mods)).displayName();
    }

    @Test
    void oidsArePostgresOids() {
        assertThat(new int[] {Types.BOOL.oid(), Types.INT2.oid(), Types.INT4.oid(), Types.INT8.oid(),
            Types.FLOAT4.oid(), Types.FLOAT8.oid(), Types.NUMERIC.oid(), Types.TEXT.oid(), Types.VARCHAR.oid(),
            Types.BPCHAR.oid(), Types.NAME.oid(), Types.OID.oid(), Types.UNKNOWN.oid()})
                .containsExactly(16, 21, 23, 20, 700, 701, 1700, 25, 1043, 1042, 19, 26, 705);
        assertThat(Types.byOid(1043)).isSameAs(Types.VARCHAR);
        assertThat(Types.byOid(12345)).isNull();
    }

    @Test
    void namesResolveLikePostgres() {
        assertThat(resolved("int")).isEqualTo("integer");
        assertThat(resolved("serial")).isEqualTo("integer");
        assertThat(resolved("bigserial")).isEqualTo("bigint");
        assertThat(resolved("smallserial")).isEqualTo("smallint");
        assertThat(resolved("float", 24)).isEqualTo("real");
        assertThat(resolved("float", 25)).isEqualTo("double precision");
        assertThat(resolved("float")).isEqualTo("double precision");
        assertThat(resolved("double precision")).isEqualTo("double precision");
        assertThat(resolved("decimal", 10, 2)).isEqualTo("numeric(10,2)");
        assertThat(resolved("numeric", 5)).isEqualTo("numeric(5,0)");
        assertThat(resolved("numeric")).isEqualTo("numeric");
        assertThat(resolved("character varying", 20)).isEqualTo("character varying(20)");
        assertThat(resolved("varchar")).isEqualTo("character varying");
        assertThat(resolved("char")).isEqualTo("character(1)");
        assertThat(resolved("character", 5)).isEqualTo("character(5)");
        assertThat(resolved("bpchar")).isEqualTo("bpchar");
        assertThat(resolved("bool")).isEqualTo("boolean");
        assertThat(Types.resolve("varchar", List.of(20)).typmod()).isEqualTo(24);
        assertThat(Types.resolve("numeric", List.of(10, 2)).typmod()).isEqualTo(655366);
    }

    @Test
    void badNamesAndModifiers() {
        assertThatThrownBy(() -> Types.resolve("foo", List.of()))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("42704");
                    assertThat(e.getMessage()).isEqualTo("type \"foo\" does not exist");
                });
        assertThatThrownBy(() -> Types.resolve("varchar", List.of(0)))
                .hasMessage("length for type varchar must be at least 1");
        assertThatThrownBy(() -> Types.resolve("char", List.of(0)))
                .hasMessage("length for type char must be at least 1");
        assertThatThrownBy(() -> Types.resolve("numeric", List.of(0)))
                .hasMessage("NUMERIC precision 0 must be between 1 and 1000");
        assertThatThrownBy(() -> Types.resolve("numeric", List.of(5, 1001)))
                .hasMessage("NUMERIC scale 1001 must be between -1000 and 1000");
        assertThatThrownBy(() -> Types.resolve("float", List.of(0)))
                .hasMessage("precision for type float must be at least 1 bit");
        assertThatThrownBy(() -> Types.resolve("float", List.of(54)))
                .hasMessage("precision for type float must be less than 54 bits");
    }
}
