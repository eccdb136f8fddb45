package io.pglitedb.sql.ast;

/**
 * {@code COMMENT ON kind object IS 'text' | NULL} for relations and their parts: TABLE, VIEW,
 * MATERIALIZED VIEW, INDEX, COLUMN relation.column, CONSTRAINT name ON table.
 *
 * @param relation the relation commented on (for INDEX: the index's name)
 * @param part the column (COLUMN) or constraint (CONSTRAINT) name, else null
 * @param text the comment, null to remove it
 */
public record CommentOn(Kind kind, QualifiedName relation, String part, String text) implements Statement {
    /** What is commented on. */
    public enum Kind { TABLE, VIEW, MATERIALIZED_VIEW, INDEX, COLUMN, CONSTRAINT }
}
