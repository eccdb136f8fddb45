package io.pglitedb.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * psql compatibility: each {@code src/test/resources/compat/NAME.sql} is run through
 * {@code psql -X -a} against a fresh PGLiteDB server, and psql's output (stdout and stderr
 * together, as with {@code 2>&1}) must equal {@code NAME.out}, which was recorded from the real
 * PostgreSQL 15 by {@code scripts/record-expected.sh}. Expected output is never recorded from us.
 *
 * <p>The server is the command line itself, {@code io.pglitedb.cli.Main serve --memory --port P}
 * in a child JVM (this JVM's java and the test classpath), so the test also holds the CLI
 * contract: a line containing {@code ready to accept connections}, then a clean stop on SIGTERM.
 * Every script gets its own empty server, as every recording got its own empty database.
 *
 * <p>psql runs from the scripts' directory with the relative file name, so its error lines read
 * {@code psql:NAME.sql:LINE: ERROR: ...} in both runs, in an environment with no {@code PG*}
 * variables and {@code LC_ALL=C} (the same as the recording script).
 *
 * <p>System properties (pass them to Maven as {@code -Dname=value}):
 * <ul>
 *   <li>{@code compat.port} — use an already running server on this port instead of starting one
 *       (e.g. {@code 55432}, the reference PostgreSQL, to check the harness itself); with
 *       {@code compat.database} unset, a fresh database {@code compat_test} is created for each
 *       script through pgJDBC;</li>
 *   <li>{@code compat.host} (default 127.0.0.1), {@code compat.database};</li>
 *   <li>{@code compat.only} — comma-separated script names to run, e.g. {@code errors.sql};</li>
 *   <li>{@code compat.psql} — the psql binary; {@code compat.jar} — run the shaded jar
 *       ({@code java -jar}) instead of the test classpath.</li>
 * </ul>
 * Skipped when no working psql is installed.
 */
class PsqlScriptTest {
    private static final String READY = "ready to accept connections";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PSQL_TIMEOUT = Duration.ofSeconds(120);
    private static final String FRESH_DATABASE = "compat_test";

    @TestFactory
    Stream<DynamicTest> psqlOutputMatchesPostgres() throws IOException {
        Path psql = findPsql();
        Assumptions.assumeTrue(psql != null, "psql is not installed (Debian: apt-get install postgresql-client-15)");
        Path dir = scriptDirectory();
        Set<String> only = Arrays.stream(System.getProperty("compat.only", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        List<Path> scripts;
        try (Stream<Path> files = Files.list(dir)) {
            scripts = files.filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .filter(p -> only.isEmpty() || only.contains(p.getFileName().toString()))
                    .sorted().toList();
        }
        assertThat(scripts).as("compat scripts in %s", dir).isNotEmpty();
        return scripts.stream().map(script ->
                dynamicTest(script.getFileName().toString(), script.toUri(), () -> runScript(psql, script)));
    }

    private void runScript(Path psql, Path script) throws Exception {
        String name = script.getFileName().toString();
        Path expectedFile = script.resolveSibling(name.replaceFirst("\\.sql$", ".out"));
        String externalPort = System.getProperty("compat.port", "").trim();
        String host = System.getProperty("compat.host", "127.0.0.1");
        PsqlRun run;
        String serverLog = "";
        if (!externalPort.isEmpty()) {
            String database = System.getProperty("compat.database");
            if (database == null || database.isBlank()) {
                recreateDatabase(host, Integer.parseInt(externalPort), FRESH_DATABASE);
                database = FRESH_DATABASE;
            }
            run = runPsql(psql, script, host, externalPort, database);
        } else {
            try (ServerProcess server = ServerProcess.start(freePort())) {
                run = runPsql(psql, script, "127.0.0.1", Integer.toString(server.port), "postgres");
                serverLog = server.log();
            }
        }

        if (!Files.exists(expectedFile)) {
            Path actualFile = writeActual(script, run.output);
            fail("%s: no expected output %s; record it from PostgreSQL with scripts/record-expected.sh %s"
                    + " (our output is in %s)", name, expectedFile.getFileName(), name, actualFile);
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (!expected.equals(run.output)) {
            Path actualFile = writeActual(script, run.output);
            String diff = LineDiff.unified(expectedFile.getFileName() + " (PostgreSQL 15)", expected,
                    "psql against " + (externalPort.isEmpty() ? "PGLiteDB" : host + ":" + externalPort), run.output, 3);
            String connectionLost = run.exitCode == 2
                    ? "psql could not connect or lost its connection; the end of its output:\n" + tail(run.output, 8) + "\n"
                    : "";
            fail("%s: psql output differs from PostgreSQL's (psql exit code %d; full output in %s)%n%s%s%s",
                    name, run.exitCode, actualFile, connectionLost, truncate(diff, 200),
                    serverLog.isEmpty() ? "" : "\nserver output (last lines):\n" + tail(serverLog, 40));
        }
    }

    private record PsqlRun(String output, int exitCode) {}

    /** psql exactly as scripts/record-expected.sh runs it. */
    private static PsqlRun runPsql(Path psql, Path script, String host, String port, String database)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(psql.toString(), "-X", "-a", "-v", "ON_ERROR_STOP=0",
                "-h", host, "-p", port, "-U", "postgres", "-d", database, "-f", script.getFileName().toString())
                .directory(script.getParent().toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        String path = env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        env.clear();
        env.put("PATH", path);
        env.put("HOME", home);
        env.put("LC_ALL", "C");
        env.put("PGCONNECT_TIMEOUT", "10");
        Process process = pb.start();
        CompletableFuture<byte[]> output = readAllAsync(process.getInputStream());
        if (!process.waitFor(PSQL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            fail("%s: psql did not finish within %d s; output so far:%n%s", script.getFileName(),
                    PSQL_TIMEOUT.toSeconds(), new String(getQuietly(output), StandardCharsets.UTF_8));
        }
        return new PsqlRun(new String(getQuietly(output), StandardCharsets.UTF_8), process.exitValue());
    }

    /** A fresh, empty database on an external server (the reference PostgreSQL), like the recording. */
    private static void recreateDatabase(String host, int port, String database) throws SQLException {
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres?connectTimeout=10";
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("SET client_min_messages = warning");
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " TEMPLATE template0");
        }
    }

    /** A PGLiteDB server in a child JVM, started through the command line's {@code serve}. */
    private static final class ServerProcess implements AutoCloseable {
        final int port;
        private final Process process;
        private final StringBuffer log = new StringBuffer();
        private final CountDownLatch ready = new CountDownLatch(1);

        private ServerProcess(int port, Process process) {
            this.port = port;
            this.process = process;
            Thread reader = new Thread(this::pump, "pglitedb-server-output-" + port);
            reader.setDaemon(true);
            reader.start();
        }

        static ServerProcess start(int port) throws IOException, InterruptedException {
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
            String jar = System.getProperty("compat.jar");
            if (jar != null && !jar.isBlank()) {
                command.addAll(List.of("-jar", jar));
            } else {
                String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
                command.addAll(List.of("-cp", classpath, "io.pglitedb.cli.Main"));
            }
            command.addAll(List.of("serve", "--memory", "--host", "127.0.0.1", "--port", Integer.toString(port)));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            ServerProcess server = new ServerProcess(port, process);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_TIMEOUT.toSeconds());
            while (!server.ready.await(100, TimeUnit.MILLISECONDS)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    String why = process.isAlive() ? "did not print '" + READY + "' within "
                            + STARTUP_TIMEOUT.toSeconds() + " s" : "exited with code " + process.exitValue();
                    server.close();
                    fail("the PGLiteDB server (%s) %s; its output:%n%s", String.join(" ", command.subList(
                            command.indexOf("serve"), command.size())), why, tail(server.log(), 60));
                }
            }
            return server;
        }

        private void pump() {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    log.append(line).append('\n');
                    if (line.contains(READY)) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                log.append("(reading server output failed: ").append(e).append(")\n");
            }
        }

        String log() {
            return log.toString();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();   // SIGTERM: the server's clean shutdown path
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                log.append("(server ignored SIGTERM for 15 s; killed)\n");
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static Path findPsql() {
        String configured = System.getProperty("compat.psql");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        // psql 15 first: the .out files are recorded with it
        List<Path> candidates = new ArrayList<>(List.of(Paths.get("/usr/lib/postgresql/15/bin/psql")));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Paths.get(dir, "psql"));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate) && runs(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Debian's /usr/bin/psql is a wrapper that exists even when no client is installed. */
    private static boolean runs(Path psql) {
        try {
            Process p = new ProcessBuilder(psql.toString(), "--version").redirectErrorStream(true).start();
            CompletableFuture<byte[]> out = readAllAsync(p.getInputStream());
            boolean done = p.waitFor(10, TimeUnit.SECONDS);
            getQuietly(out);
            return done && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Path scriptDirectory() {
        String configured = System.getProperty("compat.dir");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        URL url = PsqlScriptTest.class.getResource("/compat");
        assertThat(url).as("test resource directory /compat").isNotNull();
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes our output beside the build output (target/compat-actual/NAME.out) for inspection. */
    private static Path writeActual(Path script, String output) throws IOException {
        Path target = script.getParent().getParent().getParent().resolve("compat-actual");
        Files.createDirectories(target);
        Path file = target.resolve(script.getFileName().toString().replaceFirst("\\.sql$", ".out"));
        Files.writeString(file, output, StandardCharsets.UTF_8);
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static CompletableFuture<byte[]> readAllAsync(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static byte[] getQuietly(CompletableFuture<byte[]> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new byte[0];
        } catch (ExecutionException | TimeoutException e) {
            return ("(output unavailable: " + e + ")").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String tail(String text, int lines) {
        String[] all = text.split("\n", -1);
        int from = Math.max(0, all.length - lines - 1);
        return String.join("\n", Arrays.asList(all).subList(from, all.length));
    }

    private static String truncate(String diff, int maxLines) {
        String[] all = diff.split("\n", -1);
        if (all.length <= maxLines) {
            return diff;
        }
        return String.join("\n", Arrays.asList(all).subList(0, maxLines))
                + "\n... (" + (all.length - maxLines) + " more diff lines)";
    }
}
