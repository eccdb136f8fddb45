package io.pglitedb.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Enum types ({@code CREATE TYPE ... AS ENUM}, ALTER TYPE ADD/RENAME VALUE, enum_range, pg_enum,
 * DROP TYPE): every expected text (or error) was printed by PostgreSQL 15 for the same statements
 * in the same order (null: no expectation; statements that return no rows are executed).
 */
class EnumTypeSqlTest {
    private static final String[][] CASES = {
            {"create type e_t as enum ('b', 'a', 'c')", null},
            {"create table e_tab (v e_t)", null},
            {"insert into e_tab values ('a'), ('c'), ('b')", null},
            {"select string_agg(v::text, ',' order by v) from e_tab", "b,a,c"},
            {"select 'x'::e_t", "ERROR:invalid input value for enum e_t: \"x\""},
            {"alter type e_t add value 'z' before 'b'", null},
            {"alter type e_t add value 'y' after 'a'", null},
            {"select string_agg(enumlabel || ':' || enumsortorder, ',' order by enumsortorder) from pg_enum where enumtypid = 'e_t'::regtype", "z:0,b:1,a:2,y:2.5,c:3"},
            {"alter type e_t rename value 'a' to 'aa'", null},
            {"select string_agg(v::text, ',' order by v) from e_tab", "b,aa,c"},
            {"select enum_range(null::e_t)::text", "{z,b,aa,y,c}"},
            {"select enum_range('aa'::e_t, null)::text", "{aa,y,c}"},
            {"select max(v)::text from e_tab", "c"},
            {"begin", null},
            {"alter type e_t add value 'w'", null},
            {"select 'w'::e_t", "ERROR:unsafe use of new value \"w\" of enum type e_t"},
            {"rollback", null},
            {"select enum_last(null::e_t)::text", "c"},
            {"drop type e_t", "ERROR:cannot drop type e_t because other objects depend on it"},
            {"drop table e_tab", null},
            {"drop type e_t", null},
    };

    @Test
    void enumStatementsGivePostgresResults() throws SQLException {
        assertThat(SqlCases.mismatches("enum_types_", CASES)).isEmpty();
    }
}
