package io.pglitedb.wire;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * The errors the wire layer raises itself, with PostgreSQL's texts. FATAL ones end the connection
 * (after the ErrorResponse is sent); ERROR ones end only the current message.
 */
final class ProtocolViolation {
    private ProtocolViolation() {
    }

    /** A length, string or field that does not fit the message: the stream can no longer be trusted. */
    static PgException invalidMessageFormat() {
        return fatal(SqlState.PROTOCOL_VIOLATION, "invalid message format");
    }

    static PgException invalidMessageType(int type) {
        return fatal(SqlState.PROTOCOL_VIOLATION, "invalid frontend message type " + type);
    }

    static PgException invalidStartupPacketLength() {
        return fatal(SqlState.PROTOCOL_VIOLATION, "invalid length of startup packet");
    }

    static PgException unsupportedProtocol(int version) {
        return fatal(SqlState.FEATURE_NOT_SUPPORTED, "unsupported frontend protocol " + (version >>> 16) + "."
                + (version & 0xFFFF) + ": server supports 3.0 to 3.0");
    }

    static PgException noUserName() {
        return fatal(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                "no PostgreSQL user name specified in startup packet");
    }

    static PgException invalidUtf8(byte[] bytes, int offset, int length) {
        StringBuilder shown = new StringBuilder();
        for (int i = offset; i < offset + length && i < offset + 2; i++) {
            if (shown.length() > 0) {
                shown.append(' ');
            }
            shown.append(String.format("0x%02x", bytes[i] & 0xFF));
        }
        return new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                "invalid byte sequence for encoding \"UTF8\": " + shown);
    }

    static PgException fatal(SqlState state, String message) {
        return new PgException(state, message).withSeverity("FATAL");
    }

    static boolean isFatal(PgException e) {
        String severity = e.severity();
        return "FATAL".equals(severity) || "PANIC".equals(severity);
    }
}
