package io.pglitedb.wire;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A read cursor over the body of one frontend message (the bytes after the type and length).
 * Every read is bounds-checked: reading past the end, a string without its terminating NUL or a
 * negative length is {@link ProtocolViolation#invalidMessageFormat()}. Strings are strict UTF-8;
 * a bad byte sequence is 22021 like PostgreSQL's.
 *
 * <p>The backing array belongs to the {@link MessageReader} and is reused by the next message.
 */
final class MessageBody {
    private byte[] bytes;
    private int pos;
    private int limit;
    private CharsetDecoder decoder;

    void reset(byte[] bytes, int length) {
        this.bytes = bytes;
        this.pos = 0;
        this.limit = length;
    }

    int remaining() {
        return limit - pos;
    }

    int readByte() {
        if (pos >= limit) {
            throw ProtocolViolation.invalidMessageFormat();
        }
        return bytes[pos++];
    }

    int readInt16() {
        if (limit - pos < 2) {
            throw ProtocolViolation.invalidMessageFormat();
        }
        int v = (short) (((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF));
        pos += 2;
        return v;
    }

    int readInt32() {
        if (limit - pos < 4) {
            throw ProtocolViolation.invalidMessageFormat();
        }
        int v = ((bytes[pos] & 0xFF) << 24) | ((bytes[pos + 1] & 0xFF) << 16) | ((bytes[pos + 2] & 0xFF) << 8)
                | (bytes[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    /** A NUL-terminated UTF-8 string. */
    String readCString() {
        int end = pos;
        while (end < limit && bytes[end] != 0) {
            end++;
        }
        if (end >= limit) {
            throw ProtocolViolation.invalidMessageFormat();
        }
        String s = decodeUtf8(pos, end - pos);
        pos = end + 1;
        return s;
    }

    /** {@code length} raw bytes (a copy). */
    byte[] readBytes(int length) {
        if (length < 0 || length > limit - pos) {
            throw ProtocolViolation.invalidMessageFormat();
        }
        byte[] copy = new byte[length];
        System.arraycopy(bytes, pos, copy, 0, length);
        pos += length;
        return copy;
    }

    /** {@code length} bytes as UTF-8 text; NUL bytes are rejected as PostgreSQL's text input does. */
    String readText(int length) {
        if (length < 0 || length > limit - pos) {
            throw ProtocolViolation.invalidMessageFormat();
        }
        for (int i = pos; i < pos + length; i++) {
            if (bytes[i] == 0) {
                throw ProtocolViolation.invalidUtf8(bytes, i, 1);
            }
        }
        String s = decodeUtf8(pos, length);
        pos += length;
        return s;
    }

    /** The message must have been consumed exactly. */
    void expectEnd() {
        if (pos != limit) {
            throw ProtocolViolation.invalidMessageFormat();
        }
    }

    private String decodeUtf8(int offset, int length) {
        boolean ascii = true;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (decoder == null) {
            decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw ProtocolViolation.invalidUtf8(bytes, in.position(), result.length());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw ProtocolViolation.invalidUtf8(bytes, in.position(), Math.max(1, in.remaining()));
        }
        out.flip();
        return out.toString();
    }
}
