package io.pglitedb.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The session API end to end over an in-memory database; expected values are PostgreSQL 15's. */
class SessionTest {
    private Database database;
    private Session session;

    @BeforeEach
    void open() {
        database = Database.openInMemory();
        session = database.openSession(Map.of("user", "postgres", "database", "postgres"));
        run("CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance bigint DEFAULT 0, "
                + "rate double precision, active boolean)");
        run("INSERT INTO accounts (id, owner, balance, rate, active) VALUES (1, 'alice', 100, 0.5, true), "
                + "(2, 'bob', 250, 1.25, false), (3, 'carol', NULL, NULL, true)");
    }

    @AfterEach
    void close() {
        session.close();
        database.close();
    }

    private CollectingSink run(String sql) {
        CollectingSink sink = new CollectingSink();
        session.simpleQuery(sql, sink);
        return sink;
    }

    private PgException error(String sql) {
        try {
            run(sql);
        } catch (PgException e) {
            return e;
        }
        throw new AssertionError("no error from " + sql);
    }

    @Test
    void insertReturningGivesDefaults() {
        CollectingSink sink = run("INSERT INTO accounts (id, owner) VALUES (4, 'dave') RETURNING id, owner, balance");
        assertThat(sink.rows).containsExactly(List.of("4", "dave", "0"));
        assertThat(sink.tags).containsExactly("INSERT 0 1");
        assertThat(sink.columns).extracting(ResultColumn::name).containsExactly("id", "owner", "balance");
    }

    @Test
    void selectWithExpressionsFilterAndOrder() {
        CollectingSink sink = run("SELECT owner, balance * 2 AS doubled FROM accounts WHERE balance > 50 AND active ORDER BY owner");
        assertThat(sink.rows).containsExactly(List.of("alice", "200"));
        assertThat(sink.tags).containsExactly("SELECT 1");
    }

    @Test
    void aggregatesAndGroupBy() {
        assertThat(run("SELECT count(*), sum(balance), min(owner), max(rate) FROM accounts").rows)
                .containsExactly(List.of("3", "350", "alice", "1.25"));
        assertThat(run("SELECT active, count(*) FROM accounts GROUP BY active ORDER BY active").rows)
                .containsExactly(List.of("f", "1"), List.of("t", "2"));
    }

    @Test
    void rollbackUndoesUpdateAndDelete() {
        run("BEGIN");
        assertThat(run("UPDATE accounts SET balance = balance + 10 WHERE id IN (1, 2)").tags).containsExactly("UPDATE 2");
        assertThat(run("DELETE FROM accounts WHERE id = 3").tags).containsExactly("DELETE 1");
        assertThat(session.transactionStatus()).isEqualTo(TransactionStatus.IN_TRANSACTION);
        run("ROLLBACK");
        assertThat(run("SELECT id, balance FROM accounts ORDER BY id").rows)
                .containsExactly(List.of("1", "100"), List.of("2", "250"), List.of("3", "NULL"));
    }

    @Test
    void selectWithoutFrom() {
        CollectingSink sink = run("SELECT 1 + 1 AS two, 'it''s' AS quoted, NULL IS NULL AS isnull, 7 / 2 AS intdiv, 7.0 / 2 AS numdiv");
        assertThat(sink.rows).containsExactly(List.of("2", "it's", "t", "3", "3.5000000000000000"));
    }

    @Test
    void duplicateKeyNamesConstraintAndKey() {
        PgException e = error("INSERT INTO accounts (id, owner) VALUES (1, 'mallory')");
        assertThat(e.state().code()).isEqualTo("23505");
        assertThat(e.getMessage()).isEqualTo("duplicate key value violates unique constraint \"accounts_pkey\"");
        assertThat(e.detail()).isEqualTo("Key (id)=(1) already exists.");
    }

    @Test
    void errorInBlockAbortsUntilRollback() {
        run("BEGIN");
        error("SELECT nosuch FROM accounts");
        assertThat(session.transactionStatus()).isEqualTo(TransactionStatus.FAILED);
        assertThat(error("SELECT 1").state().code()).isEqualTo("25P02");
        run("ROLLBACK");
        assertThat(session.transactionStatus()).isEqualTo(TransactionStatus.IDLE);
        assertThat(run("SELECT count(*) FROM accounts").rows).containsExactly(List.of("3"));
    }

    @Test
    void notNullViolationShowsFailingRow() {
        PgException e = error("INSERT INTO accounts (id) VALUES (9)");
        assertThat(e.state().code()).isEqualTo("23502");
        assertThat(e.getMessage()).isEqualTo("null value in column \"owner\" of relation \"accounts\" violates not-null constraint");
        assertThat(e.detail()).isEqualTo("Failing row contains (9, null, 0, null, null).");
    }

    @Test
    void unknownTableAndColumnHavePositions() {
        PgException table = error("SELECT * FROM nosuch");
        assertThat(table.state().code()).isEqualTo("42P01");
        assertThat(table.position()).isEqualTo(15);
        PgException column = error("SELECT nosuch FROM accounts");
        assertThat(column.state().code()).isEqualTo("42703");
        assertThat(column.position()).isEqualTo(8);
    }

    @Test
    void extendedQueryWithInferredParameterTypes() {
        session.parse("s1", "SELECT owner FROM accounts WHERE id = $1", new int[0]);
        assertThat(session.describeStatement("s1").parameterTypes()).extracting(t -> t.type().name()).containsExactly("int4");
        session.bind("", "s1", new Object[] {2}, new short[0]);
        CollectingSink sink = new CollectingSink();
        sink.columns = session.describePortal("");
        assertThat(session.execute("", 0, sink)).isFalse();
        session.sync();
        assertThat(sink.rows).containsExactly(List.of("bob"));
    }

    @Test
    void portalRowLimitSuspends() {
        session.parse("", "SELECT id FROM accounts ORDER BY id", new int[0]);
        session.bind("", "", new Object[0], new short[0]);
        CollectingSink sink = new CollectingSink();
        sink.columns = session.describePortal("");
        assertThat(session.execute("", 2, sink)).isTrue();
        assertThat(session.execute("", 2, sink)).isFalse();
        session.sync();
        assertThat(sink.rows).containsExactly(List.of("1"), List.of("2"), List.of("3"));
    }

    @Test
    void setAndShow() {
        run("SET application_name = 'x'");
        assertThat(session.takeChangedParameters()).containsEntry("application_name", "x");
        assertThat(run("SHOW application_name").rows).containsExactly(List.of("x"));
        assertThatThrownBy(() -> run("SHOW nosuch")).isInstanceOf(PgException.class)
                .hasMessage("unrecognized configuration parameter \"nosuch\"");
    }

    @Test
    void ddlRollsBackWithTransaction() {
        run("BEGIN");
        run("CREATE TABLE t (a int)");
        run("INSERT INTO t VALUES (1)");
        run("ROLLBACK");
        assertThat(error("SELECT * FROM t").state().code()).isEqualTo("42P01");
    }
}
