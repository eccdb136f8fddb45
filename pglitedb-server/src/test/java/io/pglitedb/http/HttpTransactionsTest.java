package io.pglitedb.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pglitedb.session.Database;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Transactions over HTTP: begin, queries naming the id, commit, rollback, idle timeout. */
class HttpTransactionsTest {
    private static Database database;
    private static HttpDoor door;
    private static HttpTestClient http;

    @BeforeAll
    static void start() throws Exception {
        database = Database.openInMemory();
        door = HttpDoor.start(database, HttpConfig.defaults("127.0.0.1", 0)
                .withStatementTimeout(Duration.ofSeconds(2)));
        http = new HttpTestClient("http://127.0.0.1:" + door.port());
        assertThat(http.sql("CREATE TABLE accounts (id int PRIMARY KEY, balance int)").status()).isEqualTo(200);
        assertThat(http.sql("INSERT INTO accounts VALUES (1, 100), (2, 100)").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        door.close();
        database.close();
    }

    private static String begin(String body) {
        var r = http.send("POST", "/v1/transactions", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("txn").asText();
        assertThat(r.header("Location")).isEqualTo("/v1/transactions/" + id);
        return id;
    }

    private static HttpTestClient.Response inTxn(String txn, String sql) {
        return http.query("{\"sql\":" + HttpTestClient.quote(sql) + ",\"txn\":\"" + txn + "\"}");
    }

    private static int balance(int id) {
        return http.sql("SELECT balance FROM accounts WHERE id = $1", Integer.toString(id)).json().at("/rows/0/0")
                .asInt();
    }

    @Test
    void committedWorkIsVisibleOnlyAfterCommit() {
        String txn = begin("{}");
        assertThat(inTxn(txn, "UPDATE accounts SET balance = balance - 10 WHERE id = 1").json().get("command")
                .asText()).isEqualTo("UPDATE 1");
        assertThat(inTxn(txn, "SELECT balance FROM accounts WHERE id = 1").json().at("/rows/0/0").asInt())
                .isEqualTo(90);
        assertThat(balance(1)).isEqualTo(100);
        var commit = http.send("POST", "/v1/transactions/" + txn + "/commit", null);
        assertThat(commit.status()).isEqualTo(200);
        assertThat(commit.json().get("command").asText()).isEqualTo("COMMIT");
        assertThat(balance(1)).isEqualTo(90);
        assertThat(inTxn(txn, "SELECT 1").status()).isEqualTo(404);
        assertThat(door.openTransactions()).isZero();
        http.sql("UPDATE accounts SET balance = 100 WHERE id = 1");
    }

    @Test
    void rollbackDiscards() {
        String txn = begin("{\"isolation\":\"repeatable read\"}");
        assertThat(inTxn(txn, "SHOW transaction_isolation").json().at("/rows/0/0").asText())
                .isEqualTo("repeatable read");
        inTxn(txn, "DELETE FROM accounts WHERE id = 2");
        assertThat(http.send("POST", "/v1/transactions/" + txn + "/rollback", null).json().get("command").asText())
                .isEqualTo("ROLLBACK");
        assertThat(balance(2)).isEqualTo(100);
    }

    @Test
    void failedTransactionRejectsStatementsAndCommitRollsBack() {
        String txn = begin("{}");
        inTxn(txn, "UPDATE accounts SET balance = 0 WHERE id = 2");
        assertThat(inTxn(txn, "SELECT 1/0").status()).isEqualTo(400);
        var next = inTxn(txn, "SELECT 1");
        assertThat(next.status()).isEqualTo(409);
        assertThat(next.json().at("/error/sqlstate").asText()).isEqualTo("25P02");
        assertThat(http.send("POST", "/v1/transactions/" + txn + "/commit", null).json().get("command").asText())
                .isEqualTo("ROLLBACK");
        assertThat(balance(2)).isEqualTo(100);
    }

    @Test
    void readOnlyTransactionRefusesWrites() {
        String txn = begin("{\"readOnly\":true}");
        var r = inTxn(txn, "UPDATE accounts SET balance = 0");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("25006");
        http.send("DELETE", "/v1/transactions/" + txn, null);
    }

    @Test
    void abandonedTransactionRollsBackAfterItsTimeoutAndReleasesLocks() throws Exception {
        String txn = begin("{\"timeout\":0.5}");
        inTxn(txn, "UPDATE accounts SET balance = 1 WHERE id = 1");
        // a writer of the same row waits for the lock until the abandoned transaction is rolled back
        long started = System.nanoTime();
        var r = http.sql("UPDATE accounts SET balance = balance WHERE id = 1");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(balance(1)).isEqualTo(100);
        assertThat(inTxn(txn, "SELECT 1").status()).isEqualTo(404);
    }

    @Test
    void lockWaitBeyondTheStatementTimeoutIs504() {
        String txn = begin("{}");
        inTxn(txn, "UPDATE accounts SET balance = 5 WHERE id = 2");
        var r = http.sql("UPDATE accounts SET balance = 6 WHERE id = 2");
        assertThat(r.status()).isEqualTo(504);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("57014");
        http.send("POST", "/v1/transactions/" + txn + "/rollback", null);
    }

    @Test
    void turningStatementTimeoutOffDoesNotEscapeTheDoorsLimit() {
        String txn = begin("{}");
        assertThat(inTxn(txn, "SET statement_timeout = 0").status()).isEqualTo(200);
        long started = System.nanoTime();
        var r = inTxn(txn, "SELECT count(*) FROM generate_series(1, 2000000000)");
        assertThat(r.status()).as(r.toString()).isEqualTo(504);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("57014");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        http.send("POST", "/v1/transactions/" + txn + "/rollback", null);
    }

    @Test
    void unknownTransactionIs404AndBadOptions400() {
        assertThat(inTxn("nope", "SELECT 1").status()).isEqualTo(404);
        assertThat(http.send("POST", "/v1/transactions", "{\"isolation\":\"chaos\"}").status()).isEqualTo(400);
        assertThat(http.send("POST", "/v1/transactions", "{\"timeout\":-1}").status()).isEqualTo(400);
        JsonNode e = http.send("POST", "/v1/transactions/nope/commit", null).json();
        assertThat(e.at("/error/message").asText()).isEqualTo("transaction \"nope\" does not exist");
    }

    @Test
    void commitAsSqlEndsTheHttpTransaction() {
        String txn = begin("{}");
        inTxn(txn, "UPDATE accounts SET balance = 100 WHERE id = 1");
        assertThat(inTxn(txn, "COMMIT").json().get("command").asText()).isEqualTo("COMMIT");
        assertThat(inTxn(txn, "SELECT 1").status()).isEqualTo(404);
    }
}
