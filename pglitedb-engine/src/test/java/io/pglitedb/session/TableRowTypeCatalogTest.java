package io.pglitedb.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's row type in the stored catalog: columns, views and materialized views whose type is
 * another table's row type (or an array of it) survive a reopen, whatever order the tables are
 * read back in. Expected values are PostgreSQL 15's for the same statements.
 */
class TableRowTypeCatalogTest {
    private static String first(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    @Test
    void columnsOfATablesRowTypeSurviveReopen(@TempDir Path dir) throws SQLException {
        String url = "jdbc:pglitedb:file:" + dir.resolve("db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE holder (id int)"); // made before the table whose row type it will hold
            s.execute("CREATE TABLE point2 (x int, y text)");
            s.execute("ALTER TABLE holder ADD COLUMN p point2, ADD COLUMN ps point2[]");
            s.execute("INSERT INTO point2 VALUES (1, 'a')");
            s.execute("INSERT INTO holder VALUES (1, ROW(2, 'b'), ARRAY[ROW(3, 'c')::point2])");
            s.execute("CREATE MATERIALIZED VIEW whole AS SELECT point2 FROM point2");
            s.execute("CREATE VIEW nested AS SELECT holder FROM holder");
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(first(s, "SELECT p::text || ' ' || (p).y || ' ' || ps::text FROM holder"))
                    .isEqualTo("(2,b) b {\"(3,c)\"}");
            assertThat(first(s, "SELECT point2::text || ' ' || pg_typeof(point2) FROM whole")).isEqualTo("(1,a) point2");
            assertThat(first(s, "SELECT holder::text FROM nested")).isEqualTo("(1,\"(2,b)\",\"{\"\"(3,c)\"\"}\")");
            assertThat(first(s, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                    + " WHERE attrelid = 'holder'::regclass AND attname = 'ps'")).isEqualTo("point2[]");
        }
    }
}
