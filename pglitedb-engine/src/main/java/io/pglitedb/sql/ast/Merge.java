package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code MERGE INTO target [[AS] alias] USING source ON condition WHEN [NOT] MATCHED [AND cond]
 * THEN {UPDATE SET ... | DELETE | INSERT ... | DO NOTHING} ...} (PostgreSQL 15).
 */
public record Merge(QualifiedName target, String alias, FromItem source, Expr on, List<When> whens, int position)
        implements Statement {
    public Merge {
        whens = List.copyOf(whens);
    }

    /** What a WHEN clause does. */
    public enum Action { UPDATE, DELETE, INSERT, NOTHING }

    /**
     * One WHEN clause. UPDATE has {@code assignments}; INSERT has {@code columns} (empty: all, in
     * order) and {@code values} (null: DEFAULT VALUES).
     */
    public record When(boolean matched, Expr condition, Action action, List<Assignment> assignments,
            List<String> columns, List<Integer> columnPositions, List<Expr> values, boolean overridingSystemValue,
            int position) {
        public When {
            assignments = List.copyOf(assignments);
            columns = List.copyOf(columns);
            columnPositions = List.copyOf(columnPositions);
            values = values == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
