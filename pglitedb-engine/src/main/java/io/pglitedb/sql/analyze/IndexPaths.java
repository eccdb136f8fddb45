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
 * Index and primary key range scans for a WHERE clause (rules more than costs):
 * the primary key or an index qualifies
 * when the AND-ed conditions pin its leading columns with {@code col = value}, optionally followed
 * by a range ({@code <, <=, >, >=, BETWEEN}) on the next column, or give its first column an IN
 * list. Values must convert to the column's type implicitly (so the encoded key order is the
 * comparison's order) and not depend on the row. The index with most pinned columns wins (a
 * range counts half; the primary key wins ties, as it needs no second read). A date column compared
 * with a timestamp is bounded by the timestamp's day. The whole WHERE is still applied to each row read.
 * One cost check: when ANALYZE's statistics say a secondary index's ranges hold more than a tenth
 * of a large table, the table is scanned instead (each index entry costs a point read of its row).
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
        /** The WHERE terms that gave equal, lower, upper and in (for the row estimate). */
        Expr equalTerm;
        Expr lowerTerm;
        Expr upperTerm;
        Expr inTerm;
    }

    /**
     * Where conditions on indexed expressions are collected: terms past the table's columns, one
     * slot per distinct expression (by its unqualified SQL text), with the expression's type.
     */
    private static final class Slots {
        final int columns;
        final java.util.Map<String, Integer> byText = new java.util.HashMap<>();
        DataType[] types;

        Slots(TableDescriptor table) {
            columns = table.columns().size();
            for (IndexDescriptor index : table.indexes()) {
                for (int i = 0; i < index.columnCount(); i++) {
                    if (index.expression(i) != null) {
                        byText.putIfAbsent(text(index.expression(i)), columns + byText.size());
                    }
                }
            }
            types = new DataType[columns + byText.size()];
        }

        /** The term slot of index column i. */
        int of(IndexDescriptor index, int i) {
            return index.expression(i) == null ? index.column(i) : byText.get(text(index.expression(i)));
        }

        static String text(String stored) {
            return SqlText.unqualified(DefaultValues.parseExpression(stored));
        }
    }

    static PlanNode choose(TableDescriptor table, Expr whereAst, BoundExpr where, ExpressionAnalyzer analyzer) {
        Slots slots = new Slots(table);
        ColumnTerms[] terms = new ColumnTerms[slots.types.length];
        List<Expr> conjuncts = ExprTrees.conjuncts(whereAst);
        for (Expr term : conjuncts) {
            collect(table, term, terms, analyzer, slots);
        }
        PlanNode best = null;
        int bestScore = 0;
        double bestFraction = 0;
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
        java.util.Set<String> whereTexts = null;
        for (IndexDescriptor index : table.indexes()) {
            if (index.predicate() != null) {
                if (whereTexts == null) {
                    whereTexts = new java.util.HashSet<>();
                    for (Expr term : conjuncts) {
                        whereTexts.add(SqlText.unqualified(term));
                    }
                }
                if (!implied(DefaultValues.parseExpression(index.predicate()), whereTexts, conjuncts)) {
                    continue; // a partial index holds only rows its predicate accepts
                }
            }
            List<BoundExpr> equal = new ArrayList<>();
            int k = 0;
            while (k < index.columnCount() && terms[slots.of(index, k)] != null
                    && terms[slots.of(index, k)].equal != null) {
                equal.add(terms[slots.of(index, k)].equal);
                k++;
            }
            List<IndexScan.Range> ranges = new ArrayList<>(1);
            List<Expr> used = new ArrayList<>(k + 1);
            for (int i = 0; i < k; i++) {
                used.add(terms[slots.of(index, i)].equalTerm);
            }
            int score = 2 * k;
            BoundExpr[] eq = equal.toArray(new BoundExpr[0]);
            ColumnTerms next = k < index.columnCount() ? terms[slots.of(index, k)] : null;
            Expr lowerTerm = null;
            Expr upperTerm = null;
            boolean equalityOnly = index.method().equals(IndexDescriptor.HASH); // a hash index has no order
            if (next != null && (next.lower != null || next.upper != null) && !equalityOnly) {
                ranges.add(new IndexScan.Range(eq, next.lower, next.lowerInclusive, next.upper, next.upperInclusive));
                lowerTerm = next.lowerTerm;
                upperTerm = next.upperTerm;
                score++;
            } else if (k == 0 && next != null && next.in != null) {
                for (BoundExpr v : next.in) {
                    ranges.add(new IndexScan.Range(new BoundExpr[] {v}, null, false, null, false));
                }
                used.add(next.inTerm);
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
                bestFraction = index.predicate() != null ? 0
                        : coveredFraction(table, used, lowerTerm, upperTerm, analyzer);
            }
        }
        if (best instanceof IndexScan && bestFraction * FULL_SCAN_FRACTION > 1) {
            return new TableScan(table, where); // most of the table: reading it in order is cheaper
        }
        return best != null ? best : new TableScan(table, where);
    }

    /**
     * An index scan reads each row its ranges hold with a point read, which costs several rows of
     * a sequential scan (IndexScanIterator's measure, whose run-time check this mirrors): past a
     * tenth of the table a full scan is cheaper.
     */
    private static final int FULL_SCAN_FRACTION = 10;
    /** Tables below this many rows keep the rule's choice (the difference is small there). */
    private static final double MIN_ESTIMATED_ROWS = 10_000;

    /**
     * The fraction of the table's rows the index ranges hold, by ANALYZE's statistics; 0 when the
     * table has none or is small. A lower and an upper bound of one column count as a range
     * (PostgreSQL's clauselist range pair), the other terms as independent.
     */
    private static double coveredFraction(TableDescriptor table, List<Expr> pinned, Expr lowerTerm, Expr upperTerm,
            ExpressionAnalyzer analyzer) {
        io.pglitedb.catalog.TableStatistics statistics =
                analyzer.context().catalog().catalog().statistics().of(table.oid());
        if (statistics == null || statistics.rows() < MIN_ESTIMATED_ROWS) {
            return 0;
        }
        RowEstimates estimates = new RowEstimates(table, statistics, analyzer);
        double s = 1;
        for (Expr term : pinned) {
            s *= estimates.selectivity(term);
        }
        if (lowerTerm != null && upperTerm != null && lowerTerm != upperTerm) {
            s *= estimates.rangeSelectivity(lowerTerm, upperTerm);
        } else if (lowerTerm != null || upperTerm != null) {
            s *= estimates.selectivity(lowerTerm != null ? lowerTerm : upperTerm);
        }
        return s;
    }

    /**
     * Whether the WHERE's conjuncts imply a partial index's predicate: each of its conjuncts is one
     * of them (same text), or is {@code x IS NOT NULL} where a comparison of x with a value is one
     * (comparisons are strict: they are not true for NULL).
     */
    private static boolean implied(Expr predicate, java.util.Set<String> whereTexts, List<Expr> conjuncts) {
        for (Expr p : ExprTrees.conjuncts(predicate)) {
            if (whereTexts.contains(SqlText.unqualified(p))) {
                continue;
            }
            if (p instanceof io.pglitedb.sql.ast.IsNull n && n.negated() && comparedIn(n.operand(), conjuncts)) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static boolean comparedIn(Expr operand, List<Expr> conjuncts) {
        String text = SqlText.unqualified(operand);
        for (Expr term : conjuncts) {
            if (term instanceof BinaryOp b && COMPARISONS.contains(b.operator())
                    && (SqlText.unqualified(b.left()).equals(text) || SqlText.unqualified(b.right()).equals(text))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> COMPARISONS = java.util.Set.of("=", "<", "<=", ">", ">=", "<>", "!=");

    private static void collect(TableDescriptor table, Expr term, ColumnTerms[] terms, ExpressionAnalyzer analyzer,
            Slots slots) {
        if (term instanceof BinaryOp b) {
            String op = b.operator();
            if (!op.equals("=") && !op.equals("<") && !op.equals("<=") && !op.equals(">") && !op.equals(">=")) {
                return;
            }
            int column = column(b.left(), analyzer, slots);
            Expr value = b.right();
            if (column < 0) {
                column = column(b.right(), analyzer, slots);
                value = b.left();
                op = flip(op);
            }
            if (column < 0 || !AccessPaths.isRowIndependent(value, analyzer.scope())) {
                return;
            }
            BoundExpr bound = valueOf(table, column, value, analyzer, slots);
            if (bound == null && !op.equals("=") && column < slots.columns) {
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
                        t.equalTerm = term;
                    }
                }
                case ">", ">=" -> {
                    if (t.lower == null) {
                        t.lower = bound;
                        t.lowerInclusive = op.equals(">=");
                        t.lowerTerm = term;
                    }
                }
                default -> {
                    if (t.upper == null) {
                        t.upper = bound;
                        t.upperInclusive = op.equals("<=");
                        t.upperTerm = term;
                    }
                }
            }
        } else if (term instanceof Between b && !b.negated() && !b.symmetric()) {
            int column = column(b.operand(), analyzer, slots);
            if (column < 0 || !AccessPaths.isRowIndependent(b.low(), analyzer.scope()) || !AccessPaths.isRowIndependent(b.high(), analyzer.scope())) {
                return;
            }
            BoundExpr low = valueOf(table, column, b.low(), analyzer, slots);
            BoundExpr high = valueOf(table, column, b.high(), analyzer, slots);
            if (low == null || high == null) {
                return;
            }
            ColumnTerms t = terms[column] == null ? (terms[column] = new ColumnTerms()) : terms[column];
            if (t.lower == null && t.upper == null) {
                t.lower = low;
                t.lowerInclusive = true;
                t.upper = high;
                t.upperInclusive = true;
                t.lowerTerm = term;
                t.upperTerm = term;
            }
        } else if (term instanceof InList in && !in.negated()) {
            int column = column(in.operand(), analyzer, slots);
            if (column < 0) {
                return;
            }
            List<BoundExpr> values = new ArrayList<>(in.values().size());
            for (Expr v : in.values()) {
                if (!AccessPaths.isRowIndependent(v, analyzer.scope())) {
                    return;
                }
                BoundExpr bound = valueOf(table, column, v, analyzer, slots);
                if (bound == null) {
                    return;
                }
                values.add(bound);
            }
            ColumnTerms t = terms[column] == null ? (terms[column] = new ColumnTerms()) : terms[column];
            if (t.in == null) {
                t.in = values;
                t.inTerm = term;
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

    private static BoundExpr valueOf(TableDescriptor table, int column, Expr value, ExpressionAnalyzer analyzer,
            Slots slots) {
        DataType type = column < slots.columns ? table.columns().get(column).type() : slots.types[column];
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

    /**
     * The table column the expression names, or the slot of the indexed expression it is (an
     * expression of this table's row, not of outer values), or -1.
     */
    private static int column(Expr expr, ExpressionAnalyzer analyzer, Slots slots) {
        if (expr instanceof ColumnRef || slots.byText.isEmpty()) {
            return column(expr, analyzer);
        }
        Integer slot = slots.byText.get(SqlText.unqualified(expr));
        if (slot == null) {
            return -1;
        }
        if (!local(expr, analyzer.scope())) {
            return -1;
        }
        BoundExpr bound = analyzer.analyze(expr);
        if (bound.isRowIndependent()) {
            return -1;
        }
        slots.types[slot] = bound.type();
        return slot;
    }

    /** Whether every column the expression names is one of this scan's table. */
    private static boolean local(Expr expr, Scope scope) {
        if (expr instanceof ColumnRef ref) {
            String qualifier = ref.parts().size() >= 2 ? ref.parts().get(ref.parts().size() - 2) : null;
            return qualifier != null ? scope.hasTable(qualifier) : scope.find(null, ref.column(), ref.position()) != null;
        }
        if (expr instanceof io.pglitedb.sql.ast.SubqueryExpr) {
            return false;
        }
        for (Expr child : ExprTrees.children(expr)) {
            if (!local(child, scope)) {
                return false;
            }
        }
        return true;
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
