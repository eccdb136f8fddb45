package io.pglitedb.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.wire.WireClient.Message;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * CancelRequest while CPU-bound queries occupy every core: the request is read on a platform
 * thread (see {@code ClientConnection#run}), so it is served even though no virtual-thread carrier
 * is free. A separate server of its own, so that a failure cannot starve other tests for long
 * (600^3 rows: seconds, not minutes). {@code -Dwire.reference.port=55432} runs it against
 * PostgreSQL.
 */
@Timeout(120)
class CancelRequestTest {
    private static TestServer server;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WireClient connect() throws IOException {
        return server.connectWire();
    }

    private static String types(List<Message> messages) {
        StringBuilder s = new StringBuilder();
        for (Message m : messages) {
            s.append(m.type());
        }
        return s.toString();
    }

    @Test
    void cancelRequestStopsRunawayQueriesEvenWhenEveryCoreIsBusy() throws Exception {
        String table = "wire_cancel_" + ProcessHandle.current().pid();
        try (WireClient setup = connect()) {
            setup.query("drop table if exists " + table);
            setup.readUntilReady();
            setup.query("create table " + table + " (i int4)");
            setup.readUntilReady();
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < 600; i++) {
                values.append(i == 0 ? "" : ",").append('(').append(i).append(')');
            }
            setup.query("insert into " + table + " values " + values);
            assertThat(types(setup.readUntilReady())).isEqualTo("CZ");
        }
        // as many CPU-bound queries as there are cores (and virtual-thread carriers)
        int runaways = Math.max(2, Runtime.getRuntime().availableProcessors());
        List<WireClient> clients = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < runaways; i++) {
                WireClient c = connect();
                clients.add(c);
                c.query("select count(*) from " + table + " a, " + table + " b, " + table + " c");
            }
            Thread.sleep(500);
            long start = System.nanoTime();
            for (WireClient c : clients) {
                try (WireClient canceller = new WireClient(port)) {
                    canceller.sendStartupCode(MessageType.CANCEL_REQUEST_CODE, c.processId, c.secretKey);
                    assertThat(canceller.readUntilClosed()).isEmpty();
                }
            }
            for (WireClient c : clients) {
                List<Message> replies = c.readUntilReady();
                assertThat(types(replies)).endsWith("EZ").doesNotContain("D"); // RowDescription may come first
                assertThat(replies.get(replies.size() - 2).fields()).containsEntry('C', "57014")
                        .containsEntry('M', "canceling statement due to user request");
            }
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(10));
            clients.get(0).query("drop table " + table);
            assertThat(types(clients.get(0).readUntilReady())).isEqualTo("CZ");
        } finally {
            for (WireClient c : clients) {
                c.close();
            }
        }
    }

}
