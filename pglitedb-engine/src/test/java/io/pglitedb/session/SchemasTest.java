package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.error;
import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.error.PgException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schemas as durable catalog entries, and the search path; expected behaviour is PostgreSQL 15's. */
class SchemasTest {
    @TempDir
    Path directory;

    private static CollectingSink execute(Session session, String statement) {
        CollectingSink sink = new CollectingSink();
        session.bind("", statement, new Object[0], new short[0]);
        sink.columns(session.describePortal(""));
        session.execute("", 0, sink);
        session.sync();
        return sink;
    }

    @Test
    void schemasTheirTablesAndARenameSurviveRestart() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE SCHEMA app");
            run(s, "CREATE TABLE app.items (id serial PRIMARY KEY, name text)");
            run(s, "INSERT INTO app.items (name) VALUES ('a')");
            run(s, "CREATE SCHEMA gone");
            run(s, "DROP SCHEMA gone");
            run(s, "ALTER SCHEMA app RENAME TO shop");
            run(s, "DROP SCHEMA public");
            s.close();
        }
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            assertThat(run(s, "INSERT INTO shop.items (name) VALUES ('b') RETURNING id, name").rows)
                    .containsExactly(List.of("2", "b"));
            assertThat(error(s, "CREATE SCHEMA shop").state().code()).isEqualTo("42P06");
            assertThat(error(s, "DROP SCHEMA gone").state().code()).isEqualTo("3F000");
            // public stays dropped: nothing to create unqualified tables in
            PgException noSchema = error(s, "CREATE TABLE t (a int)");
            assertThat(noSchema.state().code()).isEqualTo("3F000");
            assertThat(noSchema.getMessage()).isEqualTo("no schema has been selected to create in");
            run(s, "SET search_path = shop");
            assertThat(run(s, "SELECT name FROM items ORDER BY id").rows).containsExactly(List.of("a"), List.of("b"));
            s.close();
        }
    }

    @Test
    void aPreparedStatementFollowsAChangedSearchPath() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE SCHEMA a; CREATE SCHEMA b");
            run(s, "CREATE TABLE a.t (v text); CREATE TABLE b.t (v text)");
            run(s, "INSERT INTO a.t VALUES ('in a'); INSERT INTO b.t VALUES ('in b')");
            run(s, "SET search_path = a");
            s.parse("q", "SELECT v FROM t", new int[0]);
            assertThat(execute(s, "q").rows).containsExactly(List.of("in a"));
            run(s, "SET search_path = b, a");
            assertThat(execute(s, "q").rows).containsExactly(List.of("in b"));
            s.close();
        }
    }
}
