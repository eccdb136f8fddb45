package io.pglitedb.exec;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.sql.plan.RowChecks;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The checks of DEFERRABLE constraints that wait (PostgreSQL's queued after-trigger events of
 * its RI triggers and deferred unique checks), and SET CONSTRAINTS state, for one session's
 * transaction.
 *
 * <p>A deferrable constraint's check is queued instead of run: while the constraint is
 * IMMEDIATE it runs at the end of the statement ({@link #afterStatement}), while DEFERRED at
 * COMMIT ({@link #beforeCommit}) or when SET CONSTRAINTS makes it IMMEDIATE again. Each check
 * looks at the transaction's latest state when it runs, so work undone since (a later DELETE,
 * ROLLBACK TO SAVEPOINT) is judged as it ends up, as PostgreSQL's rechecks do: a queued insert
 * check whose row is gone or changed is skipped; a unique key that is duplicated no longer
 * passes. Checks that passed are forgotten.
 */
public final class DeferredConstraints {
    /** SET CONSTRAINTS ALL: null until used in this transaction (each constraint's INITIALLY decides). */
    private Boolean allDeferred;
    /** SET CONSTRAINTS name: by {@link #key}. */
    private final Map<String, Boolean> named = new HashMap<>();
    private final List<Check> pending = new ArrayList<>();

    /** A queued check of the constraint {@code constraint} of table {@code tableOid}. */
    private sealed interface Check {
        int tableOid();

        String constraint();

        boolean initiallyDeferred();
    }

    /** A referencing row (its key) inserted or changed. */
    private record ReferenceCheck(RowChecks.Reference reference, byte[] rowKey, Object[] row) implements Check {
        public int tableOid() {
            return reference.referencing().oid();
        }

        public String constraint() {
            return reference.key().name();
        }

        public boolean initiallyDeferred() {
            return reference.key().initiallyDeferred();
        }
    }

    /** A referenced row's key gone (NO ACTION): no referencing row may still use it. */
    private record ReferencedCheck(RowChecks.Reference reference, DataType[] types, Object[] oldRow) implements Check {
        public int tableOid() {
            return reference.referencing().oid();
        }

        public String constraint() {
            return reference.key().name();
        }

        public boolean initiallyDeferred() {
            return reference.key().initiallyDeferred();
        }
    }

    /** An entry of a deferrable unique index added: its key values must be unique. */
    private record UniqueCheck(TableDescriptor table, IndexDescriptor index, byte[] prefix, Object[] row)
            implements Check {
        public int tableOid() {
            return table.oid();
        }

        public String constraint() {
            return index.name();
        }

        public boolean initiallyDeferred() {
            return index.initiallyDeferred();
        }
    }

    private static String key(int tableOid, String constraint) {
        return tableOid + "/" + constraint;
    }

    /** The deferral state of the session running {@code context}'s statement, or null (checks run at once). */
    static DeferredConstraints of(ExecContext context) {
        SessionServices session = context.session();
        return session == null ? null : session.deferredConstraints();
    }

    /** SET CONSTRAINTS ALL DEFERRED | IMMEDIATE: forgets what was set for single constraints. */
    public void setAll(boolean deferred) {
        allDeferred = deferred;
        named.clear();
    }

    /** SET CONSTRAINTS name DEFERRED | IMMEDIATE. */
    public void set(int tableOid, String constraint, boolean deferred) {
        named.put(key(tableOid, constraint), deferred);
    }

    private boolean deferred(Check check) {
        Boolean d = named.get(key(check.tableOid(), check.constraint()));
        if (d == null) {
            d = allDeferred;
        }
        return d != null ? d : check.initiallyDeferred();
    }

    void queueReference(RowChecks.Reference reference, byte[] rowKey, Object[] row) {
        pending.add(new ReferenceCheck(reference, rowKey, row.clone()));
    }

    void queueReferenced(RowChecks.Reference reference, DataType[] types, Object[] oldRow) {
        pending.add(new ReferencedCheck(reference, types, oldRow.clone()));
    }

    void queueUnique(TableDescriptor table, IndexDescriptor index, byte[] prefix, Object[] row) {
        pending.add(new UniqueCheck(table, index, prefix, row.clone()));
    }

    /** At the end of a statement: runs the queued checks of constraints that are IMMEDIATE now. */
    public void afterStatement(ExecContext context) {
        run(context, false);
    }

    /** SET CONSTRAINTS ... IMMEDIATE: the same, at once. */
    public void afterSetImmediate(ExecContext context) {
        run(context, false);
    }

    /** Before COMMIT: runs every queued check (a failure rolls the transaction back). */
    public void beforeCommit(ExecContext context) {
        run(context, true);
    }

    /** The transaction ended: nothing is queued, SET CONSTRAINTS is forgotten. */
    public void reset() {
        allDeferred = null;
        named.clear();
        pending.clear();
    }

    public boolean isEmpty() {
        return pending.isEmpty() && allDeferred == null && named.isEmpty();
    }

    private void run(ExecContext context, boolean all) {
        if (pending.isEmpty()) {
            return;
        }
        List<Check> due = new ArrayList<>();
        for (Iterator<Check> it = pending.iterator(); it.hasNext(); ) {
            Check check = it.next();
            if (all || !deferred(check)) {
                due.add(check);
                it.remove();
            }
        }
        for (Check check : due) {
            switch (check) {
                case ReferenceCheck c -> recheckReference(c, context);
                case ReferencedCheck c -> ForeignKeys.checkStillReferenced(c.reference(), c.types(), c.oldRow(), context);
                case UniqueCheck c -> recheckUnique(c, context);
            }
        }
    }

    /** The row must still be there with the same key values to be checked (else a later change queued its own). */
    private static void recheckReference(ReferenceCheck c, ExecContext context) {
        TableDescriptor table = c.reference().referencing();
        DataType[] types = table.columnTypes();
        byte[] value = context.transaction().latest(c.rowKey());
        if (value == null) {
            return;
        }
        Object[] row = RowCodec.decode(types, value);
        for (int col : c.reference().key().columns()) {
            Object a = row[col];
            Object b = c.row()[col];
            if (a == null ? b != null : b == null || types[col].type().compare(a, b) != 0) {
                return;
            }
        }
        ForeignKeys.checkReference(c.reference(), types, row, context);
    }

    /** At most one entry of the index may have these key values (the lock serialises concurrent checkers). */
    private static void recheckUnique(UniqueCheck c, ExecContext context) {
        checkUnique(c.table(), c.index(), c.prefix(), c.row(), context);
    }

    static void checkUnique(TableDescriptor table, IndexDescriptor index, byte[] prefix, Object[] row,
            ExecContext context) {
        Transaction txn = context.transaction();
        txn.lockForUpdate(prefix);
        int found = 0;
        try (KeyValueIterator it = txn.scanLatest(prefix, KeyEncoder.prefixEnd(prefix))) {
            while (found < 2 && it.next()) {
                found++;
            }
        }
        if (found > 1) {
            throw IndexMaintenance.duplicate(table, index, table.columnTypes(), row);
        }
    }

}
