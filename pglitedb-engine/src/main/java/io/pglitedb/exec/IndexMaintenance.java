package io.pglitedb.exec;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps a table's secondary indexes in step with its rows, in the same transaction as the row
 * write (so an index entry is visible exactly when its row is). Every row write of INSERT,
 * UPDATE, DELETE, COPY and ALTER TABLE goes through here.
 *
 * <p>An entry is {@code [db][index oid][index columns][row key suffix]} -&gt; row key suffix,
 * where the suffix is the row's key without its {@code [db][storage id]} prefix
 * ({@link io.pglitedb.catalog.IndexDescriptor}). A unique index's entry for values without NULLs
 * is only {@code [db][index oid][index columns]} -&gt; suffix: there is at most one, so a
 * uniqueness check is a point read. Either way the value names the row.
 *
 * <p>Uniqueness, as PostgreSQL's _bt_check_unique: before a unique index gets an entry for
 * values without NULLs, the writer locks that entry's key and reads its newest version
 * ({@link Transaction#lockForUpdate}: own write, else latest committed). A concurrent inserter
 * of the same values holds that lock until it commits or rolls back, so the second waits, then
 * sees the first's entry (23505) or none. Writers that remove an entry of a unique index
 * (DELETE, UPDATE of the columns) take the same lock, so an insert of the value a concurrent
 * DELETE frees waits for that DELETE's outcome too.
 */
public final class IndexMaintenance {
    private IndexMaintenance() {
    }

    /** The row key without its {@code [db][table]} prefix. */
    static byte[] rowSuffix(byte[] rowKey) {
        return Arrays.copyOfRange(rowKey, 8, rowKey.length);
    }

    /** {@code [db][index][index columns]}: the part of an entry that unique indexes keep unique. */
    public static byte[] entryPrefix(int databaseOid, IndexDescriptor index, DataType[] types, Object[] row) {
        KeyEncoder key = new KeyEncoder().addInt(databaseOid).addInt(index.oid());
        for (int i = 0; i < index.columnCount(); i++) {
            int c = index.column(i);
            key.add(types[c], row[c], index.isDescending(i), index.isNullsFirst(i));
        }
        return key.toBytes();
    }

    public static byte[] indexPrefix(int databaseOid, IndexDescriptor index) {
        return new KeyEncoder().addInt(databaseOid).addInt(index.oid()).toBytes();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The entry's key: the prefix alone for a unique index and values without NULLs, else prefix + suffix. */
    static byte[] entryKey(IndexDescriptor index, byte[] prefix, byte[] suffix, Object[] row) {
        return index.immediateUnique() && !hasNull(index, row) ? prefix : concat(prefix, suffix);
    }

    /** Whether the key values hold a NULL that makes them distinct from every other (never under NULLS NOT DISTINCT). */
    static boolean hasNull(IndexDescriptor index, Object[] row) {
        if (index.nullsNotDistinct()) {
            return false;
        }
        for (int i = 0; i < index.columnCount(); i++) {
            if (row[index.column(i)] == null) {
                return true;
            }
        }
        return false;
    }

    /** Adds the entries of a new row, checking unique indexes. */
    public static void insert(TableDescriptor table, DataType[] types, byte[] rowKey, Object[] row,
            ExecContext context) {
        List<IndexDescriptor> indexes = table.indexes();
        if (indexes.isEmpty()) {
            return;
        }
        byte[] suffix = rowSuffix(rowKey);
        for (IndexDescriptor index : indexes) {
            if (index.hasExpressionsOrPredicate()) {
                IndexKeys.Keyed k = IndexKeys.keyed(table, index, types, row, context);
                if (k != null) {
                    addEntry(table, index, k, suffix, context);
                }
                continue;
            }
            addEntry(table, index, types, row, suffix, context);
        }
    }

    /** Removes the entries of a deleted row. */
    public static void delete(TableDescriptor table, DataType[] types, byte[] rowKey, Object[] row,
            ExecContext context) {
        List<IndexDescriptor> indexes = table.indexes();
        if (indexes.isEmpty()) {
            return;
        }
        byte[] suffix = rowSuffix(rowKey);
        Transaction txn = context.transaction();
        for (IndexDescriptor index : indexes) {
            if (index.hasExpressionsOrPredicate()) {
                IndexKeys.Keyed k = IndexKeys.keyed(table, index, types, row, context);
                if (k != null) {
                    deleteEntry(k.index(), k.types(), k.row(), suffix, context);
                }
                continue;
            }
            deleteEntry(index, types, row, suffix, context);
        }
    }

    private static void deleteEntry(IndexDescriptor index, DataType[] types, Object[] row, byte[] suffix,
            ExecContext context) {
        Transaction txn = context.transaction();
        byte[] prefix = entryPrefix(context.databaseOid(), index, types, row);
        if (index.unique() && !hasNull(index, row)) {
            txn.lockForUpdate(prefix);
        }
        txn.delete(entryKey(index, prefix, suffix, row));
    }

    /** Moves the entries of an updated row whose index columns or key changed. */
    public static void update(TableDescriptor table, DataType[] types, byte[] oldKey, Object[] oldRow, byte[] newKey,
            Object[] newRow, ExecContext context) {
        List<IndexDescriptor> indexes = table.indexes();
        if (indexes.isEmpty()) {
            return;
        }
        byte[] oldSuffix = rowSuffix(oldKey);
        byte[] newSuffix = oldKey == newKey ? oldSuffix : rowSuffix(newKey);
        boolean keyMoved = !Arrays.equals(oldSuffix, newSuffix);
        Transaction txn = context.transaction();
        for (IndexDescriptor index : indexes) {
            if (index.hasExpressionsOrPredicate()) {
                IndexKeys.Keyed oldK = IndexKeys.keyed(table, index, types, oldRow, context);
                IndexKeys.Keyed newK = IndexKeys.keyed(table, index, types, newRow, context);
                if (oldK != null && newK != null) {
                    moveEntry(table, index, oldK, newK, oldSuffix, newSuffix, keyMoved, context);
                } else if (oldK != null) {
                    deleteEntry(oldK.index(), oldK.types(), oldK.row(), oldSuffix, context);
                } else if (newK != null) {
                    addEntry(table, index, newK, newSuffix, context);
                }
                continue;
            }
            byte[] oldPrefix = entryPrefix(context.databaseOid(), index, types, oldRow);
            byte[] newPrefix = entryPrefix(context.databaseOid(), index, types, newRow);
            boolean valuesChanged = !Arrays.equals(oldPrefix, newPrefix);
            if (!valuesChanged && !keyMoved) {
                continue;
            }
            if (valuesChanged && index.unique() && !hasNull(index, oldRow)) {
                txn.lockForUpdate(oldPrefix);
            }
            txn.delete(entryKey(index, oldPrefix, oldSuffix, oldRow));
            if (valuesChanged) {
                addEntry(table, index, types, newRow, newSuffix, context);
            } else {
                txn.put(entryKey(index, newPrefix, newSuffix, newRow), newSuffix);
            }
        }
    }

    /** The update of an expression or partial index whose old and new row both have an entry. */
    private static void moveEntry(TableDescriptor table, IndexDescriptor index, IndexKeys.Keyed oldK,
            IndexKeys.Keyed newK, byte[] oldSuffix, byte[] newSuffix, boolean keyMoved, ExecContext context) {
        IndexDescriptor positional = oldK.index();
        byte[] oldPrefix = entryPrefix(context.databaseOid(), positional, oldK.types(), oldK.row());
        byte[] newPrefix = entryPrefix(context.databaseOid(), positional, newK.types(), newK.row());
        boolean valuesChanged = !Arrays.equals(oldPrefix, newPrefix);
        if (!valuesChanged && !keyMoved) {
            return;
        }
        Transaction txn = context.transaction();
        if (valuesChanged && index.unique() && !hasNull(positional, oldK.row())) {
            txn.lockForUpdate(oldPrefix);
        }
        txn.delete(entryKey(positional, oldPrefix, oldSuffix, oldK.row()));
        if (valuesChanged) {
            addEntry(table, index, newK, newSuffix, context);
        } else {
            txn.put(entryKey(positional, newPrefix, newSuffix, newK.row()), newSuffix);
        }
    }

    /** Adds the entry of an expression or partial index's key row (23505 naming the expressions). */
    private static void addEntry(TableDescriptor table, IndexDescriptor index, IndexKeys.Keyed k, byte[] suffix,
            ExecContext context) {
        addEntry(table, index, k, k.index(), k.types(), k.row(), suffix, context);
    }

    private static void addEntry(TableDescriptor table, IndexDescriptor index, DataType[] types, Object[] row,
            byte[] suffix, ExecContext context) {
        addEntry(table, index, null, index, types, row, suffix, context);
    }

    /** @param keyed the key row of an expression or partial index ({@code index}: its positional descriptor), else null */
    private static void addEntry(TableDescriptor table, IndexDescriptor original, IndexKeys.Keyed keyed,
            IndexDescriptor index, DataType[] types, Object[] row, byte[] suffix, ExecContext context) {
        Transaction txn = context.transaction();
        byte[] prefix = entryPrefix(context.databaseOid(), index, types, row);
        if (index.immediateUnique() && !hasNull(index, row)) {
            byte[] existing = txn.lockForUpdate(prefix);
            if (existing != null && !Arrays.equals(existing, suffix)) {
                if (keyed != null) {
                    throw new PgException(SqlState.UNIQUE_VIOLATION,
                            "duplicate key value violates unique constraint \"%s\"", index.name())
                            .withDetail("Key " + IndexKeys.keyText(table, original, keyed, context) + " already exists.")
                            .withTable(table.schema(), table.name())
                            .withConstraint(index.name());
                }
                throw duplicate(table, index, types, row);
            }
            txn.put(prefix, suffix);
            return;
        }
        txn.put(concat(prefix, suffix), suffix);
        if (index.unique() && !hasNull(index, row)) { // deferrable: checked at the end of the statement or at commit
            txn.lockForUpdate(prefix);
            DeferredConstraints deferred = DeferredConstraints.of(context);
            if (deferred != null) {
                deferred.queueUnique(table, index, prefix, row);
            } else {
                DeferredConstraints.checkUnique(table, index, prefix, row, context);
            }
        }
    }

    public static PgException duplicate(TableDescriptor table, IndexDescriptor index, DataType[] types, Object[] row) {
        return new PgException(SqlState.UNIQUE_VIOLATION, "duplicate key value violates unique constraint \"%s\"",
                index.name())
                .withDetail("Key " + DmlExecutor.keyText(table, index.columns(), types, row) + " already exists.")
                .withTable(table.schema(), table.name())
                .withConstraint(index.name());
    }
}
