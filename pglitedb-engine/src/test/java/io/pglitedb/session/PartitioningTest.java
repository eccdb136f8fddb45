package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.error;
import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table inheritance and declarative partitioning; expected behaviour is PostgreSQL 15's. */
class PartitioningTest {
    @TempDir
    Path directory;

    @Test
    void partitionBoundsAndParentsSurviveRestartAndKeepRoutingRows() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE TABLE measurement (city int, logdate date, peak int) PARTITION BY RANGE (logdate)");
            run(s, "CREATE TABLE m_2020 PARTITION OF measurement FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')");
            run(s, "CREATE TABLE m_rest PARTITION OF measurement DEFAULT");
            run(s, "CREATE TABLE base (id int NOT NULL, CHECK (id > 0))");
            run(s, "CREATE TABLE derived (extra text) INHERITS (base)");
            run(s, "BEGIN");
            run(s, "CREATE TABLE m_2021 PARTITION OF measurement FOR VALUES FROM ('2021-01-01') TO ('2022-01-01')");
            run(s, "ROLLBACK");
            s.close();
        }
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "INSERT INTO measurement VALUES (1, '2020-06-01', 30), (2, '2021-06-01', 31)");
            assertThat(run(s, "SELECT city FROM m_2020").rows).containsExactly(List.of("1"));
            // the rolled back partition is gone: 2021 went to the default partition
            assertThat(run(s, "SELECT city FROM m_rest").rows).containsExactly(List.of("2"));
            assertThat(error(s, "INSERT INTO m_2020 VALUES (3, '2019-01-01', 1)").state().code()).isEqualTo("23514");
            assertThat(run(s, "SELECT pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname = 'm_2020'").rows)
                    .containsExactly(List.of("FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')"));
            run(s, "INSERT INTO derived VALUES (5, 'x')");
            assertThat(error(s, "INSERT INTO derived VALUES (-1, 'x')").state().code()).isEqualTo("23514");
            assertThat(error(s, "INSERT INTO derived VALUES (NULL, 'x')").state().code()).isEqualTo("23502");
            assertThat(run(s, "SELECT id FROM base").rows).containsExactly(List.of("5"));
            assertThat(run(s, "SELECT id FROM ONLY base").rows).isEmpty();
            s.close();
        }
    }

    @Test
    void updateMovesRowsBetweenPartitionsOnceAndRefusesRowsNoPartitionTakes() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE TABLE t (k int, v text) PARTITION BY LIST (k)");
            run(s, "CREATE TABLE t_1 PARTITION OF t FOR VALUES IN (1)");
            run(s, "CREATE TABLE t_2 PARTITION OF t FOR VALUES IN (2)");
            run(s, "INSERT INTO t VALUES (1, 'a'), (2, 'b')");
            assertThat(run(s, "UPDATE t SET k = 3 - k").tags).containsExactly("UPDATE 2");
            assertThat(run(s, "SELECT v FROM t_1").rows).containsExactly(List.of("b"));
            assertThat(run(s, "SELECT v FROM t_2").rows).containsExactly(List.of("a"));
            assertThat(error(s, "INSERT INTO t VALUES (7, 'c')").getMessage())
                    .isEqualTo("no partition of relation \"t\" found for row");
            assertThat(error(s, "UPDATE t_1 SET k = 2").state().code()).isEqualTo("23514");
            assertThat(run(s, "DELETE FROM t WHERE v = 'a'").tags).containsExactly("DELETE 1");
            assertThat(run(s, "SELECT count(*) FROM t").rows).containsExactly(List.of("1"));
            s.close();
        }
    }
}
