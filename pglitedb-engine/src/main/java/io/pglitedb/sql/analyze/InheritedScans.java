package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.sql.plan.Append;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.TableScan;
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

    /** @param below the table first, then its descendants ({@code CatalogView.withDescendants}) */
    static PlanNode of(TableDescriptor table, List<TableDescriptor> below) {
        List<PlanNode> inputs = new ArrayList<>(below.size());
        if (!table.isPartitioned()) {
            inputs.add(new TableScan(table, null));
        }
        for (TableDescriptor child : below.subList(1, below.size())) {
            if (child.isPartitioned()) {
                continue;
            }
            BoundExpr[] columns = new BoundExpr[table.columns().size()];
            for (int i = 0; i < columns.length; i++) {
                int index = child.columnIndex(table.columns().get(i).name());
                columns[i] = index < 0 ? new Constant(table.columns().get(i).type(), null)
                        : new ColumnValue(child.columns().get(index).type(), index);
            }
            inputs.add(new Project(new TableScan(child, null), columns));
        }
        if (inputs.isEmpty()) {
            inputs.add(new TableScan(table, null));
        }
        return inputs.size() == 1 ? inputs.get(0) : new Append(inputs);
    }
}
