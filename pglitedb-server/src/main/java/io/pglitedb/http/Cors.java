package io.pglitedb.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;

/**
 * Cross-origin access for browsers, off unless origins are configured. A listed origin gets
 * {@code Access-Control-Allow-Origin} with itself and {@code Allow-Credentials} (Basic
 * authentication from the page); "*" allows any origin without credentials. Preflight requests
 * (OPTIONS) are answered without authentication.
 */
final class Cors {
    private final List<String> origins;

    Cors(List<String> origins) {
        this.origins = origins;
    }

    void addHeaders(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin == null || origins.isEmpty()) {
            return;
        }
        var headers = exchange.getResponseHeaders();
        if (origins.contains(origin)) {
            headers.set("Access-Control-Allow-Origin", origin);
            headers.set("Access-Control-Allow-Credentials", "true");
            headers.add("Vary", "Origin");
        } else if (origins.contains("*")) {
            headers.set("Access-Control-Allow-Origin", "*");
        }
    }

    /** OPTIONS: 204 with the allowed methods and headers (when the origin is allowed). */
    void preflight(HttpExchange exchange) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Allow", "GET, POST, PATCH, DELETE, OPTIONS");
        if (headers.containsKey("Access-Control-Allow-Origin")) {
            headers.set("Access-Control-Allow-Methods", "GET, POST, PATCH, DELETE, OPTIONS");
            headers.set("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept, PGLite-Exact-Numbers");
            headers.set("Access-Control-Max-Age", "600");
        }
        exchange.sendResponseHeaders(204, -1);
    }
}
