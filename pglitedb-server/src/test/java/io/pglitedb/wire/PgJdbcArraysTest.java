package io.pglitedb.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Arrays through pgJDBC: createArrayOf / setArray / setObject(int[]) parameters and getArray
 * results, in text transfer (prepareThreshold=5 for the first statements) and binary transfer
 * (prepareThreshold=-1: pgJDBC asks for binary results and sends primitive arrays in binary).
 * Run with {@code -Dwire.reference.port=55432} to check the same expectations against PostgreSQL.
 */
class PgJdbcArraysTest {
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect(String prepareThreshold) throws SQLException {
        return server.connectJdbc("prepareThreshold", prepareThreshold);
    }

    private static boolean binary(String prepareThreshold) {
        return prepareThreshold.equals("-1");
    }

    private static String table(String base, String prepareThreshold) {
        return base + "_" + prepareThreshold.replace("-", "m");
    }

    @ParameterizedTest(name = "prepareThreshold={0}")
    @ValueSource(strings = {"5", "-1"})
    void createArrayOfRoundTripsThroughArrayColumns(String prepareThreshold) throws SQLException {
        String t = table("jdbc_arrays", prepareThreshold);
        try (Connection c = connect(prepareThreshold); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + t);
            s.execute("CREATE TABLE " + t + " (id int PRIMARY KEY, i int[], b bigint[], x text[], f float8[], "
                    + "n numeric[], ok boolean[], ts timestamp[])");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + t + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int id = 1; id <= 3; id++) {
                    insert.setInt(1, id);
                    insert.setArray(2, c.createArrayOf("int4", new Integer[] {1, null, -3 * id}));
                    insert.setArray(3, c.createArrayOf("int8", new Long[] {9_000_000_000L, (long) id}));
                    insert.setArray(4, c.createArrayOf("text", new String[] {"a b", "", "x\"y\\z", null, "NULL", "{}"}));
                    insert.setArray(5, c.createArrayOf("float8", new Double[] {0.1, -2.5e300}));
                    insert.setArray(6, c.createArrayOf("numeric", new BigDecimal[] {new BigDecimal("12.340"), null}));
                    insert.setArray(7, c.createArrayOf("bool", new Boolean[] {true, false}));
                    insert.setArray(8, c.createArrayOf("timestamp",
                            new Timestamp[] {Timestamp.valueOf(LocalDateTime.of(2024, 2, 29, 13, 45, 1))}));
                    assertThat(insert.executeUpdate()).isEqualTo(1);
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT i, b, x, f, n, ok, ts, i::text AS itext FROM " + t
                    + " WHERE id = ?")) {
                for (int round = 0; round < 3; round++) {
                    select.setInt(1, 2);
                    try (ResultSet rs = select.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat((Object[]) rs.getArray("i").getArray()).containsExactly(1, null, -6);
                        assertThat(rs.getArray("i").getBaseTypeName()).isEqualTo("int4");
                        assertThat((Object[]) rs.getArray("b").getArray()).containsExactly(9_000_000_000L, 2L);
                        assertThat((Object[]) rs.getArray("x").getArray())
                                .containsExactly("a b", "", "x\"y\\z", null, "NULL", "{}");
                        assertThat((Object[]) rs.getArray("f").getArray()).containsExactly(0.1, -2.5e300);
                        assertThat((Object[]) rs.getArray("n").getArray()).containsExactly(new BigDecimal("12.340"), null);
                        assertThat((Object[]) rs.getArray("ok").getArray()).containsExactly(true, false);
                        assertThat((Object[]) rs.getArray("ts").getArray())
                                .containsExactly(Timestamp.valueOf(LocalDateTime.of(2024, 2, 29, 13, 45, 1)));
                        if (!binary(prepareThreshold)) { // pgJDBC renders binary arrays itself
                            assertThat(rs.getString("i")).isEqualTo("{1,NULL,-6}");
                            assertThat(rs.getString("x"))
                                    .isEqualTo("{\"a b\",\"\",\"x\\\"y\\\\z\",NULL,\"NULL\",\"{}\"}");
                        }
                        assertThat(rs.getString("itext")).isEqualTo("{1,NULL,-6}");
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "prepareThreshold={0}")
    @ValueSource(strings = {"5", "-1"})
    void primitiveArraysAndAnyWork(String prepareThreshold) throws SQLException {
        try (Connection c = connect(prepareThreshold)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT g FROM generate_series(1, 10) g WHERE g = ANY (?) ORDER BY g")) {
                for (int round = 0; round < 3; round++) {
                    ps.setObject(1, new int[] {7, 2, 11});
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt(1)).isEqualTo(2);
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt(1)).isEqualTo(7);
                        assertThat(rs.next()).isFalse();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT ?::bigint[] || 4::bigint, cardinality(?::text[])")) {
                ps.setObject(1, new long[] {1, 2, 3});
                ps.setArray(2, c.createArrayOf("text", new String[] {"p", "q"}));
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat((Object[]) rs.getArray(1).getArray()).containsExactly(1L, 2L, 3L, 4L);
                    assertThat(rs.getInt(2)).isEqualTo(2);
                }
            }
        }
    }

    @ParameterizedTest(name = "prepareThreshold={0}")
    @ValueSource(strings = {"5", "-1"})
    void multidimensionalAndLowerBoundArraysKeepTheirShape(String prepareThreshold) throws SQLException {
        try (Connection c = connect(prepareThreshold);
                PreparedStatement ps = c.prepareStatement(
                        "SELECT '{{1,2},{3,4}}'::int[], '[0:1]={5,6}'::int[], ARRAY[]::int[], array_agg(g) "
                                + "FROM generate_series(1, 3) g")) {
            for (int round = 0; round < 3; round++) {
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    Integer[][] square = (Integer[][]) rs.getArray(1).getArray();
                    assertThat(square[0]).containsExactly(1, 2);
                    assertThat(square[1]).containsExactly(3, 4);
                    if (!binary(prepareThreshold)) {
                        assertThat(rs.getString(2)).isEqualTo("[0:1]={5,6}");
                        assertThat(rs.getString(3)).isEqualTo("{}");
                    }
                    assertThat((Object[]) rs.getArray(2).getArray()).containsExactly(5, 6);
                    assertThat((Object[]) rs.getArray(3).getArray()).isEmpty();
                    Array agg = rs.getArray(4);
                    assertThat((Object[]) agg.getArray()).containsExactly(1, 2, 3);
                }
            }
        }
    }

    @ParameterizedTest(name = "prepareThreshold={0}")
    @ValueSource(strings = {"5", "-1"})
    void badArrayInputFailsWithPostgresError(String prepareThreshold) throws SQLException {
        try (Connection c = connect(prepareThreshold); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT '{1,2'::int[]"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("22P02");
                        assertThat(e.getMessage()).contains("malformed array literal: \"{1,2\"");
                    });
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }
}
