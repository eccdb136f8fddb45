package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.Between;
import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.InList;
import io.pglitedb.sql.plan.IndexScan;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.PrimaryKeyScan;
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Index and primary key range scans for a WHERE clause (no statistics yet, so rules, not costs):
 * the primary key or an index qualifies
 * when the AND-ed conditions pin its leading columns with {@code col = value}, optionally followed
 * by a range ({@code <, <=, >, >=, BETWEEN}) on the next column, or give its first column an IN
 * list. Values must convert to the column's type implicitly (so the encoded key order is the
 * comparison's order) and not depend on the row. The index with most pinned columns wins (a
 * range counts half; the primary key wins ties, as it needs no second read). A date column compared
 * with a timestamp is bounded by the timestamp's day. The whole WHERE is still applied to each row read.
 */
final class IndexPaths {
    private IndexPaths() {
    }

    /** Conditions on one column collected from the WHERE clause. */
    private static final class ColumnTerms {
        BoundExpr equal;
        BoundExpr lower;
        boolean lowerInclusive;
        BoundExpr upper;
        boolean upperInclusive;
        List<BoundExpr> in;
    }

    static PlanNode choose(TableDescriptor table, Expr whereAst, BoundExpr where, ExpressionAnalyzer analyzer) {
        ColumnTerms[] terms = new ColumnTerms[table.columns().size()];
        for (Expr term : ExprTrees.conjuncts(whereAst)) {
            collect(table, term, terms, analyzer);
        }
        PlanNode best = null;
        int bestScore = 0;
        if (table.hasPrimaryKey()) {
            // a range of the primary key reads the rows directly: it wins ties with secondary indexes
            int[] pk = table.primaryKey();
            List<BoundExpr> equal = new ArrayList<>();
            int k = 0;
            while (k < pk.length && terms[pk[k]] != null && terms[pk[k]].equal != null) {
                equal.add(terms[pk[k]].equal);
                k++;
            }
            ColumnTerms next = k < pk.length ? terms[pk[k]] : null;
            BoundExpr[] eq = equal.toArray(new BoundExpr[0]);
            if (next != null && (next.lower != null || next.upper != null)) {
                bestScore = 2 * k + 1;
                best = new PrimaryKeyScan(table, new IndexScan.Range(eq, next.lower, next.lowerInclusive, next.upper,
                        next.upperInclusive), where);
            } else if (k > 0) {
                bestScore = 2 * k;
                best = new PrimaryKeyScan(table, new IndexScan.Range(eq, null, false, null, false), where);
            }
        }
        for (IndexDescriptor index : table.indexes()) {
            if (index.hasExpressionsOrPredicate()) {
                continue;
            }
            List<BoundExpr> equal = new ArrayList<>();
            int k = 0;
            while (k < index.columnCount() && terms[index.column(k)] != null && terms[index.column(k)].equal != null) {
                equal.add(terms[index.column(k)].equal);
                k++;
            }
            List<IndexScan.Range> ranges = new ArrayList<>(1);
            int score = 2 * k;
            BoundExpr[] eq = equal.toArray(new BoundExpr[0]);
            ColumnTerms next = k < index.columnCount() ? terms[index.column(k)] : null;
            if (next != null && (next.lower != null || next.upper != null)) {
                ranges.add(new IndexScan.Range(eq, next.lower, next.lowerInclusive, next.upper, next.upperInclusive));
                score++;
            } else if (k == 0 && next != null && next.in != null) {
                for (BoundExpr v : next.in) {
                    ranges.add(new IndexScan.Range(new BoundExpr[] {v}, null, false, null, false));
                }
                score = 2;
            } else if (k > 0) {
                ranges.add(new IndexScan.Range(eq, null, false, null, false));
            }
            if (k == index.columnCount() && index.unique()) {
                score++;
            }
            if (!ranges.isEmpty() && score > bestScore) {
                bestScore = score;
                best = new IndexScan(table, index, ranges, where);
            }
        }
        return best != null ? best : new TableScan(table, where);
    }

    private static void collect(TableDescriptor table, Expr term, ColumnTerms[] terms, ExpressionAnalyzer analyzer) {
        if (term instanceof BinaryOp b) {
            String op = b.operator();
            if (!op.equals("=") && !op.equals("<") && !op.equals("<=") && !op.equals(">") && !op.equals(">=")) {
                return;
            }
            int column = column(b.left(), analyzer);
            Expr value = b.right();
            if (column < 0) {
                column = column(b.right(), analyzer);
                value = b.left();
                op = flip(op);
            }
            if (column < 0 || !AccessPaths.isRowIndependent(value, analyzer.scope())) {
                return;
            }
            BoundExpr bound = valueOf(table, column, value, analyzer);
            if (bound == null && !op.equals("=")) {
                bound = dateBound(table, column, value, analyzer);
                op = op.equals("<") ? "<=" : op.equals(">") ? ">=" : op;
            }
            if (bound == null) {
                return;
            }
            ColumnTerms t = terms[column] == null ? (terms[column] = new ColumnTerms()) : terms[column];
            switch (op) {
                case "=" -> {
                    if (t.equal == null) {
                        t.equal = bound;
                    }
                }
                case ">", ">=" -> {
                    if (t.lower == null) {
                        t.lower = bound;
                        t.lowerInclusive = op.equals(">=");
                    }
                }
                default -> {
                    if (t.upper == null) {
                        t.upper = bound;
                        t.upperInclusive = op.equals("<=");
                    }
                }
            }
        } else if (term instanceof Between b && !b.negated() && !b.symmetric()) {
            int column = column(b.operand(), analyzer);
            if (column < 0 || !AccessPaths.isRowIndependent(b.low(), analyzer.scope()) || !AccessPaths.isRowIndependent(b.high(), analyzer.scope())) {
                return;
            }
            BoundExpr low = valueOf(table, column, b.low(), analyzer);
            BoundExpr high = valueOf(table, column, b.high(), analyzer);
            if (low == null || high == null) {
                return;
            }
            ColumnTerms t = terms[column] == null ? (terms[column] = new ColumnTerms()) : terms[column];
            if (t.lower == null && t.upper == null) {
                t.lower = low;
                t.lowerInclusive = true;
                t.upper = high;
                t.upperInclusive = true;
            }
        } else if (term instanceof InList in && !in.negated()) {
            int column = column(in.operand(), analyzer);
            if (column < 0) {
                return;
            }
            List<BoundExpr> values = new ArrayList<>(in.values().size());
            for (Expr v : in.values()) {
                if (!AccessPaths.isRowIndependent(v, analyzer.scope())) {
                    return;
                }
                BoundExpr bound = valueOf(table, column, v, analyzer);
                if (bound == null) {
                    return;
                }
                values.add(bound);
            }
            ColumnTerms t = terms[column] == null ? (terms[column] = new ColumnTerms()) : terms[column];
            if (t.in == null) {
                t.in = values;
            }
        }
    }

    private static String flip(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }

    private static BoundExpr valueOf(TableDescriptor table, int column, Expr value, ExpressionAnalyzer analyzer) {
        DataType type = table.columns().get(column).type();
        return AccessPaths.keyValue(type, value, analyzer);
    }

    /**
     * A date column compared with a timestamp ({@code d < date '1994-01-01' + interval '1' year}): the
     * timestamp's day bounds the range inclusively. That range holds every matching row and a few
     * more at most, which the WHERE, applied to every row read, drops. Null for other types.
     */
    private static BoundExpr dateBound(TableDescriptor table, int column, Expr value, ExpressionAnalyzer analyzer) {
        DataType type = table.columns().get(column).type();
        if (type.type() != Types.DATE) {
            return null;
        }
        BoundExpr bound = analyzer.analyze(value);
        if (!bound.isRowIndependent() || bound.type().type() != Types.TIMESTAMP) {
            return null;
        }
        return Coercions.tryCoerce(bound, DataType.of(Types.DATE), CastContext.EXPLICIT, analyzer.params(),
                value.position());
    }

    /** The table column the expression names, or -1. */
    private static int column(Expr expr, ExpressionAnalyzer analyzer) {
        if (!(expr instanceof ColumnRef ref)) {
            return -1;
        }
        String qualifier = ref.parts().size() >= 2 ? ref.parts().get(ref.parts().size() - 2) : null;
        Scope.Column column = analyzer.scope().find(qualifier, ref.column(), ref.position());
        return column == null ? -1 : column.index();
    }
}
