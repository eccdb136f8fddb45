package io.pglitedb.exec;

import io.pglitedb.sql.plan.SortKey;
import java.util.Comparator;
import java.util.List;

/** Orders rows by sort keys, with NULLS FIRST/LAST as each key says. */
final class RowComparator implements Comparator<Object[]> {
    private final SortKey[] keys;

    RowComparator(List<SortKey> keys) {
        this.keys = keys.toArray(new SortKey[0]);
    }

    @Override
    public int compare(Object[] a, Object[] b) {
        for (SortKey key : keys) {
            Object x = a[key.column()];
            Object y = b[key.column()];
            int c;
            if (x == null || y == null) {
                if (x == y) {
                    continue;
                }
                // nulls compare as larger than everything; NULLS FIRST flips that
                c = x == null ? 1 : -1;
                if (key.nullsFirst()) {
                    c = -c;
                }
                return c;
            }
            c = key.type().type().compare(x, y);
            if (c != 0) {
                return key.descending() ? -c : c;
            }
        }
        return 0;
    }
}
