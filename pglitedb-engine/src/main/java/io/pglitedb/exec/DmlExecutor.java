package io.pglitedb.exec;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.partition.PartitionRouter;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.DeletePlan;
import io.pglitedb.sql.plan.InsertPlan;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.RowChecks;
import io.pglitedb.sql.plan.UpdatePlan;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.WaitPolicy;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs INSERT, UPDATE and DELETE.
 *
 * <p>The READ COMMITTED rule for UPDATE and DELETE, as in PostgreSQL: rows are found under the
 * statement snapshot; each found row is then locked ({@link Transaction#lockForUpdate}, which
 * waits for a concurrent writer to finish) and re-read at its newest version. A row deleted
 * meanwhile is skipped; a row changed meanwhile has the WHERE clause re-evaluated on its new
 * version and, if it still matches, is updated from that new version (so concurrent
 * {@code SET n = n + 1} never loses an update). REPEATABLE READ and SERIALIZABLE instead fail
 * with 40001 when the locked row is not the version their snapshot saw (first updater wins).
 * Rows carry the writer's transaction id as version stamp, so even an update that writes equal
 * values is a new version.
 */
public final class DmlExecutor {
    private DmlExecutor() {
    }

    public static long insert(InsertPlan plan, ExecContext context, RowConsumer returning) {
        TableDescriptor table = plan.table();
        lockForWriting(table, context);
        DataType[] types = table.columnTypes();
        int[] pk = table.primaryKey();
        BoundExpr[] newRowExprs = plan.newRow();
        Object[] params = context.params();
        long count = 0;
        // rows this statement inserted or updated (ON CONFLICT must not touch one twice)
        java.util.Set<java.nio.ByteBuffer> touched = plan.onConflict() == null ? null : new java.util.HashSet<>();
        StatementTriggers triggers = StatementTriggers.of(table, io.pglitedb.catalog.TriggerDescriptor.INSERT, context,
                null);
        RowSystemValues systemValues = plan.returnsSystemColumns() ? new RowSystemValues(table, context) : null;
        if (triggers != null) {
            triggers.beforeStatement();
        }
        try (RowIterator source = Executor.open(plan.source(), context)) {
            Object[] sourceRow;
            while ((sourceRow = source.next()) != null) {
                context.checkCancelled();
                Object[] row = new Object[newRowExprs.length];
                for (int i = 0; i < row.length; i++) {
                    row[i] = newRowExprs[i].eval(sourceRow, params);
                }
                if (plan.onConflict() != null) {
                    Object[] stored = Upserts.insertOrUpdate(plan, types, pk, row, touched, context);
                    if (stored != null) {
                        count++;
                        emitReturning(plan.returning(), stored, params, returning);
                    }
                    continue;
                }
                if (triggers != null) {
                    row = triggers.beforeRow(row, null);
                    if (row == null) {
                        continue;
                    }
                }
                byte[] key = insertRow(plan.checks(), types, pk, row, context);
                count++;
                if (triggers != null) {
                    triggers.afterRow(row, null);
                }
                emitReturning(plan.returning(), systemValues == null ? row
                        : systemValues.append(row, types.length, key, context.transaction().id()), params, returning);
            }
        }
        if (triggers != null) {
            triggers.afterStatement();
        }
        return count;
    }

    /** Stores one new row of a table without CHECK or FOREIGN KEY constraints (see the other overload). */
    public static void insertRow(TableDescriptor table, DataType[] types, int[] pk, Object[] row,
            ExecContext context) {
        insertRow(RowChecks.none(table), types, pk, row, context);
    }

    /**
     * Stores one new row (INSERT, COPY FROM): checks NOT NULL and CHECK constraints, then the
     * primary key (locking the key, 23505 if a row has it), else takes a hidden row id; then adds
     * the row's index entries ({@link IndexMaintenance}, 23505 for a unique index) and checks its
     * foreign keys ({@link ForeignKeys}).
     *
     * @param types the table's column types ({@link TableDescriptor#columnTypes()})
     * @param pk the table's primary key columns ({@link TableDescriptor#primaryKey()})
     */
    public static byte[] insertRow(RowChecks checks, DataType[] types, int[] pk, Object[] row, ExecContext context) {
        if (checks.router() != null) { // a partitioned table stores nothing: the row goes to its partition
            PartitionRouter.Target target = checks.router().route(row, context.params());
            TableDescriptor leaf = target.table();
            RowChecks leafChecks = checks.others().apply(leaf.oid());
            lockForWriting(leaf, context);
            return insertRow(leafChecks, leaf.columnTypes(), leaf.primaryKey(), target.row(), context, false);
        }
        return insertRow(checks, types, pk, row, context, true);
    }

    private static byte[] insertRow(RowChecks checks, DataType[] types, int[] pk, Object[] row, ExecContext context,
            boolean checkPartition) {
        TableDescriptor table = checks.table();
        checks.computeGenerated(row, context.params());
        checkPolicies(checks, row, context);
        checkNotNull(table, types, row);
        checkConstraints(checks, types, row, context);
        if (checkPartition && checks.partitionConstraint() != null
                && !checks.partitionConstraint().accepts(row, context.params())) {
            throw partitionViolation(table, types, row);
        }
        Transaction txn = context.transaction();
        byte[] key;
        if (pk.length > 0) {
            key = RowKeys.primaryKey(context.databaseOid(), table, pk, types, row);
            if (txn.lockForUpdate(key) != null) {
                throw duplicateKey(table, types, row);
            }
        } else {
            long rowId = context.catalog().nextRowId(table.storageId(), RowKeys.tablePrefix(context.databaseOid(), table));
            key = RowKeys.rowIdKey(context.databaseOid(), table, rowId);
        }
        IndexMaintenance.insert(table, types, key, row, context);
        txn.put(key, RowCodec.encode(types, row, table.schemaVersion(), txn.id()));
        checkViewOptions(checks, types, row, context);
        ForeignKeys.checkReferences(checks, types, null, row, key, context);
        return key;
    }

    public static long update(UpdatePlan plan, ExecContext context, RowConsumer returning) {
        // every table's rows are found before any changes, so a row moved to another partition is not updated again
        List<List<FoundRow>> found = new ArrayList<>();
        lockForWriting(plan.table(), context);
        found.add(findRows(plan.scan(), context));
        for (UpdatePlan child : plan.children()) {
            lockForWriting(child.table(), context);
            found.add(findRows(child.scan(), context));
        }
        long count = updateOne(plan, found.get(0), context, returning);
        for (int i = 0; i < plan.children().size(); i++) {
            count += updateOne(plan.children().get(i), found.get(i + 1), context, returning);
        }
        return count;
    }

    private static long updateOne(UpdatePlan plan, List<FoundRow> rows, ExecContext context, RowConsumer returning) {
        TableDescriptor table = plan.table();
        lockForWriting(table, context);
        // PostgreSQL's FOR NO KEY UPDATE unless the key may change (then FOR UPDATE, as DELETE)
        LockMode rowMode = plan.changesKey() ? LockMode.FOR_UPDATE : LockMode.FOR_NO_KEY_UPDATE;
        DataType[] types = table.columnTypes();
        Object[] params = context.params();
        long count = 0;
        List<Object[]> others = plan.from() == null ? null : materialize(plan.from(), context);
        StatementTriggers triggers = StatementTriggers.of(table, io.pglitedb.catalog.TriggerDescriptor.UPDATE, context,
                plan.newRow());
        if (triggers != null) {
            triggers.beforeStatement();
        }
        for (FoundRow found : rows) {
            context.checkCancelled();
            Object[] other = null;
            if (others != null && (other = firstMatch(found.row, others, plan.recheck(), context)) == null) {
                continue;
            }
            Object[] read = newestVersion(found, types, others == null ? plan.recheck() : null, rowMode, context);
            if (read == null) {
                continue;
            }
            Object[] row = tableColumns(read, types.length);
            Object[] input = read;
            if (other != null) {
                input = concat(read, other);
                if (read != found.row && !Boolean.TRUE.equals(plan.recheck().eval(input, params))) {
                    continue; // changed meanwhile so that it no longer joins
                }
            }
            Object[] newRow = new Object[types.length];
            BoundExpr[] exprs = plan.newRow();
            for (int i = 0; i < newRow.length; i++) {
                newRow[i] = exprs[i].eval(input, params);
            }
            if (triggers != null) {
                newRow = triggers.beforeRow(newRow, row);
                if (newRow == null) {
                    continue;
                }
            }
            if (plan.checks().partitionConstraint() != null
                    && !plan.checks().partitionConstraint().accepts(newRow, params)) {
                if (plan.movement() == null) {
                    throw partitionViolation(table, types, newRow);
                }
                // the row leaves this partition: deleted here, routed from the partitioned target again
                deleteRow(plan.checks(), types, found.key, row, context);
                UpdatePlan.Movement movement = plan.movement();
                Object[] rootRow = new Object[movement.root().table().columns().size()];
                int[] toRoot = movement.toRoot();
                for (int i = 0; i < toRoot.length; i++) {
                    if (toRoot[i] >= 0) {
                        rootRow[toRoot[i]] = newRow[i];
                    }
                }
                insertRow(movement.root(), null, null, rootRow, context);
                count++;
                Object[] written = updatedRow(newRow, read, types.length, context);
                emitReturning(plan.returning(), other == null ? written : concat(written, other), params, returning);
                continue;
            }
            updateRow(plan.checks(), types, found.key, row, newRow, context);
            count++;
            if (triggers != null) {
                triggers.afterRow(newRow, row);
            }
            Object[] written = updatedRow(newRow, read, types.length, context);
            emitReturning(plan.returning(), other == null ? written : concat(written, other), params, returning);
        }
        if (triggers != null) {
            triggers.afterStatement();
        }
        return count;
    }

    /** Every row of a plan (the FROM / USING items of UPDATE / DELETE, MERGE's source). */
    static List<Object[]> materialize(PlanNode plan, ExecContext context) {
        List<Object[]> rows = new ArrayList<>();
        try (RowIterator it = Executor.open(plan, context)) {
            Object[] row;
            while ((row = it.next()) != null) {
                rows.add(row.clone());
            }
        }
        return rows;
    }

    /** The first of the other rows that joins the target row (the condition holds over both), or null. */
    private static Object[] firstMatch(Object[] row, List<Object[]> others, BoundExpr condition, ExecContext context) {
        for (Object[] other : others) {
            if (condition == null || Boolean.TRUE.equals(condition.eval(concat(row, other), context.params()))) {
                return other;
            }
        }
        return null;
    }

    static Object[] concat(Object[] a, Object[] b) {
        Object[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * Replaces a locked row's values: NOT NULL and CHECK constraints, the primary key if it
     * changed (23505 if taken), index entries, the row's foreign keys and the actions of foreign
     * keys that reference it. Used by UPDATE and by cascading foreign key actions.
     *
     * @return the row's key after the update
     */
    static byte[] updateRow(RowChecks checks, DataType[] types, byte[] key, Object[] row, Object[] newRow,
            ExecContext context) {
        TableDescriptor table = checks.table();
        Transaction txn = context.transaction();
        checks.computeGenerated(newRow, context.params());
        checkPolicies(checks, newRow, context);
        checkNotNull(table, types, newRow);
        checkConstraints(checks, types, newRow, context);
        byte[] newKey = key;
        if (table.hasPrimaryKey()) {
            byte[] candidate = RowKeys.primaryKey(context.databaseOid(), table, table.primaryKey(), types, newRow);
            if (!Arrays.equals(candidate, key)) {
                if (txn.lockForUpdate(candidate) != null) {
                    throw duplicateKey(table, types, newRow);
                }
                txn.delete(key);
                newKey = candidate;
            }
        }
        IndexMaintenance.update(table, types, key, row, newKey, newRow, context);
        checkViewOptions(checks, types, newRow, context);
        txn.put(newKey, RowCodec.encode(types, newRow, table.schemaVersion(), txn.id()));
        ForeignKeys.afterReferencedChange(checks, types, row, newRow, context);
        ForeignKeys.checkReferences(checks, types, row, newRow, newKey, context);
        return newKey;
    }

    public static long delete(DeletePlan plan, ExecContext context, RowConsumer returning) {
        long count = deleteOne(plan, context, returning);
        for (DeletePlan child : plan.children()) {
            count += deleteOne(child, context, returning);
        }
        return count;
    }

    private static long deleteOne(DeletePlan plan, ExecContext context, RowConsumer returning) {
        TableDescriptor table = plan.table();
        lockForWriting(table, context);
        DataType[] types = table.columnTypes();
        long count = 0;
        StatementTriggers triggers = StatementTriggers.of(table, io.pglitedb.catalog.TriggerDescriptor.DELETE, context,
                null);
        if (triggers != null) {
            triggers.beforeStatement();
        }
        List<FoundRow> rows = findRows(plan.scan(), context);
        // read after the scan, which runs the statement's data-modifying WITH queries that USING may name
        List<Object[]> others = plan.using() == null ? null : materialize(plan.using(), context);
        for (FoundRow found : rows) {
            context.checkCancelled();
            Object[] other = null;
            if (others != null && (other = firstMatch(found.row, others, plan.recheck(), context)) == null) {
                continue;
            }
            Object[] read = newestVersion(found, types, others == null ? plan.recheck() : null, LockMode.FOR_UPDATE,
                    context);
            if (read == null) {
                continue;
            }
            if (other != null && read != found.row
                    && !Boolean.TRUE.equals(plan.recheck().eval(concat(read, other), context.params()))) {
                continue;
            }
            Object[] row = tableColumns(read, types.length);
            if (triggers != null && triggers.beforeRow(null, row) == null) {
                continue;
            }
            deleteRow(plan.checks(), types, found.key, row, context);
            count++;
            if (triggers != null) {
                triggers.afterRow(null, row);
            }
            emitReturning(plan.returning(), other == null ? read : concat(read, other), context.params(), returning);
        }
        if (triggers != null) {
            triggers.afterStatement();
        }
        return count;
    }

    /** A row as found (which may carry system columns after the table's), cut to the table's columns. */
    private static Object[] tableColumns(Object[] read, int width) {
        return read.length == width ? read : Arrays.copyOf(read, width);
    }

    /**
     * The row an UPDATE's RETURNING list reads: the new values, then, when the statement reads
     * system columns ({@code read} carries them), the row's ctid and the updating transaction as xmin.
     */
    private static Object[] updatedRow(Object[] newRow, Object[] read, int width, ExecContext context) {
        if (read.length == width) {
            return newRow;
        }
        Object[] out = Arrays.copyOf(newRow, width + RowSystemValues.COLUMNS);
        out[width] = read[width];
        out[width + 1] = RowSystemValues.xid(context.transaction().id());
        return out;
    }

    /** Deletes a locked row with its index entries, after the actions of foreign keys that reference it. */
    static void deleteRow(RowChecks checks, DataType[] types, byte[] key, Object[] row, ExecContext context) {
        IndexMaintenance.delete(checks.table(), types, key, row, context);
        context.transaction().delete(key);
        ForeignKeys.afterReferencedDelete(checks, types, row, context);
    }

    private static PgException partitionViolation(TableDescriptor table, DataType[] types, Object[] row) {
        return new PgException(SqlState.CHECK_VIOLATION, "new row for relation \"%s\" violates partition constraint",
                table.name()).withDetail("Failing row contains " + rowText(types, row) + ".")
                .withTable(table.schema(), table.name());
    }

    /** CHECK constraints: 23514 when one is false (NULL passes, as in PostgreSQL). */
    private static void checkConstraints(RowChecks checks, DataType[] types, Object[] row, ExecContext context) {
        BoundExpr[] conditions = checks.checks();
        for (int i = 0; i < conditions.length; i++) {
            if (Boolean.FALSE.equals(conditions[i].eval(row, context.params()))) {
                TableDescriptor table = checks.table();
                String name = checks.check(i).name();
                throw new PgException(SqlState.CHECK_VIOLATION,
                        "new row for relation \"%s\" violates check constraint \"%s\"", table.name(), name)
                        .withDetail("Failing row contains " + rowText(types, row) + ".")
                        .withTable(table.schema(), table.name())
                        .withConstraint(name);
            }
        }
    }

    /**
     * Row-level security's WITH CHECK conditions (before NOT NULL and CHECK constraints, as
     * PostgreSQL): 42501 when one is not true, naming the restrictive policy that refused it.
     */
    private static void checkPolicies(RowChecks checks, Object[] row, ExecContext context) {
        for (RowChecks.PolicyCheck check : checks.policyChecks()) {
            if (!Boolean.TRUE.equals(check.condition().eval(row, context.params()))) {
                throw check.policyName() == null
                        ? new PgException(SqlState.INSUFFICIENT_PRIVILEGE,
                                "new row violates row-level security policy for table \"%s\"", check.tableName())
                        : new PgException(SqlState.INSUFFICIENT_PRIVILEGE,
                                "new row violates row-level security policy \"%s\" for table \"%s\"",
                                check.policyName(), check.tableName());
            }
        }
    }

    /** WITH CHECK OPTION of the views written through: the new row must be one the view returns. */
    private static void checkViewOptions(RowChecks checks, DataType[] types, Object[] row, ExecContext context) {
        for (RowChecks.ViewCheck check : checks.viewChecks()) {
            if (!Boolean.TRUE.equals(check.condition().eval(row, context.params()))) {
                throw new PgException(SqlState.WITH_CHECK_OPTION_VIOLATION,
                        "new row violates check option for view \"%s\"", check.viewName())
                        .withDetail("Failing row contains " + rowText(types, row) + ".");
            }
        }
    }

    /** A row found under the statement snapshot: its key, stored bytes and decoded values. */
    record FoundRow(byte[] key, byte[] value, Object[] row) {
    }

    /**
     * Collects the matching rows before changing any, so that a statement never sees its own
     * changes (the Halloween problem) whatever the scan does with writes made while it runs.
     */
    static List<FoundRow> findRows(PlanNode scan, ExecContext context) {
        List<FoundRow> rows = new ArrayList<>();
        try (RowIterator it = Executor.open(scan, context)) {
            KeyedRows keyed = (KeyedRows) it;
            Object[] row;
            while ((row = it.next()) != null) {
                rows.add(new FoundRow(keyed.currentKey(), keyed.currentValue(), row));
            }
        }
        return rows;
    }

    /**
     * Locks the row and returns its newest version if it still qualifies, else null (deleted
     * meanwhile, or changed so that the WHERE clause no longer holds).
     */
    static Object[] newestVersion(FoundRow found, DataType[] types, BoundExpr recheck, LockMode mode,
            ExecContext context) {
        Transaction txn = context.transaction();
        txn.lockRow(found.key, mode, WaitPolicy.BLOCK);
        byte[] newest = txn.latest(found.key);
        if (Arrays.equals(newest, found.value)) {
            return found.row;
        }
        if (txn.isolation().usesTransactionSnapshot()) {
            // REPEATABLE READ: the row changed after the transaction's snapshot (first updater wins)
            throw new PgException(SqlState.SERIALIZATION_FAILURE, "could not serialize access due to concurrent %s",
                    newest == null ? "delete" : "update");
        }
        if (newest == null) {
            return null;
        }
        Object[] row = RowCodec.decode(types, newest);
        if (found.row.length > types.length) { // read with its system columns: the same ctid, the new xmin
            row = Arrays.copyOf(row, found.row.length);
            row[types.length] = found.row[types.length];
            row[types.length + 1] = RowSystemValues.xmin(newest);
        }
        if (recheck != null && !Boolean.TRUE.equals(recheck.eval(row, context.params()))) {
            return null;
        }
        return row;
    }

    /**
     * The table lock every INSERT, UPDATE and DELETE takes (PostgreSQL's RowExclusiveLock). If the
     * wait was for a TRUNCATE or rewrite that committed meanwhile, the plan names storage that is
     * gone: writing there would lose the rows, so the statement fails instead (40001, retryable;
     * PostgreSQL re-plans here, which this engine does not do yet).
     */
    public static void lockForWriting(TableDescriptor table, ExecContext context) {
        Transaction txn = context.transaction();
        txn.lockTable(context.databaseOid(), table.oid(), LockMode.ROW_EXCLUSIVE, WaitPolicy.BLOCK);
        TableDescriptor committed = context.catalog().tables()
                .get(io.pglitedb.catalog.Catalog.qualifiedName(table.schema(), table.name()));
        boolean current = committed != null && committed.storageId() == table.storageId();
        if (!current && !txn.ownsStorage(RowKeys.tablePrefix(context.databaseOid(), table))) {
            throw new PgException(SqlState.SERIALIZATION_FAILURE,
                    "could not serialize access due to concurrent TRUNCATE or rewrite of table \"%s\"", table.name())
                    .withHint("Retry the statement.");
        }
    }

    static void emitReturning(BoundExpr[] returning, Object[] row, Object[] params, RowConsumer consumer) {
        if (returning == null) {
            return;
        }
        Object[] out = new Object[returning.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = returning[i].eval(row, params);
        }
        consumer.accept(out);
    }

    private static void checkNotNull(TableDescriptor table, DataType[] types, Object[] row) {
        List<ColumnDescriptor> columns = table.columns();
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null && columns.get(i).notNull()) {
                throw new PgException(SqlState.NOT_NULL_VIOLATION,
                        "null value in column \"%s\" of relation \"%s\" violates not-null constraint",
                        columns.get(i).name(), table.name())
                        .withDetail("Failing row contains " + rowText(types, row) + ".")
                        .withTable(table.schema(), table.name())
                        .withColumn(columns.get(i).name());
            }
        }
    }

    private static PgException duplicateKey(TableDescriptor table, DataType[] types, Object[] row) {
        return new PgException(SqlState.UNIQUE_VIOLATION,
                "duplicate key value violates unique constraint \"%s\"", table.primaryKeyName())
                .withDetail("Key " + keyText(table, table.primaryKey(), types, row) + " already exists.")
                .withTable(table.schema(), table.name())
                .withConstraint(table.primaryKeyName());
    }

    /** PostgreSQL's "(a, b)=(1, x)" rendering of a key in unique-violation details. */
    public static String keyText(TableDescriptor table, int[] keyColumns, DataType[] types, Object[] row) {
        StringBuilder names = new StringBuilder("(");
        StringBuilder values = new StringBuilder("(");
        for (int i = 0; i < keyColumns.length; i++) {
            int c = keyColumns[i];
            if (i > 0) {
                names.append(", ");
                values.append(", ");
            }
            names.append(table.columns().get(c).name());
            values.append(row[c] == null ? "null" : types[c].type().toText(row[c], types[c].typmod()));
        }
        return names.append(")=").append(values).append(')').toString();
    }

    /** PostgreSQL's "(1, null, abc)" rendering of a row in error details. */
    static String rowText(DataType[] types, Object[] row) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(row[i] == null ? "null" : types[i].type().toText(row[i], types[i].typmod()));
        }
        return text.append(')').toString();
    }
}
