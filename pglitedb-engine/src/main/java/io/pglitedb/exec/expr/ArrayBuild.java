package io.pglitedb.exec.expr;

import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ARRAY[a, b, ...]}: a one-dimensional array of the element values, or, when the elements
 * are themselves arrays ({@code ARRAY[[1,2],[3,4]]}), one more dimension over them.
 */
public final class ArrayBuild extends BoundExpr {
    private final BoundExpr[] elements;
    private final boolean nested;

    public ArrayBuild(DataType type, BoundExpr[] elements, boolean nested) {
        super(type);
        this.elements = elements;
        this.nested = nested;
    }

    public BoundExpr[] elements() {
        return elements;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        if (!nested) {
            Object[] values = new Object[elements.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = elements[i].eval(row, params);
            }
            return ArrayValue.of(values);
        }
        List<ArrayValue> parts = new ArrayList<>(elements.length);
        for (BoundExpr e : elements) {
            parts.add((ArrayValue) e.eval(row, params));
        }
        return ArrayValue.stack(parts);
    }

    @Override
    public boolean isRowIndependent() {
        for (BoundExpr e : elements) {
            if (!e.isRowIndependent()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, elements);
    }
}
