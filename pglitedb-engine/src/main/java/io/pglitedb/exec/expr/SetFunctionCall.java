package io.pglitedb.exec.expr;

import io.pglitedb.functions.TableFunction;
import java.util.Iterator;

/**
 * A set-returning function in a SELECT list ({@code SELECT jsonb_array_elements(j) FROM t}): only a
 * ProjectSet evaluates it, one output row per value ({@link #rows}); it has no single value.
 */
public final class SetFunctionCall extends BoundExpr {
    private final TableFunction function;
    private final BoundExpr[] args;
    /** The result column this call gives, or -1 for the whole result row as a record. */
    private final int column;

    public SetFunctionCall(TableFunction function, BoundExpr[] args) {
        this(function, args, 0, function.columnTypes().get(0));
    }

    /**
     * A call giving one result column ({@code (f(x)).n}), or with {@code column} -1 each whole
     * result row as a value of {@code type}, a {@link io.pglitedb.types.RecordType}.
     */
    public SetFunctionCall(TableFunction function, BoundExpr[] args, int column, io.pglitedb.types.DataType type) {
        super(type);
        this.function = function;
        this.args = args;
        this.column = column;
    }

    /** The same call giving result column {@code index} of type {@code type}. */
    public SetFunctionCall withColumn(int index, io.pglitedb.types.DataType type) {
        return new SetFunctionCall(function, args, index, type);
    }

    /** This call's value for one of the function's result rows. */
    public Object value(Object[] functionRow) {
        return column < 0 ? functionRow.clone() : functionRow[column];
    }

    /** The function's arguments (EXPLAIN prints the call). */
    public BoundExpr[] args() {
        return args;
    }

    public TableFunction function() {
        return function;
    }

    /** The function's result rows for the current input row ({@link #value} picks this call's value). */
    public Iterator<Object[]> rows(Object[] row, Object[] params) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].eval(row, params);
        }
        return function.rows(values, io.pglitedb.exec.ExecContext.of(params));
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        throw new IllegalStateException("set-returning function " + function.name() + " evaluated outside ProjectSet");
    }
}
