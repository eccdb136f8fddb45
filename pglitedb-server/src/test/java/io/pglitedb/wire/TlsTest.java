package io.pglitedb.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pglitedb.security.Authentication;
import io.pglitedb.security.HbaRules;
import io.pglitedb.session.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SSLRequest answered with TLS (a self-signed certificate made by keytool), hostssl/hostnossl
 * rules, and SCRAM over TLS through pgJDBC (sslmode=require; channel binding when pgJDBC uses it).
 */
class TlsTest {
    @TempDir
    static Path dir;
    private static Database database;
    private static PgWireServer server;

    @BeforeAll
    static void start() throws Exception {
        database = Database.openInMemory();
        HbaRules rules = HbaRules.parse("""
                hostnossl all postgres 127.0.0.1/32 trust
                hostssl   all alice    127.0.0.1/32 scram-sha-256
                hostnossl all alice    127.0.0.1/32 reject
                """, "test");
        server = PgWireServer.start(database, "127.0.0.1", 0, new Authentication(rules),
                TlsConfig.selfSigned(dir, "localhost"));
        try (Connection c = connect("postgres", "", "disable"); Statement s = c.createStatement()) {
            s.execute("CREATE USER alice PASSWORD 'secret'");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        database.close();
    }

    private static Connection connect(String user, String password, String sslMode) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("sslmode", sslMode);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres", p);
    }

    @Test
    void encryptedConnectionsAuthenticateAndQuery() throws SQLException {
        try (Connection c = connect("alice", "secret", "require"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 40 + 2")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
            assertThat(c.getMetaData().getUserName()).isEqualTo("alice");
        }
        SQLException wrong = catchThrowableOfType(SQLException.class, () -> connect("alice", "nope", "require").close());
        assertThat(wrong.getSQLState()).isEqualTo("28P01");
    }

    @Test
    void hostSslRulesSeeWhetherTheConnectionIsEncrypted() {
        SQLException plain = catchThrowableOfType(SQLException.class, () -> connect("alice", "secret", "disable").close());
        assertThat(plain.getSQLState()).isEqualTo("28000");
        assertThat(plain.getMessage()).contains("pg_hba.conf rejects connection for host \"127.0.0.1\", user \"alice\"")
                .contains("no encryption");
        SQLException encrypted = catchThrowableOfType(SQLException.class,
                () -> connect("postgres", "", "require").close());
        assertThat(encrypted.getSQLState()).isEqualTo("28000");
        assertThat(encrypted.getMessage()).contains("no pg_hba.conf entry for host \"127.0.0.1\", user \"postgres\"")
                .contains("SSL encryption");
    }
}
