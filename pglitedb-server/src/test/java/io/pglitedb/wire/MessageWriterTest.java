package io.pglitedb.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Byte-exact framing and the hand-written UTF-8 encoder of the row path. */
class MessageWriterTest {
    private final ByteArrayOutputStream socket = new ByteArrayOutputStream();
    private final MessageWriter out = new MessageWriter(socket);

    @Test
    void messageLengthCountsItselfButNotTheType() throws IOException {
        out.commandComplete("SELECT 1");
        out.flush();
        byte[] bytes = socket.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 'C');
        assertThat(Arrays.copyOfRange(bytes, 1, 5)).containsExactly(0, 0, 0, 13);
        assertThat(new String(bytes, 5, 8, StandardCharsets.US_ASCII)).isEqualTo("SELECT 1");
        assertThat(bytes[13]).isZero();
    }

    @Test
    void utf8MatchesTheJdkEncoderForEveryKindOfCharacter() throws IOException {
        String[] samples = {"", "ascii only", "caf\u00e9", "\u20ac 100", "\ud834\udd1e clef", "mixed a\u00e9\u20ac\ud83d\ude00z",
                "x".repeat(20_000) + "\u00e9"};
        for (String s : samples) {
            socket.reset();
            out.begin((byte) 'D');
            out.lengthPrefixedText(s);
            out.end();
            out.flush();
            byte[] expected = s.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = socket.toByteArray();
            assertThat(Arrays.copyOfRange(bytes, 5, 9)).containsExactly(WireClient.int32(expected.length));
            assertThat(Arrays.copyOfRange(bytes, 9, bytes.length)).isEqualTo(expected);
        }
    }

    @Test
    void abandonedMessageLeavesNoBytes() throws IOException {
        out.readyForQuery('I');
        out.begin((byte) 'D');
        out.int16(3);
        out.abandonMessage();
        out.flush();
        assertThat(socket.toByteArray()).containsExactly('Z', 0, 0, 0, 5, 'I');
    }

    @Test
    void nothingReachesTheSocketBeforeFlushForSmallMessages() throws IOException {
        out.empty(MessageType.PARSE_COMPLETE);
        out.empty(MessageType.BIND_COMPLETE);
        assertThat(socket.size()).isZero();
        out.flush();
        assertThat(socket.toByteArray()).containsExactly('1', 0, 0, 0, 4, '2', 0, 0, 0, 4);
    }
}
