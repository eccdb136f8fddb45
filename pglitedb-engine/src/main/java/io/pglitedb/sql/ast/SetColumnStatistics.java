package io.pglitedb.sql.ast;

/** {@code ALTER [COLUMN] name SET STATISTICS target}: -1 restores the default. */
public record SetColumnStatistics(String column, int target) implements AlterTableAction {
}
