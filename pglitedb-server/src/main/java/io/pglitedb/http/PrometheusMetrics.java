package io.pglitedb.http;

import io.pglitedb.session.Database;
import io.pglitedb.session.DatabaseStatistics;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * The metrics page in Prometheus' text format (version 0.0.4): {@link Database#statistics()}, the
 * JVM's memory and RocksDB's native memory. Served by {@code --metrics-port} ({@code GET /metrics}) and by the HTTP door
 * ({@code GET /v1/metrics}); counters end in {@code _total}.
 */
public final class PrometheusMetrics {
    /** The Content-Type of {@link #render}'s text. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusMetrics() {
    }

    /** The metrics page of {@code database} now. */
    public static String render(Database database) {
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
        // the native memory RocksDB holds (memtables are charged to the block cache as well)
        gauge(out, "pglitedb_storage_block_cache_usage_bytes", "Block cache in use, memtable reservations included.",
                database.storageProperty("rocksdb.block-cache-usage"));
        gauge(out, "pglitedb_storage_block_cache_pinned_bytes", "Block cache entries pinned by readers.",
                database.storageProperty("rocksdb.block-cache-pinned-usage"));
        gauge(out, "pglitedb_storage_memtable_bytes", "Memtables (unflushed writes), all of them.",
                database.storageProperty("rocksdb.cur-size-all-mem-tables"));
        gauge(out, "pglitedb_storage_relation_copies_bytes", "Heap held by copies of relations read much and written seldom.",
                database.relationCopyBytes());
        gauge(out, "pglitedb_storage_table_readers_bytes", "Open table files' readers outside the block cache.",
                database.storageProperty("rocksdb.estimate-table-readers-mem"));
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
}
