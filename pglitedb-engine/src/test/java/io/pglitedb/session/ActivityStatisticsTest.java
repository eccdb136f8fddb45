package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.error;
import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** pg_stat_statements, pg_stat_database, pg_stat_user_tables/indexes and the slow-statement log. */
class ActivityStatisticsTest {

    @Test
    void statementsAreCountedByNormalisedText() {
        try (Database db = Database.openInMemory()) {
            Session s = open(db);
            run(s, "create table t (id int primary key, v text)");
            run(s, "insert into t values (1, 'a'), (2, 'b'), (3, 'c')");
            run(s, "select * from t where id = 1");
            run(s, "select * from t where id = 2");
            run(s, "select * from t where id = -3");
            error(s, "select * from t where id = 'x'"); // failed statements are not counted
            List<List<String>> rows = run(s, "select query, calls, rows, total_exec_time >= max_exec_time,"
                    + " mean_exec_time <= max_exec_time from pg_stat_statements where query like 'select * from t%'").rows;
            assertThat(rows).containsExactly(List.of("select * from t where id = $1", "3", "2", "t", "t"));
            assertThat(run(s, "select query, rows from pg_stat_statements where query like 'insert%'").rows)
                    .containsExactly(List.of("insert into t values ($1, $2), ($3, $4), ($5, $6)", "3"));
            // utility statements keep their text
            assertThat(run(s, "select count(*) from pg_stat_statements where query = 'create table t (id int primary key, v text)'")
                    .rows).containsExactly(List.of("1"));
            run(s, "select pg_stat_statements_reset()");
            assertThat(run(s, "select query from pg_stat_statements").rows)
                    .containsExactly(List.of("select pg_stat_statements_reset()"));
        }
    }

    @Test
    void onlySuperusersResetAndSeeOtherUsersTexts() {
        try (Database db = Database.openInMemory()) {
            Session admin = open(db);
            run(admin, "create role alice login");
            run(admin, "select 42");
            Session alice = db.openSession(Map.of("user", "alice", "database", "postgres"));
            run(alice, "select 7");
            // the superuser's "create role" and "select 42" show without text; alice's own "select 7" with it
            assertThat(run(alice, "select query from pg_stat_statements where queryid is null"
                    + " or query = 'select $1' order by 1").rows)
                    .containsExactly(List.of("<insufficient privilege>"), List.of("<insufficient privilege>"),
                            List.of("select $1"));
            assertThat(error(alice, "select pg_stat_statements_reset()").state().code()).isEqualTo("42501");
            // pg_stat_activity: alice sees her own session, and who the superuser's session is but not what it does
            assertThat(run(alice, "select usename, state is null, query from pg_stat_activity order by usename").rows)
                    .containsExactly(List.of("alice", "f", "select usename, state is null, query from pg_stat_activity"
                            + " order by usename"), List.of("postgres", "t", "<insufficient privilege>"));
            run(admin, "grant pg_read_all_stats to alice");
            assertThat(run(alice, "select count(*) from pg_stat_activity where query = '<insufficient privilege>'")
                    .rows).containsExactly(List.of("0"));
            assertThat(run(alice, "select count(*) from pg_stat_statements where queryid is null").rows)
                    .containsExactly(List.of("0"));
        }
    }

    @Test
    void tablesAndIndexesCountScansAndRows() {
        try (Database db = Database.openInMemory()) {
            Session s = open(db);
            run(s, "create table t (id int primary key, v text)");
            run(s, "create index t_v on t (v)");
            run(s, "insert into t select g, 'v' || g from generate_series(1, 50) g");
            run(s, "select * from t where id = 5");
            run(s, "select * from t where v = 'v7'");
            run(s, "select count(*) from t where v like 'v1%'");
            run(s, "update t set v = 'w' where id = 6");
            run(s, "delete from t where id > 45");
            assertThat(run(s, "select relname, seq_scan, seq_tup_read, n_tup_ins, n_tup_upd, n_tup_del, n_live_tup"
                    + " from pg_stat_user_tables").rows)
                    .containsExactly(List.of("t", "1", "11", "50", "1", "5", "45"));
            assertThat(run(s, "select indexrelname, idx_scan > 0, idx_tup_read from pg_stat_user_indexes order by 1").rows)
                    .containsExactly(List.of("t_pkey", "t", "7"), List.of("t_v", "t", "1"));
        }
    }

    @Test
    void databasesCountTransactionsSessionsAndRows() {
        try (Database db = Database.openInMemory()) {
            Session s = open(db);
            run(s, "create table t (id int)");
            run(s, "begin");
            run(s, "insert into t values (1)");
            run(s, "rollback");
            run(s, "insert into t values (2), (3)");
            List<List<String>> rows = run(s, "select datname, numbackends, xact_rollback, tup_inserted, sessions"
                    + " from pg_stat_database where datname = 'postgres'").rows;
            assertThat(rows).containsExactly(List.of("postgres", "1", "1", "3", "1"));
            assertThat(run(s, "select xact_commit >= 2 from pg_stat_database where datname = 'postgres'").rows)
                    .containsExactly(List.of("t"));
            assertThat(run(s, "select count(*) from pg_stat_database where datid = 0 and datname is null").rows)
                    .containsExactly(List.of("1"));
        }
    }

    @Test
    void slowStatementsAreLoggedWithDuration() {
        try (Database db = Database.openInMemory()) {
            List<String> lines = new ArrayList<>();
            db.setLog((session, message) -> lines.add(message));
            db.setServerSettings(Map.of("log_min_duration_statement", "0"));
            Session s = open(db);
            run(s, "select 1");
            run(s, "set log_min_duration_statement = -1");
            run(s, "select 2");
            // the SET itself ends with the new value in force, as in PostgreSQL: not logged
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).matches("duration: \\d+\\.\\d{3} ms  statement: select 1");
            assertThat(error(s, "set log_min_duration_statement = -2").getMessage())
                    .isEqualTo("-2 ms is outside the valid range for parameter \"log_min_duration_statement\" (-1 .. 2147483647)");
        }
    }
}
