package io.pglitedb.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * pgJDBC, the most used PostgreSQL client on the JVM, against the server: simple and extended
 * protocol, text and binary parameters and results, batches, fetch size (portal suspension),
 * errors, transactions and many connections at once. {@code -Dwire.reference.port=55432} runs it
 * against the reference PostgreSQL.
 */
@Timeout(120)
class PgJdbcTest {
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

    private static Connection connect(String... properties) throws SQLException {
        return server.connectJdbc(properties);
    }

    /** A table of its own for each test (the reference database is shared and persistent). */
    private static String freshTable(Statement s, String columns) throws SQLException {
        String name = "wire_jdbc_" + ProcessHandle.current().pid() + "_" + TABLES.incrementAndGet();
        s.execute("drop table if exists " + name);
        s.execute("create table " + name + " (" + columns + ")");
        return name;
    }

    @Test
    void simpleStatementReturnsRows() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1 as one, 'two' as two")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("one")).isEqualTo(1);
            assertThat(rs.getString("two")).isEqualTo("two");
            assertThat(rs.next()).isFalse();
            ResultSetMetaData md = rs.getMetaData();
            assertThat(md.getColumnType(1)).isEqualTo(Types.INTEGER);
            assertThat(md.getColumnType(2)).isEqualTo(Types.VARCHAR);
        }
    }

    @Test
    void serverVersionIsReported() throws SQLException {
        try (Connection c = connect()) {
            assertThat(c.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(14);
        }
    }

    @Test
    void preparedStatementRoundTripsTextAndBinaryParameters() throws SQLException {
        for (String threshold : new String[] {"5", "-1"}) { // -1: server-prepared and binary from the start
            try (Connection c = connect("prepareThreshold", threshold); Statement s = c.createStatement()) {
                String t = freshTable(s, "id int4 primary key, big int8, d float8, n numeric(10,2), b bool, s text");
                try (PreparedStatement insert = c.prepareStatement("insert into " + t + " values (?, ?, ?, ?, ?, ?)")) {
                    for (int i = 1; i <= 8; i++) {
                        insert.setInt(1, i);
                        insert.setLong(2, 10_000_000_000L + i);
                        insert.setDouble(3, i + 0.5);
                        insert.setBigDecimal(4, new BigDecimal(i + ".25"));
                        insert.setBoolean(5, i % 2 == 0);
                        insert.setString(6, i % 3 == 0 ? null : "r\u00f6w " + i);
                        assertThat(insert.executeUpdate()).isEqualTo(1);
                    }
                }
                try (PreparedStatement select = c.prepareStatement(
                        "select id, big, d, n, b, s from " + t + " where id = ?")) {
                    for (int round = 0; round < 7; round++) {
                        for (int i : new int[] {2, 3}) {
                            select.setInt(1, i);
                            try (ResultSet rs = select.executeQuery()) {
                                assertThat(rs.next()).isTrue();
                                assertThat(rs.getInt(1)).isEqualTo(i);
                                assertThat(rs.getLong(2)).isEqualTo(10_000_000_000L + i);
                                assertThat(rs.getDouble(3)).isEqualTo(i + 0.5);
                                assertThat(rs.getBigDecimal(4)).isEqualByComparingTo(i + ".25");
                                assertThat(rs.getBoolean(5)).isEqualTo(i % 2 == 0);
                                assertThat(rs.getString(6)).isEqualTo(i % 3 == 0 ? null : "r\u00f6w " + i);
                                assertThat(rs.next()).isFalse();
                            }
                        }
                    }
                }
                s.execute("drop table " + t);
            }
        }
    }

    @Test
    void nullParameterOfUnspecifiedType() throws SQLException {
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement("select ?::int4 is null")) {
            p.setNull(1, Types.INTEGER);
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }
    }

    @Test
    void batchInsertIsPipelined() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String t = freshTable(s, "id int4 primary key, v text");
            try (PreparedStatement insert = c.prepareStatement("insert into " + t + " values (?, ?)")) {
                for (int i = 0; i < 200; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "v" + i);
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                assertThat(counts).hasSize(200).containsOnly(1);
            }
            try (ResultSet rs = s.executeQuery("select count(*) from " + t)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(200);
            }
            s.execute("drop table " + t);
        }
    }

    @Test
    void fetchSizeReadsThroughASuspendedPortal() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String t = freshTable(s, "id int4 primary key");
            for (int i = 0; i < 25; i++) {
                s.execute("insert into " + t + " values (" + i + ")");
            }
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("select id from " + t + " order by id")) {
                p.setFetchSize(7);
                try (ResultSet rs = p.executeQuery()) {
                    int expected = 0;
                    while (rs.next()) {
                        assertThat(rs.getInt(1)).isEqualTo(expected++);
                    }
                    assertThat(expected).isEqualTo(25);
                }
            }
            c.commit();
            c.setAutoCommit(true);
            s.execute("drop table " + t);
        }
    }

    @Test
    void errorsCarrySqlStateAndTheConnectionStaysUsable() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select * from no_such_table_here"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42P01"))
                    .hasMessageContaining("relation \"no_such_table_here\" does not exist");
            try (PreparedStatement p = c.prepareStatement("select 1 / ?")) {
                p.setInt(1, 0);
                assertThatThrownBy(p::executeQuery)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22012"));
            }
            try (ResultSet rs = s.executeQuery("select 42")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void rollbackDiscardsAndCommitKeeps() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String t = freshTable(s, "id int4 primary key");
            c.setAutoCommit(false);
            s.execute("insert into " + t + " values (1)");
            c.rollback();
            s.execute("insert into " + t + " values (2)");
            c.commit();
            c.setAutoCommit(true);
            try (ResultSet rs = s.executeQuery("select id from " + t)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
                assertThat(rs.next()).isFalse();
            }
            s.execute("drop table " + t);
        }
    }

    @Test
    void failedTransactionRejectsStatementsUntilRollback() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> s.execute("select 1/0")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("select 1"))
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25P02"));
            c.rollback();
            try (ResultSet rs = s.executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void manyConnectionsAtOnce() throws Exception {
        int clients = 64;
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int n = i;
            work.add(() -> {
                try (Connection c = connect(); PreparedStatement p = c.prepareStatement("select ?::int4 * 2")) {
                    int sum = 0;
                    for (int k = 0; k < 10; k++) {
                        p.setInt(1, n + k);
                        try (ResultSet rs = p.executeQuery()) {
                            rs.next();
                            sum += rs.getInt(1);
                        }
                    }
                    return sum;
                }
            });
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> results = pool.invokeAll(work);
            for (int i = 0; i < clients; i++) {
                assertThat(results.get(i).get()).isEqualTo(2 * (10 * i + 45));
            }
        }
    }
}
