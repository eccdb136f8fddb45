package io.pglitedb.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One request's parts as the routes need them: method, decoded path segments, query, body. */
final class HttpRequest {
    /** The most of a refused request body that is read (and dropped) before answering. */
    static final long DRAIN_LIMIT = 64L << 20;

    final HttpExchange exchange;
    final String method;
    final List<String> path;
    final List<Map.Entry<String, String>> query;

    HttpRequest(HttpExchange exchange) {
        this.exchange = exchange;
        this.method = exchange.getRequestMethod();
        this.path = segments(exchange.getRequestURI().getRawPath());
        this.query = query(exchange.getRequestURI().getRawQuery());
    }

    InetAddress client() {
        return exchange.getRemoteAddress().getAddress();
    }

    boolean tls() {
        return exchange instanceof HttpsExchange;
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** True when the client asked for NDJSON streaming. */
    boolean wantsNdjson() {
        String accept = header("Accept");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("application/x-ndjson");
    }

    /**
     * The body as JSON (null when empty), read up to {@code limit} bytes.
     *
     * @throws HttpFailure 413 when larger, 400 when not JSON
     */
    JsonNode json(ObjectMapper mapper, long limit) throws IOException {
        String length = header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    throw tooLarge(limit);
                }
            } catch (NumberFormatException e) {
                throw HttpFailure.badRequest("invalid Content-Length");
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = exchange.getRequestBody();
        byte[] chunk = new byte[8192];
        int n;
        while ((n = in.read(chunk)) > 0) {
            if (body.size() + (long) n > limit) {
                throw tooLarge(limit);
            }
            body.write(chunk, 0, n);
        }
        if (body.size() == 0) {
            return null;
        }
        String type = header("Content-Type");
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            throw new HttpFailure(415, new PgException(SqlState.PROTOCOL_VIOLATION,
                    "unsupported Content-Type \"%s\" (send application/json)", type));
        }
        try {
            return mapper.readTree(body.toByteArray());
        } catch (JsonProcessingException e) {
            throw HttpFailure.badRequest("invalid JSON in the request body: %s", e.getOriginalMessage());
        }
    }

    /**
     * Reads and drops what is left of the request body, at most {@link #DRAIN_LIMIT} bytes, so
     * that a client still sending it (e.g. after a 413) reads the answer instead of a connection
     * reset. Beyond that the connection is closed with the response.
     */
    void drainBody() {
        try {
            InputStream in = exchange.getRequestBody();
            byte[] chunk = new byte[65536];
            long left = DRAIN_LIMIT;
            int n;
            while (left > 0 && (n = in.read(chunk, 0, (int) Math.min(chunk.length, left))) > 0) {
                left -= n;
            }
            if (left <= 0) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
        } catch (IOException e) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
    }

    private static HttpFailure tooLarge(long limit) {
        return new HttpFailure(413, new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                "request body is larger than %d bytes", limit));
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        if (rawPath == null) {
            return segments;
        }
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(decode(segment.replace("+", "%2B")));
            }
        }
        return segments;
    }

    private static List<Map.Entry<String, String>> query(String rawQuery) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return entries;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            entries.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
        }
        return entries;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpFailure.badRequest("malformed percent-encoding in the URL");
        }
    }
}
