package io.pglitedb.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body that is held in memory until it passes {@code spillBytes}, then streamed
 * (chunked, status 200). Small results and early errors therefore get their real status code and
 * a Content-Length; large results stream in bounded memory, and an error after streaming began
 * can only be reported inside the body.
 */
final class ResponseStream extends OutputStream {
    private final HttpExchange exchange;
    private final String contentType;
    private final int spillBytes;
    private ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private OutputStream out;

    ResponseStream(HttpExchange exchange, String contentType, int spillBytes) {
        this.exchange = exchange;
        this.contentType = contentType;
        this.spillBytes = spillBytes;
    }

    /** True once headers went out: the status can no longer change. */
    boolean streaming() {
        return out != null;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (out != null) {
            out.write(bytes, offset, length);
            return;
        }
        buffer.write(bytes, offset, length);
        if (buffer.size() > spillBytes) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, 0);
            out = exchange.getResponseBody();
            buffer.writeTo(out);
            buffer = null;
        }
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    /** Sends what is buffered with {@code status} (if not streaming yet) and ends the response. */
    void finish(int status) throws IOException {
        if (out == null) {
            byte[] body = buffer.toByteArray();
            buffer = null;
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            out = exchange.getResponseBody();
            out.write(body);
        }
        out.close();
    }

    /** Drops what is buffered (not yet sent), e.g. to send an error response instead. */
    void discard() {
        if (out == null) {
            buffer.reset();
        }
    }

    @Override
    public void close() {
        // finish() ends the response; the JSON generator's close must not
    }
}
