package io.pglitedb.exec;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TriggerDescriptor;

/** Runs trigger functions for the executor (the session provides it: io.pglitedb.routines). */
public interface TriggerInvoker {
    /**
     * Runs the trigger's function.
     *
     * @param when "BEFORE", "AFTER" or "INSTEAD OF"
     * @param level "ROW" or "STATEMENT"
     * @param operation "INSERT", "UPDATE", "DELETE" or "TRUNCATE"
     * @return the row the function returned (null: skip the row's operation)
     */
    Object[] fire(TriggerDescriptor trigger, TableDescriptor table, String when, String level, String operation,
            Object[] newRow, Object[] oldRow, ExecContext context);

    /** The trigger's WHEN condition over NEW and OLD (true when it has none). */
    boolean when(TriggerDescriptor trigger, TableDescriptor table, String operation, Object[] newRow, Object[] oldRow,
            ExecContext context);
}
