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

/** Views and materialized views as durable catalog objects; expected behaviour is PostgreSQL 15's. */
class ViewsTest {
    @TempDir
    Path directory;

    @Test
    void viewsAndMaterializedViewsSurviveRestartAndFollowTheirTables() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE TABLE items (id int PRIMARY KEY, name text, qty int)");
            run(s, "INSERT INTO items VALUES (1, 'bolt', 10), (2, 'nut', 25)");
            run(s, "CREATE VIEW stocked (item, amount) AS SELECT name, qty FROM items WHERE qty > 5");
            run(s, "CREATE MATERIALIZED VIEW snapshot AS SELECT id, qty FROM items");
            s.close();
        }
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "INSERT INTO items VALUES (3, 'washer', 40)");
            assertThat(run(s, "SELECT item, amount FROM stocked ORDER BY amount").rows)
                    .containsExactly(List.of("bolt", "10"), List.of("nut", "25"), List.of("washer", "40"));
            // a materialized view keeps the rows of its last refresh
            assertThat(run(s, "SELECT count(*) FROM snapshot").rows).containsExactly(List.of("2"));
            run(s, "REFRESH MATERIALIZED VIEW snapshot");
            assertThat(run(s, "SELECT sum(qty) FROM snapshot").rows).containsExactly(List.of("75"));
            PgException dependent = error(s, "DROP TABLE items");
            assertThat(dependent.state().code()).isEqualTo("2BP01");
            assertThat(dependent.detail()).isEqualTo(
                    "view stocked depends on table items\nmaterialized view snapshot depends on table items");
            run(s, "DROP TABLE items CASCADE");
            assertThat(error(s, "SELECT * FROM stocked").state().code()).isEqualTo("42P01");
            s.close();
        }
    }

    @Test
    void writesThroughASimpleViewReachItsTableAndRespectCheckOption() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE TABLE accounts (id int PRIMARY KEY, owner text, balance int DEFAULT 0)");
            run(s, "CREATE VIEW positive AS SELECT id, owner AS who, balance FROM accounts WHERE balance >= 0"
                    + " WITH CHECK OPTION");
            run(s, "INSERT INTO positive (id, who) VALUES (1, 'ann')");
            run(s, "INSERT INTO accounts VALUES (2, 'bob', -5)");
            assertThat(run(s, "UPDATE positive SET balance = balance + 10 RETURNING id, who, balance").rows)
                    .containsExactly(List.of("1", "ann", "10"));
            PgException violation = error(s, "UPDATE positive SET balance = -1 WHERE id = 1");
            assertThat(violation.state().code()).isEqualTo("44000");
            assertThat(violation.getMessage()).isEqualTo("new row violates check option for view \"positive\"");
            assertThat(violation.detail()).isEqualTo("Failing row contains (1, ann, -1).");
            // rows the view does not show are not deleted through it
            run(s, "DELETE FROM positive");
            assertThat(run(s, "SELECT id, owner, balance FROM accounts").rows).containsExactly(List.of("2", "bob", "-5"));
            run(s, "CREATE VIEW totals AS SELECT owner, sum(balance) FROM accounts GROUP BY owner");
            PgException notUpdatable = error(s, "DELETE FROM totals");
            assertThat(notUpdatable.state().code()).isEqualTo("55000");
            assertThat(notUpdatable.detail()).isEqualTo("Views containing GROUP BY are not automatically updatable.");
            s.close();
        }
    }

    @Test
    void aViewKeepsReadingTheRelationsItNamedWhenCreatedAcrossRestarts() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE SCHEMA sales");
            run(s, "CREATE TABLE sales.orders (id int, total int)");
            run(s, "INSERT INTO sales.orders VALUES (1, 10), (2, 20)");
            run(s, "SET search_path = sales, public");
            run(s, "CREATE VIEW big AS SELECT id FROM orders WHERE total > 15");
            s.close();
        }
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            // another "orders" found first by a later search_path, then renames: the view follows its own table
            run(s, "CREATE TABLE public.orders (id int, total int)");
            run(s, "INSERT INTO public.orders VALUES (9, 90)");
            run(s, "ALTER TABLE sales.orders RENAME TO orders_2026");
            run(s, "ALTER SCHEMA sales RENAME TO archive");
            assertThat(run(s, "SELECT id FROM archive.big").rows).containsExactly(List.of("2"));
            assertThat(error(s, "SELECT id FROM big").state().code()).isEqualTo("42P01");
            s.close();
        }
    }
}
