package io.pglitedb.routines;

import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * A call of a user-defined LANGUAGE sql function returning one value: the first row's first
 * column of the body's last statement (the whole first row for a function returning a row), NULL
 * when it returns no row. A STRICT function returns NULL
 * without running when an argument is NULL. Never folded: evaluated when the statement runs.
 */
public final class UserFunctionCall extends BoundExpr {
    private final RoutineBody body;
    private final BoundExpr[] args;
    private final boolean strict;
    /** A function returning a row (a composite type, OUT parameters): the first row is the value, as a record. */
    private final boolean returnsRow;

    public UserFunctionCall(DataType type, RoutineBody body, BoundExpr[] args, boolean strict) {
        this(type, body, args, strict, false);
    }

    public UserFunctionCall(DataType type, RoutineBody body, BoundExpr[] args, boolean strict, boolean returnsRow) {
        super(type);
        this.body = body;
        this.args = args;
        this.strict = strict;
        this.returnsRow = returnsRow;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].eval(row, params);
            if (values[i] == null && strict) {
                return null;
            }
        }
        List<Object[]> rows = body.run(values, ExecContext.of(params), false);
        if (type().type() == io.pglitedb.types.Types.VOID) {
            return null;
        }
        if (returnsRow) {
            return rows.isEmpty() ? null : rows.get(0).clone();
        }
        return rows.isEmpty() || rows.get(0).length == 0 ? null : rows.get(0)[0];
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, args);
    }
}
