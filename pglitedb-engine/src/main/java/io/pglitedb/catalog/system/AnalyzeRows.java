package io.pglitedb.catalog.system;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TableStatistics;
import io.pglitedb.types.ArrayValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * pg_stats: the statistics ANALYZE stored for each column of each table
 * ({@link io.pglitedb.catalog.StatisticsCatalog}). The anyarray columns (most_common_vals,
 * histogram_bounds) hold the values' text forms, so they print as PostgreSQL prints them.
 */
final class AnalyzeRows {
    private AnalyzeRows() {
    }

    static void register(Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> m) {
        m.put("pg_stats", AnalyzeRows::stats);
    }

    private static void stats(SystemContext c, SystemRelation.Rows rows) {
        List<TableDescriptor> tables = new ArrayList<>(c.view().tables());
        tables.sort(Comparator.comparingInt(TableDescriptor::oid));
        for (TableDescriptor t : tables) {
            TableStatistics analysed = c.view().catalog().statistics().of(t.oid());
            if (analysed == null) {
                continue;
            }
            for (TableStatistics.Column s : analysed.columns()) {
                String name = null;
                for (ColumnDescriptor column : t.columns()) {
                    if (column.attributeNumber() == s.attributeNumber()) {
                        name = column.name();
                    }
                }
                if (name == null) {
                    continue; // dropped since
                }
                rows.add().set("schemaname", t.schema()).set("tablename", t.name()).set("attname", name)
                        .set("inherited", false).set("null_frac", s.nullFraction()).set("avg_width", s.averageWidth())
                        .set("n_distinct", s.distinct())
                        .set("most_common_vals", texts(s.commonValues()))
                        .set("most_common_freqs", s.commonFrequencies().isEmpty() ? null
                                : ArrayValue.of(s.commonFrequencies().toArray()))
                        .set("histogram_bounds", texts(s.histogramBounds()))
                        .set("correlation", s.correlation());
            }
        }
    }

    private static ArrayValue texts(List<String> values) {
        return values.isEmpty() ? null : ArrayValue.of(values.toArray());
    }
}
