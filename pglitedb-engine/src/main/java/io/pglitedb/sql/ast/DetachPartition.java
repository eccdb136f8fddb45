package io.pglitedb.sql.ast;

/** {@code ALTER TABLE parent DETACH PARTITION name [CONCURRENTLY | FINALIZE]}. */
public record DetachPartition(QualifiedName partition) implements AlterTableAction {
}
