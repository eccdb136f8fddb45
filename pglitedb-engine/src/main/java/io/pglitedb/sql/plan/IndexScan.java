package io.pglitedb.sql.plan;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import java.util.List;

/**
 * Reads rows through a secondary index: for each range, the index entries whose leading columns
 * equal {@code equal} (row-independent expressions, one per leading index column, of that
 * column's type) and whose next column lies between {@code lower} and {@code upper} (each
 * nullable = unbounded), then each entry's row. {@code filter} (nullable) is the whole WHERE.
 * {@code columns} (nullable: all) are the columns decoded, {@code alias} the query's name for the
 * table (see {@link TableScan}).
 */
public record IndexScan(TableDescriptor table, IndexDescriptor index, List<Range> ranges, BoundExpr filter,
        boolean[] columns, String alias) implements PlanNode {
    public IndexScan(TableDescriptor table, IndexDescriptor index, List<Range> ranges, BoundExpr filter) {
        this(table, index, ranges, filter, null, null);
    }

    /** One index range. */
    public record Range(BoundExpr[] equal, BoundExpr lower, boolean lowerInclusive, BoundExpr upper,
            boolean upperInclusive) {
    }

    public IndexScan {
        ranges = List.copyOf(ranges);
    }

    @Override
    public int width() {
        return table.columns().size();
    }
}
