package io.pglitedb.routines;

import io.pglitedb.exec.ExecContext;
import io.pglitedb.functions.ScalarFunction;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * A function an aggregate calls for each row or at the end (its transition, inverse transition or
 * final function), resolved for one call's argument types: a built-in or a user-defined routine.
 * Strictness is the caller's business: nodeAgg skips a strict transition function's call itself.
 */
public final class SupportCall {
    private final String name;
    private final long oid;
    private final boolean strict;
    private final DataType resultType;
    private final ScalarFunction builtin;
    private final RoutineBody body;

    private SupportCall(String name, long oid, boolean strict, DataType resultType, ScalarFunction builtin,
            RoutineBody body) {
        this.name = name;
        this.oid = oid;
        this.strict = strict;
        this.resultType = resultType;
        this.builtin = builtin;
        this.body = body;
    }

    public static SupportCall builtin(long oid, ScalarFunction function) {
        return new SupportCall(function.name(), oid, function.strict(), function.resultType(), function, null);
    }

    public static SupportCall routine(String name, long oid, boolean strict, DataType resultType, RoutineBody body) {
        return new SupportCall(name, oid, strict, resultType, null, body);
    }

    /** Which function this is (for state sharing): its OID and name. */
    public String identity() {
        return oid + ":" + name;
    }

    public String name() {
        return name;
    }

    public boolean strict() {
        return strict;
    }

    public DataType resultType() {
        return resultType;
    }

    /** Calls the function with these argument values (a statement's parameters carry its ExecContext). */
    public Object call(Object[] args, Object[] params) {
        if (builtin != null) {
            return builtin.apply(args);
        }
        List<Object[]> rows = body.run(args, ExecContext.of(params), false);
        return rows.isEmpty() || rows.get(0).length == 0 ? null : rows.get(0)[0];
    }
}
