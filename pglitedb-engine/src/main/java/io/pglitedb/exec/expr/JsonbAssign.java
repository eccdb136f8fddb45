package io.pglitedb.exec.expr;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import io.pglitedb.types.JsonOperations;
import io.pglitedb.types.JsonValue;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The new value of a jsonb column after {@code SET j['a'][0] = x} (jsonb_subscript_assign): a
 * NULL old value starts as {@code []} when the first subscript is an integer, else {@code {}}; a
 * NULL source is JSON null; a NULL subscript is 22004. The path rules are
 * {@link JsonOperations#assign}.
 */
public final class JsonbAssign extends BoundExpr {
    private final BoundExpr base;
    private final BoundExpr[] subscripts;
    private final BoundExpr source;

    public JsonbAssign(BoundExpr base, BoundExpr[] subscripts, BoundExpr source) {
        super(DataType.of(Types.JSONB));
        this.base = base;
        this.subscripts = subscripts;
        this.source = source;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        List<String> path = new ArrayList<>(subscripts.length);
        for (BoundExpr s : subscripts) {
            Object step = s.eval(row, params);
            if (step == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "jsonb subscript in assignment must not be null");
            }
            path.add(step.toString());
        }
        JsonValue old = (JsonValue) base.eval(row, params);
        if (old == null) {
            old = subscripts[0].type().type() == Types.INT4 ? new JsonValue.Arr(List.of())
                    : new JsonValue.Obj(List.of(), List.of());
        }
        JsonValue value = (JsonValue) source.eval(row, params);
        return JsonOperations.assign(old, path, value == null ? JsonValue.Null.INSTANCE : value);
    }

    @Override
    public boolean isRowIndependent() {
        return false;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, base) && addAll(out, subscripts) && addAll(out, source);
    }
}
