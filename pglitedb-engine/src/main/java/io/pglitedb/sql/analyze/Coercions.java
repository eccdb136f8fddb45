package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.CastCall;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.exec.expr.ParamValue;
import io.pglitedb.types.Cast;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.Casts;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.List;

/**
 * Converting an analysed expression to a wanted type, PostgreSQL-style: unknown literals are
 * parsed as the target type (their errors point at the literal), unknown parameters take the
 * target type, everything else goes through a cast allowed in the context; casts of constants
 * are folded.
 */
final class Coercions {
    private Coercions() {
    }

    /** @return the coerced expression, or null when no cast exists in that context */
    static BoundExpr tryCoerce(BoundExpr expr, DataType target, CastContext context, ParameterTypes params,
            int position) {
        BoundExpr result = coerced(expr, target, context, params, position);
        Annotations.coerced(expr, result);
        return result;
    }

    private static BoundExpr coerced(BoundExpr expr, DataType target, CastContext context, ParameterTypes params,
            int position) {
        DataType source = expr.type();
        if (source.type() == target.type() && (target.typmod() < 0 || source.typmod() == target.typmod())) {
            return expr;
        }
        if (target.type() instanceof io.pglitedb.types.CompositeType composite
                && source.type() instanceof io.pglitedb.types.RecordType) {
            BoundExpr row = CompositeCoercions.fromRow(expr, composite, context, params, position);
            if (row != null) {
                return row;
            }
        }
        if (bothRecords(source.type(), target.type())) {
            return expr; // anonymous records match field by field at run time, like PostgreSQL's record
        }
        if (source.type() == Types.UNKNOWN) {
            if (expr instanceof Constant c) {
                if (c.value() == null) {
                    return new Constant(target, null);
                }
                // like PostgreSQL: the input function without typmod (its errors point at the
                // literal), then the length coercion of the context (explicit casts truncate)
                Object value;
                try {
                    // interval's input reads a bare number by the typmod's fields ('1' year)
                    int inputTypmod = target.type() == Types.INTERVAL ? target.typmod() : -1;
                    value = target.type().fromText((String) c.value(), inputTypmod);
                } catch (PgException e) {
                    throw e.withPositionIfAbsent(position + 1);
                }
                DataType untyped = DataType.of(target.type());
                if (target.typmod() < 0) {
                    return new Constant(target, value);
                }
                return coerced(new Constant(untyped, value), target, context, params, position);
            }
            if (expr instanceof ParamValue p) {
                int index = paramIndex(p);
                params.resolve(index, target);
                BoundExpr param = new ParamValue(DataType.of(target.type()), index - 1);
                return target.typmod() < 0 ? param : coerced(param, target, context, params, position);
            }
        }
        Cast cast = Casts.find(source, target, context);
        if (cast == null) {
            return null;
        }
        if (expr instanceof Constant c) {
            // folded now; like PostgreSQL's run-time cast errors, these carry no position
            return new Constant(cast.target(), c.value() == null ? null : cast.apply(c.value()));
        }
        return new CastCall(cast, expr);
    }

    /** Coerces or raises 42804 as PostgreSQL does for a typed position ("argument of WHERE ..."). */
    static BoundExpr coerce(BoundExpr expr, DataType target, CastContext context, ParameterTypes params,
            int position) {
        BoundExpr result = tryCoerce(expr, target, context, params, position);
        if (result == null) {
            throw new PgException(SqlState.CANNOT_COERCE, "cannot cast type %s to %s",
                    expr.type().baseName(), target.baseName()).withPosition(position + 1);
        }
        return result;
    }

    /** WHERE, HAVING, CASE WHEN, AND/OR/NOT arguments must be boolean. */
    static BoundExpr toBoolean(BoundExpr expr, String construct, ParameterTypes params, int position) {
        if (expr.type().type() == Types.BOOL) {
            return expr;
        }
        if (expr.type().type() == Types.UNKNOWN) {
            return coerce(expr, DataType.of(Types.BOOL), CastContext.IMPLICIT, params, position);
        }
        throw new PgException(SqlState.DATATYPE_MISMATCH, "argument of %s must be type boolean, not type %s",
                construct, expr.type().baseName()).withPosition(position + 1);
    }


    /**
     * PostgreSQL's select_common_type for CASE, COALESCE, VALUES columns, UNION: all unknown gives
     * text; numbers widen (int2 < int4 < int8 < numeric < float4 < float8); otherwise the first
     * known type, to which the others must convert implicitly.
     */
    static DataType commonType(List<BoundExpr> exprs, String construct, int position) {
        DataType result = null;
        for (BoundExpr e : exprs) {
            DataType t = e.type();
            if (t.type() == Types.UNKNOWN) {
                continue;
            }
            if (result == null) {
                result = DataType.of(t.type());
            } else if (result.type() != t.type() && !bothRecords(result.type(), t.type())) {
                int a = numericRank(result.type());
                int b = numericRank(t.type());
                if (a >= 0 && b >= 0) {
                    if (b > a) {
                        result = DataType.of(t.type());
                    }
                } else if (Casts.find(t, result, CastContext.IMPLICIT) == null) {
                    if (Casts.find(result, t, CastContext.IMPLICIT) != null) {
                        result = DataType.of(t.type());
                    } else {
                        throw new PgException(SqlState.DATATYPE_MISMATCH, "%s types %s and %s cannot be matched",
                                construct, result.baseName(), t.baseName()).withPosition(position + 1);
                    }
                }
            }
        }
        return result == null ? DataType.of(Types.TEXT) : result;
    }

    /** Two anonymous record types, or two arrays of them: they match field by field at run time. */
    static boolean bothRecords(PgType a, PgType b) {
        if (a instanceof io.pglitedb.types.ArrayType x && b instanceof io.pglitedb.types.ArrayType y) {
            return x.element() instanceof io.pglitedb.types.RecordType && y.element() instanceof io.pglitedb.types.RecordType;
        }
        return a instanceof io.pglitedb.types.RecordType && b instanceof io.pglitedb.types.RecordType;
    }

    private static int numericRank(PgType t) {
        if (t == Types.INT2) {
            return 0;
        } else if (t == Types.INT4) {
            return 1;
        } else if (t == Types.INT8) {
            return 2;
        } else if (t == Types.NUMERIC) {
            return 3;
        } else if (t == Types.FLOAT4) {
            return 4;
        } else if (t == Types.FLOAT8) {
            return 5;
        }
        return -1;
    }

    private static int paramIndex(ParamValue p) {
        return p.index() + 1;
    }
}
