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

/** LANGUAGE plpgsql functions and DO blocks; expected behaviour is PostgreSQL 15's. */
class PlpgsqlTest {
    @TempDir
    Path directory;

    @Test
    void functionWithDeclarationsLoopsAndRaiseNotice() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, """
                    CREATE FUNCTION total(n int) RETURNS int LANGUAGE plpgsql AS $$
                    DECLARE
                      acc int := 0;
                    BEGIN
                      FOR i IN 1..n LOOP
                        CONTINUE WHEN i % 2 = 0;
                        acc := acc + i;
                      END LOOP;
                      RAISE NOTICE 'total of % is %', n, acc;
                      RETURN acc;
                    END $$""");
            CollectingSink sink = run(s, "SELECT total(5)");
            assertThat(sink.rows).containsExactly(List.of("9"));
            assertThat(sink.notices).containsExactly("NOTICE: total of 5 is 9");
            s.close();
        }
    }

    @Test
    void exceptionBlockRollsBackItsWritesAndKeepsVariables() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE TABLE t (id int PRIMARY KEY)");
            CollectingSink sink = run(s, """
                    DO $$
                    DECLARE tries int := 0;
                    BEGIN
                      BEGIN
                        INSERT INTO t VALUES (1);
                        tries := tries + 1;
                        INSERT INTO t VALUES (1);
                      EXCEPTION WHEN unique_violation THEN
                        RAISE NOTICE 'caught % after % tries', SQLSTATE, tries;
                      END;
                      INSERT INTO t VALUES (2);
                    END $$""");
            assertThat(sink.notices).containsExactly("NOTICE: caught 23505 after 1 tries");
            assertThat(run(s, "SELECT id FROM t ORDER BY id").rows).containsExactly(List.of("2"));
            s.close();
        }
    }

    @Test
    void raisedErrorsCarryTheirSqlstateAndContext() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, """
                    CREATE FUNCTION check_positive(v int) RETURNS int LANGUAGE plpgsql AS $$
                    BEGIN
                      IF v <= 0 THEN
                        RAISE EXCEPTION 'bad value %', v USING ERRCODE = 'U0001', HINT = 'positive only';
                      END IF;
                      RETURN v;
                    END $$""");
            PgException e = error(s, "SELECT check_positive(-3)");
            assertThat(e.code()).isEqualTo("U0001");
            assertThat(e.getMessage()).isEqualTo("bad value -3");
            assertThat(e.hint()).isEqualTo("positive only");
            assertThat(e.context()).isEqualTo("PL/pgSQL function check_positive(integer) line 4 at RAISE");
            PgException strict = error(s, "DO $$ DECLARE x int; BEGIN SELECT 1 INTO STRICT x WHERE false; END $$");
            assertThat(strict.code()).isEqualTo("P0002");
            assertThat(run(s, "SELECT check_positive(4)").rows).containsExactly(List.of("4"));
            s.close();
        }
    }

    @Test
    void setReturningAndOutParameterFunctions() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, """
                    CREATE FUNCTION pairs(n int) RETURNS TABLE(k int, sq int) LANGUAGE plpgsql AS $$
                    BEGIN
                      FOR i IN 1..n LOOP
                        k := i;
                        sq := i * i;
                        RETURN NEXT;
                      END LOOP;
                      RETURN QUERY SELECT 100, 10000;
                    END $$""");
            assertThat(run(s, "SELECT * FROM pairs(2)").rows)
                    .containsExactly(List.of("1", "1"), List.of("2", "4"), List.of("100", "10000"));
            run(s, """
                    CREATE FUNCTION dynamic_count(tab text) RETURNS bigint LANGUAGE plpgsql AS $$
                    DECLARE n bigint;
                    BEGIN
                      EXECUTE format('SELECT count(*) FROM %I WHERE k > $1', tab) INTO n USING 1;
                      RETURN n;
                    END $$""");
            run(s, "CREATE TABLE nums AS SELECT * FROM pairs(3)");
            assertThat(run(s, "SELECT dynamic_count('nums')").rows).containsExactly(List.of("3"));
            s.close();
        }
    }

    @Test
    void triggersChangeSkipAndAuditRows() {
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            run(s, "CREATE TABLE items (id int PRIMARY KEY, name text)");
            run(s, "CREATE TABLE log (what text)");
            run(s, """
                    CREATE FUNCTION fix() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      IF NEW.name IS NULL THEN
                        RETURN NULL;
                      END IF;
                      NEW.name := upper(NEW.name);
                      RETURN NEW;
                    END $$""");
            run(s, """
                    CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      INSERT INTO log VALUES (TG_OP || ' ' || TG_LEVEL || ' ' || coalesce(NEW.name, OLD.name, '-'));
                      RETURN NULL;
                    END $$""");
            run(s, "CREATE TRIGGER fix BEFORE INSERT OR UPDATE ON items FOR EACH ROW EXECUTE FUNCTION fix()");
            run(s, "CREATE TRIGGER audit AFTER INSERT OR DELETE ON items FOR EACH ROW EXECUTE FUNCTION audit()");
            assertThat(run(s, "INSERT INTO items VALUES (1, 'a'), (2, NULL), (3, 'c')").tags)
                    .containsExactly("INSERT 0 2");
            run(s, "DELETE FROM items WHERE id = 3");
            assertThat(run(s, "SELECT id, name FROM items ORDER BY id").rows).containsExactly(List.of("1", "A"));
            assertThat(run(s, "SELECT what FROM log").rows)
                    .containsExactly(List.of("INSERT ROW A"), List.of("INSERT ROW C"), List.of("DELETE ROW C"));
            run(s, "ALTER TABLE items DISABLE TRIGGER fix");
            run(s, "INSERT INTO items VALUES (4, 'd')");
            assertThat(run(s, "SELECT name FROM items WHERE id = 4").rows).containsExactly(List.of("d"));
            PgException missing = error(s, "DROP TRIGGER nope ON items");
            assertThat(missing.code()).isEqualTo("42704");
            s.close();
        }
        try (Database database = Database.open(directory)) {
            Session s = open(database);
            assertThat(run(s, "SELECT tgname, tgenabled FROM pg_trigger ORDER BY tgname").rows)
                    .containsExactly(List.of("audit", "O"), List.of("fix", "D"));
            s.close();
        }
    }
}
