package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.InList;
import io.pglitedb.sql.ast.ParamRef;
import io.pglitedb.sql.plan.KeyLookup;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses how to read one table for a WHERE clause: point reads by primary key when the clause
 * pins every key column ({@code pk = value} AND-ed, or {@code pk IN (...)} for a one-column key)
 * with values of the key's own type, else a secondary index if one fits ({@link IndexPaths}),
 * else a full scan. The whole WHERE is still applied to the
 * rows read, so the choice never changes the result.
 */
final class AccessPaths {
    private AccessPaths() {
    }

    static PlanNode choose(TableDescriptor table, Expr whereAst, BoundExpr where, ExpressionAnalyzer analyzer) {
        if (whereAst == null) {
            return new TableScan(table, where);
        }
        if (!table.hasPrimaryKey()) {
            return IndexPaths.choose(table, whereAst, where, analyzer);
        }
        int[] pk = table.primaryKey();
        BoundExpr[] keyValues = new BoundExpr[pk.length];
        List<BoundExpr[]> inKeys = null;
        for (Expr term : ExprTrees.conjuncts(whereAst)) {
            if (term instanceof BinaryOp b && b.operator().equals("=")) {
                if (!bindKeyEquality(table, pk, keyValues, b.left(), b.right(), analyzer)) {
                    bindKeyEquality(table, pk, keyValues, b.right(), b.left(), analyzer);
                }
            } else if (term instanceof InList in && !in.negated() && pk.length == 1 && inKeys == null
                    && keyColumn(table, pk, in.operand(), analyzer) == 0) {
                inKeys = inListKeys(table.columns().get(pk[0]).type(), in, analyzer);
            }
        }
        boolean complete = true;
        for (BoundExpr v : keyValues) {
            complete &= v != null;
        }
        if (complete) {
            List<BoundExpr[]> keys = new ArrayList<>(1);
            keys.add(keyValues);
            return new KeyLookup(table, keys, where);
        }
        if (inKeys != null) {
            return new KeyLookup(table, inKeys, where);
        }
        return IndexPaths.choose(table, whereAst, where, analyzer);
    }

    /**
     * {@link #choose} for a query's table under its alias, or, when that reads more than a few
     * keys and an IN subquery term's column leads an index, the semi join of {@link InSubqueryJoins}.
     */
    static PlanNode chooseForQuery(TableDescriptor table, String alias, Expr whereAst, BoundExpr where,
            ExpressionAnalyzer analyzer) {
        PlanNode chosen = io.pglitedb.sql.plan.TableScans.withAlias(choose(table, whereAst, where, analyzer), alias);
        if (whereAst == null || chosen instanceof KeyLookup) {
            return chosen;
        }
        PlanNode semiJoin = InSubqueryJoins.semiJoin(table, alias, whereAst, analyzer);
        return semiJoin != null ? semiJoin : chosen;
    }

    private static boolean bindKeyEquality(TableDescriptor table, int[] pk, BoundExpr[] keyValues, Expr columnSide,
            Expr valueSide, ExpressionAnalyzer analyzer) {
        int keyIndex = keyColumn(table, pk, columnSide, analyzer);
        if (keyIndex < 0 || keyValues[keyIndex] != null || !isRowIndependent(valueSide, analyzer.scope())) {
            return false;
        }
        BoundExpr value = keyValue(table.columns().get(pk[keyIndex]).type(), valueSide, analyzer);
        keyValues[keyIndex] = value;
        return value != null;
    }

    private static List<BoundExpr[]> inListKeys(DataType keyType, InList in, ExpressionAnalyzer analyzer) {
        List<BoundExpr[]> keys = new ArrayList<>(in.values().size());
        for (Expr v : in.values()) {
            if (!isRowIndependent(v, analyzer.scope())) {
                return null;
            }
            BoundExpr value = keyValue(keyType, v, analyzer);
            if (value == null) {
                return null;
            }
            keys.add(new BoundExpr[] {value});
        }
        return keys;
    }

    /** The value converted to the key column's type without loss (implicit casts only), or null. */
    static BoundExpr keyValue(DataType keyType, Expr valueSide, ExpressionAnalyzer analyzer) {
        BoundExpr bound = analyzer.analyze(valueSide);
        if (!bound.isRowIndependent()) {
            return null;
        }
        return Coercions.tryCoerce(bound, DataType.of(keyType.type()), CastContext.IMPLICIT, analyzer.params(),
                valueSide.position());
    }

    /** @return which primary key column (0-based in key order) the expression names, or -1 */
    private static int keyColumn(TableDescriptor table, int[] pk, Expr expr, ExpressionAnalyzer analyzer) {
        if (!(expr instanceof ColumnRef ref)) {
            return -1;
        }
        String qualifier = ref.parts().size() >= 2 ? ref.parts().get(ref.parts().size() - 2) : null;
        Scope.Column column = analyzer.scope().find(qualifier, ref.column(), ref.position());
        if (column == null) {
            return -1;
        }
        for (int i = 0; i < pk.length; i++) {
            if (column.index() == pk[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when the expression names no column of the table (constants, parameters, an enclosing
     * query's columns, functions of those).
     */
    static boolean isRowIndependent(Expr expr, Scope scope) {
        if (expr instanceof ColumnRef ref) {
            String qualifier = ref.parts().size() >= 2 ? ref.parts().get(ref.parts().size() - 2) : null;
            return qualifier != null ? !scope.hasTable(qualifier) : scope.find(null, ref.column(), ref.position()) == null;
        }
        if (expr instanceof ParamRef) {
            return true;
        }
        if (expr instanceof io.pglitedb.sql.ast.SubqueryExpr) {
            return false;
        }
        for (Expr child : ExprTrees.children(expr)) {
            if (!isRowIndependent(child, scope)) {
                return false;
            }
        }
        return true;
    }
}
