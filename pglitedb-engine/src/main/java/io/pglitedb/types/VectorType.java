package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * int2vector (22) and oidvector (30): the one-dimensional, zero-based, NULL-free arrays the
 * catalogs use (pg_index.indkey, pg_proc.proargtypes). Values are {@link ArrayValue}s with lower
 * bound 0; text is the elements separated by single spaces ({@code 1 2}); binary is array_send's.
 * They subscript and cast (to int2[] / oid[]) as arrays do.
 */
public final class VectorType extends ArrayType {
    VectorType(int oid, String name, PgType element) {
        super(oid, name, element);
    }

    @Override
    public String toText(Object value, int typmod) {
        ArrayValue a = (ArrayValue) value;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(element().toText(a.element(i), -1));
        }
        return out.toString();
    }

    @Override
    public Object fromText(String text, int typmod) {
        List<Object> items = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && PgTypeSupport.isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !PgTypeSupport.isSpace(text.charAt(i))) {
                i++;
            }
            items.add(element().fromText(text.substring(start, i), -1));
        }
        return of(items.toArray());
    }

    /** A vector of these elements (zero-based). */
    public static ArrayValue of(Object... elements) {
        if (elements.length == 0) {
            return ArrayValue.EMPTY;
        }
        return ArrayValue.of(new int[] {elements.length}, new int[] {0}, elements);
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        ArrayValue a = (ArrayValue) super.fromBinary(bytes, typmod);
        if (a.size() > 0 && (a.ndim() != 1 || a.lowerBound(0) != 0 || a.hasNulls())) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid %s data", name());
        }
        return a;
    }
}
