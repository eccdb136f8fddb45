package io.pglitedb.exec;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.plan.ConflictAction;
import io.pglitedb.sql.plan.InsertPlan;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.DataType;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * INSERT ... ON CONFLICT, one proposed row at a time. Each arbiter's key (the primary key, or
 * the unique index entry) is locked before it is looked at, as a plain insert locks it, so a
 * concurrent upsert of the same key waits for this transaction and then sees its row: racing
 * upserts never fail with 23505 (atomic, as PostgreSQL's speculative insertion). A conflicting
 * row is locked, then left alone (DO NOTHING) or updated through the same row update as UPDATE
 * (constraints, indexes, foreign keys).
 */
final class Upserts {
    private Upserts() {
    }

    /** @return the row stored (inserted or updated), or null when nothing was written */
    static Object[] insertOrUpdate(InsertPlan plan, DataType[] types, int[] pk, Object[] row,
            Set<ByteBuffer> touched, ExecContext context) {
        ConflictAction action = plan.onConflict();
        TableDescriptor table = plan.table();
        Transaction txn = context.transaction();
        plan.checks().computeGenerated(row, context.params()); // a generated column may be in the conflict key
        byte[] conflictKey = null;
        if (action.primaryKey() && pk.length > 0) {
            byte[] key = RowKeys.primaryKey(context.databaseOid(), table, pk, types, row);
            if (!hasNull(pk, row) && txn.lockForUpdate(key) != null) {
                conflictKey = key;
            }
        }
        if (conflictKey == null) {
            for (IndexDescriptor index : action.indexes()) {
                IndexDescriptor layout = index;
                DataType[] keyTypes = types;
                Object[] keyRow = row;
                if (index.hasExpressionsOrPredicate()) {
                    IndexKeys.Keyed k = IndexKeys.keyed(table, index, types, row, context);
                    if (k == null) {
                        continue; // outside a partial index's predicate: no conflict there
                    }
                    layout = k.index();
                    keyTypes = k.types();
                    keyRow = k.row();
                }
                if (IndexMaintenance.hasNull(layout, keyRow)) {
                    continue;
                }
                byte[] suffix = txn.lockForUpdate(IndexMaintenance.entryPrefix(context.databaseOid(), layout, keyTypes,
                        keyRow));
                if (suffix != null) {
                    byte[] prefix = RowKeys.tablePrefix(context.databaseOid(), table);
                    conflictKey = new byte[prefix.length + suffix.length];
                    System.arraycopy(prefix, 0, conflictKey, 0, prefix.length);
                    System.arraycopy(suffix, 0, conflictKey, prefix.length, suffix.length);
                    break;
                }
            }
        }
        if (conflictKey == null) {
            byte[] key = DmlExecutor.insertRow(plan.checks(), types, pk, row, context);
            touched.add(ByteBuffer.wrap(key));
            return row;
        }
        if (action.doNothing()) {
            return null;
        }
        if (touched.contains(ByteBuffer.wrap(conflictKey))) {
            throw new PgException(SqlState.CARDINALITY_VIOLATION,
                    "ON CONFLICT DO UPDATE command cannot affect row a second time")
                    .withHint("Ensure that no rows proposed for insertion within the same command have duplicate "
                            + "constrained values.");
        }
        byte[] value = txn.lockForUpdate(conflictKey);
        if (value == null) {
            // the conflicting row went away while we waited: insert after all
            byte[] key = DmlExecutor.insertRow(plan.checks(), types, pk, row, context);
            touched.add(ByteBuffer.wrap(key));
            return row;
        }
        Object[] existing = RowCodec.decode(types, value);
        Object[] combined = new Object[types.length * 2];
        System.arraycopy(existing, 0, combined, 0, types.length);
        System.arraycopy(row, 0, combined, types.length, types.length);
        if (action.where() != null && !Boolean.TRUE.equals(action.where().eval(combined, context.params()))) {
            return null;
        }
        Object[] updated = new Object[types.length];
        for (int i = 0; i < updated.length; i++) {
            updated[i] = action.updateRow()[i].eval(combined, context.params());
        }
        byte[] newKey = DmlExecutor.updateRow(plan.checks(), types, conflictKey, existing, updated, context);
        touched.add(ByteBuffer.wrap(newKey));
        return updated;
    }

    private static boolean hasNull(int[] columns, Object[] row) {
        for (int c : columns) {
            if (row[c] == null) {
                return true;
            }
        }
        return false;
    }
}
