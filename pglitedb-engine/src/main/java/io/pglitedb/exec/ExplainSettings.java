package io.pglitedb.exec;

import io.pglitedb.catalog.system.SystemContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EXPLAIN (SETTINGS): the settings that shape plans (PostgreSQL's GUC_EXPLAIN ones) whose value
 * differs from their built-in default, by name, with the value SHOW gives.
 */
final class ExplainSettings {
    /** PostgreSQL 15's settings marked GUC_EXPLAIN. */
    private static final Set<String> PLANNER = Set.of(
            "constraint_exclusion", "cpu_index_tuple_cost", "cpu_operator_cost", "cpu_tuple_cost",
            "cursor_tuple_fraction", "effective_cache_size", "effective_io_concurrency", "enable_async_append",
            "enable_bitmapscan", "enable_gathermerge", "enable_hashagg", "enable_hashjoin", "enable_incremental_sort",
            "enable_indexonlyscan", "enable_indexscan", "enable_material", "enable_memoize", "enable_mergejoin",
            "enable_nestloop", "enable_parallel_append", "enable_parallel_hash", "enable_partition_pruning",
            "enable_partitionwise_aggregate", "enable_partitionwise_join", "enable_seqscan", "enable_sort",
            "enable_tidscan", "force_parallel_mode", "from_collapse_limit", "geqo", "geqo_effort", "geqo_generations",
            "geqo_pool_size", "geqo_seed", "geqo_selection_bias", "geqo_threshold", "jit", "jit_above_cost",
            "jit_inline_above_cost", "jit_optimize_above_cost", "join_collapse_limit", "max_parallel_workers",
            "max_parallel_workers_per_gather", "min_parallel_index_scan_size", "min_parallel_table_scan_size",
            "parallel_leader_participation", "parallel_setup_cost", "parallel_tuple_cost", "plan_cache_mode",
            "random_page_cost", "search_path", "seq_page_cost", "temp_buffers", "work_mem");

    private ExplainSettings() {
    }

    /** The changed planner settings, in name order. */
    static List<Map.Entry<String, String>> changed(SystemContext.Settings session) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (session == null) {
            return out;
        }
        for (SystemContext.SettingRow row : session.settingRows()) {
            if (PLANNER.contains(row.name()) && row.bootValue() != null && !row.bootValue().equals(row.setting())) {
                out.add(Map.entry(row.name(), session.get(row.name())));
            }
        }
        out.sort(Map.Entry.comparingByKey());
        return out;
    }
}
