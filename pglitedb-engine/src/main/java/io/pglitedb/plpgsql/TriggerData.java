package io.pglitedb.plpgsql;

import io.pglitedb.types.RecordType;
import java.util.List;

/**
 * What a trigger function sees: NEW and OLD (null where the event has none, or for statement
 * triggers), the table's row type, and the TG_ variables.
 *
 * @param when "BEFORE", "AFTER" or "INSTEAD OF"
 * @param level "ROW" or "STATEMENT"
 * @param operation "INSERT", "UPDATE", "DELETE" or "TRUNCATE"
 */
public record TriggerData(String name, String when, String level, String operation, int tableOid, String tableName,
        String tableSchema, RecordType rowType, Object[] newRow, Object[] oldRow, List<String> arguments) {
}
