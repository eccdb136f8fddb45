package io.pglitedb.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User-defined aggregates and composite types in the stored catalog: they survive a reopen of the
 * database (pg_aggregate rows, composite attributes, composite values in a table), and a rolled
 * back CREATE leaves nothing behind. Expected values are PostgreSQL 15's for the same statements.
 */
class UserAggregateCatalogTest {
    private static String first(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    @Test
    void aggregatesAndCompositeTypesSurviveReopen(@TempDir Path dir) throws SQLException {
        String url = "jdbc:pglitedb:file:" + dir.resolve("db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TYPE sc AS (total bigint, n int)");
            s.execute("CREATE FUNCTION sc_add(sc, int) RETURNS sc AS 'SELECT ROW(($1).total + $2, ($1).n + 1)::sc'"
                    + " LANGUAGE sql STRICT");
            s.execute("CREATE FUNCTION sc_sub(sc, int) RETURNS sc AS 'SELECT ROW(($1).total - $2, ($1).n - 1)::sc'"
                    + " LANGUAGE sql STRICT");
            s.execute("CREATE FUNCTION sc_mean(sc) RETURNS numeric AS 'SELECT ($1).total::numeric / ($1).n'"
                    + " LANGUAGE sql STRICT");
            s.execute("CREATE AGGREGATE mean(int) (stype = sc, sfunc = sc_add, finalfunc = sc_mean, initcond = '(0,0)',"
                    + " mstype = sc, msfunc = sc_add, minvfunc = sc_sub, mfinalfunc = sc_mean, minitcond = '(0,0)')");
            s.execute("CREATE TABLE t (id int, v sc)");
            s.execute("INSERT INTO t VALUES (1, '(10,2)'), (2, ROW(7, 1))");
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(first(s, "SELECT mean(x) FROM generate_series(1, 4) x")).isEqualTo("2.5000000000000000");
            assertThat(first(s, "SELECT string_agg(m::text, ',' ORDER BY x) FROM (SELECT x, mean(x) OVER "
                    + "(ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) m FROM generate_series(1, 4) x) q"))
                    .isEqualTo("1.00000000000000000000,1.5000000000000000,2.5000000000000000,3.5000000000000000");
            assertThat(first(s, "SELECT aggtransfn::text || ' ' || aggminvtransfn::text || ' ' || agginitval"
                    + " FROM pg_aggregate WHERE aggfnoid = 'mean'::regproc")).isEqualTo("sc_add sc_sub (0,0)");
            assertThat(first(s, "SELECT string_agg(v::text || ':' || (v).total, ' ' ORDER BY id) FROM t"))
                    .isEqualTo("(10,2):10 (7,1):7");
            assertThat(first(s, "SELECT typtype FROM pg_type WHERE typname = 'sc'")).isEqualTo("c");
            s.execute("DROP FUNCTION sc_sub(sc, int) CASCADE");
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(first(s, "SELECT count(*) FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid"
                    + " WHERE p.proname = 'mean'")).isEqualTo("0");
        }
    }

    @Test
    void rolledBackCreateAggregateLeavesNothing() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:pglitedb:mem:agg_rollback" + System.nanoTime());
                Statement s = c.createStatement()) {
            s.execute("BEGIN");
            s.execute("CREATE FUNCTION step(int8, int4) RETURNS int8 AS 'SELECT $1 + $2' LANGUAGE sql");
            s.execute("CREATE AGGREGATE total(int4) (stype = int8, sfunc = step, initcond = '0')");
            assertThat(first(s, "SELECT total(x) FROM generate_series(1, 3) x")).isEqualTo("6");
            s.execute("ROLLBACK");
            assertThatThrownBy(() -> first(s, "SELECT total(x) FROM generate_series(1, 3) x"))
                    .isInstanceOf(SQLException.class).hasFieldOrPropertyWithValue("SQLState", "42883");
            s.execute("CREATE FUNCTION step(int8, int4) RETURNS int8 AS 'SELECT $1 * 10 + $2' LANGUAGE sql");
            s.execute("CREATE AGGREGATE total(int4) (stype = int8, sfunc = step, initcond = '0')");
            assertThat(first(s, "SELECT total(x ORDER BY x) FROM generate_series(1, 3) x")).isEqualTo("123");
        }
    }
}
