package io.pglitedb.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PGInterval;

/**
 * interval, time and timetz through pgJDBC in text and binary transfer (prepareThreshold=-1
 * makes pgJDBC ask for binary time/timetz results and send LocalTime parameters in binary).
 * Run with {@code -Dwire.reference.port=55432} to check the same expectations against PostgreSQL.
 */
class PgJdbcIntervalTimeTest {
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "prepareThreshold={0}")
    @ValueSource(strings = {"5", "-1"})
    void intervalsRoundTrip(String prepareThreshold) throws SQLException {
        try (Connection c = server.connectJdbc("prepareThreshold", prepareThreshold);
                PreparedStatement ps = c.prepareStatement(
                        "SELECT ?::interval + interval '1 day', interval '1 year 2 mons 3 days 04:05:06.5', "
                                + "interval '-1 day +02:00', ?::interval * 2")) {
            for (int round = 0; round < 3; round++) {
                ps.setString(1, "2 days 03:00:00"); // setObject(PGInterval) needs pg_type (catalog)
                ps.setString(2, "1 hour 30 minutes");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("3 days 03:00:00");
                    PGInterval i = new PGInterval(rs.getString(2)); // getObject needs pg_type (catalog)
                    assertThat(i.getYears()).isEqualTo(1);
                    assertThat(i.getMonths()).isEqualTo(2);
                    assertThat(i.getDays()).isEqualTo(3);
                    assertThat(i.getHours()).isEqualTo(4);
                    assertThat(i.getMinutes()).isEqualTo(5);
                    assertThat(i.getSeconds()).isEqualTo(6.5);
                    assertThat(rs.getString(3)).isEqualTo("-1 days +02:00:00");
                    assertThat(rs.getString(4)).isEqualTo("03:00:00");
                }
            }
        }
    }

    @ParameterizedTest(name = "prepareThreshold={0}")
    @ValueSource(strings = {"5", "-1"})
    void timesRoundTripThroughColumns(String prepareThreshold) throws SQLException {
        String table = "jdbc_times_" + prepareThreshold.replace("-", "m");
        try (Connection c = server.connectJdbc("prepareThreshold", prepareThreshold); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            s.execute("CREATE TABLE " + table + " (id int PRIMARY KEY, t time, tz timetz, d interval)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?::interval)")) {
                for (int id = 1; id <= 3; id++) {
                    insert.setInt(1, id);
                    insert.setObject(2, LocalTime.of(13, 45, 10, 500_000_000));
                    insert.setObject(3, OffsetTime.of(9, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
                    insert.setString(4, id + " hours");
                    assertThat(insert.executeUpdate()).isEqualTo(1);
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT t, tz, t + d, extract(hour from t) FROM " + table
                    + " WHERE id = ?")) {
                for (int round = 0; round < 3; round++) {
                    select.setInt(1, 2);
                    try (ResultSet rs = select.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getObject(1, LocalTime.class)).isEqualTo(LocalTime.of(13, 45, 10, 500_000_000));
                        assertThat(rs.getObject(2, OffsetTime.class))
                                .isEqualTo(OffsetTime.of(9, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
                        assertThat(rs.getObject(3, LocalTime.class)).isEqualTo(LocalTime.of(15, 45, 10, 500_000_000));
                        assertThat(rs.getInt(4)).isEqualTo(13);
                    }
                }
            }
        }
    }
}
