package io.pglitedb.sql.ast;

/** One action of ALTER TABLE. More kinds come with the DDL work (ADD COLUMN, DROP COLUMN, ...). */
public sealed interface AlterTableAction permits AddConstraint {
}
