package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.parser.ExprPositions;
import io.pglitedb.sql.plan.SortKey;
import java.util.ArrayList;
import java.util.List;

/**
 * SELECT DISTINCT ON (exprs): the rows are sorted by ORDER BY, whose leading items must be the
 * DISTINCT ON expressions (in any order), then by the DISTINCT ON expressions ORDER BY lacks; the
 * first row of each group of equal DISTINCT ON values is kept.
 */
final class DistinctOnClause {
    private DistinctOnClause() {
    }

    static List<SortKey> sortKeys(int[] distinctOn, List<SortKey> orderBy, List<BoundExpr> projections,
            List<Expr> asts) {
        List<SortKey> keys = new ArrayList<>(orderBy);
        boolean skipped = false;
        for (SortKey key : orderBy) {
            boolean listed = false;
            for (int c : distinctOn) {
                listed |= c == key.column();
            }
            skipped |= !listed;
        }
        for (int i = 0; i < distinctOn.length; i++) {
            int c = distinctOn[i];
            if (keys.stream().anyMatch(k -> k.column() == c)) {
                continue;
            }
            if (skipped) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                        "SELECT DISTINCT ON expressions must match initial ORDER BY expressions")
                        .withPosition(ExprPositions.leftmost(asts.get(i)) + 1);
            }
            keys.add(new SortKey(c, projections.get(c).type(), false, false));
        }
        return keys;
    }
}
