package io.pglitedb.exec.expr;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.nio.charset.StandardCharsets;

/**
 * {@code typname[0]}: name is a fixed-length array of 64 "char" bytes (raw_array_subscript_handler),
 * zero-based and zero-padded, so a subscript from 0 to 63 gives that byte (the zero byte past the
 * end of the name) and any other subscript NULL, as does more than one subscript. A slice is
 * PostgreSQL's 0A000 when evaluated. pg_dump's isarray test ({@code typname[0] = '_'}) uses it.
 */
public final class NameSubscript extends FixedLengthSubscript {
    /** NAMEDATALEN. */
    private static final int LENGTH = 64;

    public NameSubscript(BoundExpr base, BoundExpr[] subscripts, boolean slice) {
        super(DataType.of(slice ? Types.NAME : Types.CHAR), base, subscripts, slice);
    }

    @Override
    int length() {
        return LENGTH;
    }

    @Override
    Object element(Object value, int index) {
        byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
        return index < bytes.length && bytes[index] != 0 ? String.valueOf((char) (bytes[index] & 0xFF)) : "";
    }
}
