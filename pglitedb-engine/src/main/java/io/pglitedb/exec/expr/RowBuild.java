package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;

/**
 * {@code ROW(a, b, ...)}: a {@link io.pglitedb.types.RecordType} value, one element per field. A
 * table's whole row ({@code t.*} as a value) may name a NOT NULL column: when that field is null,
 * the row is the null-extended side of an outer join, and the value is NULL, not a row of nulls.
 */
public final class RowBuild extends BoundExpr {
    private final BoundExpr[] fields;
    /** The field that is null only in a null-extended row, or -1. */
    private final int nullExtendedWhenNull;

    public RowBuild(DataType type, BoundExpr[] fields) {
        this(type, fields, -1);
    }

    public RowBuild(DataType type, BoundExpr[] fields, int nullExtendedWhenNull) {
        this(type, fields, nullExtendedWhenNull, null);
    }

    /**
     * A field of {@code ROW(...)} written as an untyped literal: the literal as it was before the
     * record typed it text, and its 0-based position. A cast of the row to a composite type reads
     * it with the attribute type's input function, as PostgreSQL keeps such fields unknown.
     */
    public record UntypedField(BoundExpr literal, int position) {
    }

    private final UntypedField[] untyped;

    /** @param untyped per field, its untyped literal or null; null when there is none */
    public RowBuild(DataType type, BoundExpr[] fields, int nullExtendedWhenNull, UntypedField[] untyped) {
        super(type);
        this.fields = fields.clone();
        this.nullExtendedWhenNull = nullExtendedWhenNull;
        this.untyped = untyped == null ? null : untyped.clone();
    }

    /** The untyped literal field {@code i} was written as, or null. */
    public UntypedField untyped(int i) {
        return untyped == null ? null : untyped[i];
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
        return nullExtendedWhenNull >= 0 && value[nullExtendedWhenNull] == null ? null : value;
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
