package io.pglitedb.exec;

import io.pglitedb.catalog.ForeignKey;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.plan.RowChecks;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Foreign key enforcement, row by row (PostgreSQL's RI triggers, checked immediately).
 *
 * <p>Locking: a referencing row's check locks the referenced row (its primary key, or the
 * unique index key it is found by) before it looks for it in the latest committed state; a
 * DELETE or key UPDATE of the referenced row holds the same lock (the row lock, or
 * {@link IndexMaintenance}'s unique key lock) while it looks for referencing rows. So a
 * concurrent delete of the referenced row and insert of a referencing row serialise, and the
 * second sees the first's outcome: they cannot both succeed. (PostgreSQL takes a shared KEY
 * SHARE lock; ours is exclusive, so inserts referencing one row queue behind each other.)
 */
final class ForeignKeys {
    private ForeignKeys() {
    }

    /**
     * After a row of the referencing table was stored under {@code key}: each foreign key whose
     * columns changed must find its row; a deferrable one's check is queued instead
     * ({@link DeferredConstraints}; {@code key} null: checked at once).
     */
    static void checkReferences(RowChecks checks, DataType[] types, Object[] oldRow, Object[] row, byte[] key,
            ExecContext context) {
        for (RowChecks.Reference ref : checks.references()) {
            int[] cols = ref.key().columns();
            if (oldRow != null && sameValues(types, cols, oldRow, row)) {
                continue;
            }
            DeferredConstraints deferred = ref.key().deferrable() && key != null ? DeferredConstraints.of(context) : null;
            if (deferred != null) {
                deferred.queueReference(ref, key, row);
            } else {
                checkReference(ref, types, row, context);
            }
        }
    }

    /** The referencing row {@code row} must find its referenced row (23503). */
    static void checkReference(RowChecks.Reference ref, DataType[] types, Object[] row, ExecContext context) {
        ForeignKey fk = ref.key();
        int[] cols = fk.columns();
        int nulls = 0;
        for (int c : cols) {
            if (row[c] == null) {
                nulls++;
            }
        }
        if (nulls == cols.length || (nulls > 0 && !fk.matchFull())) {
            return;
        }
        TableDescriptor table = ref.referencing();
        if (nulls > 0) {
            throw new PgException(SqlState.FOREIGN_KEY_VIOLATION,
                    "insert or update on table \"%s\" violates foreign key constraint \"%s\"", table.name(),
                    fk.name())
                    .withDetail("MATCH FULL does not allow mixing of null and nonnull key values.")
                    .withTable(table.schema(), table.name()).withConstraint(fk.name());
        }
        if (!referencedRowExists(ref, types, row, context)) {
            throw new PgException(SqlState.FOREIGN_KEY_VIOLATION,
                    "insert or update on table \"%s\" violates foreign key constraint \"%s\"", table.name(),
                    fk.name())
                    .withDetail("Key " + keyText(table, cols, types, row) + " is not present in table \""
                            + ref.referenced().name() + "\".")
                    .withTable(table.schema(), table.name()).withConstraint(fk.name());
        }
    }

    /**
     * A deferred NO ACTION check: the referenced key {@code oldRow} had is gone; unless a row with
     * that key exists again, no referencing row may still use it (23503).
     */
    static void checkStillReferenced(RowChecks.Reference ref, DataType[] types, Object[] oldRow,
            ExecContext context) {
        ForeignKey fk = ref.key();
        int[] refCols = fk.referencedColumns();
        TableDescriptor referenced = ref.referenced();
        Transaction txn = context.transaction();
        int[] pk = referenced.primaryKey();
        if (sameSet(pk, refCols)) {
            if (txn.lockForUpdate(RowKeys.primaryKey(context.databaseOid(), referenced, pk, types, oldRow)) != null) {
                return;
            }
        } else {
            for (IndexDescriptor index : referenced.indexes()) {
                if (index.immediateUnique() && !index.hasExpressionsOrPredicate() && sameSet(index.columns(), refCols)) {
                    if (txn.lockForUpdate(IndexMaintenance.entryPrefix(context.databaseOid(), index, types, oldRow))
                            != null) {
                        return;
                    }
                    break;
                }
            }
        }
        TableDescriptor child = ref.referencing();
        DataType[] childTypes = child.columnTypes();
        int[] cols = fk.columns();
        for (byte[] key : referencingRows(child, childTypes, cols, types, refCols, oldRow, context)) {
            byte[] value = txn.lockForUpdate(key);
            if (value != null && matches(childTypes, cols, RowCodec.decode(childTypes, value), types, refCols, oldRow)) {
                throw stillReferenced(ref, types, oldRow);
            }
        }
    }

    /** Locks and looks for the referenced row with the referencing row's key values. */
    private static boolean referencedRowExists(RowChecks.Reference ref, DataType[] types, Object[] row,
            ExecContext context) {
        TableDescriptor referenced = ref.referenced();
        int[] refCols = ref.key().referencedColumns();
        int[] cols = ref.key().columns();
        DataType[] refTypes = referenced.columnTypes();
        Object[] refRow = new Object[refTypes.length];
        for (int i = 0; i < cols.length; i++) {
            refRow[refCols[i]] = convert(row[cols[i]], refTypes[refCols[i]]);
        }
        Transaction txn = context.transaction();
        int[] pk = referenced.primaryKey();
        if (sameSet(pk, refCols)) {
            byte[] key = RowKeys.primaryKey(context.databaseOid(), referenced, pk, refTypes, refRow);
            return txn.lockForUpdate(key) != null;
        }
        for (IndexDescriptor index : referenced.indexes()) {
            if (index.immediateUnique() && !index.hasExpressionsOrPredicate() && sameSet(index.columns(), refCols)) {
                byte[] prefix = IndexMaintenance.entryPrefix(context.databaseOid(), index, refTypes, refRow);
                return txn.lockForUpdate(prefix) != null; // the unique entry (no NULLs here)
            }
        }
        throw new PgException(SqlState.INVALID_FOREIGN_KEY,
                "there is no unique constraint matching given keys for referenced table \"%s\"", referenced.name());
    }

    /**
     * After a referenced row's key columns changed: runs ON UPDATE of every foreign key that
     * references it (NO ACTION / RESTRICT: 23503 if referencing rows exist; CASCADE: they follow;
     * SET NULL / SET DEFAULT).
     */
    static void afterReferencedChange(RowChecks checks, DataType[] types, Object[] oldRow, Object[] newRow,
            ExecContext context) {
        for (RowChecks.Reference ref : checks.referencedBy()) {
            int[] refCols = ref.key().referencedColumns();
            if (sameValues(types, refCols, oldRow, newRow)) {
                continue;
            }
            act(ref, ref.key().onUpdate(), types, oldRow, newRow, false, checks, context);
        }
    }

    /** After a referenced row was deleted: runs ON DELETE of every foreign key that references it. */
    static void afterReferencedDelete(RowChecks checks, DataType[] types, Object[] oldRow, ExecContext context) {
        for (RowChecks.Reference ref : checks.referencedBy()) {
            act(ref, ref.key().onDelete(), types, oldRow, null, true, checks, context);
        }
    }

    private static void act(RowChecks.Reference ref, ForeignKey.Action action, DataType[] types, Object[] oldRow,
            Object[] newRow, boolean delete, RowChecks referencedChecks, ExecContext context) {
        ForeignKey fk = ref.key();
        int[] refCols = fk.referencedColumns();
        for (int c : refCols) {
            if (oldRow[c] == null) {
                return;
            }
        }
        if (action == ForeignKey.Action.NO_ACTION && fk.deferrable()) {
            DeferredConstraints deferred = DeferredConstraints.of(context);
            if (deferred != null) {
                deferred.queueReferenced(ref, types, oldRow);
                return;
            }
        }
        TableDescriptor child = ref.referencing();
        RowChecks childChecks = child.oid() == referencedChecks.table().oid() ? referencedChecks
                : referencedChecks.others().apply(child.oid());
        DataType[] childTypes = child.columnTypes();
        int[] cols = fk.columns();
        List<byte[]> keys = referencingRows(child, childTypes, cols, types, refCols, oldRow, context);
        Transaction txn = context.transaction();
        for (byte[] key : keys) {
            byte[] value = txn.lockForUpdate(key);
            if (value == null) {
                continue;
            }
            Object[] childRow = RowCodec.decode(childTypes, value);
            if (!matches(childTypes, cols, childRow, types, refCols, oldRow)) {
                continue;
            }
            switch (action) {
                case NO_ACTION, RESTRICT -> throw stillReferenced(ref, types, oldRow);
                case CASCADE -> {
                    if (delete) {
                        DmlExecutor.deleteRow(childChecks, childTypes, key, childRow, context);
                    } else {
                        Object[] changed = childRow.clone();
                        for (int i = 0; i < cols.length; i++) {
                            changed[cols[i]] = convert(newRow[refCols[i]], childTypes[cols[i]]);
                        }
                        DmlExecutor.updateRow(childChecks, childTypes, key, childRow, changed, context);
                    }
                }
                case SET_NULL, SET_DEFAULT -> {
                    Object[] changed = childRow.clone();
                    for (int c : cols) {
                        changed[c] = action == ForeignKey.Action.SET_NULL ? null
                                : childChecks.defaults()[c].eval(new Object[0], context.params());
                    }
                    if (action == ForeignKey.Action.SET_DEFAULT && sameValues(childTypes, cols, childRow, changed)) {
                        // the default is the key being removed: the row would still reference it
                        throw stillReferenced(ref, types, oldRow);
                    }
                    DmlExecutor.updateRow(childChecks, childTypes, key, childRow, changed, context);
                }
            }
        }
    }

    private static PgException stillReferenced(RowChecks.Reference ref, DataType[] types, Object[] oldRow) {
        ForeignKey fk = ref.key();
        TableDescriptor child = ref.referencing();
        return new PgException(SqlState.FOREIGN_KEY_VIOLATION,
                "update or delete on table \"%s\" violates foreign key constraint \"%s\" on table \"%s\"",
                ref.referenced().name(), fk.name(), child.name())
                .withDetail("Key " + keyText(ref.referenced(), fk.referencedColumns(), types, oldRow)
                        + " is still referenced from table \"" + child.name() + "\".")
                .withTable(child.schema(), child.name()).withConstraint(fk.name());
    }

    /** Keys of the rows of {@code child} whose columns {@code cols} equal the parent's {@code refCols}, latest state. */
    private static List<byte[]> referencingRows(TableDescriptor child, DataType[] childTypes, int[] cols,
            DataType[] types, int[] refCols, Object[] parentRow, ExecContext context) {
        Object[] probe = new Object[childTypes.length];
        for (int i = 0; i < cols.length; i++) {
            probe[cols[i]] = convert(parentRow[refCols[i]], childTypes[cols[i]]);
        }
        Transaction txn = context.transaction();
        List<byte[]> keys = new ArrayList<>();
        byte[] tablePrefix = RowKeys.tablePrefix(context.databaseOid(), child);
        for (IndexDescriptor index : child.indexes()) {
            if (index.columnCount() >= cols.length && !index.hasExpressionsOrPredicate() && sameSet(Arrays.copyOf(index.columns(), cols.length), cols)) {
                KeyEncoder prefix = new KeyEncoder().addInt(context.databaseOid()).addInt(index.oid());
                for (int i = 0; i < cols.length; i++) {
                    int c = index.column(i);
                    prefix.add(childTypes[c], probe[c], index.isDescending(i), index.isNullsFirst(i));
                }
                byte[] from = prefix.toBytes();
                try (KeyValueIterator it = txn.scanLatest(from, KeyEncoder.prefixEnd(from))) {
                    while (it.next()) {
                        byte[] suffix = it.value();
                        byte[] key = Arrays.copyOf(tablePrefix, tablePrefix.length + suffix.length);
                        System.arraycopy(suffix, 0, key, tablePrefix.length, suffix.length);
                        keys.add(key);
                    }
                }
                return keys;
            }
        }
        try (KeyValueIterator it = txn.scanLatest(tablePrefix, KeyEncoder.prefixEnd(tablePrefix))) {
            while (it.next()) {
                Object[] childRow = RowCodec.decode(childTypes, it.value());
                if (matches(childTypes, cols, childRow, types, refCols, parentRow)) {
                    keys.add(it.key());
                }
            }
        }
        return keys;
    }

    private static boolean matches(DataType[] childTypes, int[] cols, Object[] childRow, DataType[] types,
            int[] refCols, Object[] parentRow) {
        for (int i = 0; i < cols.length; i++) {
            Object v = childRow[cols[i]];
            if (v == null || childTypes[cols[i]].type().compare(v, convert(parentRow[refCols[i]], childTypes[cols[i]]))
                    != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValues(DataType[] types, int[] cols, Object[] a, Object[] b) {
        for (int c : cols) {
            if (a[c] == null || b[c] == null) {
                if (a[c] != b[c]) {
                    return false;
                }
            } else if (types[c].type().compare(a[c], b[c]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A key value as the other side's type: foreign keys may join integer columns of different
     * widths (the definition allows only types that compare with each other).
     */
    static Object convert(Object value, DataType target) {
        if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
            return switch (target.type().oid()) {
                case 21 -> value instanceof Short ? value : (Object) (short) n.longValue();
                case 23 -> value instanceof Integer ? value : (Object) (int) n.longValue();
                case 20 -> value instanceof Long ? value : (Object) n.longValue();
                default -> value;
            };
        }
        return value;
    }

    static boolean sameSet(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            return false;
        }
        int[] x = a.clone();
        int[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    private static String keyText(TableDescriptor table, int[] cols, DataType[] types, Object[] row) {
        return DmlExecutor.keyText(table, cols, types, row);
    }
}
