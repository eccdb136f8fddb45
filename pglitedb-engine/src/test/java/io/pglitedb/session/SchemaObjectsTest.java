package io.pglitedb.session;

import static io.pglitedb.session.SessionTests.error;
import static io.pglitedb.session.SessionTests.open;
import static io.pglitedb.session.SessionTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.error.PgException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sequences, indexes and constraints as durable catalog objects, and unique checks between
 * concurrent transactions; expected behaviour is PostgreSQL 15's.
 */
class SchemaObjectsTest {
    @TempDir
    Path directory;

    @Test
    void sequencesIndexesAndConstraintsSurviveRestart() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE TABLE customers (id serial PRIMARY KEY, email text UNIQUE, age int CHECK (age >= 0))");
            run(s, "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY, "
                    + "customer_id int REFERENCES customers ON DELETE CASCADE, note text)");
            run(s, "CREATE INDEX orders_note_idx ON orders (note DESC)");
            run(s, "CREATE SEQUENCE invoice_no START 100 INCREMENT 10");
            run(s, "INSERT INTO customers (email, age) VALUES ('a@x', 30), ('b@x', 40)");
            run(s, "INSERT INTO orders (customer_id, note) VALUES (1, 'first'), (2, 'second')");
            assertThat(run(s, "SELECT nextval('invoice_no'), nextval('invoice_no')").rows)
                    .containsExactly(List.of("100", "110"));
            s.close();
        }
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            // sequences continue after every value handed out before the restart
            long next = Long.parseLong(run(s, "SELECT nextval('invoice_no')").rows.get(0).get(0));
            assertThat(next).isGreaterThan(110);
            assertThat(run(s, "INSERT INTO customers (email, age) VALUES ('c@x', 50) RETURNING id").rows.get(0).get(0))
                    .isNotIn("1", "2");
            PgException duplicate = error(s, "INSERT INTO customers (email, age) VALUES ('a@x', 1)");
            assertThat(duplicate.state().code()).isEqualTo("23505");
            assertThat(duplicate.getMessage()).isEqualTo("duplicate key value violates unique constraint \"customers_email_key\"");
            assertThat(duplicate.detail()).isEqualTo("Key (email)=(a@x) already exists.");
            assertThat(error(s, "INSERT INTO customers (email, age) VALUES ('d@x', -1)").getMessage())
                    .isEqualTo("new row for relation \"customers\" violates check constraint \"customers_age_check\"");
            assertThat(error(s, "INSERT INTO orders (customer_id) VALUES (99)").state().code()).isEqualTo("23503");
            assertThat(error(s, "INSERT INTO orders (id, customer_id) VALUES (5, 1)").state().code()).isEqualTo("428C9");
            assertThat(run(s, "SELECT note FROM orders WHERE note = 'second'").rows).containsExactly(List.of("second"));
            run(s, "DELETE FROM customers WHERE id = 1");
            assertThat(run(s, "SELECT customer_id, note FROM orders ORDER BY id").rows)
                    .containsExactly(List.of("2", "second"));
            // 3 went to the insert that failed its foreign key check (nextval is not transactional)
            assertThat(run(s, "INSERT INTO orders (customer_id, note) VALUES (2, 'third') RETURNING id").rows)
                    .containsExactly(List.of("4"));
            s.close();
        }
    }

    @Test
    void includeColumnsHashIndexesAndNullsNotDistinctSurviveRestart() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE TABLE items (a int, b text, c int, CONSTRAINT items_u UNIQUE (a) INCLUDE (b))");
            run(s, "CREATE INDEX items_c ON items (c DESC) INCLUDE (a, b)");
            run(s, "CREATE INDEX items_h ON items USING hash (b)");
            run(s, "CREATE UNIQUE INDEX items_nd ON items (c) NULLS NOT DISTINCT");
            run(s, "INSERT INTO items VALUES (1, 'x', 10), (2, 'x', 20), (3, 'z', NULL)");
            s.close();
        }
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            assertThat(run(s, "SELECT indexdef FROM pg_indexes WHERE tablename = 'items' ORDER BY indexname").rows)
                    .containsExactly(List.of("CREATE INDEX items_c ON public.items USING btree (c DESC) INCLUDE (a, b)"),
                            List.of("CREATE INDEX items_h ON public.items USING hash (b)"),
                            List.of("CREATE UNIQUE INDEX items_nd ON public.items USING btree (c) NULLS NOT DISTINCT"),
                            List.of("CREATE UNIQUE INDEX items_u ON public.items USING btree (a) INCLUDE (b)"));
            // uniqueness is over the key column only
            assertThat(error(s, "INSERT INTO items VALUES (1, 'y', 30)").detail()).isEqualTo("Key (a)=(1) already exists.");
            assertThat(error(s, "INSERT INTO items VALUES (4, 'y', NULL)").detail()).isEqualTo("Key (c)=(null) already exists.");
            assertThat(run(s, "SELECT a FROM items WHERE b = 'x' ORDER BY a").rows)
                    .containsExactly(List.of("1"), List.of("2"));
            // dropping an INCLUDE column drops the indexes that have it, as in PostgreSQL
            run(s, "ALTER TABLE items DROP COLUMN b");
            assertThat(run(s, "SELECT indexname FROM pg_indexes WHERE tablename = 'items'").rows)
                    .containsExactly(List.of("items_nd"));
            s.close();
        }
    }

    @Test
    void catalogOnlyTableAndColumnSettingsSurviveRestart() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE UNLOGGED TABLE settings (id int PRIMARY KEY, a text COLLATE \"C\", b varchar(5) COLLATE \"POSIX\","
                    + " c text NOT NULL)");
            run(s, "CREATE UNIQUE INDEX settings_c ON settings (c)");
            run(s, "ALTER TABLE settings REPLICA IDENTITY USING INDEX settings_c, ALTER a SET STATISTICS 200,"
                    + " ALTER c SET STORAGE EXTERNAL");
            run(s, "CREATE TABLE other (a int)");
            run(s, "ALTER TABLE other REPLICA IDENTITY FULL");
            run(s, "INSERT INTO other VALUES (-1)");
            run(s, "ALTER TABLE other ADD CONSTRAINT other_a_check CHECK (a > 0) NOT VALID");
            s.close();
        }
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            assertThat(run(s, "SELECT attname, attcollation FROM pg_attribute WHERE attrelid = 'settings'::regclass"
                    + " AND attnum > 0 ORDER BY attnum").rows)
                    .containsExactly(List.of("id", "0"), List.of("a", "950"), List.of("b", "951"), List.of("c", "100"));
            assertThat(run(s, "SELECT attname, attstattarget, attstorage FROM pg_attribute"
                    + " WHERE attrelid = 'settings'::regclass AND attnum > 0 ORDER BY attnum").rows)
                    .containsExactly(List.of("id", "-1", "p"), List.of("a", "200", "x"), List.of("b", "-1", "x"),
                            List.of("c", "-1", "e"));
            assertThat(run(s, "SELECT relname, relpersistence, relreplident FROM pg_class"
                    + " WHERE relname IN ('settings', 'settings_c', 'other') ORDER BY 1").rows)
                    .containsExactly(List.of("other", "p", "f"), List.of("settings", "u", "i"),
                            List.of("settings_c", "u", "n"));
            assertThat(run(s, "SELECT indexrelid::regclass::text, indisreplident FROM pg_index"
                    + " WHERE indrelid = 'settings'::regclass ORDER BY 1").rows)
                    .containsExactly(List.of("settings_c", "t"), List.of("settings_pkey", "f"));
            assertThat(run(s, "SELECT convalidated, pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE conname = 'other_a_check'").rows).containsExactly(List.of("f", "CHECK ((a > 0)) NOT VALID"));
            assertThat(error(s, "ALTER TABLE other VALIDATE CONSTRAINT other_a_check").state().code()).isEqualTo("23514");
            run(s, "DELETE FROM other");
            run(s, "ALTER TABLE other VALIDATE CONSTRAINT other_a_check");
            assertThat(run(s, "SELECT convalidated FROM pg_constraint WHERE conname = 'other_a_check'").rows)
                    .containsExactly(List.of("t"));
            s.close();
        }
    }

    @Test
    void secondInserterOfAUniqueValueWaitsThenFailsWhenTheFirstCommits() throws Exception {
        try (Database database = Database.openInMemory()) {
            Session first = open(database);
            Session second = open(database);
            run(first, "CREATE TABLE t (id int PRIMARY KEY, code text UNIQUE)");
            run(first, "BEGIN");
            run(first, "INSERT INTO t VALUES (1, 'x')");
            CompletableFuture<PgException> waiting = CompletableFuture.supplyAsync(
                    () -> error(second, "INSERT INTO t VALUES (2, 'x')"));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            run(first, "COMMIT");
            PgException e = waiting.get(10, TimeUnit.SECONDS);
            assertThat(e.state().code()).isEqualTo("23505");
            assertThat(e.getMessage()).isEqualTo("duplicate key value violates unique constraint \"t_code_key\"");
            assertThat(e.detail()).isEqualTo("Key (code)=(x) already exists.");
        }
    }

    @Test
    void secondInserterOfAUniqueValueSucceedsWhenTheFirstRollsBack() throws Exception {
        try (Database database = Database.openInMemory()) {
            Session first = open(database);
            Session second = open(database);
            run(first, "CREATE TABLE t (id int PRIMARY KEY, code text)");
            run(first, "CREATE UNIQUE INDEX t_code ON t (code)");
            run(first, "BEGIN");
            run(first, "INSERT INTO t VALUES (1, 'x')");
            CompletableFuture<CollectingSink> waiting = CompletableFuture.supplyAsync(
                    () -> run(second, "INSERT INTO t VALUES (2, 'x')"));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            run(first, "ROLLBACK");
            assertThat(waiting.get(10, TimeUnit.SECONDS).tags).containsExactly("INSERT 0 1");
            assertThat(run(first, "SELECT id FROM t WHERE code = 'x'").rows).containsExactly(List.of("2"));
        }
    }

    @Test
    void insertOfAValueAConcurrentDeleteFreesWaitsForTheDelete() throws Exception {
        try (Database database = Database.openInMemory()) {
            Session first = open(database);
            Session second = open(database);
            run(first, "CREATE TABLE t (id int PRIMARY KEY, code text UNIQUE)");
            run(first, "INSERT INTO t VALUES (1, 'x')");
            run(first, "BEGIN");
            run(first, "DELETE FROM t WHERE id = 1");
            CompletableFuture<CollectingSink> waiting = CompletableFuture.supplyAsync(
                    () -> run(second, "INSERT INTO t VALUES (2, 'x')"));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            run(first, "COMMIT");
            assertThat(waiting.get(10, TimeUnit.SECONDS).tags).containsExactly("INSERT 0 1");
        }
    }

    /** typbasetype of a domain over a domain is stored as that domain, and both domains' checks apply after a restart. */
    @Test
    void domainOverDomainSurvivesRestart() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE DOMAIN posint AS int CHECK (VALUE > 0)");
            run(s, "CREATE DOMAIN small_posint AS posint CHECK (VALUE < 100)");
            run(s, "CREATE TABLE t (a small_posint)");
            run(s, "INSERT INTO t VALUES (5)");
            s.close();
        }
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            assertThat(run(s, "SELECT typbasetype::regtype, typlen FROM pg_type WHERE typname = 'small_posint'").rows)
                    .containsExactly(List.of("posint", "4"));
            assertThat(run(s, "SELECT a, pg_typeof(a), pg_typeof(a + 1) FROM t").rows)
                    .containsExactly(List.of("5", "small_posint", "integer"));
            PgException base = error(s, "INSERT INTO t VALUES (0)");
            assertThat(base.state().code()).isEqualTo("23514");
            assertThat(base.getMessage())
                    .isEqualTo("value for domain small_posint violates check constraint \"posint_check\"");
            assertThat(error(s, "SELECT 100::small_posint").getMessage())
                    .isEqualTo("value for domain small_posint violates check constraint \"small_posint_check\"");
            s.close();
        }
    }

    @Test
    void referencingInsertAndReferencedDeleteCannotBothSucceed() throws Exception {
        try (Database database = Database.openInMemory()) {
            Session first = open(database);
            Session second = open(database);
            run(first, "CREATE TABLE parent (id int PRIMARY KEY)");
            run(first, "CREATE TABLE child (pid int REFERENCES parent)");
            run(first, "INSERT INTO parent VALUES (1)");
            run(first, "BEGIN");
            run(first, "DELETE FROM parent WHERE id = 1");
            CompletableFuture<PgException> waiting = CompletableFuture.supplyAsync(
                    () -> error(second, "INSERT INTO child VALUES (1)"));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            run(first, "COMMIT");
            assertThat(waiting.get(10, TimeUnit.SECONDS).state().code()).isEqualTo("23503");
        }
    }

    @Test
    void racingUpsertsOfOneKeyWaitAndUpdateInsteadOfFailing() throws Exception {
        try (Database database = Database.openInMemory()) {
            Session first = open(database);
            Session second = open(database);
            run(first, "CREATE TABLE counters (name text PRIMARY KEY, n int)");
            run(first, "BEGIN");
            run(first, "INSERT INTO counters VALUES ('a', 1) ON CONFLICT (name) DO UPDATE SET n = counters.n + 1");
            CompletableFuture<CollectingSink> waiting = CompletableFuture.supplyAsync(() -> run(second,
                    "INSERT INTO counters VALUES ('a', 1) ON CONFLICT (name) DO UPDATE SET n = counters.n + 1"));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            run(first, "COMMIT");
            assertThat(waiting.get(10, TimeUnit.SECONDS).tags).containsExactly("INSERT 0 1");
            assertThat(run(first, "SELECT n FROM counters").rows).containsExactly(List.of("2"));
        }
    }

    @Test
    void equalityOnAnIndexedColumnReadsOnlyTheMatchingRows() {
        try (Database database = Database.openInMemory()) {
            Session s = open(database);
            run(s, "CREATE TABLE big (id int PRIMARY KEY, k int, pad text)");
            run(s, "INSERT INTO big SELECT g, g % 1000, 'x' FROM generate_series(1, 200000) g");
            run(s, "CREATE INDEX big_k ON big (k)");
            assertThat(run(s, "SELECT count(*) FROM big WHERE k = 7").rows).containsExactly(List.of("200"));
            // the index scan produced the 200 matching rows and nothing else was read
            assertThat(run(s, "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT * FROM big WHERE k = 7").rows.stream()
                    .map(r -> r.get(0)).toList())
                    .first().asString().isEqualTo("Index Scan using big_k on big (actual rows=200 loops=1)");
        }
    }
}
