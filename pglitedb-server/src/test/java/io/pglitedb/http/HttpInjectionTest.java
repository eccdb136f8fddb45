package io.pglitedb.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pglitedb.session.Database;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQL injection through every request parameter of the HTTP door — values, filters, table and
 * column names, select, order, limit/offset, database, transaction ids, isolation, body keys,
 * several statements — as a role with few privileges. Each attempt must end in a clean 4xx JSON
 * error (or be treated as plain data), and afterwards every table, the catalog and the roles are
 * exactly as before.
 */
class HttpInjectionTest {
    private static final String T = "/v1/databases/postgres/tables/";
    private static Database database;
    private static HttpDoor door;
    private static HttpTestClient admin;
    private static HttpTestClient mallory;

    /** One attempt: method, path, body (or null), and the status and SQLSTATE it must end in. */
    private record Attack(String what, String method, String path, String body, int status, String sqlstate) {
    }

    @BeforeAll
    static void start() throws Exception {
        database = Database.openInMemory();
        door = HttpDoor.start(database, HttpConfig.defaults("127.0.0.1", 0));
        admin = new HttpTestClient("http://127.0.0.1:" + door.port());
        mallory = admin.as("mallory", "");
        var setup = admin.query("""
                {"statements": [
                  "CREATE TABLE items (id int PRIMARY KEY, name text, price numeric(8,2))",
                  "INSERT INTO items VALUES (1, 'book', 12.50), (2, 'lamp', 30), (3, 'pen', 1.20)",
                  "CREATE TABLE secrets (id int PRIMARY KEY, secret text)",
                  "INSERT INTO secrets VALUES (1, 'the launch code')",
                  "CREATE ROLE mallory LOGIN",
                  "GRANT SELECT, INSERT, UPDATE, DELETE ON items TO mallory"
                ]}""");
        assertThat(setup.status()).as(setup.toString()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        door.close();
        database.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static final List<Attack> ATTACKS = List.of(
            // values
            new Attack("a value for an integer parameter", "POST", "/v1/query",
                    "{\"sql\":\"SELECT * FROM items WHERE id = $1\",\"params\":[\"1 OR 1=1\"]}", 400, "22P02"),
            new Attack("a value closing a string", "PATCH", T + "items?id=eq." + q("1' OR '1'='1"),
                    "{\"name\":\"x\"}", 400, "22P02"),
            // filters
            new Attack("a filter value with OR", "GET", T + "items?id=eq." + q("1 OR 1=1"), null, 400, "22P02"),
            new Attack("a filter value closing the parenthesis", "DELETE", T + "items?id=eq." + q("1) OR (true"), null,
                    400, "22P02"),
            new Attack("an in list breaking out", "GET", T + "items?id=in." + q("(1) OR (1=1)"), null, 400, "22P02"),
            new Attack("an unknown operator", "GET", T + "items?id=" + q("eq;DROP TABLE items.1"), null, 400, "08P01"),
            new Attack("an is test with SQL", "GET", T + "items?name=is." + q("null OR true"), null, 400, "08P01"),
            // column names
            new Attack("a quote in a filter column", "GET", T + "items?" + q("id\" = 1 OR \"id") + "=eq.1", null, 400,
                    "42703"),
            new Attack("a subquery as a selected column", "GET", T + "items?select=" + q("id,(SELECT secret FROM secrets)"),
                    null, 400, "42703"),
            new Attack("select reaching another table", "GET", T + "items?select=" + q("* FROM secrets --"), null, 400,
                    "42703"),
            new Attack("an insert column with SQL", "POST", T + "items",
                    "{\"id\":9,\"name) VALUES (9, (SELECT secret FROM secrets)); --\":1}", 400, "42703"),
            new Attack("an update column with SQL", "PATCH", T + "items?id=eq.1",
                    "{\"name\\\" = (SELECT secret FROM secrets), \\\"price\":1}", 400, "42703"),
            // table names
            new Attack("a table name with a statement", "GET", T + q("items; DROP TABLE items"), null, 404, "42P01"),
            new Attack("a table name closing the quote", "DELETE", T + q("items\" WHERE true; DROP TABLE items; --")
                    + "?id=eq.1", null, 404, "42P01"),
            new Attack("a table the role may not read", "GET", T + "secrets", null, 403, "42501"),
            new Attack("a schema-qualified name is one name", "GET", T + q("pg_catalog.pg_authid"), null, 404, "42P01"),
            // order, limit, offset
            new Attack("order with a statement", "GET", T + "items?order=" + q("id; DROP TABLE items"), null, 400, "42703"),
            new Attack("order with a subquery", "GET", T + "items?order=" + q("(SELECT secret FROM secrets)") + ".desc",
                    null, 400, "42703"),
            new Attack("limit with a statement", "GET", T + "items?limit=" + q("1; DROP TABLE items"), null, 400, "08P01"),
            new Attack("limit ALL", "GET", T + "items?limit=ALL", null, 400, "08P01"),
            new Attack("offset with a subquery", "GET", T + "items?offset=" + q("(SELECT 1)"), null, 400, "08P01"),
            // database, transaction ids, options
            new Attack("a database name in the path", "GET", "/v1/databases/" + q("postgres\"; DROP TABLE items; --")
                    + "/tables/items", null, 404, "3D000"),
            new Attack("a database name in the body", "POST", "/v1/query",
                    "{\"sql\":\"SELECT 1\",\"database\":\"postgres'; DROP TABLE items; --\"}", 404, "3D000"),
            new Attack("a transaction id in the body", "POST", "/v1/query",
                    "{\"sql\":\"SELECT 1\",\"txn\":\"x' OR '1'='1\"}", 404, "25000"),
            new Attack("a transaction id in the path", "POST", "/v1/transactions/" + q("x'; COMMIT; DROP TABLE items")
                    + "/commit", null, 404, "25000"),
            new Attack("an isolation level with a statement", "POST", "/v1/transactions",
                    "{\"isolation\":\"read committed; DROP TABLE items\"}", 400, "08P01"),
            new Attack("a row format with a statement", "POST", "/v1/query",
                    "{\"sql\":\"SELECT 1\",\"rowFormat\":\"array; DROP TABLE items\"}", 400, "08P01"),
            // statements
            new Attack("a second statement in sql", "POST", "/v1/query", "{\"sql\":\"SELECT 1; DROP TABLE items\"}", 400,
                    "42601"),
            new Attack("a second statement in a params query", "POST", "/v1/query",
                    "{\"sql\":\"SELECT $1::text; DROP TABLE items\",\"params\":[\"a\"]}", 400, "42601"),
            new Attack("a batch whose last statement fails keeps nothing", "POST", "/v1/query",
                    "{\"statements\":[\"DELETE FROM items\",\"SELECT secret FROM secrets\"]}", 403, "42501"),
            new Attack("DDL by a role without the privilege", "POST", "/v1/query", "{\"sql\":\"DROP TABLE items\"}", 403,
                    "42501"),
            new Attack("a privilege escalation", "POST", "/v1/query", "{\"sql\":\"ALTER ROLE mallory SUPERUSER\"}", 403,
                    "42501"));

    @Test
    void everyAttemptIsACleanClientErrorAndChangesNothing() {
        String before = fingerprint();
        for (Attack attack : ATTACKS) {
            var r = mallory.send(attack.method(), attack.path(), attack.body());
            assertThat(r.status()).as("%s: %s", attack.what(), r).isEqualTo(attack.status());
            assertThat(r.header("Content-Type")).as(attack.what()).isEqualTo("application/json");
            JsonNode error = r.json().get("error");
            assertThat(error).as("%s: %s", attack.what(), r).isNotNull();
            assertThat(error.get("sqlstate").asText()).as("%s: %s", attack.what(), r).isEqualTo(attack.sqlstate());
            assertThat(error.get("message").asText()).as(attack.what()).isNotEmpty()
                    .doesNotContain("Exception").doesNotContain("java.").doesNotContain("io.pglitedb");
            assertThat(fingerprint()).as("after %s", attack.what()).isEqualTo(before);
        }
    }

    @Test
    void hostileValuesAreStoredAndFoundAsPlainData() {
        String hostile = "x'); DROP TABLE items; --";
        var insert = mallory.send("POST", T + "items", "{\"id\":50,\"name\":" + HttpTestClient.quote(hostile) + "}");
        assertThat(insert.status()).isEqualTo(201);
        var found = mallory.send("GET", T + "items?name=eq." + q(hostile), null);
        assertThat(found.json().at("/rows/0/id").asInt()).isEqualTo(50);
        var like = mallory.send("GET", T + "items?name=like." + q("%' OR '1'='1"), null);
        assertThat(like.json().get("rowCount").asInt()).isZero();
        var param = mallory.sql("SELECT name FROM items WHERE name = $1 OR id = $2", HttpTestClient.quote(hostile), "-1");
        assertThat(param.json().at("/rows/0/0").asText()).isEqualTo(hostile);
        assertThat(mallory.send("DELETE", T + "items?id=eq.50", null).status()).isEqualTo(200);
        assertThat(admin.sql("SELECT count(*) FROM items").json().at("/rows/0/0").asText()).isEqualTo("3");
    }

    /** Every row of both tables, the relations of the catalog and the roles with their flags. */
    private static String fingerprint() {
        var r = admin.query("""
                {"statements": [
                  "SELECT * FROM items ORDER BY id",
                  "SELECT * FROM secrets ORDER BY id",
                  "SELECT relname, relkind FROM pg_class ORDER BY relname",
                  "SELECT rolname, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles ORDER BY rolname",
                  "SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants ORDER BY 1, 2, 3"
                ]}""");
        if (r.status() != 200) {
            // information_schema may be missing: the ACL column tells the same
            r = admin.query("""
                    {"statements": [
                      "SELECT * FROM items ORDER BY id",
                      "SELECT * FROM secrets ORDER BY id",
                      "SELECT relname, relkind, relacl::text FROM pg_class ORDER BY relname",
                      "SELECT rolname, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles ORDER BY rolname"
                    ]}""");
        }
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("results").toString();
    }
}
