package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.error;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.error.PgException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PREPARE / EXECUTE / DEALLOCATE; expected behaviour is PostgreSQL 15's. */
class SqlPreparedStatementsTest {
    private Database database;

    @BeforeEach
    void open() {
        database = Database.openInMemory();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Session session() {
        return database.openSession(Map.of("user", "postgres", "database", "postgres"));
    }

    @Test
    void executeRunsThePreparedStatementWithCoercedArguments() {
        Session s = session();
        run(s, "CREATE TABLE t (id int PRIMARY KEY, v text)");
        assertThat(run(s, "PREPARE ins (int, text) AS INSERT INTO t VALUES ($1, $2)").tags).containsExactly("PREPARE");
        assertThat(run(s, "EXECUTE ins(1, 'a')").tags).containsExactly("INSERT 0 1");
        assertThat(run(s, "EXECUTE ins('2', 'b')").tags).containsExactly("INSERT 0 1");
        run(s, "PREPARE sel AS SELECT v FROM t WHERE id = $1");
        CollectingSink rows = run(s, "EXECUTE sel(1.6)"); // numeric to int by assignment: rounds to 2
        assertThat(rows.rows).containsExactly(List.of("b"));
        assertThat(rows.columns.get(0).name()).isEqualTo("v");
        assertThat(rows.tags).containsExactly("SELECT 1");
        s.close();
    }

    @Test
    void errorsAreThoseOfPostgres() {
        Session s = session();
        run(s, "PREPARE p (int) AS SELECT $1");
        PgException duplicate = error(s, "PREPARE p AS SELECT 1");
        assertThat(duplicate.state().code()).isEqualTo("42P05");
        assertThat(duplicate.getMessage()).isEqualTo("prepared statement \"p\" already exists");
        PgException missing = error(s, "EXECUTE q");
        assertThat(missing.state().code()).isEqualTo("26000");
        assertThat(missing.getMessage()).isEqualTo("prepared statement \"q\" does not exist");
        PgException count = error(s, "EXECUTE p(1, 2)");
        assertThat(count.state().code()).isEqualTo("42601");
        assertThat(count.getMessage()).isEqualTo("wrong number of parameters for prepared statement \"p\"");
        assertThat(count.detail()).isEqualTo("Expected 1 parameters but got 2.");
        PgException type = error(s, "EXECUTE p(true)");
        assertThat(type.state().code()).isEqualTo("42804");
        assertThat(type.getMessage()).isEqualTo("parameter $1 of type boolean cannot be coerced to the expected type integer");
        assertThat(error(s, "DEALLOCATE q").state().code()).isEqualTo("26000");
        assertThat(run(s, "EXECUTE p(7)").rows).containsExactly(List.of("7")); // the session survives
        s.close();
    }

    @Test
    void statementsArePerSessionAndSurviveRollback() {
        Session a = session();
        Session b = session();
        run(a, "BEGIN");
        run(a, "PREPARE p AS SELECT 1 AS one");
        run(a, "ROLLBACK");
        assertThat(run(a, "EXECUTE p").rows).containsExactly(List.of("1"));
        assertThat(error(b, "EXECUTE p").state().code()).isEqualTo("26000");
        run(b, "PREPARE p AS SELECT 2");
        assertThat(run(b, "EXECUTE p").rows).containsExactly(List.of("2"));
        assertThat(run(a, "DEALLOCATE ALL").tags).containsExactly("DEALLOCATE ALL");
        assertThat(error(a, "EXECUTE p").state().code()).isEqualTo("26000");
        assertThat(run(b, "EXECUTE p").rows).containsExactly(List.of("2"));
        a.close();
        b.close();
    }
}
