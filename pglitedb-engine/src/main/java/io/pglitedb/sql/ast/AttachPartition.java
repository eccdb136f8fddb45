package io.pglitedb.sql.ast;

/** {@code ALTER TABLE parent ATTACH PARTITION name {FOR VALUES ... | DEFAULT}}. */
public record AttachPartition(QualifiedName partition, PartitionBoundSpec bound) implements AlterTableAction {
}
