package io.pglitedb.sql.ast;

/**
 * {@code ALTER TABLE ... REPLICA IDENTITY DEFAULT | FULL | NOTHING | USING INDEX name}.
 *
 * @param kind 'd', 'f', 'n' or 'i' (pg_class.relreplident)
 * @param index the index of USING INDEX, else null
 */
public record ReplicaIdentity(char kind, String index) implements AlterTableAction {
}
