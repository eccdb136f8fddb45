package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.exec.expr.LogicalNot;
import io.pglitedb.exec.expr.LogicalOr;
import io.pglitedb.exec.expr.RowBuild;
import io.pglitedb.exec.expr.RowCompare;
import io.pglitedb.exec.expr.RowNullTest;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.InList;
import io.pglitedb.sql.ast.RowExpr;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.sql.parser.ExprPositions;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Operators;
import io.pglitedb.types.PgType;
import io.pglitedb.types.RecordType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Row constructors and what PostgreSQL does with them: {@code ROW(a, b)} / {@code (a, b)} as
 * anonymous record values, whole-row references ({@code t.*} as a value), row comparisons
 * ({@code (a, b) < (c, d)} expanded pair by pair, as transformAExprOp's make_row_comparison_op),
 * {@code (a, b) IN ((..), (..))} and {@code row IS [NOT] NULL}. Record values compare with
 * {@link RecordType#comparison}.
 */
final class RowExpressions {
    private static final Object[] EMPTY = new Object[0];

    private RowExpressions() {
    }

    /** True when {@code e} is a row constructor (the cases this class expands). */
    static boolean isRow(Expr e) {
        return e instanceof RowExpr;
    }

    /** {@code ROW(...)}: a record with fields f1, f2, ...; {@code t.*} fields expand to t's columns. */
    static BoundExpr construct(ExpressionAnalyzer here, RowExpr row) {
        List<BoundExpr> fields = fields(here, row);
        RowBuild.UntypedField[] untyped = null;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).type().type() == Types.UNKNOWN) {
                if (fields.get(i) instanceof Constant) { // kept for a cast to a composite type
                    untyped = untyped != null ? untyped : new RowBuild.UntypedField[fields.size()];
                    untyped[i] = new RowBuild.UntypedField(fields.get(i), fields.size() == row.fields().size()
                            ? row.fields().get(i).position() : row.position());
                }
                fields.set(i, Coercions.coerce(fields.get(i), DataType.of(Types.TEXT), CastContext.IMPLICIT,
                        here.params(), row.position()));
            }
        }
        List<String> names = new ArrayList<>(fields.size());
        List<DataType> types = new ArrayList<>(fields.size());
        boolean constant = true;
        for (int i = 0; i < fields.size(); i++) {
            names.add("f" + (i + 1));
            types.add(fields.get(i).type());
            constant &= fields.get(i).isConstant();
        }
        BoundExpr built = new RowBuild(DataType.of(new RecordType(names, types)), fields.toArray(new BoundExpr[0]),
                new int[0], untyped);
        return constant && untyped == null ? new Constant(built.type(), built.eval(EMPTY, EMPTY)) : built;
    }

    /** The analysed fields of a row constructor, {@code t.*} expanded. */
    private static List<BoundExpr> fields(ExpressionAnalyzer here, RowExpr row) {
        List<BoundExpr> fields = new ArrayList<>(row.fields().size());
        for (Expr f : row.fields()) {
            if (f instanceof Star s && s.qualifier() != null) {
                for (Scope.Column c : starColumns(here, s)) {
                    fields.add(here.column(c, s.position()));
                }
                continue;
            }
            fields.add(here.analyze(f));
        }
        return fields;
    }

    private static List<Scope.Column> starColumns(ExpressionAnalyzer here, Star s) {
        String alias = s.qualifier().substring(s.qualifier().lastIndexOf('.') + 1);
        List<Scope.Column> columns = here.scope().rangeColumns(alias);
        if (columns == null) {
            throw here.missingTable(alias, s.position() + 1);
        }
        return columns;
    }

    /**
     * {@code t.*} (or a bare table name) used as a value: the row of range t as a record named by its
     * columns, or null when this scope has no such range.
     */
    static BoundExpr wholeRow(ExpressionAnalyzer here, String alias, int position) {
        List<Scope.Column> columns = here.scope().rangeColumns(alias);
        if (columns == null) {
            return null;
        }
        if (here.grouped()) { // GROUP BY t itself is matched before: this is an ungrouped whole row
            throw new PgException(SqlState.GROUPING_ERROR,
                    "column \"%s.*\" must appear in the GROUP BY clause or be used in an aggregate function", alias)
                    .withPosition(position + 1);
        }
        List<String> names = new ArrayList<>(columns.size());
        List<DataType> types = new ArrayList<>(columns.size());
        BoundExpr[] fields = new BoundExpr[columns.size()];
        for (int i = 0; i < fields.length; i++) {
            Scope.Column c = columns.get(i);
            names.add(c.name());
            types.add(c.type());
            fields[i] = here.column(c, position);
        }
        RecordType rowType = tableRowType(columns, types);
        List<Integer> markers = here.scope().nullExtensionMarkers(alias);
        return new RowBuild(DataType.of(rowType != null ? rowType : new RecordType(names, types)), fields,
                markers.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The row type of the table all these columns come from, in its column order (so that
     * {@code pg_typeof(t)} is t, as in PostgreSQL), or null when they are no table's whole row.
     */
    private static RecordType tableRowType(List<Scope.Column> columns, List<DataType> types) {
        int table = columns.isEmpty() ? 0 : columns.get(0).tableOid();
        for (int i = 0; i < columns.size(); i++) {
            if (table == 0 || columns.get(i).tableOid() != table) {
                return null;
            }
        }
        PgType rowType = io.pglitedb.types.OidNames.currentUserType(io.pglitedb.catalog.DerivedOids.rowType(table));
        return rowType instanceof RecordType r && r.fieldTypes().equals(types) ? r : null;
    }

    /** {@code t.*} in an expression (not a select-list item or ROW field): the whole row. */
    static BoundExpr star(ExpressionAnalyzer here, Star s) {
        BoundExpr row = s.qualifier() == null ? null
                : here.wholeRowInReach(s.qualifier().substring(s.qualifier().lastIndexOf('.') + 1), s.position());
        if (row == null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "row expansion via \"*\" is not supported here")
                    .withPosition(s.position() + 1);
        }
        return row;
    }

    /**
     * {@code left op right} when both sides are row constructors, or null (an ordinary operator,
     * which for record values is {@link RecordType#comparison}).
     */
    static BoundExpr compare(ExpressionAnalyzer here, String op, Expr left, Expr right, int position) {
        boolean leftRow = isRow(left);
        boolean rightRow = isRow(right);
        if (leftRow && rightRow) {
            List<BoundExpr> l = fields(here, (RowExpr) left);
            List<BoundExpr> r = fields(here, (RowExpr) right);
            return pairwise(here, op, l, r, ((RowExpr) left).fields(), ((RowExpr) right).fields(), position);
        }
        if (!leftRow && !rightRow) {
            return null;
        }
        return null; // a row against a record value: record comparison operators
    }

    /** Two lists of values compared pair by pair (row constructors, or a row against a subquery's columns). */
    static BoundExpr pairwise(ExpressionAnalyzer here, String op, List<BoundExpr> l, List<BoundExpr> r,
            List<Expr> leftAsts, List<Expr> rightAsts, int position) {
        if (l.size() != r.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "unequal number of entries in row expressions")
                    .withPosition(position + 1);
        }
        if (l.isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot compare rows of zero length")
                    .withPosition(position + 1);
        }
        boolean distinctTest = op.equals("IS DISTINCT FROM") || op.equals("IS NOT DISTINCT FROM");
        String pairOp = distinctTest ? "=" : op.equals("!=") ? "<>" : op;
        int n = l.size();
        Operator[] operators = new Operator[n];
        Operator[] equals = new Operator[n];
        BoundExpr[] left = new BoundExpr[n];
        BoundExpr[] right = new BoundExpr[n];
        boolean constant = true;
        for (int i = 0; i < n; i++) {
            int lp = leftAsts == null ? position : ExprPositions.leftmost(leftAsts.get(Math.min(i, leftAsts.size() - 1)));
            int rp = rightAsts == null ? position
                    : ExprPositions.leftmost(rightAsts.get(Math.min(i, rightAsts.size() - 1)));
            Operator operator;
            try {
                operator = Operators.binary(pairOp, l.get(i).type(), r.get(i).type());
            } catch (PgException e) {
                throw e.withPositionIfAbsent(position + 1);
            }
            if (operator.resultType().type() != Types.BOOL) {
                throw new PgException(SqlState.DATATYPE_MISMATCH,
                        "row comparison operator must yield type boolean, not type %s",
                        operator.resultType().baseName()).withPosition(position + 1);
            }
            operators[i] = operator;
            left[i] = Coercions.coerce(l.get(i), operator.leftType(), CastContext.IMPLICIT, here.params(), lp);
            right[i] = Coercions.coerce(r.get(i), operator.rightType(), CastContext.IMPLICIT, here.params(), rp);
            equals[i] = pairOp.equals("=") ? operator : equalsFor(left[i].type(), right[i].type(), position);
            constant &= left[i].isConstant() && right[i].isConstant();
        }
        RowCompare.Kind kind = switch (op) {
            case "=" -> RowCompare.Kind.ALL;
            case "<>", "!=" -> RowCompare.Kind.ANY;
            case "<", "<=", ">", ">=" -> RowCompare.Kind.ORDER;
            case "IS DISTINCT FROM" -> RowCompare.Kind.DISTINCT;
            case "IS NOT DISTINCT FROM" -> RowCompare.Kind.NOT_DISTINCT;
            default -> throw new PgException(SqlState.UNDEFINED_FUNCTION,
                    "could not determine interpretation of row comparison operator %s", op)
                    .withHint("Row comparison operators must be associated with btree operator families.")
                    .withPosition(position + 1);
        };
        BoundExpr compare = new RowCompare(kind, operators, equals, left, right);
        return constant ? new Constant(compare.type(), compare.eval(EMPTY, EMPTY)) : compare;
    }

    private static Operator equalsFor(DataType l, DataType r, int position) {
        try {
            return Operators.binary("=", l, r);
        } catch (PgException e) {
            throw e.withPositionIfAbsent(position + 1);
        }
    }

    /** {@code (a, b) [NOT] IN ((1, 2), (3, 4))}: the OR of row equalities (NOT of it). */
    static BoundExpr inList(ExpressionAnalyzer here, InList in) {
        BoundExpr result = null;
        for (Expr value : in.values()) {
            BoundExpr test = compare(here, "=", in.operand(), value, in.position());
            if (test == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "IN with a row and a non-row value")
                        .withPosition(in.position() + 1);
            }
            result = result == null ? test : new LogicalOr(result, test);
        }
        return in.negated() ? new LogicalNot(result) : result;
    }

    /** {@code row IS [NOT] NULL} over a record value, or null when the operand is not a record. */
    static BoundExpr nullTest(BoundExpr operand, boolean negated) {
        if (!(operand.type().type() instanceof RecordType)) {
            return null;
        }
        BoundExpr test = new RowNullTest(operand, negated);
        return operand.isConstant() ? new Constant(test.type(), test.eval(EMPTY, EMPTY)) : test;
    }
}
