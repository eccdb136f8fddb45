package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.exec.expr.SubqueryValue;
import io.pglitedb.sql.ast.BoolExpr;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.SubqueryExpr;
import io.pglitedb.sql.plan.Distinct;
import io.pglitedb.sql.plan.Filter;
import io.pglitedb.sql.plan.HashJoin;
import io.pglitedb.sql.plan.JoinType;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.sql.plan.TableScans;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * A table restricted by {@code column IN (uncorrelated subquery)}, where the column leads the
 * table's primary key or one of its indexes, read as a semi join: the subquery's distinct values
 * joined to the table ({@link HashJoin} with an index {@link HashJoin.Lookup} on the table's side),
 * so that few values read only their rows through the index instead of the whole table
 * (PostgreSQL's semi join of the pulled-up sublink, e.g. a nested loop over an inner index scan).
 * When the values turn out many, the join hashes them and reads the table, as the hashed
 * subquery filter would. The term is a top-level AND-ed term of the WHERE, so a row it makes
 * NULL or false is dropped either way: the join's "no match" (a NULL never matches) is the same.
 * The other WHERE terms filter the table's scan, except those with a subquery (a correlated one
 * can cost an index scan per row), which filter the joined rows.
 */
final class InSubqueryJoins {
    private InSubqueryJoins() {
    }

    /**
     * The semi join for the first fitting IN term of the WHERE over the table, or null.
     *
     * @param whereAst the WHERE terms over the table (AND-ed)
     * @param alias the query's name for the table (null: its own)
     */
    static PlanNode semiJoin(TableDescriptor table, String alias, Expr whereAst, ExpressionAnalyzer analyzer) {
        if (table.isView()) {
            return null;
        }
        List<Expr> terms = ExprTrees.conjuncts(whereAst);
        for (int i = 0; i < terms.size(); i++) {
            if (!(terms.get(i) instanceof SubqueryExpr s) || s.kind() != SubqueryExpr.Kind.ANY
                    || !"=".equals(s.operator()) || !(s.operand() instanceof ColumnRef)) {
                continue;
            }
            PlanNode plan = semiJoin(table, alias, s, rest(terms, i), analyzer);
            if (plan != null) {
                return plan;
            }
        }
        return null;
    }

    private static PlanNode semiJoin(TableDescriptor table, String alias, SubqueryExpr in, Expr rest,
            ExpressionAnalyzer analyzer) {
        BoundExpr bound;
        try {
            bound = analyzer.analyze(in);
        } catch (PgException e) {
            return null; // the WHERE, analysed as written, reports it
        }
        // the hashed form: uncorrelated, one column whose type is the table column's own
        if (!(bound instanceof SubqueryValue sub) || !sub.isHashedIn() || !(sub.probe() instanceof ColumnValue column)
                || column.index() >= table.columns().size()
                || table.columnTypes()[column.index()].type() != sub.hashKeyType().type()) {
            return null;
        }
        DataType keyType = DataType.of(sub.hashKeyType().type());
        // terms with subqueries wait above the join: the join reads some of the table before it
        // knows whether to look rows up, and they would run for those rows too
        Expr scanTerms = null;
        Expr aboveTerms = null;
        for (Expr term : rest == null ? List.<Expr>of() : ExprTrees.conjuncts(rest)) {
            if (hasSubquery(term)) {
                aboveTerms = and(aboveTerms, term);
            } else {
                scanTerms = and(scanTerms, term);
            }
        }
        PlanNode scan = scanTerms == null ? new TableScan(table, null)
                : IndexPaths.choose(table, scanTerms, bind(scanTerms, analyzer), analyzer);
        scan = TableScans.withAlias(scan, alias);
        BoundExpr[] valueKeys = {new ColumnValue(keyType, 0)};
        BoundExpr[] tableKeys = {new ColumnValue(keyType, column.index())};
        DataType[] types = {keyType};
        HashJoin.Lookup lookup = JoinLookups.lookup(scan, tableKeys, types, analyzer.context().slots());
        if (lookup == null) {
            return null; // no index on the column: the hashed filter over a scan is as good
        }
        PlanNode values = new Distinct(new Project(sub.plan(), valueKeys), types);
        PlanNode join = new HashJoin(values, scan, JoinType.INNER, valueKeys, tableKeys, types, null, null, lookup);
        BoundExpr[] columns = new BoundExpr[table.columns().size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = new ColumnValue(table.columnTypes()[c], 1 + c);
        }
        PlanNode rows = new Project(join, columns);
        return aboveTerms == null ? rows : new Filter(rows, bind(aboveTerms, analyzer));
    }

    private static BoundExpr bind(Expr terms, ExpressionAnalyzer analyzer) {
        return Coercions.toBoolean(analyzer.analyze(terms), "WHERE", analyzer.params(),
                io.pglitedb.sql.parser.ExprPositions.leftmost(terms));
    }

    private static Expr and(Expr left, Expr term) {
        return left == null ? term : new BoolExpr(BoolExpr.Op.AND, left, term, term.position());
    }

    private static boolean hasSubquery(Expr e) {
        if (e instanceof SubqueryExpr) {
            return true;
        }
        for (Expr child : ExprTrees.children(e)) {
            if (hasSubquery(child)) {
                return true;
            }
        }
        return false;
    }

    /** The terms but the i-th, AND-ed (null when none). */
    private static Expr rest(List<Expr> terms, int skip) {
        Expr rest = null;
        for (int j = 0; j < terms.size(); j++) {
            if (j != skip) {
                rest = and(rest, terms.get(j));
            }
        }
        return rest;
    }
}
