package io.pglitedb.exec.expr;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.nio.charset.StandardCharsets;

/**
 * {@code typname[0]}: name is a fixed-length array of 64 "char" bytes (raw_array_subscript_handler),
 * zero-based and zero-padded, so a subscript from 0 to 63 gives that byte (the zero byte past the
 * end of the name) and any other subscript NULL, as does more than one subscript. A slice is
 * PostgreSQL's 0A000 when evaluated. pg_dump's isarray test ({@code typname[0] = '_'}) uses it.
 */
public final class NameSubscript extends BoundExpr {
    /** NAMEDATALEN. */
    private static final int LENGTH = 64;
    private final BoundExpr base;
    private final BoundExpr[] subscripts;
    private final boolean slice;

    public NameSubscript(BoundExpr base, BoundExpr[] subscripts, boolean slice) {
        super(DataType.of(slice ? Types.NAME : Types.CHAR));
        this.base = base;
        this.subscripts = subscripts;
        this.slice = slice;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        Object v = base.eval(row, params);
        if (v == null) {
            return null;
        }
        if (slice) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "slices of fixed-length arrays not implemented");
        }
        Integer at = null;
        for (BoundExpr s : subscripts) {
            Object i = s.eval(row, params);
            if (i == null) {
                return null;
            }
            at = (Integer) i;
        }
        if (subscripts.length != 1 || at < 0 || at >= LENGTH) {
            return null;
        }
        byte[] bytes = ((String) v).getBytes(StandardCharsets.UTF_8);
        return at < bytes.length && bytes[at] != 0 ? String.valueOf((char) (bytes[at] & 0xFF)) : "";
    }

    @Override
    public boolean isRowIndependent() {
        if (!base.isRowIndependent()) {
            return false;
        }
        for (BoundExpr s : subscripts) {
            if (!s.isRowIndependent()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean addColumns(java.util.BitSet out) {
        return addAll(out, base) && addAll(out, subscripts);
    }
}
