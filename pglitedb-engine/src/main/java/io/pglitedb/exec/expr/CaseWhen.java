package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;

/** Searched CASE: the first condition that is true picks its result; else the ELSE value or null. */
public final class CaseWhen extends BoundExpr {
    private final BoundExpr[] conditions;
    private final BoundExpr[] results;
    private final BoundExpr otherwise;

    public CaseWhen(DataType type, BoundExpr[] conditions, BoundExpr[] results, BoundExpr otherwise) {
        super(type);
        this.conditions = conditions;
        this.results = results;
        this.otherwise = otherwise;
    }

    public BoundExpr[] conditions() {
        return conditions;
    }

    public BoundExpr[] results() {
        return results;
    }

    /** The ELSE value; null when the CASE has none. */
    public BoundExpr otherwise() {
        return otherwise;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        for (int i = 0; i < conditions.length; i++) {
            if (Boolean.TRUE.equals(conditions[i].eval(row, params))) {
                return results[i].eval(row, params);
            }
        }
        return otherwise == null ? null : otherwise.eval(row, params);
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, conditions) && addAll(out, results) && addAll(out, otherwise);
    }

    @Override
    public boolean isParallelSafe() {
        return allParallelSafe(conditions) && allParallelSafe(results) && allParallelSafe(otherwise);
    }
}
