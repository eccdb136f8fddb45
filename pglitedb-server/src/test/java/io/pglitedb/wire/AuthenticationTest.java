package io.pglitedb.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pglitedb.security.Authentication;
import io.pglitedb.security.HbaRules;
import io.pglitedb.session.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Password authentication through pgJDBC (its own SCRAM-SHA-256, md5 and cleartext clients) against
 * pg_hba-style rules, with PostgreSQL's SQLSTATEs and texts: 28P01 alike for a wrong password, a
 * missing password and an unknown role; 28000 for rules that refuse and roles that may not log in.
 */
class AuthenticationTest {
    private static final String RULES = """
            host all postgres 127.0.0.1/32 trust
            host all alice,nologin,expired,limited,ghost 127.0.0.1/32 scram-sha-256
            host all bob,ghost_md5 127.0.0.1/32 md5
            host all carol,ghost_pw 127.0.0.1/32 password
            host all trusted_missing 127.0.0.1/32 trust
            host all refused 127.0.0.1/32 reject
            """;
    private static Database database;
    private static PgWireServer server;

    @BeforeAll
    static void start() throws Exception {
        database = Database.openInMemory();
        server = PgWireServer.start(database, "127.0.0.1", 0, new Authentication(HbaRules.parse(RULES, "test")));
        try (Connection c = connect("postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE USER alice PASSWORD 'alice pw'");
            s.execute("SET password_encryption = 'md5'");
            s.execute("CREATE USER bob PASSWORD 'bob pw'");
            s.execute("RESET password_encryption");
            s.execute("CREATE USER carol PASSWORD 'carol pw'");
            s.execute("CREATE ROLE nologin PASSWORD 'pw'");
            s.execute("CREATE USER expired PASSWORD 'pw' VALID UNTIL '2001-01-01'");
            s.execute("CREATE USER limited PASSWORD 'pw' CONNECTION LIMIT 1");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        database.close();
    }

    private static Connection connect(String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres", p);
    }

    private static SQLException refused(String user, String password) {
        return catchThrowableOfType(SQLException.class, () -> connect(user, password).close());
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void eachMethodAcceptsTheRightPassword() throws SQLException {
        for (String[] login : new String[][] {{"alice", "alice pw"}, {"bob", "bob pw"}, {"carol", "carol pw"}}) {
            try (Connection c = connect(login[0], login[1])) {
                assertThat(query(c, "SHOW session_authorization")).isEqualTo(login[0]);
                assertThat(query(c, "SHOW is_superuser")).isEqualTo("off");
            }
        }
    }

    @Test
    void wrongMissingAndUnknownFailAlike() {
        for (String[] login : new String[][] {{"alice", "wrong"}, {"bob", "wrong"}, {"carol", "wrong"},
                {"ghost", "any"}, {"expired", "pw"}}) {
            SQLException e = refused(login[0], login[1]);
            assertThat((Object) e).as(login[0]).isNotNull();
            assertThat(e.getSQLState()).as(login[0]).isEqualTo("28P01");
            assertThat(e.getMessage()).as(login[0])
                    .contains("password authentication failed for user \"" + login[0] + "\"");
        }
    }

    /**
     * PostgreSQL's mock authentication: an unknown role is asked for the same exchange a real one
     * of that method gets (SCRAM for scram-sha-256, and for md5 when the role would have a SCRAM
     * verifier under the default password_encryption; cleartext for password), and refusing it
     * takes as long as refusing a wrong password (medians of interleaved attempts).
     */
    @Test
    void unknownRolesGetTheSameExchangeAndTakeAsLong() throws Exception {
        assertThat(firstAuthenticationRequest("alice")).isEqualTo(10); // AuthenticationSASL
        assertThat(firstAuthenticationRequest("ghost")).isEqualTo(10);
        assertThat(firstAuthenticationRequest("bob")).isEqualTo(5); // AuthenticationMD5Password
        assertThat(firstAuthenticationRequest("ghost_md5")).isEqualTo(10); // as PostgreSQL with scram-sha-256
        assertThat(firstAuthenticationRequest("carol")).isEqualTo(3); // AuthenticationCleartextPassword
        assertThat(firstAuthenticationRequest("ghost_pw")).isEqualTo(3);
        // SCRAM through pgJDBC's client; cleartext timed from the PasswordMessage to the ErrorResponse
        assertSameTime("alice", "ghost", AuthenticationTest::timeScramRefusal);
        assertSameTime("carol", "ghost_pw", AuthenticationTest::timeCleartextRefusal);
    }

    private interface Timing {
        long nanos(String user) throws Exception;
    }

    private static void assertSameTime(String known, String unknown, Timing timing) throws Exception {
        long[] wrong = new long[21];
        long[] missing = new long[21];
        for (int i = 0; i < wrong.length; i++) {
            wrong[i] = timing.nanos(known);
            missing[i] = timing.nanos(unknown);
        }
        java.util.Arrays.sort(wrong);
        java.util.Arrays.sort(missing);
        long w = wrong[10];
        long m = missing[10];
        // equal work: within a factor of two, or within 5 ms (scheduling noise on a busy machine)
        assertThat(Math.abs(m - w) < 5_000_000L || (m <= 2 * w && w <= 2 * m))
                .as("median refusal time %s (unknown) vs %s (wrong password): %d vs %d us", unknown, known, m / 1000,
                        w / 1000).isTrue();
    }

    private static long timeScramRefusal(String user) {
        long start = System.nanoTime();
        SQLException e = refused(user, "not the password");
        long elapsed = System.nanoTime() - start;
        assertThat(e.getSQLState()).as(user).isEqualTo("28P01");
        return elapsed;
    }

    private static long timeCleartextRefusal(String user) throws Exception {
        try (WireClient c = new WireClient(server.port())) {
            c.sendStartup("user", user, "database", "postgres");
            assertThat(c.read().type()).isEqualTo('R');
            long start = System.nanoTime();
            c.send('p', WireClient.cstring("not the password"));
            WireClient.Message error = c.read();
            long elapsed = System.nanoTime() - start;
            assertThat(error.fields().get('C')).as(user).isEqualTo("28P01");
            return elapsed;
        }
    }

    /** The code of the first AuthenticationRequest the server sends to a startup as {@code user}. */
    private static int firstAuthenticationRequest(String user) throws Exception {
        try (WireClient c = new WireClient(server.port())) {
            c.sendStartup("user", user, "database", "postgres");
            WireClient.Message m = c.read();
            assertThat(m.type()).as(user).isEqualTo('R');
            return java.nio.ByteBuffer.wrap(m.body()).getInt();
        }
    }

    @Test
    void rulesAndRoleAttributesRefuseWithPostgresTexts() throws SQLException {
        SQLException noRule = refused("dave", "x");
        assertThat(noRule.getSQLState()).isEqualTo("28000");
        assertThat(noRule.getMessage())
                .contains("no pg_hba.conf entry for host \"127.0.0.1\", user \"dave\", database \"postgres\", no encryption");
        SQLException reject = refused("refused", "x");
        assertThat(reject.getSQLState()).isEqualTo("28000");
        assertThat(reject.getMessage()).contains("pg_hba.conf rejects connection for host \"127.0.0.1\"");
        SQLException missing = refused("trusted_missing", "");
        assertThat(missing.getSQLState()).isEqualTo("28000");
        assertThat(missing.getMessage()).contains("role \"trusted_missing\" does not exist");
        SQLException noLogin = refused("nologin", "pw");
        assertThat(noLogin.getSQLState()).isEqualTo("28000");
        assertThat(noLogin.getMessage()).contains("role \"nologin\" is not permitted to log in");
        try (Connection first = connect("limited", "pw")) {
            SQLException second = refused("limited", "pw");
            assertThat(second.getSQLState()).isEqualTo("53300");
            assertThat(second.getMessage()).contains("too many connections for role \"limited\"");
        }
    }

    @Test
    void passwordsAreStoredAsVerifiersAndChangesApplyToTheNextLogin() throws SQLException {
        try (Connection admin = connect("postgres", ""); Statement s = admin.createStatement()) {
            s.execute("CREATE USER frank PASSWORD 'old'");
            assertThat(database.role("frank").password()).startsWith("SCRAM-SHA-256$4096:").doesNotContain("old");
            s.execute("ALTER ROLE frank PASSWORD 'new'");
            assertThat(Authentication.checkCleartext(database.role("frank").password(), "frank", "new")).isTrue();
            s.execute("DROP ROLE frank");
            s.execute("GRANT CREATE ON SCHEMA public TO alice"); // PostgreSQL 15: only the owner creates in public
        }
        try (Connection alice = connect("alice", "alice pw"); Statement s = alice.createStatement()) {
            SQLException e = catchThrowableOfType(SQLException.class, () -> s.execute("CREATE ROLE x"));
            assertThat(e.getSQLState()).isEqualTo("42501");
            assertThat(e.getMessage()).contains("permission denied to create role");
            s.execute("CREATE TABLE alice_t (a text)");
            SQLException file = catchThrowableOfType(SQLException.class, () -> s.execute("COPY alice_t FROM '/etc/passwd'"));
            assertThat(file.getSQLState()).isEqualTo("42501");
            assertThat(file.getMessage()).contains(
                    "must be superuser or have privileges of the pg_read_server_files role to COPY from a file");
            s.execute("ALTER ROLE alice PASSWORD 'changed'"); // one's own password: allowed
        }
        assertThat(refused("alice", "alice pw").getSQLState()).isEqualTo("28P01");
        try (Connection alice = connect("alice", "changed"); Statement s = alice.createStatement()) {
            s.execute("ALTER ROLE alice PASSWORD 'alice pw'");
        }
    }
}
