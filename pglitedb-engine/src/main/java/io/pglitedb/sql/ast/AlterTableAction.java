package io.pglitedb.sql.ast;

/** One action of ALTER TABLE. */
public sealed interface AlterTableAction permits AddConstraint, AddColumn, DropColumn, DropConstraint, AlterColumn,
        RenameColumn, RenameTable, RenameConstraint, AlterColumnType, RowSecurityAction, ValidateConstraint,
        AttachPartition, DetachPartition, ChangeInheritance, AlterConstraint, SetRelationOptions,
        AddConstraintUsingIndex, SetPersistence, ReplicaIdentity, SetColumnStatistics, SetColumnStorage {
}
