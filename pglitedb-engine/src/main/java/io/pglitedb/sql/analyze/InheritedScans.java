package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.sql.plan.Append;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.SystemColumnsScan;
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A table read without ONLY: its own rows followed by those of every table below it in the
 * inheritance hierarchy, each child's row cut down to the parent's columns (matched by name, as a
 * child may have them in another order and more of them). A partitioned table has no rows of its own.
 */
final class InheritedScans {
    private InheritedScans() {
    }

    /**
     * @param below the table first, then its descendants ({@code CatalogView.withDescendants});
     *     each row gets one more column after the parent's: the OID of the table it comes from (tableoid)
     * @param rowSystemColumns whether each row carries its ctid and xmin after that
     */
    static PlanNode of(TableDescriptor table, List<TableDescriptor> below, boolean rowSystemColumns) {
        List<PlanNode> inputs = new ArrayList<>(below.size());
        if (!table.isPartitioned()) {
            inputs.add(withTableOid(table, table, rowSystemColumns));
        }
        for (TableDescriptor child : below.subList(1, below.size())) {
            if (child.isPartitioned()) {
                continue;
            }
            inputs.add(withTableOid(table, child, rowSystemColumns));
        }
        if (inputs.isEmpty()) {
            inputs.add(withTableOid(table, table, rowSystemColumns));
        }
        return inputs.size() == 1 ? inputs.get(0) : new Append(inputs);
    }

    /** The parent's columns of {@code source}'s rows (matched by name), then source's OID (then ctid, xmin). */
    private static PlanNode withTableOid(TableDescriptor table, TableDescriptor source, boolean rowSystemColumns) {
        int width = table.columns().size() + 1;
        BoundExpr[] columns = new BoundExpr[width + (rowSystemColumns ? SystemColumnsScan.COLUMNS : 0)];
        for (int i = 0; i < width - 1; i++) {
            int index = source.columnIndex(table.columns().get(i).name());
            columns[i] = index < 0 ? new Constant(table.columns().get(i).type(), null)
                    : new ColumnValue(source.columns().get(index).type(), index);
        }
        columns[width - 1] = new Constant(DataType.of(Types.OID), (long) source.oid());
        if (!rowSystemColumns) {
            return new Project(new TableScan(source, null), columns);
        }
        int stored = source.columns().size();
        columns[width] = new ColumnValue(DataType.of(Types.TID), stored);
        columns[width + 1] = new ColumnValue(DataType.of(Types.XID), stored + 1);
        return new Project(new SystemColumnsScan(source, null), columns);
    }
}
