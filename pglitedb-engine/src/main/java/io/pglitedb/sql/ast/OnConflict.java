package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code ON CONFLICT [(columns) | ON CONSTRAINT name] DO NOTHING | DO UPDATE SET ... [WHERE ...]}
 * of INSERT. {@code columns} empty and {@code constraint} null: no conflict target (DO NOTHING
 * only). {@code assignments} and {@code where} belong to DO UPDATE.
 */
public record OnConflict(List<String> columns, String constraint, boolean doNothing, List<Assignment> assignments,
        Expr where, int position) {
    public OnConflict {
        columns = List.copyOf(columns);
        assignments = List.copyOf(assignments);
    }
}
