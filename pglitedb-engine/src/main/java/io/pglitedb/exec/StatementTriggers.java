package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TriggerDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The triggers one INSERT, UPDATE or DELETE fires on its table, in PostgreSQL's order: BEFORE
 * STATEMENT, then per row BEFORE ROW (each may change the new row, or return NULL to skip it), the
 * row's change, and AFTER ROW events queued until every row is done; then the queued AFTER ROW
 * triggers and AFTER STATEMENT. Triggers of one kind fire in name order; disabled ones do not.
 */
final class StatementTriggers {
    private final TableDescriptor table;
    private final int event;
    private final String operation;
    private final List<TriggerDescriptor> triggers;
    private final TriggerInvoker invoker;
    private final ExecContext context;
    /** UPDATE: which columns the SET list assigns (UPDATE OF). */
    private final boolean[] assigned;
    private final List<Object[][]> afterRows = new ArrayList<>();

    private StatementTriggers(TableDescriptor table, int event, List<TriggerDescriptor> triggers,
            TriggerInvoker invoker, ExecContext context, boolean[] assigned) {
        this.table = table;
        this.event = event;
        this.operation = event == TriggerDescriptor.INSERT ? "INSERT" : event == TriggerDescriptor.UPDATE ? "UPDATE"
                : event == TriggerDescriptor.DELETE ? "DELETE" : "TRUNCATE";
        this.triggers = triggers;
        this.invoker = invoker;
        this.context = context;
        this.assigned = assigned;
    }

    /** The statement's triggers, or null when none fires for {@code event} on the table. */
    static StatementTriggers of(TableDescriptor table, int event, ExecContext context, BoundExpr[] newRow) {
        List<TriggerDescriptor> all = context.catalog().triggers().forTable(table.oid());
        if (all.isEmpty()) {
            return null;
        }
        List<TriggerDescriptor> mine = new ArrayList<>();
        for (TriggerDescriptor t : all) {
            if (t.on(event) && t.isEnabled() && !t.insteadOf()) {
                mine.add(t);
            }
        }
        if (mine.isEmpty()) {
            return null;
        }
        SessionServices services;
        try {
            services = context.session();
        } catch (io.pglitedb.error.PgException e) {
            return null;
        }
        TriggerInvoker invoker = services.triggerInvoker();
        if (invoker == null) {
            return null;
        }
        boolean[] assigned = null;
        if (newRow != null) {
            assigned = new boolean[newRow.length];
            for (int i = 0; i < newRow.length; i++) {
                assigned[i] = !(newRow[i] instanceof ColumnValue c && c.index() == i);
            }
        }
        return new StatementTriggers(table, event, mine, invoker, context, assigned);
    }

    private boolean columnsMatch(TriggerDescriptor t) {
        if (t.updateColumns().isEmpty() || assigned == null) {
            return true;
        }
        for (String column : t.updateColumns()) {
            for (int i = 0; i < table.columns().size(); i++) {
                if (table.columns().get(i).name().equals(column) && assigned[i]) {
                    return true;
                }
            }
        }
        return false;
    }

    void beforeStatement() {
        for (TriggerDescriptor t : triggers) {
            if (t.before() && !t.forEachRow() && columnsMatch(t)) {
                invoker.fire(t, table, "BEFORE", "STATEMENT", operation, null, null, context);
            }
        }
    }

    /**
     * BEFORE ROW triggers: the row to store (INSERT/UPDATE: the new row as the triggers left it;
     * DELETE: the old row), or null when one returned NULL.
     */
    Object[] beforeRow(Object[] newRow, Object[] oldRow) {
        Object[] current = event == TriggerDescriptor.DELETE ? oldRow : newRow;
        for (TriggerDescriptor t : triggers) {
            if (!t.before() || !t.forEachRow() || !columnsMatch(t)) {
                continue;
            }
            Object[] n = event == TriggerDescriptor.DELETE ? null : current;
            if (t.when() != null && !invoker.when(t, table, operation, n, oldRow, context)) {
                continue;
            }
            Object[] result = invoker.fire(t, table, "BEFORE", "ROW", operation, n, oldRow, context);
            if (result == null) {
                return null;
            }
            if (event != TriggerDescriptor.DELETE) {
                current = result;
            }
        }
        return current;
    }

    /** Queues the AFTER ROW triggers of a changed row. */
    void afterRow(Object[] newRow, Object[] oldRow) {
        for (TriggerDescriptor t : triggers) {
            if (!t.before() && t.forEachRow() && columnsMatch(t)) {
                if (t.when() != null && !invoker.when(t, table, operation, newRow, oldRow, context)) {
                    continue;
                }
                afterRows.add(new Object[][] {{t}, newRow, oldRow});
            }
        }
    }

    /** Fires the queued AFTER ROW triggers, then AFTER STATEMENT. */
    void afterStatement() {
        for (Object[][] e : afterRows) {
            invoker.fire((TriggerDescriptor) e[0][0], table, "AFTER", "ROW", operation, e[1], e[2], context);
        }
        afterRows.clear();
        for (TriggerDescriptor t : triggers) {
            if (!t.before() && !t.forEachRow() && columnsMatch(t)) {
                invoker.fire(t, table, "AFTER", "STATEMENT", operation, null, null, context);
            }
        }
    }
}
