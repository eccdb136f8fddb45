package io.pglitedb.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every script of the {@link AnomalyCatalogue} at READ COMMITTED, REPEATABLE READ and
 * SERIALIZABLE, with pgJDBC sessions against our server: each step's observation (rows, blocked,
 * SQLSTATE and message, what a blocked statement returns once released) must equal PostgreSQL
 * 15's. The expected lists live in {@code src/test/resources/isolation/anomalies/}, recorded
 * from the reference PostgreSQL with {@code -Danomalies.record=true}; whenever the reference
 * (127.0.0.1:55432) is reachable the scripts also run there, live, and must still give what is
 * recorded, so the files cannot go stale.
 */
@Timeout(300)
class AnomalyCatalogueTest {
    private static final int REFERENCE_PORT = 55432;
    private static final Path EXPECTED = Path.of("src/test/resources/isolation/anomalies");
    private static final boolean RECORD = Boolean.getBoolean("anomalies.record");
    private static final String REFERENCE_DB = "txn_anomalies_" + ProcessHandle.current().pid() + "_"
            + Long.toHexString(System.nanoTime() & 0xffffffL);
    private static boolean reference;

    @BeforeAll
    static void createReferenceDatabase() throws SQLException {
        reference = referenceReachable();
        if (reference) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + REFERENCE_PORT
                    + "/postgres", "postgres", ""); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + REFERENCE_DB);
            }
        }
    }

    @AfterAll
    static void dropReferenceDatabase() throws SQLException {
        if (reference) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + REFERENCE_PORT
                    + "/postgres", "postgres", ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + REFERENCE_DB + " WITH (FORCE)");
            }
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : AnomalyCatalogue.SCRIPTS.keySet()) {
            for (String level : List.of("READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE")) {
                cases.add(Arguments.of(name, level));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("cases")
    void observationsEqualPostgres(String name, String level) throws Exception {
        String script = AnomalyCatalogue.SCRIPTS.get(name);
        Path file = EXPECTED.resolve(name + "." + level.replace(' ', '_').toLowerCase() + ".txt");
        if (reference) {
            List<String> postgres;
            try (IsolationServer pg = IsolationServer.reference(REFERENCE_PORT, REFERENCE_DB)) {
                postgres = Interleaving.run(pg, script, level);
            }
            if (RECORD) {
                Files.createDirectories(EXPECTED);
                Files.write(file, postgres);
            }
            assertThat(postgres).as("reference PostgreSQL against %s", file).isEqualTo(Files.readAllLines(file));
        }
        List<String> expected = Files.readAllLines(file);
        List<String> ours;
        try (IsolationServer server = IsolationServer.ours()) {
            ours = Interleaving.run(server, script, level);
        }
        assertThat(String.join("\n", ours)).as("%s at %s", name, level).isEqualTo(String.join("\n", expected));
    }

    private static boolean referenceReachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", REFERENCE_PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
