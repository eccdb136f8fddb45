package io.pglitedb.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PSQLException;

/**
 * COPY FROM STDIN and COPY TO STDOUT through pgJDBC's CopyManager: text and CSV, defaults, data cut
 * anywhere into CopyData messages, errors (nothing kept, connection usable), CopyFail, COPY inside
 * a transaction block. {@code -Dwire.reference.port=55432} runs it against the reference PostgreSQL.
 */
@Timeout(120)
class CopyTest {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static TestServer server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect() throws SQLException {
        return server.connectJdbc();
    }

    private static String freshTable(Statement s, String columns) throws SQLException {
        String name = "wire_copy_" + ProcessHandle.current().pid() + "_" + TABLES.incrementAndGet();
        s.execute("drop table if exists " + name);
        s.execute("create table " + name + " (" + columns + ")");
        return name;
    }

    private static CopyManager copyManager(Connection c) throws SQLException {
        return c.unwrap(PGConnection.class).getCopyAPI();
    }

    private static String dump(Statement s, String sql) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    out.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void copyInTextStoresRowsWithEscapesNullsAndDefaults() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String t = freshTable(s, "a int primary key, b text, c varchar(5) default 'dflt', d numeric(6,2)");
            String data = "1\thello\\tworld\t1.5\n2\t\\N\t\\N\n3\tline\\nbreak \\\\ \\101\\x42\t-3.14159\n";
            long n = copyManager(c).copyIn("COPY " + t + " (a, b, d) FROM STDIN",
                    new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
            assertThat(n).isEqualTo(3);
            assertThat(dump(s, "select a, b, c, d from " + t + " order by a")).isEqualTo(
                    "1|hello\tworld|dflt|1.50\n2|null|dflt|null\n3|line\nbreak \\ AB|dflt|-3.14\n");
        }
    }

    @Test
    void copyInCsvWithHeaderQuotedNewlinesAndEmptyVersusNull() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String t = freshTable(s, "id int, name text, note text");
            String data = "id,name,note\n1,\"Smith, J\",\"two\nlines\"\n2,,\"\"\n3,\"say \"\"hi\"\"\",x\n";
            long n = copyManager(c).copyIn("COPY " + t + " FROM STDIN WITH (FORMAT csv, HEADER true)",
                    new StringReader(data));
            assertThat(n).isEqualTo(3);
            assertThat(dump(s, "select id, name, note, note is null, name is null from " + t + " order by id"))
                    .isEqualTo("1|Smith, J|two\nlines|f|f\n2|null||f|t\n3|say \"hi\"|x|f|f\n");
        }
    }

    @Test
    void rowsCutAnywhereIntoCopyDataMessagesArriveWhole() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String t = freshTable(s, "a int, b text");
            StringBuilder data = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                data.append(i).append('\t').append("välue \\\\ ").append(i).append('\n');
            }
            byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
            CopyIn in = copyManager(c).copyIn("COPY " + t + " FROM STDIN");
            for (int pos = 0, step = 1; pos < bytes.length; pos += step, step = step % 7 + 1) {
                in.writeToCopy(bytes, pos, Math.min(step, bytes.length - pos));
                in.flushCopy();
            }
            assertThat(in.endCopy()).isEqualTo(500);
            assertThat(dump(s, "select count(*), min(b), max(a) from " + t)).isEqualTo("500|välue \\ 0|499\n");
        }
    }

    @Test
    void badRowKeepsNothingAndTheConnectionGoesOn() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String t = freshTable(s, "a int, b text");
            StringBuilder data = new StringBuilder("1\tok\n2\tok\nx\tbad\n");
            for (int i = 0; i < 20000; i++) {
                data.append(i).append("\tmore data after the error\n");
            }
            assertThatThrownBy(() -> copyManager(c).copyIn("COPY " + t + " FROM STDIN",
                    new StringReader(data.toString())))
                    .isInstanceOfSatisfying(PSQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("22P02");
                        assertThat(e.getServerErrorMessage().getMessage())
                                .isEqualTo("invalid input syntax for type integer: \"x\"");
                        assertThat(e.getServerErrorMessage().getWhere())
                                .isEqualTo("COPY " + t + ", line 3, column a: \"x\"");
                    });
            assertThat(dump(s, "select count(*) from " + t)).isEqualTo("0\n");
            assertThat(copyManager(c).copyIn("COPY " + t + " FROM STDIN", new StringReader("7\tseven\n")))
                    .isEqualTo(1);
            assertThat(dump(s, "select a, b from " + t)).isEqualTo("7|seven\n");
        }
    }

    @Test
    void wrongFieldCountsAreBadCopyFileFormat() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String t = freshTable(s, "a int, b text");
            assertThatThrownBy(() -> copyManager(c).copyIn("COPY " + t + " FROM STDIN",
                    new StringReader("1\ta\n2\n")))
                    .isInstanceOfSatisfying(PSQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("22P04");
                        assertThat(e.getServerErrorMessage().getMessage()).isEqualTo("missing data for column \"b\"");
                        assertThat(e.getServerErrorMessage().getWhere()).isEqualTo("COPY " + t + ", line 2: \"2\"");
                    });
            assertThatThrownBy(() -> copyManager(c).copyIn("COPY " + t + " FROM STDIN WITH (FORMAT csv)",
                    new StringReader("1,a,zzz\n")))
                    .isInstanceOfSatisfying(PSQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("22P04");
                        assertThat(e.getServerErrorMessage().getMessage())
                                .isEqualTo("extra data after last expected column");
                    });
            assertThat(dump(s, "select count(*) from " + t)).isEqualTo("0\n");
        }
    }

    @Test
    void cancelledCopyKeepsNothing() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String t = freshTable(s, "a int");
            CopyIn in = copyManager(c).copyIn("COPY " + t + " FROM STDIN");
            byte[] row = "1\n".getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(row, 0, row.length);
            in.cancelCopy();
            assertThat(dump(s, "select count(*) from " + t)).isEqualTo("0\n");
        }
    }

    @Test
    void copyInsideTransactionBlockCommitsOrRollsBackWithIt() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String t = freshTable(s, "a int primary key");
            c.setAutoCommit(false);
            copyManager(c).copyIn("COPY " + t + " FROM STDIN", new StringReader("1\n2\n"));
            c.rollback();
            copyManager(c).copyIn("COPY " + t + " FROM STDIN", new StringReader("3\n"));
            assertThatThrownBy(() -> copyManager(c).copyIn("COPY " + t + " FROM STDIN", new StringReader("4\n3\n")))
                    .isInstanceOfSatisfying(PSQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("23505");
                        assertThat(e.getServerErrorMessage().getWhere()).isEqualTo("COPY " + t + ", line 2");
                    });
            c.rollback();
            copyManager(c).copyIn("COPY " + t + " FROM STDIN", new StringReader("5\n"));
            c.commit();
            c.setAutoCommit(true);
            assertThat(dump(s, "select a from " + t + " order by a")).isEqualTo("5\n");
        }
    }

    @Test
    void copyOutTextAndCsvAsPostgresWritesThem() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String t = freshTable(s, "a int, b text, c numeric(5,2)");
            s.execute("insert into " + t + " values (1, 'tab\there', 1.5), (2, null, null), (3, '', 3),"
                    + " (4, 'q\"uote, comma', -0.25), (5, 'back\\slash' || chr(10) || 'nl', 0)");
            CopyManager copy = copyManager(c);
            StringWriter text = new StringWriter();
            assertThat(copy.copyOut("COPY " + t + " TO STDOUT", text)).isEqualTo(5);
            StringWriter csv = new StringWriter();
            copy.copyOut("COPY (select a, b from " + t + " where a > 1 order by a) TO STDOUT WITH (FORMAT csv, HEADER)",
                    csv);
            StringWriter columns = new StringWriter();
            copy.copyOut("COPY " + t + " (c, a) TO STDOUT WITH CSV", columns);
            assertThat(sortedLines(text.toString())).isEqualTo(
                    "1\ttab\\there\t1.50\n2\t\\N\t\\N\n3\t\t3.00\n4\tq\"uote, comma\t-0.25\n5\tback\\\\slash\\nnl\t0.00\n");
            assertThat(csv.toString()).isEqualTo(
                    "a,b\n2,\n3,\"\"\n4,\"q\"\"uote, comma\"\n5,\"back\\slash\nnl\"\n");
            assertThat(columns.toString()).contains("1.50,1\n", ",2\n");
        }
    }

    @Test
    void copyErrorsBeforeDataAreOrdinaryErrors() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String t = freshTable(s, "a int");
            assertThatThrownBy(() -> copyManager(c).copyIn("COPY " + t + " (nope) FROM STDIN", new StringReader("")))
                    .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42703"));
            assertThatThrownBy(() -> copyManager(c).copyIn("COPY no_such_table_here FROM STDIN", new StringReader("")))
                    .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42P01"));
            assertThat(dump(s, "select 1")).isEqualTo("1\n");
        }
    }

    private static String sortedLines(String text) {
        return String.join("\n", text.lines().sorted().toList()) + "\n";
    }
}
