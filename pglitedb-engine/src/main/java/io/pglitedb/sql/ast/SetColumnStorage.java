package io.pglitedb.sql.ast;

/** {@code ALTER [COLUMN] name SET STORAGE PLAIN | EXTERNAL | EXTENDED | MAIN}, the word as written (lower case). */
public record SetColumnStorage(String column, String storage) implements AlterTableAction {
}
