package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;

/** {@code (row).field}: one field of a {@link io.pglitedb.types.RecordType} value (NULL of a NULL row). */
public final class FieldValue extends BoundExpr {
    private final BoundExpr row;
    private final int field;

    public FieldValue(DataType type, BoundExpr row, int field) {
        super(type);
        this.row = row;
        this.field = field;
    }

    /** The row the field is read from. */
    public BoundExpr row() {
        return row;
    }

    public int field() {
        return field;
    }

    @Override
    public Object eval(Object[] input, Object[] params) {
        Object[] value = (Object[]) row.eval(input, params);
        return value == null ? null : value[field];
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return row.addColumns(out);
    }

    @Override
    public boolean isConstant() {
        return row.isConstant();
    }

    @Override
    public boolean isRowIndependent() {
        return row.isRowIndependent();
    }
}
