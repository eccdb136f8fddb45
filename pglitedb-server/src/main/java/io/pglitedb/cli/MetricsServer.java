package io.pglitedb.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pglitedb.http.PrometheusMetrics;
import io.pglitedb.session.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * {@code --metrics-port N}: {@code GET /metrics} in Prometheus' text format ({@link PrometheusMetrics}),
 * without authentication, on the JDK's built-in HTTP server (one virtual thread per request). Counters end in {@code _total}; nothing else is served.
 */
final class MetricsServer implements AutoCloseable {
    private final HttpServer server;
    private final Database database;

    private MetricsServer(HttpServer server, Database database) {
        this.server = server;
        this.database = database;
    }

    static MetricsServer start(Database database, String host, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host.equals("*") ? "0.0.0.0" : host, port), 16);
        MetricsServer metrics = new MetricsServer(server, database);
        server.createContext("/metrics", metrics::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return metrics;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = render().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", PrometheusMetrics.CONTENT_TYPE);
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The metrics page (shared with the HTTP door's {@code /v1/metrics}). */
    String render() {
        return PrometheusMetrics.render(database);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
