package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;
import io.pglitedb.types.JsonOperations;
import io.pglitedb.types.JsonValue;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code jsonb_value['key'][0]}: each subscript (integer or text) one step of a path, as
 * {@code #>} follows it; a missing step or a NULL subscript gives NULL.
 */
public final class JsonbSubscript extends BoundExpr {
    private final BoundExpr base;
    private final BoundExpr[] subscripts;

    public JsonbSubscript(BoundExpr base, BoundExpr[] subscripts) {
        super(DataType.of(Types.JSONB));
        this.base = base;
        this.subscripts = subscripts;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object v = base.eval(row, params);
        if (v == null) {
            return null;
        }
        List<String> path = new ArrayList<>(subscripts.length);
        for (BoundExpr s : subscripts) {
            Object step = s.eval(row, params);
            if (step == null) {
                return null;
            }
            path.add(step.toString());
        }
        return JsonOperations.path((JsonValue) v, path);
    }

    @Override
    public boolean isRowIndependent() {
        return base.isRowIndependent() && allRowIndependent(subscripts);
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, base) && addAll(out, subscripts);
    }
}
