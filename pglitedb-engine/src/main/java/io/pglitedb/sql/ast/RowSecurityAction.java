package io.pglitedb.sql.ast;

/** {@code ALTER TABLE ... ENABLE | DISABLE | FORCE | NO FORCE ROW LEVEL SECURITY}. */
public record RowSecurityAction(Kind kind) implements AlterTableAction {
    public enum Kind { ENABLE, DISABLE, FORCE, NO_FORCE }
}
