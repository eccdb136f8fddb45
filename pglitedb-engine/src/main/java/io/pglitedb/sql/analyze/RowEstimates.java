package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TableStatistics;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.sql.ast.Between;
import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.BoolExpr;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.InList;
import io.pglitedb.sql.ast.IsNull;
import io.pglitedb.sql.ast.Like;
import io.pglitedb.types.PgType;
import java.util.List;

/**
 * Row estimates from ANALYZE statistics, after PostgreSQL's selfuncs.c: how many rows of a table
 * pass WHERE terms over it alone (eqsel: most common values, else the rest spread over the other
 * distinct values; scalarineqsel: most common values plus the histogram's share; NULL tests from
 * null_frac; PostgreSQL's default selectivities where nothing is known), and how many distinct
 * values a join column has (for eqjoinsel's 1 / max(nd1, nd2)).
 */
final class RowEstimates {
    /** PostgreSQL's DEFAULT_EQ_SEL, DEFAULT_INEQ_SEL, DEFAULT_RANGE_INEQ_SEL, DEFAULT_MATCH_SEL, DEFAULT_NUM_DISTINCT. */
    static final double DEFAULT_EQ = 0.005;
    static final double DEFAULT_INEQ = 1.0 / 3;
    static final double DEFAULT_RANGE = 0.005;
    static final double DEFAULT_MATCH = 0.005;
    static final double DEFAULT_DISTINCT = 200;

    private final TableDescriptor table;
    private final TableStatistics statistics;
    private final ExpressionAnalyzer analyzer;

    /** @param analyzer binds names over the table's own columns */
    RowEstimates(TableDescriptor table, TableStatistics statistics, ExpressionAnalyzer analyzer) {
        this.table = table;
        this.statistics = statistics;
        this.analyzer = analyzer;
    }

    double tableRows() {
        return Math.max(1, statistics.rows());
    }

    /** The rows passing all the terms (AND-ed), at least one. */
    double rows(List<Expr> terms) {
        double s = 1;
        for (Expr term : terms) {
            s *= selectivity(term);
        }
        return Math.max(1, tableRows() * s);
    }

    /** The distinct values of the named column (PostgreSQL's get_variable_numdistinct), or the default. */
    double distinct(int columnIndex) {
        TableStatistics.Column c = column(columnIndex);
        if (c == null) {
            return isWholePrimaryKey(columnIndex) ? tableRows() : Math.min(DEFAULT_DISTINCT, tableRows());
        }
        double nd = c.distinct() > 0 ? c.distinct() : c.distinct() < 0 ? -c.distinct() * tableRows() : DEFAULT_DISTINCT;
        return Math.max(1, Math.min(nd, tableRows()));
    }

    private boolean isWholePrimaryKey(int columnIndex) {
        return table.hasPrimaryKey() && table.primaryKey().length == 1 && table.primaryKey()[0] == columnIndex;
    }

    double selectivity(Expr term) {
        try {
            return clamp(termSelectivity(term));
        } catch (RuntimeException e) {
            return DEFAULT_INEQ; // a term the estimate cannot bind: the real analysis reports it
        }
    }

    /**
     * A lower and an upper bound of one column together (PostgreSQL's clauselist range pair):
     * P(above lower) + P(below upper) - 1, DEFAULT_RANGE when either is a default guess.
     */
    double rangeSelectivity(Expr lowerTerm, Expr upperTerm) {
        double lo = selectivity(lowerTerm);
        double hi = selectivity(upperTerm);
        if (lo == DEFAULT_INEQ || hi == DEFAULT_INEQ) {
            return DEFAULT_RANGE;
        }
        double s = lo + hi - 1;
        return clamp(s <= 0 ? 1e-4 : s);
    }

    private double termSelectivity(Expr term) {
        switch (term) {
            case BoolExpr b when b.op() == BoolExpr.Op.AND -> {
                return selectivity(b.left()) * selectivity(b.right());
            }
            case BoolExpr b when b.op() == BoolExpr.Op.OR -> {
                double l = selectivity(b.left());
                double r = selectivity(b.right());
                return l + r - l * r;
            }
            case BinaryOp b -> {
                return comparison(b.operator(), b.left(), b.right());
            }
            case Between b -> {
                if (b.symmetric()) {
                    return DEFAULT_RANGE;
                }
                // PostgreSQL's clauselist range pair: P(x >= low) + P(x <= high) - 1
                double lo = comparison(">=", b.operand(), b.low());
                double hi = comparison("<=", b.operand(), b.high());
                double s = lo + hi - 1;
                s = s <= 0 ? (lo == DEFAULT_INEQ || hi == DEFAULT_INEQ ? DEFAULT_RANGE : 1e-4) : s;
                return b.negated() ? 1 - s : s;
            }
            case InList in -> {
                double s = 0;
                for (Expr v : in.values()) {
                    s += comparison("=", in.operand(), v);
                }
                s = Math.min(1, s);
                return in.negated() ? 1 - s : s;
            }
            case Like like -> {
                double s = like.pattern() instanceof io.pglitedb.sql.ast.Literal ? likeSelectivity(like) : DEFAULT_MATCH;
                return like.negated() ? 1 - s : s;
            }
            case IsNull n -> {
                TableStatistics.Column c = columnOf(n.operand());
                double nulls = c == null ? DEFAULT_RANGE : c.nullFraction();
                return n.negated() ? 1 - nulls : nulls;
            }
            default -> {
                return DEFAULT_INEQ;
            }
        }
    }

    /** A LIKE with a literal pattern: a fixed prefix is a range; otherwise PostgreSQL's per-character guess. */
    private double likeSelectivity(Like like) {
        String pattern = String.valueOf(((io.pglitedb.sql.ast.Literal) like.pattern()).text());
        double s = 1;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '%') {
                continue;
            }
            s *= ch == '_' ? 0.9 : 0.2; // FIXED_CHAR_SEL, ANY_CHAR_SEL
        }
        return Math.max(s, 1e-4) * (pattern.startsWith("%") ? 5 : 1);
    }

    private double comparison(String op, Expr left, Expr right) {
        boolean columnLeft = left instanceof ColumnRef && AccessPaths.isRowIndependent(right, analyzer.scope());
        boolean columnRight = right instanceof ColumnRef && AccessPaths.isRowIndependent(left, analyzer.scope());
        if (!columnLeft && !columnRight) {
            return op.equals("=") ? DEFAULT_EQ : op.equals("<>") ? 1 - DEFAULT_EQ : DEFAULT_INEQ;
        }
        if (!columnLeft) {
            op = switch (op) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> op;
            };
            Expr swap = left;
            left = right;
            right = swap;
        }
        BoundExpr column = analyzer.analyze(left);
        TableStatistics.Column stats = column instanceof ColumnValue c ? column(c.index()) : null;
        Object value = constant(column, right);
        return switch (op) {
            case "=" -> stats == null || value == null ? defaultEquality(column) : equality(stats, column, value);
            case "<>" -> 1 - (stats == null || value == null ? defaultEquality(column) : equality(stats, column, value))
                    - (stats == null ? 0 : stats.nullFraction());
            case "<", "<=" -> stats == null || value == null ? DEFAULT_INEQ : below(stats, column.type().type(), value);
            case ">", ">=" -> stats == null || value == null ? DEFAULT_INEQ
                    : 1 - below(stats, column.type().type(), value) - stats.nullFraction();
            default -> DEFAULT_INEQ;
        };
    }

    private double defaultEquality(BoundExpr column) {
        return column instanceof ColumnValue c ? 1 / distinct(c.index()) : DEFAULT_EQ;
    }

    /** The constant's value in the column's type, or null when it has none at planning time. */
    private Object constant(BoundExpr column, Expr valueExpr) {
        try {
            BoundExpr bound = analyzer.analyze(valueExpr);
            if (!bound.isRowIndependent()) {
                return null;
            }
            Object v = bound.eval(new Object[0], new Object[0]);
            if (v == null) {
                return null;
            }
            PgType target = column.type().type();
            PgType source = bound.type().type();
            return source == target ? v : target.fromText(source.toText(v, bound.type().typmod()), -1);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** eqsel: the value's MCV frequency, or the rest spread evenly over the other distinct values. */
    private double equality(TableStatistics.Column stats, BoundExpr column, Object value) {
        PgType type = column.type().type();
        double mcvTotal = 0;
        for (int i = 0; i < stats.commonValues().size(); i++) {
            mcvTotal += stats.commonFrequencies().get(i);
            if (type.compare(type.fromText(stats.commonValues().get(i), -1), value) == 0) {
                return stats.commonFrequencies().get(i);
            }
        }
        double others = distinct(((ColumnValue) column).index()) - stats.commonValues().size();
        double rest = 1 - mcvTotal - stats.nullFraction();
        return others >= 1 ? rest / others : Math.min(rest, DEFAULT_EQ);
    }

    /** scalarineqsel: the fraction of rows below the value (MCVs counted exactly, the histogram interpolated by bucket). */
    private double below(TableStatistics.Column stats, PgType type, Object value) {
        double mcvBelow = 0;
        double mcvTotal = 0;
        for (int i = 0; i < stats.commonValues().size(); i++) {
            float f = stats.commonFrequencies().get(i);
            mcvTotal += f;
            if (type.compare(type.fromText(stats.commonValues().get(i), -1), value) < 0) {
                mcvBelow += f;
            }
        }
        List<String> bounds = stats.histogramBounds();
        double histogram = 0.5;
        if (bounds.size() >= 2) {
            int lo = 0;
            int hi = bounds.size();
            while (lo < hi) { // first bound >= value
                int mid = (lo + hi) >>> 1;
                if (type.compare(type.fromText(bounds.get(mid), -1), value) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            histogram = lo == 0 ? 0 : lo == bounds.size() ? 1 : (lo - 0.5) / (bounds.size() - 1);
        } else if (stats.commonValues().size() > 0) {
            histogram = 0;
        }
        double rest = 1 - mcvTotal - stats.nullFraction();
        return mcvBelow + rest * histogram;
    }

    private TableStatistics.Column columnOf(Expr e) {
        if (!(e instanceof ColumnRef)) {
            return null;
        }
        BoundExpr bound = analyzer.analyze(e);
        return bound instanceof ColumnValue c ? column(c.index()) : null;
    }

    private TableStatistics.Column column(int columnIndex) {
        if (columnIndex >= table.columns().size()) {
            return null;
        }
        int attribute = table.columns().get(columnIndex).attributeNumber();
        for (TableStatistics.Column c : statistics.columns()) {
            if (c.attributeNumber() == attribute) {
                return c;
            }
        }
        return null;
    }

    private static double clamp(double s) {
        return Double.isNaN(s) ? DEFAULT_INEQ : Math.max(1e-7, Math.min(1, s));
    }
}
