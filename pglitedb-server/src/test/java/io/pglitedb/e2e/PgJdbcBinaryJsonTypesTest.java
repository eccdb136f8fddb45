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
import java.util.UUID;
import org.postgresql.util.PGobject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pgJDBC against an in-process server with bytea, uuid, json and jsonb: parameters and results in
 * text and (prepareThreshold=-1) binary transfer, as pgJDBC behaves against PostgreSQL 15.
 */
class PgJdbcBinaryJsonTypesTest {
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
    void byteaAndUuidRoundTrip(String prepareThreshold) throws SQLException {
        String table = "blobs_" + prepareThreshold.replace("-", "m");
        byte[] data = {0, 1, (byte) 0xff, '\\', 'a'};
        UUID id = UUID.fromString("f0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        try (Connection c = connect(prepareThreshold); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id uuid PRIMARY KEY, data bytea)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
                for (int round = 0; round < 3; round++) {
                    insert.setObject(1, round == 0 ? id : UUID.randomUUID());
                    insert.setBytes(2, data);
                    assertThat(insert.executeUpdate()).isEqualTo(1);
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT id, data, length(data) FROM " + table
                    + " WHERE id = ?")) {
                for (int round = 0; round < 3; round++) {
                    select.setObject(1, id);
                    try (ResultSet rs = select.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getObject(1)).isEqualTo(id);
                        assertThat(rs.getObject(1, UUID.class)).isEqualTo(id);
                        assertThat(rs.getString(1)).isEqualTo("f0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
                        assertThat(rs.getBytes(2)).isEqualTo(data);
                        assertThat(rs.getObject(2)).isEqualTo(data);
                        if (!prepareThreshold.equals("-1")) { // pgJDBC's getString of a binary bytea is not its text
                            assertThat(rs.getString(2)).isEqualTo("\\x0001ff5c61");
                        }
                        assertThat(rs.getInt(3)).isEqualTo(5);
                        assertThat(rs.getMetaData().getColumnType(1)).isEqualTo(Types.OTHER);
                        assertThat(rs.getMetaData().getColumnType(2)).isEqualTo(Types.BINARY);
                        assertThat(rs.next()).isFalse();
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table + " WHERE data = '\\x0001ff5c61'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
        }
    }

    @ParameterizedTest(name = "prepareThreshold={0}")
    @ValueSource(strings = {"5", "-1"})
    void jsonAndJsonbRoundTripThroughPgObjectAndTypesOther(String prepareThreshold) throws SQLException {
        String table = "docs_" + prepareThreshold.replace("-", "m");
        try (Connection c = connect(prepareThreshold); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id int PRIMARY KEY, j json, jb jsonb)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?)")) {
                for (int round = 0; round < 3; round++) {
                    insert.setInt(1, round);
                    // a PGobject parameter makes pgJDBC look the type up in pg_type (not there yet)
                    insert.setObject(2, "{\"b\":1,  \"a\":[1,2]}", Types.OTHER);
                    insert.setObject(3, "{\"b\":1, \"a\":[1,2], \"n\": " + round + "}", Types.OTHER);
                    assertThat(insert.executeUpdate()).isEqualTo(1);
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT j, jb, jb -> 'a', jb ->> 'n' FROM " + table
                    + " WHERE jb @> ? ORDER BY id")) {
                for (int round = 0; round < 3; round++) {
                    select.setObject(1, "{\"n\": 2}", Types.OTHER);
                    try (ResultSet rs = select.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo("{\"b\":1,  \"a\":[1,2]}");
                        assertThat(rs.getString(2)).isEqualTo("{\"a\": [1, 2], \"b\": 1, \"n\": 2}");
                        Object jb = rs.getObject(2);
                        assertThat(jb).isInstanceOf(PGobject.class);
                        assertThat(((PGobject) jb).getType()).isEqualTo("jsonb");
                        assertThat(((PGobject) rs.getObject(1)).getType()).isEqualTo("json");
                        assertThat(rs.getString(3)).isEqualTo("[1, 2]");
                        assertThat(rs.getInt(4)).isEqualTo(2);
                        assertThat(rs.next()).isFalse();
                    }
                }
            }
        }
    }
}
