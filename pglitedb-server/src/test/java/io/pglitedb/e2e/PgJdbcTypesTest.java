package io.pglitedb.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.session.Database;
import io.pglitedb.wire.PgWireServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * pgJDBC against an in-process server: every walking-skeleton type as a parameter and a result (in
 * text and, with prepareThreshold=-1, binary transfer), generated keys through RETURNING, and
 * SQLSTATEs of errors.
 */
class PgJdbcTypesTest {
    private static Database database;
    private static PgWireServer server;

    @BeforeAll
    static void start() throws Exception {
        database = Database.openInMemory();
        server = PgWireServer.start(database, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        database.close();
    }

    private static Connection connect(String prepareThreshold) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres?prepareThreshold="
                + prepareThreshold, "postgres", "");
    }

    @ParameterizedTest(name = "prepareThreshold={0}")
    @ValueSource(strings = {"5", "-1"})
    void everyTypeRoundTripsAsParameterAndResult(String prepareThreshold) throws SQLException {
        String table = "all_types_" + prepareThreshold.replace("-", "m");
        try (Connection c = connect(prepareThreshold); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id serial PRIMARY KEY, big bigserial, i2 smallint, i4 integer, "
                    + "i8 bigint, f4 real, f8 double precision, n numeric(10,2), b boolean, t text, v varchar(5), ch char(3))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table
                    + " (i2, i4, i8, f4, f8, n, b, t, v, ch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int round = 0; round < 3; round++) {
                    insert.setShort(1, (short) -7);
                    insert.setInt(2, 2_000_000_000);
                    insert.setLong(3, -9_000_000_000_000L);
                    insert.setFloat(4, 1.5f);
                    insert.setDouble(5, 0.1);
                    insert.setBigDecimal(6, new BigDecimal("12345.675"));
                    insert.setBoolean(7, true);
                    insert.setString(8, "héllo");
                    insert.setString(9, "abc");
                    insert.setString(10, "x");
                    assertThat(insert.executeUpdate()).isEqualTo(1);
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT id, big, i2, i4, i8, f4, f8, n, b, t, v, ch FROM "
                    + table + " WHERE id = ? AND b = ?")) {
                for (int round = 0; round < 3; round++) {
                    select.setInt(1, 3);
                    select.setBoolean(2, true);
                    try (ResultSet rs = select.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt("id")).isEqualTo(3);
                        assertThat(rs.getLong("big")).isEqualTo(3L);
                        assertThat(rs.getShort("i2")).isEqualTo((short) -7);
                        assertThat(rs.getInt("i4")).isEqualTo(2_000_000_000);
                        assertThat(rs.getLong("i8")).isEqualTo(-9_000_000_000_000L);
                        assertThat(rs.getFloat("f4")).isEqualTo(1.5f);
                        assertThat(rs.getDouble("f8")).isEqualTo(0.1);
                        assertThat(rs.getBigDecimal("n")).isEqualTo(new BigDecimal("12345.68")); // numeric(10,2) rounds
                        assertThat(rs.getBoolean("b")).isTrue();
                        assertThat(rs.getString("t")).isEqualTo("héllo");
                        assertThat(rs.getString("v")).isEqualTo("abc");
                        assertThat(rs.getString("ch")).isEqualTo("x  "); // char(3) pads
                        assertThat(rs.getMetaData().getColumnType(1)).isEqualTo(Types.INTEGER);
                        assertThat(rs.getMetaData().getColumnType(3)).isEqualTo(Types.SMALLINT);
                        assertThat(rs.getMetaData().getColumnType(8)).isEqualTo(Types.NUMERIC);
                        assertThat(rs.getMetaData().getPrecision(11)).isEqualTo(5);
                        assertThat(rs.next()).isFalse();
                    }
                }
            }
            s.execute("DROP TABLE " + table);
        }
    }

    @Test
    void generatedKeysComeFromReturning() throws SQLException {
        try (Connection c = connect("5"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id bigserial PRIMARY KEY, item text NOT NULL, qty integer DEFAULT 1)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO orders (item) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (String item : new String[] {"apple", "pear"}) {
                    insert.setString(1, item);
                    insert.executeUpdate();
                }
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    assertThat(keys.next()).isTrue();
                    assertThat(keys.getLong("id")).isEqualTo(2);
                    assertThat(keys.getInt("qty")).isEqualTo(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO orders (item) VALUES (?)", new String[] {"id"})) {
                insert.setString(1, "plum");
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    assertThat(keys.next()).isTrue();
                    assertThat(keys.getLong(1)).isEqualTo(3);
                }
            }
        }
    }

    @Test
    void errorsCarryPostgresSqlStates() throws SQLException {
        try (Connection c = connect("5"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE people (id integer PRIMARY KEY, name varchar(3) NOT NULL)");
            s.execute("INSERT INTO people VALUES (1, 'ann')");
            assertThatThrownBy(() -> s.execute("INSERT INTO people VALUES (1, 'bob')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
            assertThatThrownBy(() -> s.execute("INSERT INTO people (id) VALUES (2)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23502"));
            assertThatThrownBy(() -> s.execute("INSERT INTO people VALUES (3, 'toolong')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22001"));
            assertThatThrownBy(() -> s.execute("SELECT * FROM nobody"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42P01"));
            assertThatThrownBy(() -> s.execute("SELECT nosuch FROM people"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42703"));
            assertThatThrownBy(() -> s.execute("SELECT 'abc'::integer"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22P02"));
            assertThatThrownBy(() -> s.execute("SELEC 1"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42601"));
            c.setAutoCommit(false);
            assertThatThrownBy(() -> s.execute("SELECT 1/0"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22012"));
            assertThatThrownBy(() -> s.execute("SELECT 1"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25P02"));
            c.rollback();
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM people")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        }
    }
}
