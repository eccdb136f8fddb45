package io.pglitedb.sql.ast;

/**
 * {@code DECLARE name [BINARY] [ASENSITIVE | INSENSITIVE] [[NO] SCROLL] CURSOR [{WITH | WITHOUT} HOLD]
 * FOR query}.
 *
 * @param noScroll NO SCROLL was written (backward fetches are refused)
 * @param queryText the query's text, as pg_cursors shows the statement
 */
public record DeclareCursor(String name, boolean scroll, boolean noScroll, boolean hold, Query query,
        String queryText) implements CursorStatement {
}
