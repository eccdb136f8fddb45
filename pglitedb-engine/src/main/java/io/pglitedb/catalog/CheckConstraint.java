package io.pglitedb.catalog;

import java.util.Objects;

/** A CHECK constraint: its name ("t_a_check") and the condition as SQL text (analysed again when used). */
public record CheckConstraint(String name, String expressionSql) {
    public CheckConstraint {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(expressionSql, "expressionSql is null");
    }
}
