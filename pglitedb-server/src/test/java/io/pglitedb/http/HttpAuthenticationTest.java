package io.pglitedb.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.security.Authentication;
import io.pglitedb.security.HbaRules;
import io.pglitedb.session.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTP Basic against the roles' stored SCRAM and md5 verifiers, decided by the same pg_hba-style
 * rules as the wire server: 401 for missing or wrong credentials, 403 for rules that refuse.
 */
class HttpAuthenticationTest {
    private static final String RULES = """
            host secure postgres 127.0.0.1/32 scram-sha-256
            host all postgres 127.0.0.1/32 trust
            host all alice,ghost,expired,dana,gone 127.0.0.1/32 scram-sha-256
            host all bob 127.0.0.1/32 md5
            host all refused 127.0.0.1/32 reject
            """;
    private static Database database;
    private static HttpDoor door;
    private static HttpTestClient anonymous;

    @BeforeAll
    static void start() throws Exception {
        database = Database.openInMemory();
        door = HttpDoor.start(database, HttpConfig.defaults("127.0.0.1", 0), new Authentication(HbaRules.parse(RULES,
                "test")), null);
        anonymous = new HttpTestClient("http://127.0.0.1:" + door.port());
        for (String sql : new String[] {"CREATE USER alice PASSWORD 'alice pw'",
                "CREATE USER expired PASSWORD 'pw' VALID UNTIL '2001-01-01'", "CREATE USER refused",
                "CREATE USER dana PASSWORD 'dana pw'"}) {
            assertThat(anonymous.sql(sql).status()).isEqualTo(200);
        }
        // a transaction keeps one session: password_encryption applies to the CREATE USER after it
        String txn = anonymous.send("POST", "/v1/transactions", "{}").json().get("txn").asText();
        for (String sql : new String[] {"SET password_encryption = 'md5'", "CREATE USER bob PASSWORD 'bob pw'"}) {
            assertThat(anonymous.query("{\"sql\":\"" + sql + "\",\"txn\":\"" + txn + "\"}").status()).isEqualTo(200);
        }
        assertThat(anonymous.send("POST", "/v1/transactions/" + txn + "/commit", null).status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        door.close();
        database.close();
    }

    @Test
    void trustedRoleNeedsNoPasswordAndAnonymousIsPostgres() {
        var r = anonymous.sql("SELECT current_user");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/rows/0/0").asText()).isEqualTo("postgres");
    }

    @Test
    void scramVerifierAcceptsTheRightPassword() {
        var r = anonymous.as("alice", "alice pw").sql("SELECT current_user");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/rows/0/0").asText()).isEqualTo("alice");
        // a second request hits the verified-credentials cache and still answers as alice
        assertThat(anonymous.as("alice", "alice pw").sql("SELECT current_user").json().at("/rows/0/0").asText())
                .isEqualTo("alice");
    }

    @Test
    void md5VerifierAcceptsTheRightPassword() {
        assertThat(database.role("bob").password()).startsWith("md5");
        assertThat(anonymous.as("bob", "bob pw").sql("SELECT current_user").json().at("/rows/0/0").asText())
                .isEqualTo("bob");
        assertThat(anonymous.as("bob", "bob pw2").sql("SELECT 1").status()).isEqualTo(401);
    }

    @Test
    void missingCredentialsAre401WithChallenge() {
        var r = anonymous.query("{\"sql\":\"SELECT 1\",\"database\":\"secure\"}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Basic realm=\"pglitedb\"");
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("28P01");
        var empty = anonymous.as("alice", "").sql("SELECT 1");
        assertThat(empty.status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordUnknownRoleAndExpiredRoleLookAlike() {
        for (String[] login : new String[][] {{"alice", "wrong"}, {"ghost", "pw"}, {"expired", "pw"}}) {
            var r = anonymous.as(login[0], login[1]).sql("SELECT 1");
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("28P01");
            assertThat(r.json().at("/error/message").asText())
                    .isEqualTo("password authentication failed for user \"" + login[0] + "\"");
        }
    }

    @Test
    void rulesThatRefuseAre403() {
        var r = anonymous.as("refused", "x").sql("SELECT 1");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("28000");
        assertThat(r.json().at("/error/message").asText()).startsWith("pg_hba.conf rejects connection for host");
        var none = anonymous.as("nobody", "x").sql("SELECT 1");
        assertThat(none.status()).isEqualTo(403);
        assertThat(none.json().at("/error/message").asText()).startsWith("no pg_hba.conf entry for host");
    }

    @Test
    void bearerTokenStandsForTheRoleUntilItsPasswordChanges() {
        var issued = anonymous.as("dana", "dana pw").send("POST", "/v1/tokens", "{\"expiresIn\": 600}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String token = issued.json().get("token").asText();
        assertThat(issued.json().get("role").asText()).isEqualTo("dana");
        var r = anonymous.send("POST", "/v1/query", "{\"sql\":\"SELECT current_user\"}", "Authorization",
                "Bearer " + token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/rows/0/0").asText()).isEqualTo("dana");
        // a forged token (another role's name under dana's signature) is refused
        String[] parts = token.split("\\.");
        byte[] payload = java.util.Base64.getUrlDecoder().decode(parts[0]);
        byte[] forged = java.util.Arrays.copyOf(payload, payload.length);
        forged[8] = 'x';
        String forgedToken = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(forged) + "." + parts[1];
        var bad = anonymous.send("POST", "/v1/query", "{\"sql\":\"SELECT 1\"}", "Authorization", "Bearer " + forgedToken);
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.json().at("/error/message").asText()).isEqualTo("invalid or expired bearer token");
        // a new password ends every token issued before
        assertThat(anonymous.sql("ALTER ROLE dana PASSWORD 'new pw'").status()).isEqualTo(200);
        assertThat(anonymous.send("POST", "/v1/query", "{\"sql\":\"SELECT 1\"}", "Authorization", "Bearer " + token)
                .status()).isEqualTo(401);
    }

    @Test
    void tokenFileTokensStandForTheirRoleWhileItExists() {
        String aliceToken = TokenFile.newToken();
        String refusedToken = TokenFile.newToken();
        String goneToken = TokenFile.newToken();
        assertThat(anonymous.sql("CREATE ROLE gone LOGIN").status()).isEqualTo(200);
        door.tokens(TokenFile.parse("# service tokens\nalice " + TokenFile.hash(aliceToken) + "\nrefused "
                + TokenFile.hash(refusedToken) + "  # the rules reject this role\ngone " + TokenFile.hash(goneToken)
                + "\n", "tokens"));
        try {
            var r = anonymous.send("POST", "/v1/query", "{\"sql\":\"SELECT current_user\"}", "Authorization",
                    "Bearer " + aliceToken);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().at("/rows/0/0").asText()).isEqualTo("alice");
            assertThat(anonymous.send("GET", "/v1/metrics", null, "Authorization", "Bearer " + aliceToken).status())
                    .isEqualTo(200);
            // the hash itself, or any other text, is no token
            for (String wrong : new String[] {TokenFile.hash(aliceToken), aliceToken + "x", TokenFile.newToken()}) {
                var bad = anonymous.send("POST", "/v1/query", "{\"sql\":\"SELECT 1\"}", "Authorization", "Bearer " + wrong);
                assertThat(bad.status()).isEqualTo(401);
                assertThat(bad.json().at("/error/sqlstate").asText()).isEqualTo("28P01");
            }
            // the rules still decide whether the role may connect from here
            assertThat(anonymous.send("POST", "/v1/query", "{\"sql\":\"SELECT 1\"}", "Authorization",
                    "Bearer " + refusedToken).status()).isEqualTo(403);
            // a token does not outlive its role
            assertThat(anonymous.send("POST", "/v1/query", "{\"sql\":\"SELECT 1\"}", "Authorization",
                    "Bearer " + goneToken).status()).isEqualTo(200);
            assertThat(anonymous.sql("DROP ROLE gone").status()).isEqualTo(200);
            assertThat(anonymous.send("POST", "/v1/query", "{\"sql\":\"SELECT 1\"}", "Authorization",
                    "Bearer " + goneToken).status()).isEqualTo(401);
            // replacing the file's tokens ends the old ones
            door.tokens(TokenFile.EMPTY);
            assertThat(anonymous.send("POST", "/v1/query", "{\"sql\":\"SELECT 1\"}", "Authorization",
                    "Bearer " + aliceToken).status()).isEqualTo(401);
        } finally {
            door.tokens(TokenFile.EMPTY);
        }
    }

    @Test
    void tokensNeedAPasswordCheck() {
        assertThat(anonymous.send("POST", "/v1/tokens", "{}").status()).isEqualTo(401);
        assertThat(anonymous.as("postgres", "anything").send("POST", "/v1/tokens", "{}").status()).isEqualTo(400);
        assertThat(anonymous.as("alice", "wrong").send("POST", "/v1/tokens", "{}").status()).isEqualTo(401);
        assertThat(anonymous.as("alice", "alice pw").send("POST", "/v1/tokens", "{\"expiresIn\": 0}").status())
                .isEqualTo(400);
    }

    @Test
    void metricsNeedTheSameAuthenticationAsQueriesAndHealthNone() {
        HttpTestClient alice = anonymous.as("alice", "alice pw");
        assertThat(alice.send("GET", "/v1/metrics", null).status()).isEqualTo(200);
        assertThat(alice.send("GET", "/v1/metrics", null).body()).contains("pglitedb_connections ");
        assertThat(anonymous.as("alice", "wrong").send("GET", "/v1/metrics", null).status()).isEqualTo(401);
        assertThat(anonymous.as("refused", "x").send("GET", "/v1/metrics", null).status()).isEqualTo(403);
        assertThat(anonymous.as("alice", "wrong").send("GET", "/v1/health", null).status()).isEqualTo(200);
    }

    @Test
    void otherSchemesThanBasicAre401() {
        var r = anonymous.send("POST", "/v1/query", "{\"sql\":\"SELECT 1\"}", "Authorization", "Digest abc");
        assertThat(r.status()).isEqualTo(401);
        assertThat(anonymous.send("POST", "/v1/query", "{\"sql\":\"SELECT 1\"}", "Authorization", "Bearer abc")
                .status()).isEqualTo(401);
    }
}
