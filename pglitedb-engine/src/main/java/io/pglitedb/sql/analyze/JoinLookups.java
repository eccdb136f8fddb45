package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.exec.expr.SlotValue;
import io.pglitedb.sql.plan.HashJoin;
import io.pglitedb.sql.plan.IndexScan;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.PrimaryKeyScan;
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.sql.plan.TableScans;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * Index lookups for one side of an inner hash join ({@link HashJoin.Lookup}): possible when the
 * side is one table read by a scan and some of the join keys are plain columns of it that lead its
 * primary key or one of its indexes, with the key's own type (so the other row's value encodes to
 * the index's order). The longest such prefix wins; the primary key wins ties (no second read).
 */
final class JoinLookups {
    private JoinLookups() {
    }

    /** @param keys the side's join keys, over its rows; null when no lookup fits */
    static HashJoin.Lookup lookup(PlanNode side, BoundExpr[] keys, DataType[] keyTypes, SlotAllocator slots) {
        TableDescriptor table;
        BoundExpr filter;
        switch (side) {
            case TableScan s -> {
                table = s.table();
                filter = s.filter();
            }
            case IndexScan s -> {
                table = s.table();
                filter = s.filter();
            }
            case PrimaryKeyScan s -> {
                table = s.table();
                filter = s.filter();
            }
            default -> {
                return null;
            }
        }
        if (table.isView() || table.columnTypes().length != side.width()) {
            return null;
        }
        DataType[] columnTypes = table.columnTypes();
        // keyOf[c] = the join key that is column c, or -1
        int[] keyOf = new int[columnTypes.length];
        java.util.Arrays.fill(keyOf, -1);
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] instanceof ColumnValue c && c.index() < columnTypes.length && keyOf[c.index()] < 0
                    && columnTypes[c.index()].type() == keyTypes[k].type()) {
                keyOf[c.index()] = k;
            }
        }
        int[] best = null;
        IndexDescriptor bestIndex = null;
        if (table.hasPrimaryKey()) {
            best = prefix(table.primaryKey(), keyOf);
        }
        for (IndexDescriptor index : table.indexes()) {
            if (index.hasExpressionsOrPredicate()) {
                continue;
            }
            int[] covered = prefix(index.columns(), keyOf);
            if (covered.length > (best == null ? 0 : best.length)) {
                best = covered;
                bestIndex = index;
            }
        }
        if (best == null || best.length == 0) {
            return null;
        }
        int[] columns = bestIndex == null ? table.primaryKey() : bestIndex.columns();
        BoundExpr[] equal = new BoundExpr[best.length];
        int[] slotIds = new int[best.length];
        for (int i = 0; i < best.length; i++) {
            slotIds[i] = slots.allocate();
            equal[i] = new SlotValue(columnTypes[columns[i]], slotIds[i]);
        }
        IndexScan.Range range = new IndexScan.Range(equal, null, false, null, false);
        PlanNode scan = bestIndex == null ? new PrimaryKeyScan(table, range, filter)
                : new IndexScan(table, bestIndex, List.of(range), filter);
        return new HashJoin.Lookup(TableScans.withAlias(scan, TableScans.alias(side)), slotIds, best);
    }

    /** The join keys that pin the leading columns, in column order (empty when the first is not pinned). */
    private static int[] prefix(int[] columns, int[] keyOf) {
        int n = 0;
        while (n < columns.length && keyOf[columns[n]] >= 0) {
            n++;
        }
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = keyOf[columns[i]];
        }
        return keys;
    }
}
