package io.pglitedb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pglitedb serve} as a real process: prints "ready to accept connections", serves pgJDBC,
 * stops on SIGTERM with exit code 0, and data written before the stop is there after a restart.
 */
@Timeout(120)
class ServeProcessTest {

    @Test
    void sigtermStopsCleanlyAndKeepsCommittedData(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        int port = freePort();
        Process first = start("--data", data.toString(), "--port", Integer.toString(port));
        try (Connection c = DriverManager.getConnection(url(port), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("create table t (id int primary key, v text)");
            s.execute("insert into t values (1, 'kept')");
        }
        first.destroy(); // SIGTERM
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();

        Process second = start("--data", data.toString(), "--port", Integer.toString(port));
        try (Connection c = DriverManager.getConnection(url(port), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v from t where id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        } finally {
            second.destroy();
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(second.exitValue()).isZero();
    }

    @Test
    void httpPortServesTheSameDataAsTheWireServer() throws Exception {
        int port = freePort();
        int httpPort = freePort();
        Process p = start("--memory", "--port", Integer.toString(port), "--http-port", Integer.toString(httpPort));
        try {
            try (Connection c = DriverManager.getConnection(url(port), "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("create table t (id int primary key, v text)");
                s.execute("insert into t values (1, 'from wire')");
            }
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpResponse<String> response = client.send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://127.0.0.1:" + httpPort + "/v1/query"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"sql\":\"INSERT INTO t VALUES ($1, $2) RETURNING (SELECT v FROM t WHERE id = 1)\","
                                    + "\"params\":[2,\"from http\"]}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"rows\":[[\"from wire\"]]");
            try (Connection c = DriverManager.getConnection(url(port), "postgres", "");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select v from t where id = 2")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("from http");
            }
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void portInUseIsAStartupError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Process p = command("serve", "--memory", "--port", Integer.toString(taken.getLocalPort())).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(output).startsWith("pglitedb: ");
        }
    }

    @Test
    void smartShutdownRefusesNewSessionsAndWaitsForTheOpenOnes() throws Exception {
        int port = freePort();
        Process p = start("--memory", "--port", Integer.toString(port), "--shutdown", "smart");
        try {
            Connection open = DriverManager.getConnection(url(port), "postgres", "");
            open.createStatement().execute("create table t (id int)");
            p.destroy(); // SIGTERM: smart
            // the open session goes on working; a new one is refused as PostgreSQL refuses it
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            java.sql.SQLException refused = null;
            while (refused == null && System.nanoTime() < deadline) {
                try (Connection late = DriverManager.getConnection(url(port), "postgres", "")) {
                    Thread.sleep(50); // the signal has not arrived yet
                } catch (java.sql.SQLException e) {
                    refused = e;
                }
            }
            assertThat(refused != null).as("a new connection is refused").isTrue();
            assertThat(refused.getSQLState()).isEqualTo("57P03");
            assertThat(refused.getMessage()).contains("the database system is shutting down");
            open.createStatement().execute("insert into t values (1)");
            assertThat(p.waitFor(1, TimeUnit.SECONDS)).isFalse();
            open.close();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void fastShutdownEndsOpenSessions() throws Exception {
        int port = freePort();
        Process p = start("--memory", "--port", Integer.toString(port));
        try (Connection open = DriverManager.getConnection(url(port), "postgres", "")) {
            p.destroy(); // SIGTERM: fast by default
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
            assertThat(open.isValid(5)).isFalse();
        } finally {
            p.destroyForcibly();
        }
    }

    private static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private static Process start(String... serveArgs) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve"));
        args.addAll(List.of(serveArgs));
        Process p = command(args.toArray(String[]::new)).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    seen.append(line).append('\n');
                    if (line.contains("ready to accept connections")) {
                        return line;
                    }
                }
            } catch (IOException e) {
                seen.append(e);
            }
            throw new IllegalStateException("server ended before it was ready:\n" + seen);
        });
        String line = ready.get(60, TimeUnit.SECONDS);
        assertThat(line).startsWith("pglitedb: listening on 127.0.0.1:");
        Thread.ofVirtual().start(() -> { // keep draining so the server never blocks on stdout
            try {
                while (lines.readLine() != null) {
                    // discard
                }
            } catch (IOException ignored) {
                // process ended
            }
        });
        return p;
    }

    private static ProcessBuilder command(String... args) {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
