package io.pglitedb.catalog;

import java.util.List;

/**
 * What ANALYZE found in a table (PostgreSQL's pg_class.reltuples and pg_statistic): its row count
 * and, per column, the statistics pg_stats shows. Values are kept as their text forms (the
 * column type's output), so the record does not depend on the column's Java representation.
 *
 * @param rows the table's rows when it was analysed
 */
public record TableStatistics(int tableOid, double rows, List<Column> columns) {
    public TableStatistics {
        columns = List.copyOf(columns);
    }

    /**
     * One column's statistics.
     *
     * @param nullFraction the fraction of NULLs
     * @param averageWidth the average stored width of the non-NULL values, in bytes
     * @param distinct the distinct non-NULL values: a count when positive, minus a fraction of
     *     the rows when negative (PostgreSQL's stadistinct), 0 when unknown
     * @param commonValues the most common values, most common first (empty: none)
     * @param commonFrequencies the fraction of rows each of them has
     * @param histogramBounds bounds dividing the other values into groups of equal size (empty: none)
     * @param correlation between the values' order and the rows' storage order, null when the
     *     type has no ordering
     */
    public record Column(int attributeNumber, float nullFraction, int averageWidth, float distinct,
            List<String> commonValues, List<Float> commonFrequencies, List<String> histogramBounds,
            Float correlation) {
        public Column {
            commonValues = List.copyOf(commonValues);
            commonFrequencies = List.copyOf(commonFrequencies);
            histogramBounds = List.copyOf(histogramBounds);
        }
    }
}
