package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;

/**
 * {@code ROW(a, b, ...)}: a {@link io.pglitedb.types.RecordType} value, one element per field. A
 * range's whole row ({@code t.*} as a value) on the nullable side of outer joins names their
 * null-extension markers (input columns that are null exactly where the join null-extends the
 * range): when one is null the value is NULL, not a row of nulls, as in PostgreSQL.
 */
public final class RowBuild extends BoundExpr {
    private final BoundExpr[] fields;
    /** Input columns of which one is null exactly when the row is a null extension (may be empty). */
    private final int[] nullExtensionMarkers;

    public RowBuild(DataType type, BoundExpr[] fields) {
        this(type, fields, new int[0]);
    }

    public RowBuild(DataType type, BoundExpr[] fields, int[] nullExtensionMarkers) {
        this(type, fields, nullExtensionMarkers, null);
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
    public RowBuild(DataType type, BoundExpr[] fields, int[] nullExtensionMarkers, UntypedField[] untyped) {
        super(type);
        this.fields = fields.clone();
        this.nullExtensionMarkers = nullExtensionMarkers.clone();
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
        for (int marker : nullExtensionMarkers) {
            if (row[marker] == null) {
                return null;
            }
        }
        Object[] value = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            value[i] = fields[i].eval(row, params);
        }
        return value;
    }

    @Override
    public boolean isConstant() {
        if (nullExtensionMarkers.length > 0) {
            return false;
        }
        for (BoundExpr f : fields) {
            if (!f.isConstant()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isRowIndependent() {
        if (nullExtensionMarkers.length > 0) {
            return false;
        }
        for (BoundExpr f : fields) {
            if (!f.isRowIndependent()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        for (int marker : nullExtensionMarkers) {
            out.set(marker);
        }
        return addAll(out, fields);
    }
}
