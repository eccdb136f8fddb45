package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.ArrayAssign;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.JsonbAssign;
import io.pglitedb.sql.ast.Subscript;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.List;

/**
 * Assignments to subscripted columns, {@code UPDATE t SET a[2] = x} and {@code INSERT INTO t
 * (a[1:2]) ...} (transformAssignmentSubscripts): the source is coerced to the element type (to the
 * array type for a slice), and the column's new value is the old one with that element or slice
 * replaced ({@link ArrayAssign}); a jsonb column takes the path the brackets spell ({@link JsonbAssign}). Several assignments to subscripts of one column apply in order.
 */
final class SubscriptAssignments {
    private SubscriptAssignments() {
    }

    /** True when {@code bound} is the new value of a subscripted assignment (others may follow it). */
    static boolean isSubscriptAssignment(BoundExpr bound) {
        return bound instanceof ArrayAssign || bound instanceof JsonbAssign;
    }

    /**
     * The source value coerced to what the brackets need: the element type, or the array type when
     * one bracket is a slice.
     *
     * @param valuePosition the value's offset (where a literal's input error points)
     * @param position the target column's offset (where a type mismatch points)
     */
    static BoundExpr source(BoundExpr value, int valuePosition, ColumnDescriptor column,
            List<Subscript.Index> subscripts, int position, ParameterTypes params) {
        if (column.type().type() == Types.JSONB) {
            return coerce(value, valuePosition, column, column.type(), position, params);
        }
        if (!(column.type().type() instanceof ArrayType array)) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "cannot subscript type %s because it does not support subscripting", column.type().baseName())
                    .withPosition(position + 1);
        }
        boolean slice = false;
        for (Subscript.Index index : subscripts) {
            slice |= index.slice();
        }
        DataType wanted = slice ? column.type() : new DataType(array.element(), column.type().typmod());
        return coerce(value, valuePosition, column, wanted, position, params);
    }

    private static BoundExpr coerce(BoundExpr value, int valuePosition, ColumnDescriptor column, DataType wanted,
            int position, ParameterTypes params) {
        BoundExpr coerced = Coercions.tryCoerce(value, wanted, CastContext.ASSIGNMENT, params, valuePosition);
        if (coerced == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "subscripted assignment to \"%s\" requires type %s but expression is of type %s", column.name(),
                    wanted.baseName(), value.type().baseName())
                    .withHint("You will need to rewrite or cast the expression.")
                    .withPosition(position + 1);
        }
        return coerced;
    }

    /**
     * The column's new value: {@code base} (its old value, or an earlier assignment's result) with
     * the element or slice the brackets name replaced by {@code source} (already coerced by
     * {@link #source}). The subscripts are analysed by {@code here}.
     */
    static BoundExpr assign(ExpressionAnalyzer here, BoundExpr base, ColumnDescriptor column,
            List<Subscript.Index> subscripts, BoundExpr source) {
        if (column.type().type() == Types.JSONB) {
            return new JsonbAssign(base, ArrayExpressions.jsonbSubscripts(here, subscripts), source);
        }
        int n = subscripts.size();
        if (n > ArrayType.MAX_DIMENSIONS) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (%d) exceeds the maximum allowed (%d)", n, ArrayType.MAX_DIMENSIONS);
        }
        BoundExpr[] lower = new BoundExpr[n];
        BoundExpr[] upper = new BoundExpr[n];
        boolean[] sliceAt = new boolean[n];
        for (int i = 0; i < n; i++) {
            Subscript.Index index = subscripts.get(i);
            lower[i] = index.lower() == null ? null : ArrayExpressions.integer(here, index.lower());
            upper[i] = index.upper() == null ? null : ArrayExpressions.integer(here, index.upper());
            sliceAt[i] = index.slice();
        }
        return new ArrayAssign(column.type(), base, lower, upper, sliceAt, source);
    }
}
