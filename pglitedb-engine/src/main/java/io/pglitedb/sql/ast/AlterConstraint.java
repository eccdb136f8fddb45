package io.pglitedb.sql.ast;

/** {@code ALTER CONSTRAINT name [NOT] DEFERRABLE [INITIALLY DEFERRED | IMMEDIATE]} (foreign keys only). */
public record AlterConstraint(String name, boolean deferrable, boolean initiallyDeferred) implements AlterTableAction {
}
