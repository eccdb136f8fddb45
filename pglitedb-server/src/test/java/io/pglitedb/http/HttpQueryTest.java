package io.pglitedb.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pglitedb.session.Database;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /v1/query over real HTTP: result shape, parameters, JSON encodings, errors, limits, streaming. */
class HttpQueryTest {
    private static Database database;
    private static HttpDoor door;
    private static HttpTestClient http;

    @BeforeAll
    static void start() throws Exception {
        database = Database.openInMemory();
        door = HttpDoor.start(database, HttpConfig.defaults("127.0.0.1", 0).withMaxBodyBytes(64 * 1024));
        http = new HttpTestClient("http://127.0.0.1:" + door.port());
        assertThat(http.sql("CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, price numeric(10,2))")
                .status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        door.close();
        database.close();
    }

    @Test
    void selectGivesColumnsRowsCommandAndRowCount() {
        var r = http.sql("SELECT x AS n, 'v' || x AS label FROM generate_series(1, 3) AS g(x) ORDER BY x");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        JsonNode j = r.json();
        assertThat(j.get("columns").toString())
                .isEqualTo("[{\"name\":\"n\",\"type\":\"integer\"},{\"name\":\"label\",\"type\":\"text\"}]");
        assertThat(j.get("rows").toString()).isEqualTo("[[1,\"v1\"],[2,\"v2\"],[3,\"v3\"]]");
        assertThat(j.get("command").asText()).isEqualTo("SELECT 3");
        assertThat(j.get("rowCount").asLong()).isEqualTo(3);
    }

    @Test
    void statementsWithoutRowsGiveCommandAndCount() {
        JsonNode j = http.sql("INSERT INTO items VALUES (100, 'a', 1), (101, 'b', 2)").json();
        assertThat(j.has("columns")).isFalse();
        assertThat(j.get("command").asText()).isEqualTo("INSERT 0 2");
        assertThat(j.get("rowCount").asLong()).isEqualTo(2);
        JsonNode set = http.sql("SET search_path = public").json();
        assertThat(set.get("command").asText()).isEqualTo("SET");
        assertThat(set.get("rowCount").isNull()).isTrue();
    }

    @Test
    void parametersAreBoundWithInferredTypesAndStayData() {
        String hostile = "x'); DROP TABLE items; --";
        var insert = http.sql("INSERT INTO items (id, name, price) VALUES ($1, $2, $3) RETURNING id, name, price",
                "7", HttpTestClient.quote(hostile), "\"12.50\"");
        assertThat(insert.status()).as(insert.toString()).isEqualTo(200);
        assertThat(insert.json().get("rows").toString()).isEqualTo("[[7," + HttpTestClient.quote(hostile) + ",\"12.50\"]]");
        var read = http.sql("SELECT name FROM items WHERE id = $1 AND name = $2", "\"7\"", HttpTestClient.quote(hostile));
        assertThat(read.json().get("rows").get(0).get(0).asText()).isEqualTo(hostile);
        assertThat(http.sql("SELECT count(*) FROM items WHERE id = 7").json().get("rows").toString())
                .isEqualTo("[[\"1\"]]");
    }

    @Test
    void parameterThatDoesNotFitItsTypeIsA400WithPostgresText() {
        var r = http.sql("SELECT $1::int + 1", "\"abc\"");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("22P02");
        assertThat(r.json().at("/error/message").asText()).isEqualTo("invalid input syntax for type integer: \"abc\"");
    }

    @Test
    void wrongNumberOfParametersIsA400() {
        var r = http.sql("SELECT $1::int + $2::int", "1");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("08P01");
    }

    @Test
    void valuesAreEncodedByType() {
        String sql = "SELECT 12345678901234::bigint AS big, 1.50::numeric(5,2) AS num, true AS flag,"
                + " 2.5::float8 AS dbl, 'NaN'::float8 AS nan, DATE '2025-01-31' AS d,"
                + " TIMESTAMP '2025-01-31 12:34:56.5' AS ts, TIMESTAMPTZ '2025-01-31 12:34:56+02' AS tstz,"
                + " NULL::text AS nothing, 'infinity'::date AS forever";
        JsonNode exact = http.query("{\"sql\":" + HttpTestClient.quote(sql) + "}").json().get("rows").get(0);
        assertThat(exact.toString()).isEqualTo("[\"12345678901234\",\"1.50\",true,2.5,\"NaN\",\"2025-01-31\","
                + "\"2025-01-31T12:34:56.5\",\"2025-01-31T10:34:56Z\",null,\"infinity\"]");
        JsonNode numbers = http.query("{\"sql\":" + HttpTestClient.quote(sql) + ",\"exactNumbers\":\"number\"}")
                .json().get("rows").get(0);
        assertThat(numbers.get(0).isIntegralNumber()).isTrue();
        assertThat(numbers.get(0).asLong()).isEqualTo(12345678901234L);
        assertThat(numbers.get(1).isNumber()).isTrue();
        assertThat(numbers.get(1).decimalValue()).isEqualByComparingTo("1.50");
    }

    @Test
    void byteaIsBase64AndUuidAString() {
        var r = http.sql("SELECT '\\xdeadbeef'::bytea AS b, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS u,"
                + " $1::bytea AS p", "\"\\\\x0102\"");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("rows").toString())
                .isEqualTo("[[\"3q2+7w==\",\"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11\",\"AQI=\"]]");
    }

    @Test
    void unknownDatabaseIs404() {
        var r = http.query("{\"sql\":\"SELECT 1\",\"database\":\"nowhere\"}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("3D000");
        assertThat(r.json().at("/error/message").asText()).isEqualTo("database \"nowhere\" does not exist");
    }

    @Test
    void rowsCanBeObjects() {
        var r = http.query("{\"sql\":\"SELECT 1 AS a, 'x' AS b\",\"rowFormat\":\"object\"}");
        assertThat(r.json().get("rows").toString()).isEqualTo("[{\"a\":1,\"b\":\"x\"}]");
    }

    @Test
    void syntaxErrorIsA400WithPositionLikePostgres() {
        var r = http.sql("SELEC 1");
        assertThat(r.status()).isEqualTo(400);
        JsonNode e = r.json().get("error");
        assertThat(e.get("sqlstate").asText()).isEqualTo("42601");
        assertThat(e.get("message").asText()).isEqualTo("syntax error at or near \"SELEC\"");
        assertThat(e.get("position").asInt()).isEqualTo(1);
        assertThat(e.has("detail")).isTrue();
        assertThat(e.has("hint")).isTrue();
    }

    @Test
    void uniqueViolationIsA409WithDetail() {
        http.sql("INSERT INTO items VALUES (50, 'x', 1)");
        var r = http.sql("INSERT INTO items VALUES (50, 'y', 1)");
        assertThat(r.status()).isEqualTo(409);
        JsonNode e = r.json().get("error");
        assertThat(e.get("sqlstate").asText()).isEqualTo("23505");
        assertThat(e.get("message").asText())
                .isEqualTo("duplicate key value violates unique constraint \"items_pkey\"");
        assertThat(e.get("detail").asText()).isEqualTo("Key (id)=(50) already exists.");
    }

    @Test
    void unknownTableIsA400() {
        var r = http.sql("SELECT * FROM nope");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("42P01");
        assertThat(r.json().at("/error/message").asText()).isEqualTo("relation \"nope\" does not exist");
    }

    @Test
    void severalStatementsInOneRequestAreRefused() {
        var r = http.sql("SELECT 1; DROP TABLE items");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("42601");
        assertThat(http.sql("SELECT count(*) FROM items").status()).isEqualTo(200);
    }

    @Test
    void malformedRequestsAre400() {
        assertThat(http.query("{\"sql\": ").status()).isEqualTo(400);
        assertThat(http.query("{\"sq\": \"SELECT 1\"}").json().at("/error/message").asText())
                .startsWith("unknown field \"sq\"");
        assertThat(http.query("[1]").status()).isEqualTo(400);
        assertThat(http.query("{\"sql\": 5}").status()).isEqualTo(400);
        assertThat(http.query("{\"sql\": \"SELECT 1\", \"params\": 3}").status()).isEqualTo(400);
    }

    @Test
    void unknownRoutesAre404AndWrongMethods405() {
        assertThat(http.send("GET", "/v2/query", null).status()).isEqualTo(404);
        assertThat(http.send("GET", "/v1/nothing", null).status()).isEqualTo(404);
        var r = http.send("GET", "/v1/query", null);
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("POST");
    }

    @Test
    void healthNeedsNoCredentials() {
        var r = http.send("GET", "/v1/health", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
        assertThat(r.json().get("writable").asBoolean()).isTrue();
    }

    @Test
    void metricsArePrometheusTextOfThisDatabase() {
        long before = metric(http.send("GET", "/v1/metrics", null), "pglitedb_xact_commit_total");
        assertThat(http.sql("SELECT 1").status()).isEqualTo(200);
        var r = http.send("GET", "/v1/metrics", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(r.body()).contains("# TYPE pglitedb_xact_commit_total counter\n");
        assertThat(metric(r, "pglitedb_xact_commit_total")).isGreaterThan(before);
        assertThat(metric(r, "pglitedb_writable")).isEqualTo(1);
        assertThat(http.send("POST", "/v1/metrics", "{}").status()).isEqualTo(405);
    }

    private static long metric(HttpTestClient.Response page, String name) {
        return page.body().lines().filter(l -> l.startsWith(name + " ")).map(l -> Long.parseLong(l.split(" ")[1]))
                .findFirst().orElseThrow(() -> new AssertionError(name + " missing in " + page.body()));
    }

    @Test
    void openApiDescribesEveryRoute() {
        var r = http.send("GET", "/v1/openapi.json", null);
        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().get("paths");
        assertThat(r.json().get("openapi").asText()).startsWith("3.");
        assertThat(paths.has("/v1/query")).isTrue();
        assertThat(paths.has("/v1/transactions/{id}/commit")).isTrue();
        assertThat(paths.at("/~1v1~1databases~1{db}~1tables~1{table}").has("patch")).isTrue();
    }

    @Test
    void corsIsOffUnlessConfigured() throws Exception {
        var plain = http.send("GET", "/v1/health", null, "Origin", "https://app.example");
        assertThat(plain.header("Access-Control-Allow-Origin")).isNull();
        try (HttpDoor cors = HttpDoor.start(database, HttpConfig.defaults("127.0.0.1", 0)
                .withCorsOrigins(List.of("https://app.example")))) {
            HttpTestClient client = new HttpTestClient("http://127.0.0.1:" + cors.port());
            var preflight = client.send("OPTIONS", "/v1/query", null, "Origin", "https://app.example",
                    "Access-Control-Request-Method", "POST");
            assertThat(preflight.status()).isEqualTo(204);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
            assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Authorization");
            var other = client.send("GET", "/v1/health", null, "Origin", "https://evil.example");
            assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void tooLargeBodyIs413() {
        String big = "x".repeat(70 * 1024);
        var r = http.sql("SELECT $1::text", HttpTestClient.quote(big));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("54000");
    }

    @Test
    void ndjsonStreamsLargeResultsLineByLine() {
        var r = http.query("{\"sql\":\"SELECT x, repeat('y', 20) FROM generate_series(1, 200000) AS g(x)\"}",
                "Accept", "application/x-ndjson");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/x-ndjson");
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(200_002);
        assertThat(lines.get(0)).isEqualTo("{\"columns\":[{\"name\":\"x\",\"type\":\"integer\"},"
                + "{\"name\":\"repeat\",\"type\":\"text\"}]}");
        assertThat(lines.get(1)).isEqualTo("[1,\"yyyyyyyyyyyyyyyyyyyy\"]");
        assertThat(lines.get(200_001)).isEqualTo("{\"command\":\"SELECT 200000\",\"rowCount\":200000}");
    }

    @Test
    void largeJsonResultStreamsAndStaysValid() {
        var r = http.query("{\"sql\":\"SELECT x FROM generate_series(1, 300000) AS g(x)\"}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.get("rows").size()).isEqualTo(300_000);
        assertThat(j.get("rowCount").asLong()).isEqualTo(300_000);
    }

    @Test
    void errorAfterStreamingBeganEndsTheBody() {
        // the division by zero happens at the last row, after more than the buffered megabyte
        var r = http.query("{\"sql\":\"SELECT repeat('z', 100) || (1 / (200000 - x)) FROM generate_series(1, 200000) AS g(x)\"}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.get("rows").size()).isEqualTo(199_999);
        assertThat(j.at("/error/sqlstate").asText()).isEqualTo("22012");
        assertThat(j.has("command")).isFalse();
    }

    @Test
    void longStatementIsCancelledByTheTimeoutWith504() throws Exception {
        HttpTestClient.Response r;
        try (HttpDoor quick = HttpDoor.start(database, HttpConfig.defaults("127.0.0.1", 0)
                .withStatementTimeout(Duration.ofMillis(300)))) {
            r = new HttpTestClient("http://127.0.0.1:" + quick.port())
                    .sql("SELECT count(*) FROM generate_series(1, 100000000)");
        }
        assertThat(r.status()).isEqualTo(504);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("57014");
        assertThat(r.json().at("/error/message").asText()).isEqualTo("canceling statement due to statement timeout");
    }
}
