package io.pglitedb.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Builds backend messages in one reusable buffer and writes them to the socket in batches: a
 * message is appended with {@link #begin}, the typed writers and {@link #end} (which fills in the
 * length); the buffer goes to the socket when it passes {@link #SEND_THRESHOLD} bytes or on
 * {@link #flush()}. The connection flushes only before it waits for input (after ReadyForQuery, on
 * Flush) and before it closes, so a pipeline of Parse/Bind/Execute answers in one write.
 *
 * <p>Strings are written as UTF-8 by hand (no intermediate byte arrays on the row path).
 */
final class MessageWriter {
    static final int SEND_THRESHOLD = 8192;
    private static final int KEEP_BUFFER_LIMIT = 1 << 20;

    private final OutputStream out;
    private byte[] buf = new byte[SEND_THRESHOLD + 1024];
    private int pos;
    private int messageStart = -1;

    MessageWriter(OutputStream out) {
        this.out = out;
    }

    // ---- framing ----------------------------------------------------------------------------

    void begin(byte type) {
        ensure(5);
        messageStart = pos;
        buf[pos++] = type;
        pos += 4; // length, filled in by end()
    }

    void end() throws IOException {
        putInt32At(messageStart + 1, pos - messageStart - 1);
        messageStart = -1;
        if (pos >= SEND_THRESHOLD) {
            send();
        }
    }

    /** Drops a message begun but not ended (its encoding failed half way). */
    void abandonMessage() {
        if (messageStart >= 0) {
            pos = messageStart;
            messageStart = -1;
        }
    }

    /** Writes out everything buffered and flushes the socket. */
    void flush() throws IOException {
        send();
        out.flush();
    }

    /** A single byte outside any message (the answer to SSLRequest). */
    void rawByte(byte b) throws IOException {
        ensure(1);
        buf[pos++] = b;
    }

    private void send() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
        if (buf.length > KEEP_BUFFER_LIMIT) {
            buf = new byte[SEND_THRESHOLD + 1024];
        }
    }

    // ---- typed writers ----------------------------------------------------------------------

    void int8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
    }

    void int16(int v) {
        ensure(2);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }

    void int32(int v) {
        ensure(4);
        putInt32At(pos, v);
        pos += 4;
    }

    void bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    /** A NUL-terminated UTF-8 string. */
    void cstring(String s) {
        utf8(s);
        int8(0);
    }

    /** A 32-bit length followed by the UTF-8 bytes of {@code s} (a DataRow column in text format). */
    void lengthPrefixedText(String s) {
        ensure(4);
        int lengthAt = pos;
        pos += 4;
        utf8(s);
        putInt32At(lengthAt, pos - lengthAt - 4);
    }

    /** A 32-bit length followed by {@code b} (a DataRow column in binary format). */
    void lengthPrefixedBytes(byte[] b) {
        int32(b.length);
        bytes(b);
    }

    private void utf8(String s) {
        int n = s.length();
        ensure(n);
        byte[] b = buf;
        int p = pos;
        int i = 0;
        // ASCII fast path
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            b[p++] = (byte) c;
        }
        pos = p;
        if (i < n) {
            utf8Slow(s, i);
        }
    }

    private void utf8Slow(String s, int from) {
        int n = s.length();
        ensure((n - from) * 3); // 3 bytes per char covers 4 bytes per surrogate pair
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buf[pos++] = (byte) c;
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xC0 | (c >> 6));
                buf[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[pos++] = (byte) (0xF0 | (cp >> 18));
                buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                buf[pos++] = '?'; // a lone surrogate has no UTF-8 form
            } else {
                buf[pos++] = (byte) (0xE0 | (c >> 12));
                buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void putInt32At(int at, int v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    private void ensure(int more) {
        if (pos + more > buf.length) {
            long wanted = Math.max((long) buf.length * 2, (long) pos + more);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("backend message too large");
            }
            buf = java.util.Arrays.copyOf(buf, (int) wanted);
        }
    }

    // ---- small backend messages -------------------------------------------------------------

    void authenticationOk() throws IOException {
        begin(MessageType.AUTHENTICATION);
        int32(MessageType.AUTH_OK);
        end();
    }

    /** An Authentication request ('R' with a sub-code) carrying {@code data} (may be empty). */
    void authenticationRequest(int code, byte[] data) throws IOException {
        begin(MessageType.AUTHENTICATION);
        int32(code);
        bytes(data);
        end();
    }

    void parameterStatus(String name, String value) throws IOException {
        begin(MessageType.PARAMETER_STATUS);
        cstring(name);
        cstring(value == null ? "" : value);
        end();
    }

    void parameterStatuses(Map<String, String> parameters) throws IOException {
        if (parameters == null) {
            return;
        }
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            parameterStatus(e.getKey(), e.getValue());
        }
    }

    void backendKeyData(int processId, int secretKey) throws IOException {
        begin(MessageType.BACKEND_KEY_DATA);
        int32(processId);
        int32(secretKey);
        end();
    }

    void negotiateProtocolVersion(int newestMinor, List<String> unrecognizedOptions) throws IOException {
        begin(MessageType.NEGOTIATE_PROTOCOL_VERSION);
        int32(newestMinor);
        int32(unrecognizedOptions.size());
        for (String option : unrecognizedOptions) {
            cstring(option);
        }
        end();
    }

    void readyForQuery(char transactionIndicator) throws IOException {
        begin(MessageType.READY_FOR_QUERY);
        int8(transactionIndicator);
        end();
    }

    void commandComplete(String tag) throws IOException {
        begin(MessageType.COMMAND_COMPLETE);
        cstring(tag);
        end();
    }

    /** A message with no body: ParseComplete, BindComplete, CloseComplete, NoData, ... */
    void empty(byte type) throws IOException {
        begin(type);
        end();
    }
}
