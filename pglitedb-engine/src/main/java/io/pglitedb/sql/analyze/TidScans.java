package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.SystemColumnsScan;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans of a table's rows with their system columns (ctid, xmin) for SELECT, UPDATE and DELETE:
 * a {@code ctid = value} condition makes one a Tid Scan, a point read of that row.
 */
final class TidScans {
    private TidScans() {
    }

    /**
     * The table's rows with their system columns, those where {@code where} holds when it is
     * given. A {@code ctid = value} term of it (value the same for every row) on a table without a
     * primary key makes the scan a point read of that row (PostgreSQL's Tid Scan), the way
     * DBeaver and pgAdmin read, update and delete the rows of a table without a key.
     */
    static PlanNode scan(TableDescriptor table, String alias, BoundExpr where) {
        List<BoundExpr> terms = new ArrayList<>();
        conjuncts(where, terms);
        for (int i = 0; i < terms.size() && !table.hasPrimaryKey(); i++) {
            if (terms.get(i) instanceof io.pglitedb.exec.expr.OperatorCall o && "=".equals(o.name())
                    && o.left() != null) {
                BoundExpr tid = tidValue(o.left(), o.right(), table);
                tid = tid != null ? tid : tidValue(o.right(), o.left(), table);
                if (tid != null) {
                    PlanNode scan = new SystemColumnsScan(table, alias, o, tid);
                    terms.remove(i);
                    return terms.isEmpty() ? scan : new io.pglitedb.sql.plan.Filter(scan, terms.size() == 1
                            ? terms.get(0) : new io.pglitedb.exec.expr.LogicalAnd(terms.toArray(new BoundExpr[0])));
                }
            }
        }
        PlanNode scan = new SystemColumnsScan(table, alias);
        return where == null ? scan : new io.pglitedb.sql.plan.Filter(scan, where);
    }

    private static void conjuncts(BoundExpr e, List<BoundExpr> out) {
        if (e instanceof io.pglitedb.exec.expr.LogicalAnd and) {
            for (BoundExpr t : and.terms()) {
                conjuncts(t, out);
            }
        } else if (e != null) {
            out.add(e);
        }
    }

    /** {@code value} when {@code column} is the target's ctid and value is a tid the same for every row, else null. */
    private static BoundExpr tidValue(BoundExpr column, BoundExpr value, TableDescriptor table) {
        return column instanceof ColumnValue c && c.index() == table.columns().size() && value.isRowIndependent()
                && value.type().type() == Types.TID ? value : null;
    }
}
