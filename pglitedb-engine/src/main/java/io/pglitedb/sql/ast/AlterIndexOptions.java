package io.pglitedb.sql.ast;

/**
 * {@code ALTER INDEX [IF EXISTS] name SET (option [= value], ...)} or {@code RESET (option, ...)}:
 * an index's storage parameters.
 */
public record AlterIndexOptions(QualifiedName index, boolean ifExists, SetRelationOptions options)
        implements Statement {
}
