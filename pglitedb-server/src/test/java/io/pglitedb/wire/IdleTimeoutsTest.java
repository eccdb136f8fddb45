package io.pglitedb.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Idle connections are ended as PostgreSQL ends them: idle_session_timeout outside a transaction
 * block with FATAL 57P05, idle_in_transaction_session_timeout inside one with FATAL 25P03; each
 * applies only in its own state. Runs against the reference PostgreSQL too
 * ({@code -Dwire.reference.port=55432}).
 */
@Timeout(60)
class IdleTimeoutsTest {
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void idleSessionTimeoutEndsAnIdleSessionWithFatal57P05() throws Exception {
        try (WireClient c = server.connectWire()) {
            c.query("SET idle_session_timeout = '400ms'");
            c.readUntilReady();
            long start = System.nanoTime();
            List<WireClient.Message> messages = c.readUntilClosed();
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(messages).hasSize(1);
            assertThat(messages.get(0).type()).isEqualTo('E');
            assertThat(messages.get(0).fields()).containsEntry('S', "FATAL").containsEntry('C', "57P05")
                    .containsEntry('M', "terminating connection due to idle-session timeout");
            assertThat(waited).isGreaterThan(Duration.ofMillis(300)).isLessThan(Duration.ofMillis(5000));
        }
    }

    @Test
    void idleSessionTimeoutDoesNotApplyInsideATransactionBlock() throws Exception {
        try (WireClient c = server.connectWire()) {
            c.query("SET idle_session_timeout = '300ms'; SET idle_in_transaction_session_timeout = '1500ms'");
            c.readUntilReady();
            c.query("BEGIN");
            c.readUntilReady();
            Thread.sleep(800); // longer than idle_session_timeout: inside the block it does not count
            c.query("SELECT 1");
            assertThat(c.readUntilReady()).extracting(WireClient.Message::type).contains('D');
            List<WireClient.Message> messages = c.readUntilClosed(); // now idle_in_transaction_session_timeout
            assertThat(messages).hasSize(1);
            assertThat(messages.get(0).fields()).containsEntry('S', "FATAL").containsEntry('C', "25P03")
                    .containsEntry('M', "terminating connection due to idle-in-transaction timeout");
        }
    }

    @Test
    void aSessionThatKeepsTalkingIsNotEnded() throws Exception {
        try (WireClient c = server.connectWire()) {
            c.query("SET idle_session_timeout = '3s'");
            c.readUntilReady();
            for (int i = 0; i < 6; i++) { // 4 s in all, no pause near the limit
                Thread.sleep(700);
                c.query("SELECT " + i);
                assertThat(c.readUntilReady()).extracting(WireClient.Message::type).contains('D');
            }
            c.query("SHOW idle_session_timeout");
            List<WireClient.Message> shown = c.readUntilReady();
            assertThat(shown.stream().filter(m -> m.type() == 'D').findFirst().orElseThrow().body())
                    .asString().contains("3s");
        }
    }
}
