package io.pglitedb.sql.ast;

/** {@code ALTER [COLUMN] name SET DEFAULT expr | DROP DEFAULT | SET NOT NULL | DROP NOT NULL}; value only for SET DEFAULT. */
public record AlterColumn(String column, Kind kind, Expr value, int position) implements AlterTableAction {
    public enum Kind { SET_DEFAULT, DROP_DEFAULT, SET_NOT_NULL, DROP_NOT_NULL }
}
