package io.pglitedb.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pglitedb.session.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several statements in one request ({@code "statements": [...]}): one result each, in order, in
 * one transaction (all or nothing, as several Parse/Bind/Execute before one Sync in PostgreSQL).
 */
class HttpStatementsTest {
    private static Database database;
    private static HttpDoor door;
    private static HttpTestClient http;

    @BeforeAll
    static void start() throws Exception {
        database = Database.openInMemory();
        door = HttpDoor.start(database, HttpConfig.defaults("127.0.0.1", 0));
        http = new HttpTestClient("http://127.0.0.1:" + door.port());
        assertThat(http.sql("CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)").status()).isEqualTo(200);
    }

    @BeforeEach
    void empty() {
        assertThat(http.sql("DELETE FROM notes").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        door.close();
        database.close();
    }

    @Test
    void eachStatementGetsItsResultInOrder() {
        var r = http.query("""
                {"statements": [
                  {"sql": "INSERT INTO notes VALUES ($1, $2), ($3, $4)", "params": [1, "one", 2, "two"]},
                  "UPDATE notes SET body = upper(body) WHERE id = 2",
                  {"sql": "SELECT id, body FROM notes WHERE id >= $1 ORDER BY id", "params": ["1"]}
                ]}""");
        assertThat(r.status()).isEqualTo(200);
        JsonNode results = r.json().get("results");
        assertThat(results.size()).isEqualTo(3);
        assertThat(results.get(0).toString()).isEqualTo("{\"command\":\"INSERT 0 2\",\"rowCount\":2}");
        assertThat(results.get(1).toString()).isEqualTo("{\"command\":\"UPDATE 1\",\"rowCount\":1}");
        assertThat(results.get(2).get("rows").toString()).isEqualTo("[[1,\"one\"],[2,\"TWO\"]]");
        assertThat(results.get(2).get("command").asText()).isEqualTo("SELECT 2");
    }

    @Test
    void anErrorUndoesTheWholeRequestAndNamesTheStatement() {
        var r = http.query("""
                {"statements": [
                  {"sql": "INSERT INTO notes VALUES ($1, $2)", "params": [7, "kept?"]},
                  {"sql": "INSERT INTO notes VALUES ($1, $2)", "params": [7, "duplicate"]},
                  "SELECT 1"
                ]}""");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("23505");
        assertThat(r.json().at("/error/statement").asInt()).isEqualTo(1);
        assertThat(r.json().has("results")).isFalse();
        assertThat(http.sql("SELECT count(*) FROM notes").json().at("/rows/0/0").asText()).isEqualTo("0");
    }

    @Test
    void insideAnHttpTransactionTheyJoinIt() {
        String txn = http.send("POST", "/v1/transactions", "{}").json().get("txn").asText();
        var r = http.query("{\"txn\":\"" + txn + "\",\"statements\":[\"INSERT INTO notes VALUES (1, 'a')\","
                + "\"INSERT INTO notes VALUES (2, 'b')\"]}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(http.sql("SELECT count(*) FROM notes").json().at("/rows/0/0").asText()).isEqualTo("0");
        assertThat(http.send("POST", "/v1/transactions/" + txn + "/commit", null).json().get("command").asText())
                .isEqualTo("COMMIT");
        assertThat(http.sql("SELECT count(*) FROM notes").json().at("/rows/0/0").asText()).isEqualTo("2");
    }

    @Test
    void ndjsonGivesTheLinesOfEachResultInTurn() {
        var r = http.query("{\"statements\":[\"SELECT 1 AS a\",\"SELECT 'x' AS b UNION ALL SELECT 'y'\"]}",
                "Accept", "application/x-ndjson");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("""
                {"columns":[{"name":"a","type":"integer"}]}
                [1]
                {"command":"SELECT 1","rowCount":1}
                {"columns":[{"name":"b","type":"text"}]}
                ["x"]
                ["y"]
                {"command":"SELECT 2","rowCount":2}
                """);
    }

    @Test
    void anErrorAfterStreamingBeganEndsTheBodyBesideTheResults() {
        // the second statement fails at its last row, after more than the buffered megabyte
        var r = http.query("{\"statements\":[\"INSERT INTO notes VALUES (1, 'gone')\", \"SELECT repeat('z', 100)"
                + " || (1 / (200000 - x)) FROM generate_series(1, 200000) AS g(x)\"]}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.at("/results/0/command").asText()).isEqualTo("INSERT 0 1");
        assertThat(j.at("/results/1/rows").size()).isEqualTo(199_999);
        assertThat(j.at("/results/1").has("command")).isFalse();
        assertThat(j.at("/error/sqlstate").asText()).isEqualTo("22012");
        assertThat(j.at("/error/statement").asInt()).isEqualTo(1);
        assertThat(http.sql("SELECT count(*) FROM notes").json().at("/rows/0/0").asText()).isEqualTo("0");
    }

    @Test
    void malformedBatchesAre400() {
        assertThat(http.query("{\"statements\":[]}").status()).isEqualTo(400);
        assertThat(http.query("{\"statements\":\"SELECT 1\"}").status()).isEqualTo(400);
        assertThat(http.query("{\"statements\":[5]}").status()).isEqualTo(400);
        assertThat(http.query("{\"statements\":[{\"sql\":\"SELECT 1\",\"x\":1}]}").status()).isEqualTo(400);
        var both = http.query("{\"sql\":\"SELECT 1\",\"statements\":[\"SELECT 2\"]}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().at("/error/sqlstate").asText()).isEqualTo("08P01");
    }

    @Test
    void severalCommandsInOneSqlStringPointToStatements() {
        var r = http.sql("INSERT INTO notes VALUES (1, 'x'); DELETE FROM notes");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("42601");
        assertThat(r.json().at("/error/message").asText())
                .isEqualTo("cannot insert multiple commands into a prepared statement");
        assertThat(r.json().at("/error/hint").asText()).contains("\"statements\"");
    }
}
