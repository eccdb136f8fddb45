package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.KeyLookup;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.WaitPolicy;
import io.pglitedb.types.DataType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Point reads by primary key, one per key tuple (duplicate tuples read once). */
final class KeyLookupIterator implements RowIterator, KeyedRows {
    private static final Object[] EMPTY = new Object[0];
    private final TableDescriptor table;
    private final List<BoundExpr[]> keys;
    private final BoundExpr filter;
    private final boolean[] columns;
    private final ExecContext context;
    private final DataType[] types;
    private final DataType[] keyTypes;
    private final Set<ByteArray> seen = new HashSet<>();
    private int next;
    private byte[] currentKey;
    private byte[] currentValue;

    KeyLookupIterator(KeyLookup lookup, ExecContext context) {
        this.table = lookup.table();
        context.transaction().lockTable(context.databaseOid(), table.oid(), LockMode.ACCESS_SHARE, WaitPolicy.BLOCK);
        this.keys = lookup.keys();
        this.filter = lookup.filter();
        this.columns = lookup.columns();
        this.context = context;
        this.types = table.columnTypes();
        int[] pk = table.primaryKey();
        this.keyTypes = new DataType[pk.length];
        for (int i = 0; i < pk.length; i++) {
            keyTypes[i] = types[pk[i]];
        }
    }

    @Override
    public Object[] next() {
        while (next < keys.size()) {
            BoundExpr[] tuple = keys.get(next++);
            Object[] values = new Object[tuple.length];
            boolean hasNull = false;
            for (int i = 0; i < tuple.length; i++) {
                values[i] = tuple[i].eval(EMPTY, context.params());
                hasNull |= values[i] == null;
            }
            if (hasNull) {
                continue; // pk = NULL matches nothing
            }
            byte[] key = RowKeys.primaryKeyFromValues(context.databaseOid(), table, keyTypes, values);
            if (keys.size() > 1 && !seen.add(new ByteArray(key))) {
                continue;
            }
            byte[] value = context.transaction().get(key);
            if (value == null) {
                continue;
            }
            Object[] row = RowCodec.decode(types, value, columns);
            if (filter == null || Boolean.TRUE.equals(filter.eval(row, context.params()))) {
                currentKey = key;
                currentValue = value;
                return row;
            }
        }
        return null;
    }

    @Override
    public byte[] currentKey() {
        return currentKey;
    }

    @Override
    public byte[] currentValue() {
        return currentValue;
    }

    /** byte[] with value equality, for the set of keys already read. */
    private record ByteArray(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ByteArray other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }
}
