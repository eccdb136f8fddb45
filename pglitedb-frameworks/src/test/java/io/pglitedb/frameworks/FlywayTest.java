package io.pglitedb.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Flyway 13 with its PostgreSQL support on the embedded driver (given as a DataSource: Flyway picks
 * its database support by the URL prefix for URLs, and by the product name "PostgreSQL" for a
 * DataSource), each test also run against the
 * reference PostgreSQL: versioned and repeatable migrations, info, validate, baseline, clean,
 * failed migrations (rolled back with their transaction), and concurrent migrate calls serialised
 * by Flyway's PostgreSQL advisory lock.
 */
class FlywayTest {
    @TempDir
    Path migrations;

    private void write(String file, String sql) throws IOException {
        Files.writeString(migrations.resolve(file), sql);
    }

    private void writeStandardMigrations() throws IOException {
        write("V1__create_people.sql", """
                CREATE TABLE person (
                    id bigserial PRIMARY KEY,
                    name text NOT NULL,
                    born date
                );
                CREATE INDEX person_name ON person (name);
                """);
        write("V1.1__add_email.sql", """
                ALTER TABLE person ADD COLUMN email varchar(200);
                ALTER TABLE person ADD CONSTRAINT person_email_unique UNIQUE (email);
                """);
        write("V2__seed.sql", """
                INSERT INTO person (name, born, email) VALUES
                    ('Ada', '1815-12-10', 'ada@example.org'),
                    ('Grace', '1906-12-09', 'grace@example.org');
                CREATE SEQUENCE invoice_no START 1000;
                """);
        write("R__person_view.sql", """
                CREATE OR REPLACE VIEW person_names AS SELECT id, name FROM person;
                """);
    }

    private Flyway flyway(Target.TestDatabase db) {
        return flyway(db, "filesystem:" + migrations);
    }

    private static Flyway flyway(Target.TestDatabase db, String location) {
        return Flyway.configure()
                .dataSource(db.dataSource())
                .locations(location)
                .cleanDisabled(false)
                .load();
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i == 1 ? "" : "|").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static List<String> states(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .map(i -> (i.getVersion() == null ? "R" : i.getVersion().getVersion()) + " " + i.getDescription()
                        + " " + i.getState())
                .toList();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void migrateInfoValidateAndMigrateAgain(Target target) throws Exception {
        writeStandardMigrations();
        try (Target.TestDatabase db = target.create()) {
            Flyway flyway = flyway(db);
            assertThat(states(flyway)).containsExactly(
                    "1 create people PENDING", "1.1 add email PENDING", "2 seed PENDING", "R person view PENDING");

            MigrateResult result = flyway.migrate();
            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo(4);
            assertThat(result.initialSchemaVersion).isNull();
            assertThat(result.targetSchemaVersion).isEqualTo("2");
            assertThat(states(flyway)).containsExactly(
                    "1 create people SUCCESS", "1.1 add email SUCCESS", "2 seed SUCCESS", "R person view SUCCESS");
            MigrationInfo current = flyway.info().current();
            assertThat(current.getVersion().getVersion()).isEqualTo("2");

            ValidateResult validation = flyway.validateWithResult();
            assertThat(validation.validationSuccessful).isTrue();
            assertThat(validation.invalidMigrations).isEmpty();

            // nothing pending: a second migrate applies nothing
            assertThat(flyway.migrate().migrationsExecuted).isZero();

            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT name, email FROM person_names JOIN person USING (id, name) ORDER BY id"))
                        .containsExactly("Ada|ada@example.org", "Grace|grace@example.org");
                assertThat(rows(c, "SELECT nextval('invoice_no')")).containsExactly("1000");
                assertThat(rows(c, "SELECT installed_rank, version, description, type, script, checksum IS NOT NULL,"
                        + " success FROM flyway_schema_history ORDER BY installed_rank")).containsExactly(
                        "1|1|create people|SQL|V1__create_people.sql|t|t",
                        "2|1.1|add email|SQL|V1.1__add_email.sql|t|t",
                        "3|2|seed|SQL|V2__seed.sql|t|t",
                        "4|null|person view|SQL|R__person_view.sql|t|t");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void changedRepeatableMigrationRunsAgainAndNewVersionsFollow(Target target) throws Exception {
        writeStandardMigrations();
        try (Target.TestDatabase db = target.create()) {
            flyway(db).migrate();
            write("R__person_view.sql", """
                    CREATE OR REPLACE VIEW person_names AS SELECT id, name, upper(name) AS shout FROM person;
                    """);
            write("V3__more.sql", "INSERT INTO person (name) VALUES ('Edsger');\n");
            Flyway flyway = flyway(db);
            assertThat(states(flyway)).contains("3 more PENDING", "R person view OUTDATED");
            MigrateResult result = flyway.migrate();
            assertThat(result.migrationsExecuted).isEqualTo(2);
            assertThat(result.initialSchemaVersion).isEqualTo("2");
            assertThat(result.targetSchemaVersion).isEqualTo("3");
            assertThat(states(flyway)).containsExactly("1 create people SUCCESS", "1.1 add email SUCCESS",
                    "2 seed SUCCESS", "R person view SUPERSEDED", "3 more SUCCESS", "R person view SUCCESS");
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT shout FROM person_names ORDER BY id"))
                        .containsExactly("ADA", "GRACE", "EDSGER");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void validateFailsForAnAppliedMigrationThatChanged(Target target) throws Exception {
        writeStandardMigrations();
        try (Target.TestDatabase db = target.create()) {
            flyway(db).migrate();
            write("V2__seed.sql", "INSERT INTO person (name) VALUES ('changed');\n");
            ValidateResult validation = flyway(db).validateWithResult();
            assertThat(validation.validationSuccessful).isFalse();
            assertThat(validation.invalidMigrations).hasSize(1);
            assertThat(validation.invalidMigrations.get(0).version).isEqualTo("2");
            assertThatThrownBy(() -> flyway(db).migrate())
                    .hasMessageContaining("Migration checksum mismatch for migration version 2");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void baselineAnExistingDatabase(Target target) throws Exception {
        writeStandardMigrations();
        try (Target.TestDatabase db = target.create()) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                // the schema of versions 1 and 1.1 exists already, made by hand
                s.execute("CREATE TABLE person (id bigserial PRIMARY KEY, name text NOT NULL, born date,"
                        + " email varchar(200) UNIQUE)");
            }
            Flyway flyway = Flyway.configure()
                    .dataSource(db.dataSource())
                    .locations("filesystem:" + migrations)
                    .baselineVersion("1.1")
                    .baselineDescription("hand made")
                    .load();
            flyway.baseline();
            assertThat(states(flyway)).containsExactly("1 create people BELOW_BASELINE",
                    "1.1 add email BASELINE_IGNORED", "1.1 hand made BASELINE", "2 seed PENDING",
                    "R person view PENDING");
            assertThat(flyway.migrate().migrationsExecuted).isEqualTo(2);
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT count(*) FROM person")).containsExactly("2");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void baselineOnMigrateWhenTheSchemaIsNotEmpty(Target target) throws Exception {
        writeStandardMigrations();
        try (Target.TestDatabase db = target.create()) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE legacy (id int)");
            }
            // without baselineOnMigrate Flyway refuses a non-empty schema without history
            assertThatThrownBy(() -> flyway(db).migrate())
                    .hasMessageContaining("Found non-empty schema(s) \"public\" but no schema history table");
            Flyway flyway = Flyway.configure()
                    .dataSource(db.dataSource())
                    .locations("filesystem:" + migrations)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load();
            assertThat(flyway.migrate().migrationsExecuted).isEqualTo(4);
            assertThat(states(flyway).get(0)).isEqualTo("0 << Flyway Baseline >> BASELINE");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void failedMigrationIsRolledBackAndReported(Target target) throws Exception {
        writeStandardMigrations();
        write("V3__broken.sql", """
                CREATE TABLE half_done (id int);
                INSERT INTO person (name) VALUES (NULL);
                """);
        try (Target.TestDatabase db = target.create()) {
            Flyway flyway = flyway(db);
            assertThatThrownBy(flyway::migrate)
                    .hasMessageContaining("Failed to execute script V3__broken.sql")
                    .hasMessageContaining("SQL State  : 23502")
                    .hasMessageContaining("null value in column \"name\" of relation \"person\" violates not-null constraint\n  Detail: Failing row contains (3, null, null, null).");
            // PostgreSQL has transactional DDL: the failed migration left nothing, not even its table
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT count(*) FROM pg_class WHERE relname = 'half_done'")).containsExactly("0");
                // the repeatable migration comes after the versioned ones: it did not run
                assertThat(rows(c, "SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
                        .containsExactly("1", "1.1", "2");
            }
            assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("2");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void cleanDropsEverythingInTheSchema(Target target) throws Exception {
        writeStandardMigrations();
        try (Target.TestDatabase db = target.create()) {
            Flyway flyway = flyway(db);
            flyway.migrate();
            flyway.clean();
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE nspname = 'public'")).isEmpty();
            }
            assertThat(flyway.migrate().migrationsExecuted).isEqualTo(4);
        }
    }

    /**
     * Several application instances migrating one database at once: Flyway takes PostgreSQL's
     * advisory lock, so exactly one applies each migration and the others find them applied.
     */
    @ParameterizedTest
    @EnumSource(Target.class)
    void concurrentMigrateCallsApplyEachMigrationOnce(Target target) throws Exception {
        writeStandardMigrations();
        write("V3__slow.sql", "SELECT pg_sleep(0.3);\n");
        try (Target.TestDatabase db = target.create()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> runs = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    runs.add(pool.submit(() -> flyway(db).migrate().migrationsExecuted));
                }
                int total = 0;
                for (Future<Integer> run : runs) {
                    total += run.get();
                }
                assertThat(total).isEqualTo(5);
            } finally {
                pool.shutdownNow();
            }
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT count(*), count(DISTINCT script) FROM flyway_schema_history"))
                        .containsExactly("5|5");
                assertThat(rows(c, "SELECT count(*) FROM person")).containsExactly("2");
            }
        }
    }
}
