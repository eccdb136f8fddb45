package io.pglitedb.sql.ast;

/** {@code ALTER TABLE child INHERIT parent} ({@code inherit}) or {@code NO INHERIT parent}. */
public record ChangeInheritance(QualifiedName parent, boolean inherit) implements AlterTableAction {
}
