package io.pglitedb.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.Session;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Limits on connections that have not finished startup: authentication_timeout is a deadline for
 * the whole startup (a client trickling bytes cannot hold a connection open), and at most
 * {@link SessionOpener#maxStartingConnections()} may be starting at once; more are refused at
 * once with FATAL 53300, as PostgreSQL's postmaster refuses children beyond its limit.
 */
@Timeout(60)
class StartupLimitsTest {
    private static final long TIMEOUT_MILLIS = 700;
    private static final int MAX_STARTING = 3;
    private PgWireServer server;

    @BeforeEach
    void start() throws IOException {
        server = PgWireServer.start(new SessionOpener() {
            @Override
            public Session openSession(Map<String, String> startupParameters) {
                throw new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "no sessions here")
                        .withSeverity("FATAL");
            }

            @Override
            public void cancel(int processId, int secretKey) {
            }

            @Override
            public long authenticationTimeoutMillis() {
                return TIMEOUT_MILLIS;
            }

            @Override
            public int maxStartingConnections() {
                return MAX_STARTING;
            }
        }, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aStartupTrickledByteByByteIsClosedAtTheDeadline() throws Exception {
        try (WireClient c = new WireClient(server.port())) {
            byte[] packet = WireClient.concat(WireClient.int32(200), WireClient.int32(3 << 16));
            long start = System.nanoTime();
            boolean closed = false;
            for (int i = 0; i < packet.length && !closed; i++) {
                try {
                    c.sendRaw(new byte[] {packet[i]});
                } catch (IOException e) {
                    closed = true;
                }
                Thread.sleep(150); // each byte comes well within any read timeout
            }
            assertThat(c.readUntilClosed()).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(TIMEOUT_MILLIS + 2000));
        }
        assertThat(server.connectionCount()).isZero();
    }

    @Test
    void connectionsBeyondTheStartingLimitAreRefusedWith53300() throws Exception {
        List<WireClient> silent = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_STARTING; i++) {
                silent.add(new WireClient(server.port()));
            }
            waitForConnections(MAX_STARTING);
            try (WireClient extra = new WireClient(server.port())) {
                HostileClientTest.assertFatal(extra.readUntilClosed(), "53300", "sorry, too many clients already");
            }
        } finally {
            for (WireClient c : silent) {
                c.close();
            }
        }
        waitForConnections(0);
        try (WireClient c = new WireClient(server.port())) {
            c.sendStartupCode(MessageType.SSL_REQUEST_CODE);
            assertThat(c.readByte()).isEqualTo('N');
        }
    }

    private void waitForConnections(int n) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (server.connectionCount() != n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.connectionCount()).isEqualTo(n);
    }
}
