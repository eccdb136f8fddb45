package io.pglitedb.catalog.system;

import io.pglitedb.catalog.DatabaseDescriptor;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.stats.Activity;
import io.pglitedb.stats.DatabaseActivity;
import io.pglitedb.stats.StatementStatistics;
import io.pglitedb.stats.TableActivity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The rows of the cumulative statistics views (pg_stat_database, pg_stat_all/user_tables,
 * pg_stat_all/user_indexes) and of pg_stat_statements / pg_stat_statements_info, from the
 * engine's {@link Activity}. Views with nothing to count here (blocks, temp files, vacuum) show 0
 * or NULL in those columns.
 */
final class StatisticsRows {
    private StatisticsRows() {
    }

    /** Unix milliseconds to a timestamptz value (microseconds since 2000-01-01), NULL for 0. */
    static Long timestamp(long unixMillis) {
        return unixMillis == 0 ? null : (unixMillis - 946_684_800_000L) * 1000;
    }

    static void register(Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> m) {
        m.put("pg_stat_database", StatisticsRows::databases);
        m.put("pg_stat_all_tables", (c, r) -> tables(c, r, true));
        m.put("pg_stat_user_tables", (c, r) -> tables(c, r, false));
        m.put("pg_stat_all_indexes", StatisticsRows::indexes);
        m.put("pg_stat_user_indexes", StatisticsRows::indexes);
        m.put("pg_stat_statements", StatisticsRows::statements);
        m.put("pg_stat_statements_info", StatisticsRows::statementsInfo);
    }

    private static void databases(SystemContext c, SystemRelation.Rows rows) {
        Activity activity = c.session().activity();
        List<DatabaseDescriptor> databases = new ArrayList<>(c.view().catalog().shared().databases().values());
        databases.sort(Comparator.comparingInt(DatabaseDescriptor::oid));
        // PostgreSQL 15 has a row for shared objects first (datid 0, datname NULL)
        rows.add().oid("datid", 0).set("numbackends", 0);
        zero(rows);
        for (DatabaseDescriptor d : databases) {
            rows.add().oid("datid", d.oid()).set("datname", d.name());
            zero(rows);
            if (activity == null) {
                rows.set("numbackends", 0);
                continue;
            }
            DatabaseActivity.Snapshot s = activity.databases().of(d.oid()).snapshot();
            rows.set("numbackends", activity.backends().applyAsInt(d.oid())).set("xact_commit", s.commits())
                    .set("xact_rollback", s.rollbacks()).set("tup_returned", s.rowsReturned())
                    .set("tup_fetched", s.rowsReturned()).set("tup_inserted", s.rowsInserted())
                    .set("tup_updated", s.rowsUpdated()).set("tup_deleted", s.rowsDeleted())
                    .set("sessions", s.sessions())
                    .set("stats_reset", timestamp(s.resetAt()));
        }
    }

    /** The counters PostgreSQL keeps and this engine has nothing for: zero. */
    private static void zero(SystemRelation.Rows rows) {
        for (String column : List.of("xact_commit", "xact_rollback", "blks_read", "blks_hit", "tup_returned",
                "tup_fetched", "tup_inserted", "tup_updated", "tup_deleted", "conflicts", "temp_files", "temp_bytes",
                "deadlocks", "checksum_failures", "sessions", "sessions_abandoned", "sessions_fatal",
                "sessions_killed")) {
            rows.set(column, 0L);
        }
        for (String column : List.of("blk_read_time", "blk_write_time", "session_time", "active_time",
                "idle_in_transaction_time")) {
            rows.set(column, 0.0);
        }
    }

    private static void tables(SystemContext c, SystemRelation.Rows rows, boolean all) {
        Activity activity = c.session().activity();
        int database = c.view().catalog().databaseOid();
        for (TableDescriptor t : CatalogRows.userTables(c.view())) {
            if (t.view() != null && !t.view().materialized()) {
                continue;
            }
            TableActivity.Snapshot s = activity == null ? TableActivity.Snapshot.NONE
                    : activity.tables().snapshot(database, t.oid());
            rows.add().oid("relid", t.oid()).set("schemaname", t.schema()).set("relname", t.name())
                    .set("seq_scan", s.seqScans()).set("seq_tup_read", s.seqRows())
                    .set("n_tup_ins", s.inserted()).set("n_tup_upd", s.updated()).set("n_tup_del", s.deleted())
                    .set("n_tup_hot_upd", 0L).set("n_live_tup", Math.max(0, s.inserted() - s.deleted()))
                    .set("n_dead_tup", 0L).set("n_mod_since_analyze", s.inserted() + s.updated() + s.deleted())
                    .set("n_ins_since_vacuum", s.inserted()).set("vacuum_count", 0L).set("autovacuum_count", 0L)
                    .set("analyze_count", 0L).set("autoanalyze_count", 0L);
            if (t.hasPrimaryKey() || !t.indexes().isEmpty()) {
                rows.set("idx_scan", s.indexScans()).set("idx_tup_fetch", s.indexRows());
            }
        }
        if (all) {
            for (SystemRelation r : SystemRelations.all()) {
                if (r.kind() == 'r') {
                    rows.add().oid("relid", r.oid()).set("schemaname", r.schema()).set("relname", r.name())
                            .set("seq_scan", 0L).set("seq_tup_read", 0L).set("n_tup_ins", 0L).set("n_tup_upd", 0L)
                            .set("n_tup_del", 0L).set("n_tup_hot_upd", 0L).set("n_live_tup", 0L)
                            .set("n_dead_tup", 0L).set("n_mod_since_analyze", 0L).set("n_ins_since_vacuum", 0L)
                            .set("vacuum_count", 0L).set("autovacuum_count", 0L).set("analyze_count", 0L)
                            .set("autoanalyze_count", 0L);
                }
            }
        }
    }

    private static void indexes(SystemContext c, SystemRelation.Rows rows) {
        Activity activity = c.session().activity();
        int database = c.view().catalog().databaseOid();
        for (TableDescriptor t : CatalogRows.userTables(c.view())) {
            if (t.hasPrimaryKey()) {
                index(rows, activity, database, t, CatalogRows.primaryKeyIndexOid(t), t.primaryKeyName());
            }
            for (IndexDescriptor index : t.indexes()) {
                index(rows, activity, database, t, index.oid(), index.name());
            }
        }
    }

    private static void index(SystemRelation.Rows rows, Activity activity, int database, TableDescriptor table,
            long indexOid, String name) {
        TableActivity.Snapshot s = activity == null ? TableActivity.Snapshot.NONE
                : activity.tables().snapshot(database, (int) indexOid);
        rows.add().oid("relid", table.oid()).oid("indexrelid", indexOid).set("schemaname", table.schema())
                .set("relname", table.name()).set("indexrelname", name).set("idx_scan", s.indexScans())
                .set("idx_tup_read", s.indexRows()).set("idx_tup_fetch", s.indexRows());
    }

    private static void statements(SystemContext c, SystemRelation.Rows rows) {
        Activity activity = c.session().activity();
        if (activity == null) {
            return;
        }
        StatisticsVisibility visibility = new StatisticsVisibility(c);
        for (StatementStatistics.Entry e : activity.statements().entries()) {
            boolean visible = visibility.seesDetailsOf(e.user());
            rows.add().oid("userid", e.user()).oid("dbid", e.database()).set("toplevel", true)
                    .set("queryid", visible ? e.queryId() : null)
                    .set("query", visible ? e.query() : StatisticsVisibility.HIDDEN)
                    .set("plans", 0L).set("calls", e.calls()).set("total_exec_time", e.totalMillis())
                    .set("min_exec_time", e.minMillis()).set("max_exec_time", e.maxMillis())
                    .set("mean_exec_time", e.meanMillis()).set("stddev_exec_time", e.stddevMillis())
                    .set("rows", e.rows());
            for (String column : List.of("total_plan_time", "min_plan_time", "max_plan_time", "mean_plan_time",
                    "stddev_plan_time", "blk_read_time", "blk_write_time", "temp_blk_read_time",
                    "temp_blk_write_time", "jit_generation_time", "jit_inlining_time", "jit_optimization_time",
                    "jit_emission_time")) {
                rows.set(column, 0.0);
            }
            for (String column : List.of("shared_blks_hit", "shared_blks_read", "shared_blks_dirtied",
                    "shared_blks_written", "local_blks_hit", "local_blks_read", "local_blks_dirtied",
                    "local_blks_written", "temp_blks_read", "temp_blks_written", "wal_records", "wal_fpi",
                    "jit_functions", "jit_inlining_count", "jit_optimization_count", "jit_emission_count")) {
                rows.set(column, 0L);
            }
            rows.set("wal_bytes", java.math.BigDecimal.ZERO);
        }
    }

    private static void statementsInfo(SystemContext c, SystemRelation.Rows rows) {
        Activity activity = c.session().activity();
        if (activity != null) {
            rows.add().set("dealloc", activity.statements().deallocations())
                    .set("stats_reset", timestamp(activity.statements().resetAt()));
        }
    }
}
