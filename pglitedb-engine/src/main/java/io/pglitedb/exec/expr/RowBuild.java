package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;

/** {@code ROW(a, b, ...)}: a {@link io.pglitedb.types.RecordType} value, one element per field. */
public final class RowBuild extends BoundExpr {
    private final BoundExpr[] fields;

    public RowBuild(DataType type, BoundExpr[] fields) {
        super(type);
        this.fields = fields.clone();
    }

    /** The field expressions (a copy). */
    public BoundExpr[] fields() {
        return fields.clone();
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object[] value = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            value[i] = fields[i].eval(row, params);
        }
        return value;
    }

    @Override
    public boolean isConstant() {
        for (BoundExpr f : fields) {
            if (!f.isConstant()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isRowIndependent() {
        for (BoundExpr f : fields) {
            if (!f.isRowIndependent()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, fields);
    }
}
