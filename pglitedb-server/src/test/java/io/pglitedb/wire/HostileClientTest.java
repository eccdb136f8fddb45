package io.pglitedb.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.Session;
import io.pglitedb.wire.WireClient.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients that misbehave during startup: every one must end in an ErrorResponse or a close within
 * the time limit, and the server must keep accepting. No engine needed: the sessions the server
 * would open are refused by a stub with a FATAL error, which is itself a path under test.
 */
@Timeout(60)
class HostileClientTest {
    private final List<int[]> cancels = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> startups = new CopyOnWriteArrayList<>();
    private PgWireServer server;

    @BeforeEach
    void start() throws IOException {
        server = PgWireServer.start(new SessionOpener() {
            @Override
            public Session openSession(Map<String, String> startupParameters) {
                startups.add(startupParameters);
                throw new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "role \"%s\" does not exist",
                        startupParameters.get("user")).withSeverity("FATAL");
            }

            @Override
            public void cancel(int processId, int secretKey) {
                cancels.add(new int[] {processId, secretKey});
            }
        }, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void httpRequestInsteadOfStartupIsRejectedAsInvalidLength() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            c.sendRaw("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertFatal(c.readUntilClosed(), "08P01", "invalid length of startup packet");
        }
        assertServerStillAccepts();
    }

    @Test
    void negativeStartupLengthClosesWithProtocolViolation() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            c.sendRaw(WireClient.concat(WireClient.int32(-1), WireClient.int32(3 << 16)));
            assertFatal(c.readUntilClosed(), "08P01", "invalid length of startup packet");
        }
        assertServerStillAccepts();
    }

    @Test
    void tooShortStartupLengthClosesWithProtocolViolation() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            c.sendRaw(WireClient.int32(4));
            assertFatal(c.readUntilClosed(), "08P01", "invalid length of startup packet");
        }
    }

    @Test
    void hugeStartupLengthIsRefusedBeforeAllocating() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            c.sendRaw(WireClient.int32(Integer.MAX_VALUE));
            assertFatal(c.readUntilClosed(), "08P01", "invalid length of startup packet");
        }
    }

    @Test
    void truncatedStartupPacketEndsInErrorWhenTheClientStopsSending() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            c.sendRaw(WireClient.concat(WireClient.int32(100), WireClient.int32(3 << 16), "user".getBytes(StandardCharsets.US_ASCII)));
            c.shutdownOutput();
            assertFatal(c.readUntilClosed(), "08P01", "incomplete startup packet");
        }
        assertServerStillAccepts();
    }

    @Test
    void startupParametersWithoutTerminatorAreMalformed() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            // "user\0bob" without the closing NUL of the value and of the list
            c.sendRaw(WireClient.concat(WireClient.int32(4 + 4 + 8), WireClient.int32(3 << 16),
                    "user\0bob".getBytes(StandardCharsets.US_ASCII)));
            assertFatal(c.readUntilClosed(), "08P01", "invalid message format");
        }
    }

    @Test
    void connectAndLeaveSilentlyDoesNotDisturbTheServer() throws IOException {
        for (int i = 0; i < 20; i++) {
            new WireClient(server.port()).close();
        }
        assertServerStillAccepts();
    }

    @Test
    void sslAndGssEncryptionRequestsAreRefusedWithN() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            c.sendStartupCode(MessageType.SSL_REQUEST_CODE);
            assertThat(c.readByte()).isEqualTo('N');
            c.sendStartupCode(MessageType.GSSENC_REQUEST_CODE);
            assertThat(c.readByte()).isEqualTo('N');
            c.sendStartup("user", "alice", "application_name", "test");
            assertFatal(c.readUntilClosed(), "28000", "role \"alice\" does not exist");
        }
        assertThat(startups).hasSize(1);
        assertThat(startups.get(0)).containsEntry("user", "alice").containsEntry("database", "alice")
                .containsEntry("application_name", "test");
    }

    @Test
    void secondSslRequestIsAnUnsupportedProtocol() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            c.sendStartupCode(MessageType.SSL_REQUEST_CODE);
            assertThat(c.readByte()).isEqualTo('N');
            c.sendStartupCode(MessageType.SSL_REQUEST_CODE);
            assertFatal(c.readUntilClosed(), "0A000", "unsupported frontend protocol 1234.5679");
        }
    }

    @Test
    void protocolTwoIsNotSupported() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            c.sendStartupCode(2 << 16, 0);
            assertFatal(c.readUntilClosed(), "0A000", "unsupported frontend protocol 2.0: server supports 3.0 to 3.0");
        }
    }

    @Test
    void newerMinorVersionIsNegotiatedDownToThreeZero() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            byte[] params = "user\0bob\0_pq_.compression\0on\0\0".getBytes(StandardCharsets.US_ASCII);
            c.sendRaw(WireClient.concat(WireClient.int32(8 + params.length), WireClient.int32((3 << 16) | 2), params));
            List<Message> replies = c.readUntilClosed();
            assertThat(replies).isNotEmpty();
            Message negotiate = replies.get(0);
            assertThat(negotiate.type()).isEqualTo('v');
            assertThat(negotiate.body()).startsWith(WireClient.concat(WireClient.int32(3 << 16), WireClient.int32(1)));
            assertThat(negotiate.cstringAt(8)).isEqualTo("_pq_.compression");
            assertFatal(replies.subList(1, replies.size()), "28000", "role \"bob\" does not exist");
        }
    }

    @Test
    void startupWithoutUserIsRejected() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            c.sendStartup("database", "x");
            assertFatal(c.readUntilClosed(), "28000", "no PostgreSQL user name specified in startup packet");
        }
        assertThat(startups).isEmpty();
    }

    @Test
    void invalidUtf8InStartupParametersIsRejected() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            byte[] params = WireClient.concat("user\0".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, 0x28, 0, 0});
            c.sendRaw(WireClient.concat(WireClient.int32(8 + params.length), WireClient.int32(3 << 16), params));
            assertFatal(c.readUntilClosed(), "22021", "invalid byte sequence for encoding \"UTF8\": 0xc3");
        }
    }

    @Test
    void cancelRequestReachesTheDatabaseAndClosesWithoutReply() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            c.sendStartupCode(MessageType.CANCEL_REQUEST_CODE, 1234, 987654321);
            assertThat(c.readUntilClosed()).isEmpty();
        }
        assertThat(cancels).hasSize(1);
        assertThat(cancels.get(0)).containsExactly(1234, 987654321);
    }

    @Test
    void thousandConcurrentConnectionsAreServed() throws IOException {
        List<WireClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                WireClient c = new WireClient(server.port());
                clients.add(c);
                c.sendStartupCode(MessageType.SSL_REQUEST_CODE);
            }
            for (WireClient c : clients) {
                assertThat(c.readByte()).isEqualTo('N');
            }
            assertThat(server.connectionCount()).isEqualTo(1000);
        } finally {
            for (WireClient c : clients) {
                c.close();
            }
        }
        assertServerStillAccepts();
    }

    @Test
    void closingTheServerClosesOpenConnections() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            c.sendStartupCode(MessageType.SSL_REQUEST_CODE);
            assertThat(c.readByte()).isEqualTo('N');
            long start = System.nanoTime();
            server.close();
            assertThat(c.readUntilClosed()).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
        assertThat(server.connectionCount()).isZero();
    }

    private void assertServerStillAccepts() throws IOException {
        try (WireClient c = new WireClient(server.port())) {
            c.sendStartupCode(MessageType.SSL_REQUEST_CODE);
            assertThat(c.readByte()).isEqualTo('N');
        }
    }

    static void assertFatal(List<Message> messages, String sqlState, String messagePrefix) {
        assertThat(messages).as("replies before close").hasSize(1);
        Message error = messages.get(0);
        assertThat(error.type()).isEqualTo('E');
        Map<Character, String> fields = error.fields();
        assertThat(fields).containsEntry('S', "FATAL").containsEntry('V', "FATAL").containsEntry('C', sqlState);
        assertThat(fields.get('M')).startsWith(messagePrefix);
    }
}
