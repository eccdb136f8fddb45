package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.ArrayBuild;
import io.pglitedb.exec.expr.ArrayOpTest;
import io.pglitedb.exec.expr.ArraySubscript;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.sql.ast.ArrayExpr;
import io.pglitedb.sql.ast.ArrayOpExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.Subscript;
import io.pglitedb.sql.parser.ExprPositions;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Operators;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Array expressions, as PostgreSQL's parser types them: ARRAY[...] constructors
 * (transformArrayExpr: common element type, nested brackets, a cast target giving the type of an
 * empty one), subscripts and slices (transformContainerSubscripts: subscripts are coerced to
 * integer as in an assignment), and {@code op ANY/ALL (array)} (make_scalar_array_op: the operator
 * is resolved against the element type, then the array is coerced to an array of its right input).
 */
final class ArrayExpressions {
    private ArrayExpressions() {
    }

    private static final Object[] EMPTY = new Object[0];

    /**
     * @param target the array type of an enclosing cast ({@code ARRAY[]::int[]}), or null
     */
    static BoundExpr constructor(ExpressionAnalyzer here, ArrayExpr a, DataType target) {
        List<BoundExpr> elements = new ArrayList<>(a.elements().size());
        DataType targetElement = target == null ? null : new DataType(((ArrayType) target.type()).element(),
                target.typmod());
        boolean nestedBrackets = !a.elements().isEmpty() && a.elements().get(0) instanceof ArrayExpr inner
                && !inner.keyword();
        for (Expr e : a.elements()) {
            if (e instanceof ArrayExpr inner && !inner.keyword()) {
                elements.add(constructor(here, inner, target));
            } else {
                elements.add(here.analyze(e));
            }
        }
        if (elements.isEmpty()) {
            if (target == null) {
                throw new PgException(SqlState.INDETERMINATE_DATATYPE, "cannot determine type of empty array")
                        .withHint("Explicitly cast to the desired type, for example ARRAY[]::integer[].")
                        .withPosition(a.position() + 1);
            }
            return new Constant(target, io.pglitedb.types.ArrayValue.EMPTY);
        }
        DataType elementType;
        CastContext context = CastContext.IMPLICIT;
        boolean nested;
        if (target != null) {
            elementType = nestedBrackets ? target : targetElement;
            context = CastContext.EXPLICIT;
            nested = nestedBrackets;
        } else {
            elementType = Coercions.commonType(elements, "ARRAY", a.position());
            nested = elementType.type() instanceof ArrayType;
        }
        DataType arrayType;
        if (nested) {
            arrayType = elementType;
        } else {
            ArrayType array = ArrayTypes.arrayOf(elementType.type());
            if (array == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "could not find array type for data type %s",
                        elementType.displayName()).withPosition(a.position() + 1);
            }
            arrayType = new DataType(array, elementType.typmod());
        }
        BoundExpr[] coerced = new BoundExpr[elements.size()];
        boolean constant = true;
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(elements.get(i), elementType, context, here.params(),
                    ExprPositions.leftmost(a.elements().get(i)));
            constant &= coerced[i].isConstant();
        }
        BoundExpr build = new ArrayBuild(arrayType, coerced, nested);
        return constant ? new Constant(arrayType, build.eval(EMPTY, EMPTY)) : build;
    }

    /** jsonb_subscript_transform: no slices; each subscript coerced to integer, else text. */
    private static BoundExpr jsonbSubscript(ExpressionAnalyzer here, Subscript s, BoundExpr base) {
        return new io.pglitedb.exec.expr.JsonbSubscript(base, jsonbSubscripts(here, s.indexes()));
    }

    /** The brackets of a jsonb subscript, each coerced to integer or else text. */
    static BoundExpr[] jsonbSubscripts(ExpressionAnalyzer here, List<Subscript.Index> indexes) {
        List<BoundExpr> subscripts = new ArrayList<>();
        for (Subscript.Index index : indexes) {
            if (index.slice()) {
                Expr at = index.upper() != null ? index.upper() : index.lower();
                PgException e = new PgException(SqlState.DATATYPE_MISMATCH, "jsonb subscript does not support slices");
                throw at == null ? e : e.withPosition(ExprPositions.leftmost(at) + 1);
            }
            BoundExpr b = here.analyze(index.upper());
            PgType t = b.type().type();
            DataType target;
            if (t == Types.UNKNOWN) {
                target = DataType.of(Types.TEXT);
            } else if (io.pglitedb.types.Casts.isImplicitlyCoercible(t, Types.INT4)) {
                target = DataType.of(Types.INT4);
            } else if (io.pglitedb.types.Casts.isImplicitlyCoercible(t, Types.TEXT)) {
                target = DataType.of(Types.TEXT);
            } else {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "subscript type %s is not supported",
                        b.type().baseName())
                        .withHint("jsonb subscript must be coercible to either integer or text.")
                        .withPosition(ExprPositions.leftmost(index.upper()) + 1);
            }
            subscripts.add(Coercions.coerce(b, target, CastContext.IMPLICIT, here.params(),
                    ExprPositions.leftmost(index.upper())));
        }
        return subscripts.toArray(new BoundExpr[0]);
    }

    /** name as a fixed-length array of "char" (raw_array_subscript_handler): subscripts coerced to integer. */
    private static BoundExpr nameSubscript(ExpressionAnalyzer here, Subscript s, BoundExpr base) {
        return fixedLengthSubscript(here, s, base, false);
    }

    /**
     * A fixed-length array type (raw_array_subscript_handler): name, point, box. Subscripts are
     * coerced to integer; the geometric ones give their coordinates or corners.
     */
    private static BoundExpr fixedLengthSubscript(ExpressionAnalyzer here, Subscript s, BoundExpr base,
            boolean geometric) {
        List<BoundExpr> subscripts = new ArrayList<>();
        boolean slice = false;
        for (Subscript.Index index : s.indexes()) {
            if (index.lower() != null) {
                subscripts.add(integer(here, index.lower()));
            }
            if (index.upper() != null) {
                subscripts.add(integer(here, index.upper()));
            }
            slice |= index.slice();
        }
        BoundExpr[] indexes = subscripts.toArray(new BoundExpr[0]);
        return geometric ? new io.pglitedb.exec.expr.GeometricSubscript(base, indexes, slice)
                : new io.pglitedb.exec.expr.NameSubscript(base, indexes, slice);
    }

    static BoundExpr subscript(ExpressionAnalyzer here, Subscript s) {
        BoundExpr base = here.analyze(s.base());
        PgType type = base.type().type();
        if (type == Types.UNKNOWN) {
            base = Coercions.coerce(base, DataType.of(Types.TEXT), CastContext.IMPLICIT, here.params(), s.position());
            type = Types.TEXT;
        }
        if (type == Types.JSONB) {
            return jsonbSubscript(here, s, base);
        }
        if (type == Types.NAME) {
            return nameSubscript(here, s, base);
        }
        if (io.pglitedb.exec.expr.GeometricSubscript.elementOf(type) != null) {
            return fixedLengthSubscript(here, s, base, true);
        }
        if (!(type instanceof ArrayType array)) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "cannot subscript type %s because it does not support subscripting", base.type().baseName())
                    .withPosition(s.position() + 1);
        }
        int n = s.indexes().size();
        BoundExpr[] lower = new BoundExpr[n];
        BoundExpr[] upper = new BoundExpr[n];
        boolean[] sliceAt = new boolean[n];
        boolean slice = false;
        for (int i = 0; i < n; i++) {
            Subscript.Index index = s.indexes().get(i);
            lower[i] = index.lower() == null ? null : integer(here, index.lower());
            upper[i] = index.upper() == null ? null : integer(here, index.upper());
            sliceAt[i] = index.slice();
            slice |= index.slice();
        }
        DataType result = slice ? base.type() : new DataType(array.element(), base.type().typmod());
        if (array instanceof io.pglitedb.types.VectorType && slice) {
            result = DataType.of(ArrayTypes.arrayOf(array.element()));
        }
        return new ArraySubscript(result, base, lower, upper, sliceAt);
    }

    static BoundExpr integer(ExpressionAnalyzer here, Expr e) {
        BoundExpr b = here.analyze(e);
        BoundExpr coerced = Coercions.tryCoerce(b, DataType.of(Types.INT4), CastContext.ASSIGNMENT, here.params(),
                ExprPositions.leftmost(e));
        if (coerced == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "array subscript must have type integer")
                    .withPosition(ExprPositions.leftmost(e) + 1);
        }
        return coerced;
    }

    static BoundExpr arrayOp(ExpressionAnalyzer here, ArrayOpExpr a) {
        BoundExpr operand = here.analyze(a.operand());
        BoundExpr array = here.analyze(a.array());
        PgType arrayType = array.type().type();
        DataType rightElement;
        if (arrayType == Types.UNKNOWN) {
            rightElement = DataType.of(Types.UNKNOWN);
        } else if (arrayType instanceof ArrayType at) {
            rightElement = new DataType(at.element(), array.type().typmod());
        } else {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "op ANY/ALL (array) requires array on right side")
                    .withPosition(a.position() + 1);
        }
        Operator operator;
        try {
            operator = Operators.binary(a.operator(), operand.type(), rightElement);
        } catch (PgException e) {
            throw e.withPositionIfAbsent(a.position() + 1);
        }
        if (operator.resultType().type() != Types.BOOL) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "op ANY/ALL (array) requires operator to yield boolean")
                    .withPosition(a.position() + 1);
        }
        ArrayType wanted = ArrayTypes.arrayOf(operator.rightType().type());
        if (wanted == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "could not find array type for data type %s",
                    operator.rightType().displayName()).withPosition(a.position() + 1);
        }
        BoundExpr left = Coercions.coerce(operand, operator.leftType(), CastContext.IMPLICIT, here.params(),
                ExprPositions.leftmost(a.operand()));
        BoundExpr right = Coercions.coerce(array, DataType.of(wanted), CastContext.IMPLICIT, here.params(),
                ExprPositions.leftmost(a.array()));
        BoundExpr test = new ArrayOpTest(left, right, operator, a.all());
        if (left.isConstant() && right.isConstant()) {
            return new Constant(test.type(), test.eval(EMPTY, EMPTY));
        }
        return test;
    }
}
