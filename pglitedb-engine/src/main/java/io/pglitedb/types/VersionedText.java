package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.nio.charset.StandardCharsets;

/**
 * The binary format jsonb and jsonpath share on the wire: a version byte (1) and the text form in
 * UTF-8 (jsonb_send, jsonpath_send).
 */
final class VersionedText {
    private VersionedText() {
    }

    static byte[] encode(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[utf8.length + 1];
        out[0] = 1;
        System.arraycopy(utf8, 0, out, 1, utf8.length);
        return out;
    }

    /** The text after the version byte; {@code unsupported} (with %d) is the 22P03 message for another version. */
    static String decode(byte[] bytes, String unsupported) {
        if (bytes.length == 0 || bytes[0] != 1) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, unsupported, bytes.length == 0 ? 0 : bytes[0]);
        }
        return new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
    }
}
