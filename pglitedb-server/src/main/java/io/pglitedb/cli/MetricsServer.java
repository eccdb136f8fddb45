package io.pglitedb.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pglitedb.session.Database;
import io.pglitedb.session.DatabaseStatistics;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * {@code --metrics-port N}: {@code GET /metrics} in Prometheus' text format (version 0.0.4) with
 * {@link Database#statistics()} and the JVM's memory, on the JDK's built-in HTTP server (one
 * virtual thread per request). Counters end in {@code _total}; nothing else is served.
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
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
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

    /** The metrics page. */
    String render() {
        DatabaseStatistics s = database.statistics();
        StringBuilder out = new StringBuilder(2048);
        gauge(out, "pglitedb_connections", "Sessions open now.", s.numbackends());
        counter(out, "pglitedb_xact_commit_total", "Transactions committed.", s.xactCommit());
        counter(out, "pglitedb_xact_rollback_total", "Transactions rolled back.", s.xactRollback());
        counter(out, "pglitedb_rows_returned_total", "Rows sent to clients by queries.", s.tupReturned());
        counter(out, "pglitedb_rows_inserted_total", "Rows inserted.", s.tupInserted());
        counter(out, "pglitedb_rows_updated_total", "Rows updated.", s.tupUpdated());
        counter(out, "pglitedb_rows_deleted_total", "Rows deleted.", s.tupDeleted());
        counter(out, "pglitedb_lock_waits_total", "Times a statement waited for a lock.", s.lockWaits());
        counter(out, "pglitedb_deadlocks_total", "Deadlocks detected.", s.deadlocks());
        counter(out, "pglitedb_wal_syncs_total", "Write-ahead log syncs (group commits).", s.walSyncs());
        gauge(out, "pglitedb_writable", "1 while writes are accepted, 0 after a WAL write failure.", s.writable() ? 1 : 0);
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        gauge(out, "pglitedb_jvm_heap_used_bytes", "JVM heap in use.", heap.getUsed());
        gauge(out, "pglitedb_jvm_heap_committed_bytes", "JVM heap committed.", heap.getCommitted());
        gauge(out, "pglitedb_jvm_threads", "Live platform threads.", ManagementFactory.getThreadMXBean().getThreadCount());
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        metric(out, name, help, "counter", value);
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        metric(out, name, help, "gauge", value);
    }

    private static void metric(StringBuilder out, String name, String help, String type, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        out.append(name).append(' ').append(value).append('\n');
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
