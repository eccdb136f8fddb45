package io.pglitedb.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pglitedb.session.Database;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET/POST/PATCH/DELETE /v1/databases/{db}/tables/{t}: the filter grammar, inserted and changed
 * rows returned, and injection attempts through values, filters, table and column names that
 * stay names and data.
 */
class HttpTableEndpointsTest {
    private static final String PETS = "/v1/databases/postgres/tables/pets";
    private static Database database;
    private static HttpDoor door;
    private static HttpTestClient http;

    @BeforeAll
    static void start() throws Exception {
        database = Database.openInMemory();
        door = HttpDoor.start(database, HttpConfig.defaults("127.0.0.1", 0));
        http = new HttpTestClient("http://127.0.0.1:" + door.port());
        assertThat(http.sql("CREATE TABLE pets (id serial PRIMARY KEY, name text NOT NULL, kind text DEFAULT 'cat',"
                + " age int, big bigint)").status()).isEqualTo(200);
        assertThat(http.sql("CREATE TABLE \"Odd \"\"Name\" (\"Col; x\" int)").status()).isEqualTo(200);
    }

    @BeforeEach
    void fill() {
        http.sql("TRUNCATE pets RESTART IDENTITY");
        var r = http.send("POST", PETS, "[{\"name\":\"Rex\",\"kind\":\"dog\",\"age\":3},{\"name\":\"Tom\",\"age\":5},"
                + "{\"name\":\"Nemo\",\"kind\":\"fish\"},{\"name\":\"Garfield\",\"age\":40,\"big\":9007199254740993}]");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        door.close();
        database.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode get(String query) {
        var r = http.send("GET", PETS + query, null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void insertReturnsRowsWithDefaultsAsObjects() {
        var r = http.send("POST", PETS, "{\"name\":\"Felix\"}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("rows").toString())
                .isEqualTo("[{\"id\":5,\"name\":\"Felix\",\"kind\":\"cat\",\"age\":null,\"big\":null}]");
        assertThat(r.json().get("command").asText()).isEqualTo("INSERT 0 1");
    }

    @Test
    void filtersOrderLimitOffsetAndSelect() {
        assertThat(get("?kind=eq.dog&select=name").get("rows").toString()).isEqualTo("[{\"name\":\"Rex\"}]");
        assertThat(get("?age=gte.4&order=age.desc&select=name,age").get("rows").toString())
                .isEqualTo("[{\"name\":\"Garfield\",\"age\":40},{\"name\":\"Tom\",\"age\":5}]");
        assertThat(get("?order=id&limit=2&offset=1&select=id").get("rows").toString())
                .isEqualTo("[{\"id\":2},{\"id\":3}]");
        assertThat(get("?age=is.null&select=name").get("rows").toString()).isEqualTo("[{\"name\":\"Nemo\"}]");
        assertThat(get("?name=like.T*&select=name").get("rows").toString()).isEqualTo("[{\"name\":\"Tom\"}]");
        assertThat(get("?name=ilike.*E*&order=name&select=name").get("rows").toString())
                .isEqualTo("[{\"name\":\"Garfield\"},{\"name\":\"Nemo\"},{\"name\":\"Rex\"}]");
        assertThat(get("?id=in.(1,3)&order=id&select=id").get("rows").toString()).isEqualTo("[{\"id\":1},{\"id\":3}]");
        assertThat(get("?kind=not.eq.cat&order=id.desc.nullslast&select=id").get("rows").toString())
                .isEqualTo("[{\"id\":3},{\"id\":1}]");
        assertThat(get("?age=gt.1&age=lt.10&order=id&select=id").get("rows").toString())
                .isEqualTo("[{\"id\":1},{\"id\":2}]");
    }

    @Test
    void bigintIsExactByDefaultAndANumberOnRequest() {
        assertThat(get("?id=eq.4&select=big").at("/rows/0/big").asText()).isEqualTo("9007199254740993");
        var r = http.send("GET", PETS + "?id=eq.4&select=big", null, "PGLite-Exact-Numbers", "number");
        assertThat(r.json().at("/rows/0/big").isIntegralNumber()).isTrue();
    }

    @Test
    void patchAndDeleteReturnTheRowsTheyChanged() {
        var patch = http.send("PATCH", PETS + "?name=eq.Tom", "{\"age\":6,\"kind\":\"lion\"}");
        assertThat(patch.status()).isEqualTo(200);
        assertThat(patch.json().get("rows").toString())
                .isEqualTo("[{\"id\":2,\"name\":\"Tom\",\"kind\":\"lion\",\"age\":6,\"big\":null}]");
        var delete = http.send("DELETE", PETS + "?kind=eq.fish", null);
        assertThat(delete.json().get("command").asText()).isEqualTo("DELETE 1");
        assertThat(delete.json().at("/rows/0/name").asText()).isEqualTo("Nemo");
        assertThat(get("").get("rows").size()).isEqualTo(3);
    }

    @Test
    void patchAndDeleteWithoutFilterAreRefused() {
        assertThat(http.send("DELETE", PETS, null).status()).isEqualTo(400);
        assertThat(http.send("PATCH", PETS, "{\"age\":1}").status()).isEqualTo(400);
        assertThat(get("").get("rows").size()).isEqualTo(4);
    }

    @Test
    void injectionThroughValuesStaysData() {
        String hostile = "x' OR '1'='1";
        assertThat(get("?name=eq." + q(hostile)).get("rows").size()).isZero();
        assertThat(get("?name=in.(" + q("a') OR true --") + ")").get("rows").size()).isZero();
        var insert = http.send("POST", PETS, "{\"name\":\"'); DROP TABLE pets; --\"}");
        assertThat(insert.status()).isEqualTo(201);
        assertThat(get("?name=eq." + q("'); DROP TABLE pets; --")).get("rows").size()).isEqualTo(1);
        var badNumber = http.send("GET", PETS + "?id=eq." + q("1 OR 1=1"), null);
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.json().at("/error/sqlstate").asText()).isEqualTo("22P02");
    }

    @Test
    void injectionThroughNamesStaysNames() {
        var column = http.send("GET", PETS + "?" + q("id\" = 1 OR \"1") + "=eq.1", null);
        assertThat(column.status()).isEqualTo(400);
        assertThat(column.json().at("/error/sqlstate").asText()).isEqualTo("42703");
        var table = http.send("GET", "/v1/databases/postgres/tables/" + q("pets; DROP TABLE pets").replace("+", "%20"), null);
        assertThat(table.status()).isEqualTo(404);
        assertThat(table.json().at("/error/message").asText()).isEqualTo("relation \"pets; DROP TABLE pets\" does not exist");
        var order = http.send("GET", PETS + "?order=" + q("id; DROP TABLE pets"), null);
        assertThat(order.status()).isEqualTo(400);
        var select = http.send("GET", PETS + "?select=" + q("(SELECT 1)"), null);
        assertThat(select.status()).isEqualTo(400);
        var insert = http.send("POST", PETS, "{\"name\":\"a\",\"age) VALUES (1); DROP TABLE pets; --\":1}");
        assertThat(insert.status()).isEqualTo(400);
        assertThat(get("").get("rows").size()).isEqualTo(4);
    }

    @Test
    void oddButRealNamesWork() {
        String odd = "/v1/databases/postgres/tables/" + q("Odd \"Name").replace("+", "%20");
        assertThat(http.send("POST", odd, "{\"Col; x\": 7}").status()).isEqualTo(201);
        assertThat(http.send("GET", odd + "?" + q("Col; x") + "=eq.7", null).json().get("rows").toString())
                .isEqualTo("[{\"Col; x\":7}]");
    }

    @Test
    void badFiltersAre400() {
        assertThat(http.send("GET", PETS + "?id=5", null).status()).isEqualTo(400);
        assertThat(http.send("GET", PETS + "?id=between.1", null).status()).isEqualTo(400);
        assertThat(http.send("GET", PETS + "?id=in.1,2", null).status()).isEqualTo(400);
        assertThat(http.send("GET", PETS + "?limit=-1", null).status()).isEqualTo(400);
        assertThat(http.send("GET", PETS + "?id=is.maybe", null).status()).isEqualTo(400);
        assertThat(http.send("PUT", PETS, "{}").status()).isEqualTo(405);
    }

    @Test
    void constraintViolationIs409() {
        var r = http.send("POST", PETS, "{\"id\":1,\"name\":\"dup\"}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().at("/error/sqlstate").asText()).isEqualTo("23505");
        var notNull = http.send("POST", PETS, "{\"kind\":\"dog\"}");
        assertThat(notNull.status()).isEqualTo(409);
        assertThat(notNull.json().at("/error/sqlstate").asText()).isEqualTo("23502");
    }
}
