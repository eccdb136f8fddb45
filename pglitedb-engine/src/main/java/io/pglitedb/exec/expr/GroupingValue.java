package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;

/**
 * {@code GROUPING(a, b, ...)} over a grouping-sets aggregate's row: bit (n-1-j) is set when
 * argument j's group key is not in the row's grouping set (read from the mask column).
 */
public final class GroupingValue extends BoundExpr {
    private final int maskColumn;
    private final int[] keys;

    public GroupingValue(int maskColumn, int[] keys) {
        super(DataType.of(Types.INT4));
        this.maskColumn = maskColumn;
        this.keys = keys.clone();
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        int mask = (Integer) row[maskColumn];
        int result = 0;
        for (int key : keys) {
            result = (result << 1) | ((mask >>> key) & 1);
        }
        return result;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        out.set(maskColumn);
        return true;
    }
}
