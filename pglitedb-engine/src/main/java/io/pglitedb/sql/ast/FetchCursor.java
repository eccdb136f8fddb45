package io.pglitedb.sql.ast;

/**
 * {@code FETCH|MOVE [direction] [FROM | IN] name}. NEXT is FORWARD 1, PRIOR BACKWARD 1, FIRST ABSOLUTE 1,
 * LAST ABSOLUTE -1, ALL FORWARD {@link #ALL}; a negative FORWARD count is a backward one.
 *
 * @param move MOVE: position only, the tag counts the rows FETCH would have returned
 */
public record FetchCursor(String name, Direction direction, long count, boolean move) implements CursorStatement {
    /** The count of FETCH ALL / FORWARD ALL / BACKWARD ALL. */
    public static final long ALL = Long.MAX_VALUE;

    public enum Direction { FORWARD, BACKWARD, ABSOLUTE, RELATIVE }
}
