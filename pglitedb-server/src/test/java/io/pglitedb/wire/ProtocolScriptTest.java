package io.pglitedb.wire;

import static io.pglitedb.wire.WireClient.concat;
import static io.pglitedb.wire.WireClient.cstring;
import static io.pglitedb.wire.WireClient.int16;
import static io.pglitedb.wire.WireClient.int32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.pglitedb.wire.WireClient.Message;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Typed messages in, typed replies out, after a real startup. Runs against PGLiteDB by default;
 * with {@code -Dwire.reference.port=55432} the same script runs against the reference PostgreSQL
 * 15 to check that the expectations are PostgreSQL's (tests of our own choices are skipped there).
 */
@Timeout(60)
class ProtocolScriptTest {
    private static TestServer server;
    private static int port;
    private static boolean reference;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        port = server.port();
        reference = server.isReference();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WireClient connect() throws IOException {
        WireClient c = new WireClient(port);
        c.sendStartup("user", "postgres", "database", "postgres", "application_name", "wire-test");
        List<Message> greeting = c.readUntilReady();
        assertThat(greeting.get(0).type()).isEqualTo('R');
        assertThat(greeting.get(0).body()).containsExactly(0, 0, 0, 0);
        assertThat(types(greeting)).endsWith("KZ");
        assertThat(last(greeting).body()).containsExactly('I');
        return c;
    }

    @Test
    void startupReportsTheSettingsClientsNeed() throws IOException {
        try (WireClient c = new WireClient(port)) {
            c.sendStartup("user", "postgres", "database", "postgres");
            List<Message> greeting = c.readUntilReady();
            Map<String, String> reported = new java.util.HashMap<>();
            for (Message m : greeting) {
                if (m.type() == 'S') {
                    String name = m.cstringAt(0);
                    reported.put(name, m.cstringAt(name.getBytes(StandardCharsets.UTF_8).length + 1));
                }
            }
            assertThat(reported).containsKeys("server_version", "server_encoding", "client_encoding", "DateStyle",
                    "integer_datetimes", "standard_conforming_strings");
            assertThat(reported.get("client_encoding")).isEqualTo("UTF8");
            Message key = greeting.get(greeting.size() - 2);
            assertThat(key.type()).isEqualTo('K');
            assertThat(key.body()).hasSize(8);
        }
    }

    @Test
    void simpleQueryReturnsRowDescriptionRowsAndTag() throws IOException {
        try (WireClient c = connect()) {
            c.query("select 1 as one");
            List<Message> replies = c.readUntilReady();
            assertThat(types(replies)).isEqualTo("TDCZ");
            ByteBuffer t = ByteBuffer.wrap(replies.get(0).body());
            assertThat(t.getShort()).isEqualTo((short) 1);
            assertThat(replies.get(0).cstringAt(2)).isEqualTo("one");
            t.position(2 + 4);
            assertThat(t.getInt()).as("table oid").isZero();
            assertThat(t.getShort()).as("attnum").isZero();
            assertThat(t.getInt()).as("type oid").isEqualTo(23);
            assertThat(t.getShort()).as("typlen").isEqualTo((short) 4);
            assertThat(t.getInt()).as("typmod").isEqualTo(-1);
            assertThat(t.getShort()).as("format").isZero();
            assertThat(replies.get(1).body()).isEqualTo(concat(int16(1), int32(1), "1".getBytes(StandardCharsets.US_ASCII)));
            assertThat(replies.get(2).cstringAt(0)).isEqualTo("SELECT 1");
            assertThat(last(replies).body()).containsExactly('I');
        }
    }

    @Test
    void emptyQueryAnswersEmptyQueryResponse() throws IOException {
        try (WireClient c = connect()) {
            c.query("");
            assertThat(types(c.readUntilReady())).isEqualTo("IZ");
            c.query("  ;  ");
            assertThat(types(c.readUntilReady())).isEqualTo("IZ");
        }
    }

    @Test
    void severalStatementsInOneQueryEachComplete() throws IOException {
        try (WireClient c = connect()) {
            c.query("select 1; select 2");
            assertThat(types(c.readUntilReady())).isEqualTo("TDCTDCZ");
        }
    }

    @Test
    void syntaxErrorCarriesStateAndPositionAndTheSessionGoesOn() throws IOException {
        try (WireClient c = connect()) {
            c.query("selec 1");
            List<Message> replies = c.readUntilReady();
            assertThat(types(replies)).isEqualTo("EZ");
            Map<Character, String> fields = replies.get(0).fields();
            assertThat(fields).containsEntry('S', "ERROR").containsEntry('V', "ERROR").containsEntry('C', "42601")
                    .containsEntry('M', "syntax error at or near \"selec\"").containsEntry('P', "1")
                    .containsKeys('F', 'L', 'R');
            c.query("select 1");
            assertThat(types(c.readUntilReady())).isEqualTo("TDCZ");
        }
    }

    @Test
    void readyForQueryFollowsTheTransactionState() throws IOException {
        try (WireClient c = connect()) {
            c.query("begin");
            assertThat(last(c.readUntilReady()).body()).containsExactly('T');
            c.query("select 1/0");
            List<Message> replies = c.readUntilReady();
            assertThat(replies.get(0).sqlState()).isEqualTo("22012");
            assertThat(last(replies).body()).containsExactly('E');
            c.query("select 1");
            replies = c.readUntilReady();
            assertThat(replies.get(0).sqlState()).isEqualTo("25P02");
            c.query("rollback");
            assertThat(last(c.readUntilReady()).body()).containsExactly('I');
        }
    }

    @Test
    void setReportsTheChangedParameterBeforeReadyForQuery() throws IOException {
        try (WireClient c = connect()) {
            c.query("set application_name = 'renamed'");
            List<Message> replies = c.readUntilReady();
            assertThat(types(replies)).isEqualTo("CSZ");
            assertThat(replies.get(1).cstringAt(0)).isEqualTo("application_name");
            assertThat(replies.get(1).cstringAt("application_name".length() + 1)).isEqualTo("renamed");
        }
    }

    @Test
    void extendedQueryWithBinaryParameterAndBinaryResult() throws IOException {
        try (WireClient c = connect()) {
            c.send('P', concat(cstring(""), cstring("select $1::int4 + 1 as answer"), int16(1), int32(23)));
            c.send('B', concat(cstring(""), cstring(""), int16(1), int16(1), int16(1), int32(4), int32(41),
                    int16(1), int16(1)));
            c.send('D', concat(new byte[] {'P'}, cstring("")));
            c.send('E', concat(cstring(""), int32(0)));
            c.send('S', new byte[0]);
            List<Message> replies = c.readUntilReady();
            assertThat(types(replies)).isEqualTo("12TDCZ");
            byte[] rowDescription = replies.get(2).body();
            assertThat(ByteBuffer.wrap(rowDescription, rowDescription.length - 2, 2).getShort()).as("format").isEqualTo((short) 1);
            assertThat(replies.get(3).body()).isEqualTo(concat(int16(1), int32(4), int32(42)));
            assertThat(replies.get(4).cstringAt(0)).isEqualTo("SELECT 1");
        }
    }

    @Test
    void textParametersAndNullsAreDecoded() throws IOException {
        try (WireClient c = connect()) {
            c.send('P', concat(cstring("s"), cstring("select $1::text as a, $2::int8 as b"), int16(0)));
            c.send('B', concat(cstring(""), cstring("s"), int16(0), int16(2), int32(3),
                    "h\u00e9".getBytes(StandardCharsets.UTF_8), int32(-1), int16(0)));
            c.send('E', concat(cstring(""), int32(0)));
            c.send('S', new byte[0]);
            List<Message> replies = c.readUntilReady();
            assertThat(types(replies)).isEqualTo("12DCZ");
            assertThat(replies.get(2).body()).isEqualTo(concat(int16(2), int32(3),
                    "h\u00e9".getBytes(StandardCharsets.UTF_8), int32(-1)));
        }
    }

    @Test
    void describeStatementSendsParameterAndRowDescriptions() throws IOException {
        try (WireClient c = connect()) {
            c.send('P', concat(cstring("s1"), cstring("select $1::text as t, 2 as n"), int16(0)));
            c.send('D', concat(new byte[] {'S'}, cstring("s1")));
            c.send('C', concat(new byte[] {'S'}, cstring("s1")));
            c.send('S', new byte[0]);
            List<Message> replies = c.readUntilReady();
            assertThat(types(replies)).isEqualTo("1tT3Z");
            assertThat(replies.get(1).body()).isEqualTo(concat(int16(1), int32(25)));
            assertThat(ByteBuffer.wrap(replies.get(2).body()).getShort()).isEqualTo((short) 2);
        }
    }

    @Test
    void describeOfAStatementWithoutRowsSendsNoData() throws IOException {
        try (WireClient c = connect()) {
            c.send('P', concat(cstring(""), cstring("set application_name = 'x'"), int16(0)));
            c.send('D', concat(new byte[] {'S'}, cstring("")));
            c.send('S', new byte[0]);
            assertThat(types(c.readUntilReady())).isEqualTo("1tnZ");
        }
    }

    @Test
    void anErrorDiscardsEverythingUpToSync() throws IOException {
        try (WireClient c = connect()) {
            c.send('P', concat(cstring(""), cstring("selec 1"), int16(0)));
            c.send('B', concat(cstring(""), cstring(""), int16(0), int16(0), int16(0)));
            c.send('E', concat(cstring(""), int32(0)));
            c.send('H', new byte[0]);
            c.query("select 1"); // also ignored: it arrives before Sync
            c.send('S', new byte[0]);
            List<Message> replies = c.readUntilReady();
            assertThat(types(replies)).isEqualTo("EZ");
            assertThat(replies.get(0).sqlState()).isEqualTo("42601");
            assertThat(last(replies).body()).containsExactly('I');
            c.query("select 1");
            assertThat(types(c.readUntilReady())).isEqualTo("TDCZ");
        }
    }

    @Test
    void wrongParameterCountIsAProtocolViolationError() throws IOException {
        try (WireClient c = connect()) {
            c.send('P', concat(cstring(""), cstring("select $1::int4"), int16(0)));
            c.send('B', concat(cstring(""), cstring(""), int16(0), int16(2), int32(1), "1".getBytes(StandardCharsets.US_ASCII),
                    int32(1), "2".getBytes(StandardCharsets.US_ASCII), int16(0)));
            c.send('S', new byte[0]);
            List<Message> replies = c.readUntilReady();
            assertThat(types(replies)).isEqualTo("1EZ");
            assertThat(replies.get(1).sqlState()).isEqualTo("08P01");
            assertThat(replies.get(1).fields().get('M'))
                    .isEqualTo("bind message supplies 2 parameters, but prepared statement \"\" requires 1");
        }
    }

    @Test
    void badTextParameterNamesTheParameter() throws IOException {
        try (WireClient c = connect()) {
            c.send('P', concat(cstring(""), cstring("select $1::int4"), int16(1), int32(23)));
            c.send('B', concat(cstring(""), cstring(""), int16(0), int16(1), int32(3), "abc".getBytes(StandardCharsets.US_ASCII),
                    int16(0)));
            c.send('S', new byte[0]);
            List<Message> replies = c.readUntilReady();
            assertThat(types(replies)).isEqualTo("1EZ");
            assertThat(replies.get(1).fields()).containsEntry('C', "22P02")
                    .containsEntry('M', "invalid input syntax for type integer: \"abc\"")
                    .containsEntry('W', "unnamed portal parameter $1 = '...'");
        }
    }

    @Test
    void executeWithRowLimitSuspendsThePortal() throws IOException {
        try (WireClient c = connect()) {
            String table = "wire_suspend_" + ProcessHandle.current().pid();
            c.query("drop table if exists " + table);
            c.readUntilReady();
            c.query("create table " + table + " (x int4)");
            c.readUntilReady();
            c.query("insert into " + table + " values (1), (2), (3)");
            c.readUntilReady();
            c.query("begin");
            c.readUntilReady();
            c.send('P', concat(cstring(""), cstring("select x from " + table + " order by x"), int16(0)));
            c.send('B', concat(cstring("p"), cstring(""), int16(0), int16(0), int16(0)));
            c.send('E', concat(cstring("p"), int32(2)));
            c.send('E', concat(cstring("p"), int32(2)));
            c.send('C', concat(new byte[] {'P'}, cstring("p")));
            c.send('S', new byte[0]);
            List<Message> replies = c.readUntilReady();
            assertThat(types(replies)).isEqualTo("12DDsDC3Z");
            // PostgreSQL 15 counts only the rows of this Execute in the tag
            assertThat(replies.get(6).cstringAt(0)).isEqualTo("SELECT 1");
            c.query("commit");
            c.readUntilReady();
            c.query("drop table " + table);
            assertThat(types(c.readUntilReady())).isEqualTo("CZ");
        }
    }

    @Test
    void flushSendsPendingRepliesWithoutSync() throws IOException {
        try (WireClient c = connect()) {
            c.send('P', concat(cstring(""), cstring("select 1"), int16(0)));
            c.send('H', new byte[0]);
            assertThat(c.read().type()).isEqualTo('1');
            c.send('S', new byte[0]);
            assertThat(types(c.readUntilReady())).isEqualTo("Z");
        }
    }

    @Test
    void copyMessagesOutsideCopyAreIgnored() throws IOException {
        try (WireClient c = connect()) {
            c.send('d', "stray".getBytes(StandardCharsets.US_ASCII));
            c.send('c', new byte[0]);
            c.send('f', cstring("nope"));
            c.query("select 1");
            assertThat(types(c.readUntilReady())).isEqualTo("TDCZ");
        }
    }

    @Test
    void closingSomethingThatDoesNotExistIsFine() throws IOException {
        try (WireClient c = connect()) {
            c.send('C', concat(new byte[] {'S'}, cstring("never-prepared")));
            c.send('C', concat(new byte[] {'P'}, cstring("never-bound")));
            c.send('S', new byte[0]);
            assertThat(types(c.readUntilReady())).isEqualTo("33Z");
        }
    }

    @Test
    void terminateClosesQuietly() throws IOException {
        try (WireClient c = connect()) {
            c.send('X', new byte[0]);
            assertThat(c.readUntilClosed()).isEmpty();
        }
    }

    @Test
    void unknownMessageTypeIsFatal() throws IOException {
        try (WireClient c = connect()) {
            c.send('z', new byte[0]);
            HostileClientTest.assertFatal(c.readUntilClosed(), "08P01", "invalid frontend message type 122");
        }
    }

    // ---- framing attacks after startup: PostgreSQL closes silently (COMMERROR), we send 08P01 ----

    @Test
    void negativeMessageLengthClosesTheConnection() throws IOException {
        try (WireClient c = connect()) {
            c.sendRaw(concat(new byte[] {'Q'}, int32(-5)));
            assertClosedWithProtocolViolation(c.readUntilClosed());
        }
        try (WireClient c = connect()) { // the server is still there
            c.query("select 1");
            assertThat(types(c.readUntilReady())).isEqualTo("TDCZ");
        }
    }

    @Test
    void oversizedControlMessageClosesTheConnection() throws IOException {
        try (WireClient c = connect()) {
            c.sendRaw(concat(new byte[] {'S'}, int32(1_000_000)));
            assertClosedWithProtocolViolation(c.readUntilClosed());
        }
    }

    @Test
    void gigabyteQueryLengthIsRefused() throws IOException {
        try (WireClient c = connect()) {
            c.sendRaw(concat(new byte[] {'Q'}, int32(0x4000_0000)));
            assertClosedWithProtocolViolation(c.readUntilClosed());
        }
    }

    @Test
    void truncatedMessageClosesTheConnection() throws IOException {
        try (WireClient c = connect()) {
            c.sendRaw(concat(new byte[] {'Q'}, int32(100), "select".getBytes(StandardCharsets.US_ASCII)));
            c.shutdownOutput();
            assertClosedWithProtocolViolation(c.readUntilClosed());
        }
    }

    @Test
    void queryWithoutTerminatingNulIsMalformed() throws IOException {
        assumeFalse(reference, "PostgreSQL reports this as a plain ERROR and goes on");
        try (WireClient c = connect()) {
            c.send('Q', "select 1".getBytes(StandardCharsets.US_ASCII));
            HostileClientTest.assertFatal(c.readUntilClosed(), "08P01", "invalid message format");
        }
    }

    @Test
    void functionCallIsNotSupported() throws IOException {
        assumeFalse(reference, "PostgreSQL supports the function call protocol");
        try (WireClient c = connect()) {
            c.send('F', concat(int32(1), int16(0), int16(0), int16(0)));
            List<Message> replies = c.readUntilReady();
            assertThat(types(replies)).isEqualTo("EZ");
            assertThat(replies.get(0).sqlState()).isEqualTo("0A000");
        }
    }

    private void assertClosedWithProtocolViolation(List<Message> replies) {
        if (reference) {
            assertThat(replies).isEmpty(); // PostgreSQL only logs these
            return;
        }
        HostileClientTest.assertFatal(replies, "08P01", "invalid message format");
    }

    private static String types(List<Message> messages) {
        StringBuilder s = new StringBuilder();
        for (Message m : messages) {
            if (m.type() == 'S' && s.indexOf("K") < 0 && messages.get(0).type() == 'R') {
                continue; // ParameterStatus during startup: how many depends on the server
            }
            s.append(m.type());
        }
        return s.toString();
    }

    private static Message last(List<Message> messages) {
        return messages.get(messages.size() - 1);
    }
}
