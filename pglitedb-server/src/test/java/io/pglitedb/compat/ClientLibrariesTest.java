package io.pglitedb.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pglitedb.PgLite;
import io.pglitedb.wire.PgWireServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Client libraries other than pgJDBC against our server: scripts/python-clients-check.py
 * (SQLAlchemy's inspector reflecting schemas, columns, keys, foreign keys, indexes, unique and
 * check constraints, views and sequences; psycopg2 round trips of the common types) and
 * scripts/node-clients/check.js (node-postgres: parameters of the common types, prepared
 * statements, arrays, JSON, bytea, errors, transactions). Each transcript must equal the one
 * recorded from PostgreSQL 15 by scripts/record-clients.sh. Skipped where the libraries are not
 * installed (.ci/run installs python3-sqlalchemy, python3-psycopg2 and the npm package pg).
 */
class ClientLibrariesTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static PgLite embedded;
    private static PgWireServer server;

    @BeforeAll
    static void start() throws Exception {
        embedded = PgLite.openInMemory();
        server = PgWireServer.start(embedded.database(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        embedded.close();
    }

    private static String freshDatabase(String name) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres", p);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("clients", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
            return Files.readAllLines(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static boolean succeeds(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> expected(String name) throws IOException {
        return Files.readAllLines(ROOT.resolve("pglitedb-server/src/test/resources/clients/" + name + ".out"),
                StandardCharsets.UTF_8);
    }

    @Test
    void sqlAlchemyReflectionAndPsycopg2RoundTripsMatchPostgres() throws Exception {
        assumeTrue(succeeds("/usr/bin/python3", "-c", "import sqlalchemy, psycopg2"),
                "python3-sqlalchemy and python3-psycopg2 are not installed");
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3",
                ROOT.resolve("scripts/python-clients-check.py").toString(), "127.0.0.1",
                String.valueOf(server.port()), freshDatabase("python_clients")));
        assertThat(run(command)).containsExactlyElementsOf(expected("python"));
    }

    @Test
    void nodePostgresRoundTripsMatchPostgres() throws Exception {
        Path script = ROOT.resolve("scripts/node-clients/check.js");
        assumeTrue(Files.isDirectory(ROOT.resolve("scripts/node-clients/node_modules/pg")) && succeeds("node", "--version"),
                "node or the npm package pg (npm ci in scripts/node-clients) is not installed");
        List<String> command = List.of("node", script.toString(), "127.0.0.1", String.valueOf(server.port()),
                freshDatabase("node_clients"));
        assertThat(run(command)).containsExactlyElementsOf(expected("node"));
    }
}
