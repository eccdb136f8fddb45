package io.pglitedb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract for wrong input: one "pglitedb: ..." line on stderr and exit code 2. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void assertUsageError(int code, String contains) {
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).startsWith("pglitedb: ").contains(contains).endsWith("\n");
        assertThat(stderr().lines()).hasSize(1);
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("usage: pglitedb").contains("--port N").contains("--memory");
    }

    @Test
    void serveHelpPrintsUsage() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(stdout()).contains("serve options:");
    }

    @Test
    void versionPrintsOneLine() {
        assertThat(run("version")).isZero();
        assertThat(stdout()).startsWith("pglitedb ");
    }

    @Test
    void tokenPrintsATokenAndTheLineWithItsHash() {
        assertThat(run("token", "metrics")).isZero();
        var lines = stdout().lines().toList();
        assertThat(lines).hasSize(3);
        String token = lines.get(0).substring("token: ".length());
        assertThat(token).startsWith("pgl_");
        assertThat(lines.get(2)).isEqualTo("metrics " + io.pglitedb.http.TokenFile.hash(token));
        assertThat(io.pglitedb.http.TokenFile.parse(lines.get(2), "t").roleOf(token)).isEqualTo("metrics");
    }

    @Test
    void tokenNeedsOneRole() {
        assertUsageError(run("token"), "usage: pglitedb token ROLE");
    }

    @Test
    void httpTokensNeedTheHttpPortAndAReadableFile(@TempDir Path dir) throws IOException {
        assertUsageError(run("serve", "--memory", "--http-tokens", dir.resolve("t").toString()), "need --http-port");
        out.reset();
        err.reset();
        assertUsageError(run("serve", "--memory", "--port", "0", "--http-port", "0", "--http-tokens",
                dir.resolve("missing").toString()), "could not read HTTP tokens");
        out.reset();
        err.reset();
        Path bad = Files.writeString(dir.resolve("bad"), "alice xyz\n");
        assertUsageError(run("serve", "--memory", "--port", "0", "--http-port", "0", "--http-tokens", bad.toString()),
                "bad:1: expected");
    }

    @Test
    void noArgumentsPrintsUsageAndFails() {
        assertThat(run()).isEqualTo(2);
        assertThat(stderr()).contains("usage: pglitedb");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertUsageError(run("frobnicate"), "unknown command \"frobnicate\"");
    }

    @Test
    void unknownFlagIsAUsageError() {
        assertUsageError(run("serve", "--colour"), "unknown option \"--colour\"");
    }

    @Test
    void missingValueIsAUsageError() {
        assertUsageError(run("serve", "--port"), "option --port needs a value");
    }

    @Test
    void nonNumericPortIsAUsageError() {
        assertUsageError(run("serve", "--memory", "--port", "fifty"), "invalid port \"fifty\"");
    }

    @Test
    void outOfRangePortIsAUsageError() {
        assertUsageError(run("serve", "--memory", "--port=70000"), "invalid port \"70000\"");
    }

    @Test
    void dataAndMemoryTogetherIsAUsageError() {
        assertUsageError(run("serve", "--memory", "--data", "/tmp/x"), "cannot be used together");
    }

    @Test
    void aFileAsDataDirectoryIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertUsageError(run("serve", "--port", "0", "--data", file.toString()), "is not a directory");
    }

    @Test
    void optionsParseWithDefaults() throws CommandLineException {
        ServeOptions options = ServeOptions.parse(java.util.List.of());
        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.port()).isEqualTo(5432);
        assertThat(options.dataDirectory()).isEqualTo(Path.of("./pglitedb-data"));
        assertThat(options.memory()).isFalse();

        options = ServeOptions.parse(java.util.List.of("--host=0.0.0.0", "--port", "6000", "--memory"));
        assertThat(options.host()).isEqualTo("0.0.0.0");
        assertThat(options.port()).isEqualTo(6000);
        assertThat(options.dataDirectory()).isNull();
        assertThat(options.memory()).isTrue();
        assertThat(options.storageMemory()).isEqualTo(io.pglitedb.storage.StorageMemory.DEFAULT);

        options = ServeOptions.parse(java.util.List.of("--storage-memory", "256MB"));
        assertThat(options.storageMemory().bytes()).isEqualTo(256L << 20);
        assertThat(ServeOptions.parse(java.util.List.of("--storage-memory=1GB")).storageMemory().bytes())
                .isEqualTo(1L << 30);
        assertThatThrownBy(() -> ServeOptions.parse(java.util.List.of("--storage-memory", "8MB")))
                .isInstanceOf(CommandLineException.class).hasMessageContaining("invalid --storage-memory \"8MB\"");
    }

    @Test
    void backupCopiesAnIdleDataDirectoryThatOpensWithItsRows(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (io.pglitedb.PgLite db = io.pglitedb.PgLite.open(data);
                java.sql.Connection c = db.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int PRIMARY KEY, v text)");
            s.execute("INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 500) g");
        }
        Path copy = dir.resolve("copy");
        assertThat(run("backup", "--data", data.toString(), "--to", copy.toString())).isZero();
        assertThat(stdout()).contains("written to " + copy).contains("pglitedb serve --data " + copy);
        try (io.pglitedb.PgLite db = io.pglitedb.PgLite.open(copy);
                java.sql.Connection c = db.getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT count(*), max(v) FROM t WHERE id > 0")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(500);
            assertThat(rs.getString(2)).isEqualTo("v99");
        }
        assertUsageError(run("backup", "--data", data.toString(), "--to", copy.toString()), "File exists");
    }

    @Test
    void backupOfADirectoryInUsePointsToTheSqlFunction(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (io.pglitedb.PgLite db = io.pglitedb.PgLite.open(data)) {
            assertUsageError(run("backup", "--data", data.toString(), "--to", dir.resolve("copy").toString()),
                    "is in use by a running server");
            assertThat(stderr()).contains("SELECT pglitedb_backup('" + dir.resolve("copy") + "')");
        }
        assertThat(dir.resolve("copy")).doesNotExist();
    }

    @Test
    void backupNeedsATargetAndAnExistingDataDirectory(@TempDir Path dir) {
        assertUsageError(run("backup", "--data", dir.toString()), "backup needs --to TARGET");
        err.reset();
        assertUsageError(run("backup", "--data", dir.resolve("none").toString(), "--to", dir.resolve("c").toString()),
                "is not a PGLiteDB data directory");
    }
}
