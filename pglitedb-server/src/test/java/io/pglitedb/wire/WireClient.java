package io.pglitedb.wire;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A raw protocol client for tests: sends typed messages or arbitrary bytes, reads typed replies.
 * Every read has a time limit so a server that hangs fails the test instead of blocking it.
 */
final class WireClient implements AutoCloseable {
    static final int READ_TIMEOUT_MILLIS = 10_000;

    /** One backend message. */
    record Message(char type, byte[] body) {
        String cstringAt(int offset) {
            int end = offset;
            while (body[end] != 0) {
                end++;
            }
            return new String(body, offset, end - offset, StandardCharsets.UTF_8);
        }

        /** ErrorResponse / NoticeResponse fields by code. */
        Map<Character, String> fields() {
            Map<Character, String> fields = new LinkedHashMap<>();
            int i = 0;
            while (i < body.length && body[i] != 0) {
                char code = (char) body[i];
                String value = cstringAt(i + 1);
                fields.put(code, value);
                i += 1 + value.getBytes(StandardCharsets.UTF_8).length + 1;
            }
            return fields;
        }

        String sqlState() {
            return fields().get('C');
        }

        @Override
        public String toString() {
            return type == 'E' || type == 'N' ? type + fields().toString() : type + "(" + body.length + " bytes)";
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    /** From BackendKeyData, once seen. */
    int processId;
    int secretKey;
    private final OutputStream out;

    WireClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Half-closes: the server sees end of stream after what was sent. */
    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    void sendStartup(String... keyValues) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeInt(body, 3 << 16);
        for (String s : keyValues) {
            writeCString(body, s);
        }
        body.write(0);
        sendRaw(withLength(body.toByteArray()));
    }

    /** A startup-phase packet: length then the given code and ints. */
    void sendStartupCode(int... ints) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int v : ints) {
            writeInt(body, v);
        }
        sendRaw(withLength(body.toByteArray()));
    }

    void send(char type, byte[] body) throws IOException {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.write(type);
        m.writeBytes(withLength(body));
        sendRaw(m.toByteArray());
    }

    void query(String sql) throws IOException {
        send('Q', cstring(sql));
    }

    int readByte() throws IOException {
        return in.read();
    }

    Message read() throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException("server closed the connection");
        }
        int length = in.readInt();
        byte[] body = new byte[length - 4];
        in.readFully(body);
        return new Message((char) type, body);
    }

    /** Messages up to and including ReadyForQuery. */
    List<Message> readUntilReady() throws IOException {
        List<Message> messages = new ArrayList<>();
        while (true) {
            Message m = read();
            messages.add(m);
            if (m.type() == 'K') {
                java.nio.ByteBuffer key = java.nio.ByteBuffer.wrap(m.body());
                processId = key.getInt();
                secretKey = key.getInt();
            }
            if (m.type() == 'Z') {
                return messages;
            }
        }
    }

    /** Reads until the server closes; returns what arrived. Fails on timeout. */
    List<Message> readUntilClosed() throws IOException {
        List<Message> messages = new ArrayList<>();
        while (true) {
            int type;
            try {
                type = in.read();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("server neither answered nor closed; got " + messages, e);
            } catch (IOException e) {
                return messages; // reset by peer counts as closed
            }
            if (type < 0) {
                return messages;
            }
            int length = in.readInt();
            byte[] body = new byte[length - 4];
            in.readFully(body);
            messages.add(new Message((char) type, body));
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    // ---- encoding helpers -------------------------------------------------------------------

    static byte[] cstring(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writeCString(b, s);
        return b.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    static byte[] int16(int v) {
        return new byte[] {(byte) (v >>> 8), (byte) v};
    }

    static byte[] int32(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static byte[] withLength(byte[] body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writeInt(b, body.length + 4);
        b.writeBytes(body);
        return b.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream b, int v) {
        b.writeBytes(int32(v));
    }

    private static void writeCString(ByteArrayOutputStream b, String s) {
        b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        b.write(0);
    }
}
