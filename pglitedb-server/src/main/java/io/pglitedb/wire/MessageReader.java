package io.pglitedb.wire;

import io.pglitedb.error.SqlState;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Frames frontend messages: a type byte, a 32-bit length that counts itself, then the body. The
 * length is checked before anything is allocated (PostgreSQL's limits: 10,000 bytes for startup
 * packets and the small control messages, 1 GB - 1 for Query, Parse, Bind, FunctionCall and
 * CopyData), and the body buffer grows only as bytes actually arrive, so a lying length cannot
 * make the server allocate memory the client never sent.
 */
final class MessageReader {
    /** PostgreSQL's MAX_STARTUP_PACKET_LENGTH. */
    static final int MAX_STARTUP_PACKET_LENGTH = 10_000;
    /** PostgreSQL's PQ_SMALL_MESSAGE_LIMIT. */
    static final int SMALL_MESSAGE_LIMIT = 10_000;
    /** PostgreSQL's PG_MAX_AUTH_TOKEN_LENGTH: authentication messages come before the client is known. */
    static final int AUTH_MESSAGE_LIMIT = 65_535;
    /** PostgreSQL's PQ_LARGE_MESSAGE_LIMIT (MaxAllocSize - 1). */
    static final int LARGE_MESSAGE_LIMIT = 0x3FFF_FFFF - 1;

    private static final int INITIAL_BUFFER = 1024;
    private static final int GROWTH_CHUNK = 1 << 20;
    private static final int KEEP_BUFFER_LIMIT = 1 << 20;

    private final InputStream in;
    private final MessageBody body = new MessageBody();
    private byte[] buffer = new byte[INITIAL_BUFFER];

    MessageReader(InputStream in) {
        this.in = in;
    }

    /**
     * Reads a startup-phase packet (no type byte).
     *
     * @return the body, or null at a clean end of stream before the first byte
     * @throws io.pglitedb.error.PgException FATAL 08P01 for an impossible length
     *         and when the stream ends inside the packet
     */
    MessageBody readStartupPacket() throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        try {
            int length = (first << 24) | (readByteOrEof() << 16) | (readByteOrEof() << 8) | readByteOrEof();
            if (length < 8 || length > MAX_STARTUP_PACKET_LENGTH) {
                throw ProtocolViolation.invalidStartupPacketLength();
            }
            fill(length - 4);
            return body;
        } catch (EOFException e) {
            throw ProtocolViolation.fatal(SqlState.PROTOCOL_VIOLATION, "incomplete startup packet");
        }
    }

    /** Bytes already received and not yet read (a client must send nothing after SSLRequest). */
    int buffered() throws IOException {
        return in.available();
    }

    /**
     * Reads the type byte of the next message.
     *
     * @return the type, or -1 at a clean end of stream
     */
    int readType() throws IOException {
        return in.read();
    }

    /**
     * Reads the length and body of a message whose type byte was just read.
     *
     * @throws io.pglitedb.error.PgException FATAL 08P01 for a length outside [4, limit]
     *         and when the stream ends inside the message
     */
    MessageBody readBody(int type) throws IOException {
        return readBody(type, limitFor(type));
    }

    /** A message during authentication (PasswordMessage, SASL responses): at most 64 kB. */
    MessageBody readAuthenticationBody(int type) throws IOException {
        return readBody(type, AUTH_MESSAGE_LIMIT);
    }

    private MessageBody readBody(int type, int limit) throws IOException {
        try {
            int length = (readByteOrEof() << 24) | (readByteOrEof() << 16) | (readByteOrEof() << 8) | readByteOrEof();
            if (length < 4 || length > limit) {
                throw ProtocolViolation.invalidMessageFormat();
            }
            fill(length - 4);
            return body;
        } catch (EOFException e) {
            throw ProtocolViolation.invalidMessageFormat(); // truncated: the stream ended inside it
        }
    }

    static int limitFor(int type) {
        return switch (type) {
            case MessageType.QUERY, MessageType.PARSE, MessageType.BIND, MessageType.FUNCTION_CALL,
                    MessageType.COPY_DATA, MessageType.PASSWORD_MESSAGE -> LARGE_MESSAGE_LIMIT;
            default -> SMALL_MESSAGE_LIMIT;
        };
    }

    private void fill(int length) throws IOException {
        if (buffer.length > KEEP_BUFFER_LIMIT && length <= INITIAL_BUFFER) {
            buffer = new byte[INITIAL_BUFFER]; // let one huge message's buffer go
        }
        int filled = 0;
        while (filled < length) {
            if (filled == buffer.length) {
                // double, at most 1 MB at a time, never past the announced length
                int grown = (int) Math.min(length, (long) buffer.length + Math.min(buffer.length, GROWTH_CHUNK));
                byte[] bigger = new byte[grown];
                System.arraycopy(buffer, 0, bigger, 0, filled);
                buffer = bigger;
            }
            int n = in.read(buffer, filled, Math.min(buffer.length, length) - filled);
            if (n < 0) {
                throw new EOFException("end of stream inside a message");
            }
            filled += n;
        }
        body.reset(buffer, length);
    }

    private int readByteOrEof() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("end of stream inside a message");
        }
        return b;
    }
}
