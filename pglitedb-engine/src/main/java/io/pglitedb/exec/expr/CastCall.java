package io.pglitedb.exec.expr;

import io.pglitedb.types.ArrayType;
import io.pglitedb.types.Cast;
import io.pglitedb.types.PgType;
import io.pglitedb.types.RegType;

/** A cast applied to a value; null stays null. */
public final class CastCall extends BoundExpr {
    private final Cast cast;
    private final BoundExpr operand;

    public CastCall(Cast cast, BoundExpr operand) {
        super(cast.target());
        this.cast = cast;
        this.operand = operand;
    }

    public BoundExpr operand() {
        return operand;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object v = operand.eval(row, params);
        return v == null ? null : cast.apply(v);
    }

    @Override
    public boolean isRowIndependent() {
        return operand.isRowIndependent();
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, operand);
    }

    /**
     * Casts between built-in numbers, strings, dates/times, intervals, booleans and bit strings
     * (and arrays of them) are immutable or depend only on the settings a worker inherits
     * (DateStyle, TimeZone, the transaction clock, extra_float_digits), and fail the same way for
     * the same value: a worker may run them. Not casts that read the catalog (regclass and the
     * other OID aliases, enums, composites) or user-defined types.
     */
    @Override
    public boolean isParallelSafe() {
        return operand.isParallelSafe() && plainType(operand.type().type()) && plainType(cast.target().type());
    }

    private static boolean plainType(PgType type) {
        if (type instanceof ArrayType array) {
            return plainType(array.element());
        }
        if (type.oid() >= io.pglitedb.catalog.Catalog.FIRST_USER_OID || type instanceof RegType) {
            return false;
        }
        return switch (type.category()) {
            case NUMERIC, STRING, DATETIME, TIMESPAN, BOOLEAN, BITSTRING -> true;
            default -> false;
        };
    }
}
