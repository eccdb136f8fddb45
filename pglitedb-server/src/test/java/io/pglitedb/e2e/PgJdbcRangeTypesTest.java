package io.pglitedb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.session.Database;
import io.pglitedb.wire.PgWireServer;
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
import org.postgresql.util.PGobject;

/**
 * pgJDBC with range and multirange values, as against PostgreSQL 15: results come back as
 * PGobject with the type's name and its text, parameters go as PGobject (text) or as strings cast
 * in SQL, with and without server-side prepared statements.
 */
class PgJdbcRangeTypesTest {
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

    @ParameterizedTest(name = "prepareThreshold={0}")
    @ValueSource(strings = {"5", "-1"})
    void rangesRoundTripAsPgObjects(String prepareThreshold) throws SQLException {
        String table = "spans_" + prepareThreshold.replace("-", "m");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port()
                + "/postgres?prepareThreshold=" + prepareThreshold, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id int, r int4range, d daterange, m nummultirange)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?::daterange, ?)")) {
                for (int round = 0; round < 3; round++) {
                    PGobject r = new PGobject();
                    r.setType("int4range");
                    r.setValue("(" + round + ",10]");
                    PGobject m = new PGobject();
                    m.setType("nummultirange");
                    m.setValue("{[1.5,2), [2,3)}");
                    insert.setInt(1, round);
                    insert.setObject(2, r);
                    insert.setString(3, "[2020-01-01,)");
                    insert.setObject(4, m);
                    assertThat(insert.executeUpdate()).isEqualTo(1);
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT r, d, m, upper(r) FROM " + table
                    + " WHERE r @> ? ORDER BY r")) {
                for (int round = 0; round < 3; round++) {
                    select.setInt(1, 2);
                    try (ResultSet rs = select.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        PGobject r = (PGobject) rs.getObject(1);
                        assertThat(r.getType()).isEqualTo("int4range");
                        assertThat(r.getValue()).isEqualTo("[1,11)");
                        assertThat(rs.getString(2)).isEqualTo("[2020-01-01,)");
                        assertThat(((PGobject) rs.getObject(3)).getValue()).isEqualTo("{[1.5,3)}");
                        assertThat(rs.getInt(4)).isEqualTo(11);
                        assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("int4range");
                        assertThat(rs.getMetaData().getColumnType(1)).isEqualTo(Types.OTHER);
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo("[2,11)");
                        assertThat(rs.next()).isFalse();
                    }
                }
            }
        }
    }
}
