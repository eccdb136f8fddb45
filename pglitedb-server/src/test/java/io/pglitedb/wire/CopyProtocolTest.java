package io.pglitedb.wire;

import static io.pglitedb.wire.WireClient.concat;
import static io.pglitedb.wire.WireClient.cstring;
import static io.pglitedb.wire.WireClient.int16;
import static io.pglitedb.wire.WireClient.int32;
import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.wire.WireClient.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * COPY's messages on the wire, as PostgreSQL 15 exchanges them: CopyInResponse/CopyOutResponse,
 * CopyData, CopyDone, CopyFail; an error during copy-in answered at once (ErrorResponse,
 * ReadyForQuery) while the client's remaining copy messages are dropped; COPY through the
 * extended protocol, where a Sync sent during copy-in is ignored. {@code -Dwire.reference.port=55432}
 * runs it against the reference PostgreSQL.
 */
@Timeout(60)
class CopyProtocolTest {
    private static final AtomicInteger TABLES = new AtomicInteger();
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

    private static String table(WireClient c) throws IOException {
        String name = "wire_copyproto_" + ProcessHandle.current().pid() + "_" + TABLES.incrementAndGet();
        c.query("drop table if exists " + name + "; create table " + name + " (a int, b text)");
        c.readUntilReady();
        return name;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String types(List<Message> messages) {
        StringBuilder s = new StringBuilder();
        for (Message m : messages) {
            if (m.type() != 'N' && m.type() != 'S') {
                s.append(m.type());
            }
        }
        return s.toString();
    }

    private static List<Message> read(WireClient c, int count) throws IOException {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(c.read());
        }
        return messages;
    }

    @Test
    void copyInResponseThenDataThenCommandComplete() throws IOException {
        try (WireClient c = connect()) {
            String t = table(c);
            c.query("copy " + t + " from stdin");
            Message g = c.read();
            assertThat(g.type()).isEqualTo('G');
            assertThat(g.body()).isEqualTo(concat(new byte[] {0}, int16(2), int16(0), int16(0)));
            c.send('d', utf8("1\tone\n2\t"));
            c.send('d', utf8("two\n"));
            c.send('c', new byte[0]);
            List<Message> done = c.readUntilReady();
            assertThat(types(done)).isEqualTo("CZ");
            assertThat(done.get(0).cstringAt(0)).isEqualTo("COPY 2");
        }
    }

    @Test
    void errorDuringCopyInIsReportedAtOnceAndLaterCopyMessagesAreDropped() throws IOException {
        try (WireClient c = connect()) {
            String t = table(c);
            c.query("copy " + t + " from stdin");
            assertThat(c.read().type()).isEqualTo('G');
            c.send('d', utf8("1\tok\nbad\trow\n"));
            List<Message> error = c.readUntilReady();
            assertThat(types(error)).isEqualTo("EZ");
            assertThat(error.get(0).sqlState()).isEqualTo("22P02");
            assertThat(error.get(0).fields().get('W')).isEqualTo("COPY " + t + ", line 2, column a: \"bad\"");
            c.send('d', utf8("3\tignored\n"));
            c.send('c', new byte[0]);
            c.query("select count(*) from " + t);
            List<Message> count = c.readUntilReady();
            assertThat(types(count)).isEqualTo("TDCZ");
            assertThat(count.get(1).body()).isEqualTo(concat(int16(1), int32(1), utf8("0")));
        }
    }

    @Test
    void copyFailEndsTheCopyWithQueryCanceled() throws IOException {
        try (WireClient c = connect()) {
            String t = table(c);
            c.query("copy " + t + " from stdin");
            assertThat(c.read().type()).isEqualTo('G');
            c.send('d', utf8("1\tone\n"));
            c.send('f', cstring("client gave up"));
            List<Message> error = c.readUntilReady();
            assertThat(types(error)).isEqualTo("EZ");
            assertThat(error.get(0).sqlState()).isEqualTo("57014");
            assertThat(error.get(0).fields().get('M')).isEqualTo("COPY from stdin failed: client gave up");
        }
    }

    @Test
    void copyOutSendsCopyOutResponseOneCopyDataPerRowAndCopyDone() throws IOException {
        try (WireClient c = connect()) {
            String t = table(c);
            c.query("insert into " + t + " values (1, 'x'), (2, null)");
            c.readUntilReady();
            c.query("copy (select a, b from " + t + " order by a) to stdout");
            List<Message> replies = c.readUntilReady();
            assertThat(types(replies)).isEqualTo("HddcCZ");
            assertThat(replies.get(0).body()).isEqualTo(concat(new byte[] {0}, int16(2), int16(0), int16(0)));
            assertThat(new String(replies.get(1).body(), StandardCharsets.UTF_8)).isEqualTo("1\tx\n");
            assertThat(new String(replies.get(2).body(), StandardCharsets.UTF_8)).isEqualTo("2\t\\N\n");
            assertThat(replies.get(4).cstringAt(0)).isEqualTo("COPY 2");
        }
    }

    @Test
    void extendedProtocolCopyIgnoresSyncDuringCopyIn() throws IOException {
        try (WireClient c = connect()) {
            String t = table(c);
            c.send('P', concat(cstring(""), cstring("copy " + t + " from stdin"), int16(0)));
            c.send('B', concat(cstring(""), cstring(""), int16(0), int16(0), int16(0)));
            c.send('E', concat(cstring(""), int32(0)));
            c.send('S', new byte[0]);
            assertThat(types(read(c, 3))).isEqualTo("12G");
            c.send('d', utf8("5\tfive\n"));
            c.send('c', new byte[0]);
            c.send('S', new byte[0]);
            List<Message> done = c.readUntilReady();
            assertThat(types(done)).isEqualTo("CZ");
            assertThat(done.get(0).cstringAt(0)).isEqualTo("COPY 1");
        }
    }
}
