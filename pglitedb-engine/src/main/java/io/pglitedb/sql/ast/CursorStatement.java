package io.pglitedb.sql.ast;

/** The SQL cursor commands: DECLARE, FETCH/MOVE and CLOSE. */
public sealed interface CursorStatement extends Statement permits DeclareCursor, FetchCursor, CloseCursor {
}
