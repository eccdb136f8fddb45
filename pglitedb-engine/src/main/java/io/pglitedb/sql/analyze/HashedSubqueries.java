package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.SubqueryValue;
import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.BoolExpr;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.sql.ast.SubqueryExpr;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Operators;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Decorrelates {@code EXISTS (SELECT ... FROM f WHERE inner = outer AND rest)} when {@code inner}
 * and {@code rest} read only f and {@code outer} only the enclosing rows: the subquery
 * {@code SELECT inner FROM f WHERE rest} runs once into a hash set, and each outer row probes it
 * with {@code outer} (PostgreSQL reaches the same by a hashed semi join). A scalar subquery
 * {@code (SELECT value FROM f WHERE inner = outer AND rest)} without aggregates becomes a hash
 * map from inner to value the same way (a key with two rows still fails with 21000 when probed).
 * Without this a correlated subquery re-runs its scan for every outer row. When the correlated
 * form reads its tables by key, it is kept too and runs first, for as long as the outer rows are
 * few (see {@link SubqueryValue}).
 */
final class HashedSubqueries {
    private HashedSubqueries() {
    }

    /** The hashed form, or null when the subquery does not have that shape. */
    static BoundExpr analyze(ExpressionAnalyzer here, SubqueryExpr s) {
        if (!(s.query() instanceof Select q) || q.where() == null || q.from().isEmpty() || q.limit() != null
                || q.offset() != null || !q.groupBy().isEmpty() || q.having() != null || !q.distinctOn().isEmpty()) {
            return null;
        }
        if (s.kind() == SubqueryExpr.Kind.SCALAR) {
            if (q.items().size() != 1 || q.distinct() || q.items().get(0).expr() instanceof Star
                    || !plain(q.items().get(0).expr())) {
                return null;
            }
        } else {
            for (SelectItem item : q.items()) {
                if (!(item.expr() instanceof Literal || item.expr() instanceof Star || item.expr() instanceof ColumnRef)) {
                    return null;
                }
            }
        }
        List<Expr> conjuncts = new ArrayList<>();
        split(q.where(), conjuncts);
        for (int i = 0; i < conjuncts.size(); i++) {
            if (!(conjuncts.get(i) instanceof BinaryOp eq) || !eq.operator().equals("=")) {
                continue;
            }
            Expr rest = null;
            for (int j = 0; j < conjuncts.size(); j++) {
                if (j != i) {
                    rest = rest == null ? conjuncts.get(j)
                            : new BoolExpr(BoolExpr.Op.AND, rest, conjuncts.get(j), conjuncts.get(j).position());
                }
            }
            BoundExpr hashed = tryPair(here, q, eq.left(), eq.right(), rest, s);
            if (hashed == null) {
                hashed = tryPair(here, q, eq.right(), eq.left(), rest, s);
            }
            if (hashed != null) {
                return hashed;
            }
        }
        return null;
    }

    private static BoundExpr tryPair(ExpressionAnalyzer here, Select q, Expr inner, Expr outer, Expr rest,
            SubqueryExpr s) {
        List<ColumnRef> outerRefs = new ArrayList<>();
        columnRefs(outer, outerRefs);
        if (outerRefs.isEmpty() || outerRefs.contains(null)) {
            return null;
        }
        try {
            for (ColumnRef ref : outerRefs) {
                if (!correlated(here, q, ref)) {
                    return null; // the name is one of the subquery's own columns
                }
            }
            boolean scalar = s.kind() == SubqueryExpr.Kind.SCALAR;
            List<SelectItem> items = scalar
                    ? List.of(new SelectItem(inner, null, s.position()), q.items().get(0))
                    : List.of(new SelectItem(inner, null, s.position()));
            Select probeQuery = new Select(!scalar && q.distinct(), List.of(), items, q.from(), rest, List.of(), null,
                    q.windows(), List.of(), null, null);
            OuterReferences boundary = new OuterReferences(here);
            int volatileBefore = here.context().slots().volatileCalls();
            int nestedCteReadsBefore = here.context().slots().nestedCteReads().size();
            AnalyzedQuery analyzed = new QueryAnalyzer(here.context(), here.level().nested(boundary)).analyze(probeQuery);
            if (!boundary.isEmpty() || here.context().slots().volatileCalls() != volatileBefore
                    || here.context().slots().nestedCteReads().size() != nestedCteReadsBefore) {
                return null;
            }
            BoundExpr probe = here.analyze(outer);
            DataType innerType = analyzed.columns().get(0).type();
            Operator operator = Operators.binary("=", probe.type(), innerType);
            if (operator.leftType().type() != operator.rightType().type() || innerType.type() != operator.rightType().type()
                    || innerType.type() == Types.UNKNOWN) {
                return null;
            }
            probe = Coercions.coerce(probe, operator.leftType(), CastContext.IMPLICIT, here.params(), outer.position());
            if (scalar) {
                DataType valueType = analyzed.columns().get(1).type();
                if (valueType.type() == Types.UNKNOWN) {
                    return null;
                }
                return new SubqueryValue(SubqueryValue.Kind.SCALAR, valueType, ColumnPruning.prune(analyzed.root()),
                        new BoundExpr[0], new int[0], null, probe, innerType, true, perRow(here, s));
            }
            return new SubqueryValue(SubqueryValue.Kind.EXISTS, DataType.of(Types.BOOL),
                    ColumnPruning.prune(analyzed.root()), new BoundExpr[0], new int[0], null, probe, innerType, true,
                    perRow(here, s));
        } catch (PgException e) {
            return null; // not this shape; the ordinary analysis reports any real error
        }
    }

    /**
     * The subquery's correlated form, run for the first outer rows before the hash is built, when
     * it reads every table by key ({@link SubqueryValue.PerRow}); else null.
     */
    private static SubqueryValue.PerRow perRow(ExpressionAnalyzer here, SubqueryExpr s) {
        try {
            OuterReferences boundary = new OuterReferences(here);
            AnalyzedQuery analyzed = new QueryAnalyzer(here.context(), here.level().nested(boundary)).analyze(s.query());
            io.pglitedb.sql.plan.PlanNode root = ColumnPruning.prune(analyzed.root());
            if (boundary.isEmpty() || !io.pglitedb.exec.PlanTables.readsByKey(root)) {
                return null;
            }
            return new SubqueryValue.PerRow(root, boundary.args(), boundary.slots());
        } catch (PgException e) {
            return null;
        }
    }

    /** True when {@code ref} does not name a column of the subquery's FROM (so it reaches outside). */
    private static boolean correlated(ExpressionAnalyzer here, Select q, ColumnRef ref) {
        Select check = new Select(false, List.of(), List.of(new SelectItem(ref, null, ref.position())), q.from(), null,
                List.of(), null, List.of(), List.of(), null, null);
        OuterReferences boundary = new OuterReferences(here);
        new QueryAnalyzer(here.context(), here.level().nested(boundary)).analyze(check);
        return !boundary.isEmpty();
    }

    /**
     * A column or constant (possibly cast): evaluating it for inner rows no outer row asks for cannot
     * raise an error the per-row form would not.
     */
    private static boolean plain(Expr e) {
        return e instanceof ColumnRef || e instanceof Literal
                || e instanceof io.pglitedb.sql.ast.CastExpr c && (c.operand() instanceof ColumnRef
                        || c.operand() instanceof Literal);
    }

    private static void split(Expr e, List<Expr> out) {
        if (e instanceof BoolExpr b && b.op() == BoolExpr.Op.AND) {
            split(b.left(), out);
            split(b.right(), out);
        } else {
            out.add(e);
        }
    }

    private static void columnRefs(Expr e, List<ColumnRef> out) {
        if (e instanceof ColumnRef c) {
            out.add(c);
            return;
        }
        if (e instanceof SubqueryExpr) {
            out.clear();
            out.add(null); // a nested query: do not try
            return;
        }
        for (Expr child : ExprTrees.children(e)) {
            columnRefs(child, out);
        }
    }
}
