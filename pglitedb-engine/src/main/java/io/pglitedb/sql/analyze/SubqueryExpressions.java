package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.exec.expr.OperatorCall;
import io.pglitedb.exec.expr.SlotValue;
import io.pglitedb.exec.expr.SubqueryValue;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.SubqueryExpr;
import io.pglitedb.sql.parser.ExprPositions;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Operators;
import io.pglitedb.types.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Subqueries used as expressions: the query is analysed one level deeper, with a boundary through
 * which its outer references become slots ({@link OuterReferences}); for ANY/ALL (and IN) the
 * operator is resolved between the tested operand and the subquery's one column, PostgreSQL's way.
 */
final class SubqueryExpressions {
    private SubqueryExpressions() {
    }

    static BoundExpr analyze(ExpressionAnalyzer here, SubqueryExpr s) {
        if (s.kind() != SubqueryExpr.Kind.EXISTS) {
            return analyzeAs(here, s);
        }
        try {
            return analyzeAs(here, s);
        } catch (PgException e) {
            // PostgreSQL's planner drops an EXISTS query's select list before folding constants
            // (simplify_EXISTS_query), so EXISTS (SELECT 1/0 ...) is no error there
            SubqueryExpr simplified = e.code().startsWith("22") ? withoutSelectList(s) : null;
            if (simplified == null) {
                throw e;
            }
            try {
                return analyzeAs(here, simplified);
            } catch (PgException again) {
                throw e;
            }
        }
    }

    /**
     * An EXISTS query with its select list replaced by {@code 1} and DISTINCT / ORDER BY dropped,
     * when PostgreSQL would do so: a plain SELECT whose list calls no functions (so holds no
     * aggregate, window or set-returning function), without HAVING, WINDOW, LIMIT or OFFSET; else null.
     */
    private static SubqueryExpr withoutSelectList(SubqueryExpr s) {
        if (!(s.query() instanceof Select q) || q.having() != null || !q.windows().isEmpty()
                || q.limit() != null || q.offset() != null || !q.groupBy().isEmpty()
                || q.items().stream().anyMatch(i -> callsFunction(i.expr()))) {
            return null;
        }
        int position = q.items().isEmpty() ? s.position() : q.items().get(0).position();
        Select simple = new Select(false, List.of(),
                List.of(new SelectItem(
                        new Literal(Literal.Kind.INTEGER, "1", position), null, position)),
                q.from(), q.where(), List.of(), null, List.of(), List.of(), null, null);
        return new SubqueryExpr(s.kind(), s.operand(), s.operator(), simple, s.position());
    }

    private static boolean callsFunction(Expr e) {
        if (e instanceof FuncCall || e instanceof SubqueryExpr) {
            return true;
        }
        for (Expr child : ExprTrees.children(e)) {
            if (callsFunction(child)) {
                return true;
            }
        }
        return false;
    }

    private static BoundExpr analyzeAs(ExpressionAnalyzer here, SubqueryExpr s) {
        AnalyzerContext context = here.context();
        if (s.kind() == SubqueryExpr.Kind.EXISTS || s.kind() == SubqueryExpr.Kind.SCALAR) {
            BoundExpr hashed = HashedSubqueries.analyze(here, s);
            if (hashed != null) {
                return hashed;
            }
        }
        io.pglitedb.sql.ast.RowExpr rowOperand = (s.kind() == SubqueryExpr.Kind.ANY || s.kind() == SubqueryExpr.Kind.ALL)
                && s.operand() instanceof io.pglitedb.sql.ast.RowExpr r ? r : null;
        java.util.List<BoundExpr> rowFields = null;
        if (rowOperand != null) {
            rowFields = new java.util.ArrayList<>();
            for (io.pglitedb.sql.ast.Expr f : rowOperand.fields()) {
                rowFields.add(here.analyze(f));
            }
        }
        BoundExpr operand = s.operand() == null || rowOperand != null ? null : here.analyze(s.operand());
        OuterReferences boundary = new OuterReferences(here);
        int volatileBefore = context.slots().volatileCalls();
        int nestedCteReadsBefore = context.slots().nestedCteReads().size();
        AnalyzedQuery analyzed = new QueryAnalyzer(context, here.level().nested(boundary)).analyze(s.query());
        passInNestedCteValues(context, boundary, nestedCteReadsBefore);
        boolean memoise = context.slots().volatileCalls() == volatileBefore;
        AnalyzedQuery plan = new AnalyzedQuery(ColumnPruning.prune(analyzed.root()), analyzed.columns(),
                analyzed.positions());
        int columns = plan.columns().size();
        switch (s.kind()) {
            case EXISTS -> {
                return new SubqueryValue(SubqueryValue.Kind.EXISTS, DataType.of(Types.BOOL), plan.root(),
                        boundary.args(), boundary.slots(), null, null, null, memoise);
            }
            case SCALAR -> {
                if (columns != 1) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "subquery must return only one column")
                            .withPosition(s.position() + 1);
                }
                return new SubqueryValue(SubqueryValue.Kind.SCALAR, plan.columns().get(0).type(), plan.root(),
                        boundary.args(), boundary.slots(), null, null, null, memoise);
            }
            case ARRAY -> {
                if (columns != 1) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "subquery must return only one column")
                            .withPosition(s.position() + 1);
                }
                DataType column = plan.columns().get(0).type();
                DataType type;
                if (column.type() instanceof io.pglitedb.types.ArrayType
                        && !(column.type() instanceof io.pglitedb.types.VectorType)) {
                    type = column;
                } else {
                    io.pglitedb.types.PgType element = column.type() == Types.UNKNOWN ? Types.TEXT : column.type();
                    io.pglitedb.types.ArrayType array = io.pglitedb.types.ArrayTypes.arrayOf(element);
                    if (array == null) {
                        throw new PgException(SqlState.UNDEFINED_OBJECT, "could not find array type for datatype %s",
                                column.displayName()).withPosition(s.position() + 1);
                    }
                    type = new DataType(array, column.typmod());
                }
                return new SubqueryValue(SubqueryValue.Kind.ARRAY, type, plan.root(), boundary.args(),
                        boundary.slots(), null, null, null, memoise);
            }
            default -> {
                if (rowOperand != null) {
                    return rowSubquery(here, s, rowOperand, rowFields, plan, boundary, memoise);
                }
                if (columns != 1) {
                    throw new PgException(SqlState.SYNTAX_ERROR, columns > 1 ? "subquery has too many columns"
                            : "subquery has too few columns").withPosition(s.position() + 1);
                }
                DataType columnType = plan.columns().get(0).type();
                Operator operator;
                try {
                    operator = Operators.binary(s.operator(), operand.type(), columnType);
                } catch (PgException e) {
                    throw e.withPositionIfAbsent(s.position() + 1);
                }
                int operandPosition = ExprPositions.leftmost(s.operand());
                BoundExpr left = Coercions.coerce(operand, operator.leftType(), CastContext.IMPLICIT,
                        here.params(), operandPosition);
                BoundExpr right = Coercions.coerce(new ColumnValue(columnType, 0), operator.rightType(),
                        CastContext.IMPLICIT, here.params(), s.position());
                if (operator.resultType().type() != Types.BOOL) {
                    throw new PgException(SqlState.DATATYPE_MISMATCH, "op ANY/ALL (array) requires operator to yield boolean")
                            .withPosition(s.position() + 1);
                }
                SubqueryValue.Kind kind = s.kind() == SubqueryExpr.Kind.ANY ? SubqueryValue.Kind.ANY
                        : SubqueryValue.Kind.ALL;
                boolean hashable = kind == SubqueryValue.Kind.ANY && s.operator().equals("=") && boundary.isEmpty()
                        && right instanceof ColumnValue && operator.leftType().type() == operator.rightType().type();
                if (hashable) {
                    return new SubqueryValue(kind, DataType.of(Types.BOOL), plan.root(), new BoundExpr[0], new int[0],
                            null, left, operator.rightType(), memoise);
                }
                SlotValue tested = boundary.passIn(left);
                BoundExpr test = new OperatorCall(operator, tested, right);
                return new SubqueryValue(kind, DataType.of(Types.BOOL), plan.root(), boundary.args(), boundary.slots(),
                        test, null, null, memoise);
            }
        }
    }

    /**
     * A WITH query written in an enclosing subquery and read in this one may depend on the values
     * passed into the enclosing one: they are passed into this one too, so that it runs again (or
     * is memoised) per value instead of once for the statement.
     */
    private static void passInNestedCteValues(AnalyzerContext context, OuterReferences boundary, int readsBefore) {
        List<OuterReferences> reads = context.slots().nestedCteReads();
        Set<OuterReferences> seen = new HashSet<>();
        for (int i = readsBefore; i < reads.size(); i++) {
            OuterReferences enclosing = reads.get(i);
            if (enclosing == boundary || !seen.add(enclosing)) {
                continue;
            }
            BoundExpr[] values = enclosing.args();
            int[] slots = enclosing.slots();
            for (int k = 0; k < slots.length; k++) {
                boundary.passIn(new SlotValue(values[k].type(), slots[k]));
            }
        }
    }

    /** {@code (a, b) op ANY|ALL (SELECT x, y ...)}: the pairs compared as row constructors are. */
    private static BoundExpr rowSubquery(ExpressionAnalyzer here, SubqueryExpr s, io.pglitedb.sql.ast.RowExpr row,
            java.util.List<BoundExpr> fields, AnalyzedQuery plan, OuterReferences boundary, boolean memoise) {
        int columns = plan.columns().size();
        if (columns != fields.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, columns > fields.size() ? "subquery has too many columns"
                    : "subquery has too few columns").withPosition(s.position() + 1);
        }
        java.util.List<BoundExpr> left = new java.util.ArrayList<>(columns);
        java.util.List<BoundExpr> right = new java.util.ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            left.add(boundary.passIn(fields.get(i)));
            right.add(new ColumnValue(plan.columns().get(i).type(), i));
        }
        BoundExpr test = RowExpressions.pairwise(here, s.operator(), left, right, row.fields(), null, s.position());
        SubqueryValue.Kind kind = s.kind() == SubqueryExpr.Kind.ANY ? SubqueryValue.Kind.ANY : SubqueryValue.Kind.ALL;
        return new SubqueryValue(kind, DataType.of(Types.BOOL), plan.root(), boundary.args(), boundary.slots(), test,
                null, null, memoise);
    }
}
