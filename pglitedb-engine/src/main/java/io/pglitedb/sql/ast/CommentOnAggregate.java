package io.pglitedb.sql.ast;

/**
 * {@code COMMENT ON AGGREGATE name (argument types) IS 'text' | NULL}.
 *
 * @param text the comment, null to remove it
 */
public record CommentOnAggregate(DropFunction.Item aggregate, String text) implements Statement {
}
