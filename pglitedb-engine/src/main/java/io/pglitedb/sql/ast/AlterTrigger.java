package io.pglitedb.sql.ast;

/**
 * ALTER TABLE t {ENABLE [REPLICA | ALWAYS] | DISABLE} TRIGGER {name | ALL | USER}, or ALTER
 * TRIGGER name ON t RENAME TO newName ({@code newName} set).
 *
 * @param trigger the trigger's name, or null for ALL / USER
 * @param state pg_trigger.tgenabled to set: 'O', 'D', 'R' or 'A'
 */
public record AlterTrigger(QualifiedName table, String trigger, char state, String newName) implements Statement {
}
