package io.pglitedb.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.wire.WireClient.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input, bounded and reproducible: random and mutated protocol messages (before and after
 * startup) and random or mutated SQL, sent to a live server from a seeded {@link Random}. After
 * every case the server must still answer a query on a connection opened at the start, every
 * error it sent must carry a real SQLSTATE (never XX000) and no Java exception text.
 *
 * <p>{@code -Dfuzz.seed=N} replays a seed, {@code -Dfuzz.cases=N} runs longer (the default keeps
 * the test suite fast), {@code -Dfuzz.seconds=N} runs for that long instead of a number of cases,
 * and {@code -Dfuzz.port=N} aims at a server already running on 127.0.0.1:N (user postgres,
 * trust) instead of one started here: {@code scripts/protocol-fuzz.sh} runs it for 10 minutes
 * against a server process and then checks that the process is alive and answers.
 */
@Timeout(300)
class ProtocolFuzzTest {
    private static final Pattern JAVA_TEXT = Pattern.compile(
            "java\\.|javax\\.|Exception|\\bat io\\.|NullPointer|OutOfBounds|ClassCast|io\\.pglitedb|\\$Lambda");
    private static final String[] TYPES = {"Q", "P", "B", "E", "D", "S", "H", "C", "X", "F", "d", "c", "f", "p"};
    private static final String[] SQL_WORDS = {"SELECT", "FROM", "WHERE", "INSERT", "INTO", "VALUES", "UPDATE",
        "SET", "DELETE", "CREATE", "TABLE", "DROP", "ALTER", "GRANT", "REVOKE", "ON", "TO", "ROLE", "USER", "WITH",
        "AS", "JOIN", "LEFT", "GROUP", "BY", "ORDER", "HAVING", "LIMIT", "OFFSET", "UNION", "ALL", "DISTINCT",
        "CASE", "WHEN", "THEN", "ELSE", "END", "NULL", "NOT", "AND", "OR", "IN", "EXISTS", "BETWEEN", "LIKE", "IS",
        "CAST", "::", "int", "text", "numeric", "timestamp", "date", "boolean", "bigint", "(", ")", ",", ";", "*",
        "+", "-", "/", "%", "=", "<>", "<=", ">=", "||", "'", "\"", "$1", "$$", "fuzz_t", "a", "b", "count(*)",
        "sum(a)", "now()", "nextval('fuzz_s')", "generate_series(1, 3)", "COPY", "STDIN", "BEGIN", "COMMIT",
        "ROLLBACK", "SAVEPOINT", "sp", "RETURNING", "OVER", "PARTITION", "WINDOW", "LATERAL", "RECURSIVE", "SHOW",
        "RESET", "PRIMARY", "KEY", "REFERENCES", "CHECK", "DEFAULT", "1", "0", "-1", "2147483648", "1e400",
        "'2024-02-30'", "'x'", "E'\\\\x'", "U&'\\0000'", "9999999999999999999999999", "TRUE", "FALSE", "OWNER",
        "SESSION", "AUTHORIZATION", "PUBLIC", "current_user"};
    private static final String[] SEED_SQL = {
        "SELECT a, b FROM fuzz_t WHERE a > 1 ORDER BY b DESC LIMIT 2",
        "INSERT INTO fuzz_t VALUES (10, 'x') ON CONFLICT (a) DO UPDATE SET b = EXCLUDED.b RETURNING *",
        "UPDATE fuzz_t SET b = b || '!' WHERE a IN (SELECT a FROM fuzz_t WHERE a < 3)",
        "SELECT count(*), sum(a) OVER (PARTITION BY b) FROM fuzz_t GROUP BY a, b HAVING count(*) > 0",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT * FROM r",
        "SELECT CAST('12.5' AS numeric(4,1)), '2024-01-01'::date + 1, 1 / 0",
        "GRANT SELECT (a) ON fuzz_t TO fuzz_role WITH GRANT OPTION",
        "SELECT nextval('fuzz_s'), setval('fuzz_s', 5, false), has_table_privilege('fuzz_t', 'SELECT')",
        "CREATE TABLE fuzz_x (id serial PRIMARY KEY, v text CHECK (v <> ''), r int REFERENCES fuzz_t (a))",
        "SELECT * FROM fuzz_t a JOIN fuzz_t b USING (a) FULL JOIN fuzz_t c ON c.a = b.a",
    };

    /** Inputs the fuzzer once broke the server with (internal errors); each must give a real SQLSTATE. */
    private static final String[] REGRESSIONS = {
        // Scope.closest compared the alias of a merged USING column (null)
        "SELECT * FROM fuzz_t a JOIN fuzz_t b USING (a) FULL JOIN fuzz_t c ON c.a = ba",
        // a recursive query that never ends (found by the 10-minute run): ends by statement_timeout
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT  + 1 FROM r WHERE n < 5) SELECT* FROM r",
    };

    private static TestServer server;
    private static int port;
    private static WireClient sentinel;

    @BeforeAll
    static void start() throws IOException {
        Integer external = Integer.getInteger("fuzz.port");
        if (external == null) {
            server = TestServer.start();
            port = server.port();
        } else {
            port = external;
        }
        sentinel = connectWire();
        sentinel.query("DROP TABLE IF EXISTS fuzz_x, fuzz_t; DROP SEQUENCE IF EXISTS fuzz_s; DROP ROLE IF EXISTS fuzz_role");
        checkAll(sentinel.readUntilReady(), "cleanup");
        sentinel.query("CREATE TABLE fuzz_t (a int PRIMARY KEY, b text); INSERT INTO fuzz_t VALUES (1, 'one'), "
                + "(2, 'two'); CREATE SEQUENCE fuzz_s; CREATE ROLE fuzz_role");
        checkAll(sentinel.readUntilReady(), "setup");
    }

    @AfterAll
    static void stop() throws IOException {
        if (sentinel != null) {
            sentinel.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * A connection whose statements end after 5 s (57014): a mutated query may legitimately never
     * end, e.g. a WITH RECURSIVE whose step no longer advances.
     */
    private static WireClient connectWire() throws IOException {
        WireClient c = new WireClient(port);
        c.sendStartup("user", "postgres", "database", "postgres", "options", "-c statement_timeout=5000");
        c.readUntilReady();
        return c;
    }

    @Test
    void earlierFindingsStayFixed() throws IOException {
        for (String sql : REGRESSIONS) {
            sentinel.query(sql);
            List<Message> reply = readUntilReadyOrFail(sentinel, sql);
            checkAll(reply, sql);
            assertThat(reply).as(sql).anyMatch(m -> m.type() == 'E' || m.type() == 'C');
        }
    }

    @Test
    void randomAndMutatedTrafficNeverBreaksTheServer() throws IOException {
        long seed = Long.getLong("fuzz.seed", 20261127L);
        int cases = Integer.getInteger("fuzz.cases", 400);
        long seconds = Long.getLong("fuzz.seconds", 0);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        Random random = new Random(seed);
        int i = 0;
        for (; seconds > 0 ? System.nanoTime() < until : i < cases; i++) {
            int kind = random.nextInt(5);
            String label = "seed " + seed + " case " + i + " kind " + kind;
            switch (kind) {
                case 0 -> garbageBeforeStartup(random, label);
                case 1 -> randomMessagesAfterStartup(random, label);
                case 2, 3 -> randomSql(random, label);
                default -> mutatedStartup(random, label);
            }
            if (i % 10 == 9) {
                assertServerAnswers(label);
            }
        }
        assertServerAnswers("end");
        System.out.printf("fuzz: seed %d, %d cases, server still answers%n", seed, i);
        try (WireClient fresh = connectWire()) {
            fresh.query("SELECT count(*) FROM fuzz_t");
            checkAll(fresh.readUntilReady(), "fresh connection");
        }
    }

    private static void garbageBeforeStartup(Random random, String label) throws IOException {
        try (WireClient c = new WireClient(port)) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            boolean sslRequest = false;
            if (random.nextBoolean() && bytes.length >= 8) {
                // a plausible length and protocol code, random afterwards
                sslRequest = random.nextBoolean();
                System.arraycopy(WireClient.int32(sslRequest ? 8 : bytes.length), 0, bytes, 0, 4);
                System.arraycopy(WireClient.int32(sslRequest ? 80877103 : 3 << 16), 0, bytes, 4, 4);
            }
            try {
                c.sendRaw(bytes);
                c.shutdownOutput();
            } catch (IOException e) {
                // closed early: read what it said
            }
            if (sslRequest) {
                assertThat(c.readByte()).as("answer to SSLRequest in %s", label).isEqualTo((int) 'N');
            }
            checkAll(readUntilClosedOrQuiet(c), label);
        }
    }

    private static void mutatedStartup(Random random, String label) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(WireClient.int32(3 << 16));
        body.writeBytes(WireClient.cstring("user"));
        body.writeBytes(WireClient.cstring(random.nextInt(4) == 0 ? "nobody" : "postgres"));
        body.writeBytes(WireClient.cstring(random.nextBoolean() ? "options" : "database"));
        body.writeBytes(WireClient.cstring(randomSqlText(random)));
        body.write(0);
        byte[] packet = WireClient.concat(WireClient.int32(body.size() + 4), body.toByteArray());
        mutate(random, packet, 4);
        try (WireClient c = new WireClient(port)) {
            try {
                c.sendRaw(packet);
                c.shutdownOutput();
            } catch (IOException e) {
                // closed early: read what it said
            }
            checkAll(readUntilClosedOrQuiet(c), label);
        }
    }

    private static void randomMessagesAfterStartup(Random random, String label) throws IOException {
        try (WireClient c = connectWire()) {
            int messages = 1 + random.nextInt(6);
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            for (int m = 0; m < messages; m++) {
                stream.writeBytes(randomMessage(random));
            }
            byte[] bytes = stream.toByteArray();
            if (random.nextInt(3) == 0) {
                mutate(random, bytes, 0);
            }
            try {
                c.sendRaw(bytes);
                c.send('S', new byte[0]);
                c.send('X', new byte[0]);
                c.shutdownOutput();
            } catch (IOException e) {
                // the server closed the connection at a protocol violation: read what it said
            }
            checkAll(readUntilClosedOrQuiet(c), label);
        }
    }

    private static void randomSql(Random random, String label) throws IOException {
        String sql = randomSqlText(random);
        if (random.nextBoolean()) {
            sentinel.query(sql);
            checkAll(readUntilReadyOrFail(sentinel, label + ": " + sql), label + ": " + sql);
            sentinel.query("ROLLBACK");
            checkAll(readUntilReadyOrFail(sentinel, label), label);
        } else {
            // through the extended protocol, with a random parameter
            try (WireClient c = connectWire()) {
                byte[] parse = WireClient.concat(WireClient.cstring(""), WireClient.cstring(sql), WireClient.int16(0));
                c.send('P', parse);
                byte[] value = randomSqlText(random).getBytes(StandardCharsets.UTF_8);
                byte[] bind = WireClient.concat(WireClient.cstring(""), WireClient.cstring(""), WireClient.int16(0),
                        WireClient.int16(1), WireClient.int32(value.length), value, WireClient.int16(0));
                c.send('B', bind);
                c.send('D', WireClient.concat(new byte[] {'P'}, WireClient.cstring("")));
                c.send('E', WireClient.concat(WireClient.cstring(""), WireClient.int32(random.nextInt(3))));
                c.send('S', new byte[0]);
                checkAll(readUntilReadyOrFail(c, label + ": " + sql), label + ": " + sql);
            }
        }
    }

    private static String randomSqlText(Random random) {
        if (random.nextInt(3) == 0) {
            // a valid statement with a few characters changed, removed or repeated
            StringBuilder sql = new StringBuilder(SEED_SQL[random.nextInt(SEED_SQL.length)]);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && sql.length() > 1; e++) {
                int at = random.nextInt(sql.length());
                switch (random.nextInt(4)) {
                    case 0 -> sql.deleteCharAt(at);
                    case 1 -> sql.insert(at, (char) (32 + random.nextInt(95)));
                    case 2 -> sql.insert(at, sql.substring(at, Math.min(sql.length(), at + 1 + random.nextInt(12))));
                    default -> sql.setCharAt(at, (char) (random.nextInt(3) == 0 ? random.nextInt(0x2FF) + 1 : 32
                            + random.nextInt(95)));
                }
            }
            return sql.toString().replace('\0', ' ');
        }
        StringBuilder sql = new StringBuilder();
        int words = 1 + random.nextInt(20);
        for (int w = 0; w < words; w++) {
            sql.append(SQL_WORDS[random.nextInt(SQL_WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        }
        return sql.toString();
    }

    /** One frontend message: a known or random type, a random or empty body, sometimes a wrong length. */
    private static byte[] randomMessage(Random random) {
        char type = random.nextInt(8) == 0 ? (char) random.nextInt(256) : TYPES[random.nextInt(TYPES.length)].charAt(0);
        byte[] body;
        switch (random.nextInt(3)) {
            case 0 -> body = new byte[0];
            case 1 -> {
                body = new byte[random.nextInt(48)];
                random.nextBytes(body);
            }
            default -> body = WireClient.concat(WireClient.cstring(random.nextBoolean() ? "" : "s1"),
                    WireClient.cstring(randomSqlText(random)), WireClient.int16(random.nextInt(3)),
                    WireClient.int32(random.nextInt()));
        }
        int length = body.length + 4;
        if (random.nextInt(6) == 0) {
            length = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> 3;
                case 2 -> Integer.MAX_VALUE;
                default -> random.nextInt(200);
            };
        }
        return WireClient.concat(new byte[] {(byte) type}, WireClient.int32(length), body);
    }

    private static void mutate(Random random, byte[] bytes, int from) {
        if (bytes.length <= from) {
            return;
        }
        int flips = 1 + random.nextInt(4);
        for (int f = 0; f < flips; f++) {
            bytes[from + random.nextInt(bytes.length - from)] = (byte) random.nextInt(256);
        }
    }

    /** What the server sent before closing; a server waiting for the rest of a message may also stay quiet. */
    private static List<Message> readUntilClosedOrQuiet(WireClient c) throws IOException {
        List<Message> messages = new ArrayList<>();
        try {
            while (true) {
                int type = c.readByte();
                if (type < 0) {
                    return messages;
                }
                byte[] length = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int b = c.readByte();
                    if (b < 0) {
                        throw new AssertionError("truncated message from the server after " + messages);
                    }
                    length[i] = (byte) b;
                }
                int n = java.nio.ByteBuffer.wrap(length).getInt() - 4;
                byte[] body = new byte[n];
                for (int i = 0; i < n; i++) {
                    int b = c.readByte();
                    if (b < 0) {
                        throw new AssertionError("truncated message from the server after " + messages);
                    }
                    body[i] = (byte) b;
                }
                messages.add(new Message((char) type, body));
            }
        } catch (SocketTimeoutException e) {
            return messages; // waiting for bytes we never sent: the close ends it
        } catch (IOException e) {
            return messages; // reset
        }
    }

    /** Up to ReadyForQuery; a COPY FROM STDIN the random SQL started is answered with CopyFail. */
    private static List<Message> readUntilReadyOrFail(WireClient c, String label) throws IOException {
        List<Message> messages = new ArrayList<>();
        try {
            while (true) {
                Message m = c.read();
                messages.add(m);
                if (m.type() == 'G') {
                    c.send('f', WireClient.cstring("fuzz"));
                }
                if (m.type() == 'Z') {
                    return messages;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no ReadyForQuery within the timeout: " + label, e);
        }
    }

    private static void checkAll(List<Message> messages, String label) {
        for (Message m : messages) {
            if (m.type() == 'E' || m.type() == 'N') {
                var fields = m.fields();
                String state = fields.get('C');
                assertThat(state).as("SQLSTATE in %s: %s", label, m).isNotNull().hasSize(5);
                assertThat(state).as("internal error in %s: %s", label, m).isNotEqualTo("XX000");
                for (var e : fields.entrySet()) {
                    assertThat(JAVA_TEXT.matcher(e.getValue()).find())
                            .as("Java text in field %s of %s: %s", e.getKey(), label, m).isFalse();
                }
            }
        }
    }

    private static void assertServerAnswers(String label) throws IOException {
        sentinel.query("SELECT 41 + 1");
        List<Message> reply = readUntilReadyOrFail(sentinel, label);
        boolean answered = reply.stream().anyMatch(m -> m.type() == 'D'
                && new String(m.body(), StandardCharsets.UTF_8).contains("42"));
        assertThat(answered).as("server answers after %s: %s", label, reply).isTrue();
    }
}
