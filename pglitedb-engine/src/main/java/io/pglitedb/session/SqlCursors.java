package io.pglitedb.session;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.FetchCursor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's SQL cursors (DECLARE / FETCH / MOVE / CLOSE). A cursor's rows are computed at DECLARE
 * (the snapshot PostgreSQL's cursor sees) and kept, so every direction works; the position follows
 * PostgreSQL's: 0 before the first row, 1..n on a row, n+1 after the last.
 */
final class SqlCursors {
    /** One open cursor. */
    static final class Cursor {
        final String name;
        final List<ResultColumn> columns;
        final List<Object[]> rows;
        final boolean hold;
        final boolean noScroll;
        /** Survives ROLLBACK once its declaring transaction committed (WITH HOLD only). */
        boolean committed;
        long position;

        Cursor(String name, List<ResultColumn> columns, List<Object[]> rows, boolean hold, boolean noScroll) {
            this.name = name;
            this.columns = columns;
            this.rows = rows;
            this.hold = hold;
            this.noScroll = noScroll;
        }
    }

    private final Map<String, Cursor> cursors = new LinkedHashMap<>();

    void checkNew(String name) {
        if (cursors.containsKey(name)) {
            throw new PgException(SqlState.DUPLICATE_CURSOR, "cursor \"%s\" already exists", name);
        }
    }

    void add(Cursor cursor) {
        cursors.put(cursor.name, cursor);
    }

    /** The columns FETCH returns from the cursor, or null when there is no such cursor (yet). */
    List<ResultColumn> columns(String name) {
        Cursor cursor = cursors.get(name);
        return cursor == null ? null : cursor.columns;
    }

    private Cursor get(String name) {
        Cursor cursor = cursors.get(name);
        if (cursor == null) {
            throw new PgException(SqlState.INVALID_CURSOR_NAME, "cursor \"%s\" does not exist", name);
        }
        return cursor;
    }

    /** FETCH or MOVE: sends the rows (FETCH) and returns the command tag. */
    String fetch(FetchCursor fetch, ResultSink sink) {
        Cursor cursor = get(fetch.name());
        List<Object[]> out = new ArrayList<>();
        long n = cursor.rows.size();
        long count = fetch.count();
        switch (fetch.direction()) {
            case FORWARD -> {
                if (count == 0) {
                    current(cursor, out);
                }
                for (long i = 0; i < count; i++) {
                    if (cursor.position >= n) {
                        cursor.position = n + 1;
                        break;
                    }
                    cursor.position++;
                    out.add(cursor.rows.get((int) cursor.position - 1));
                }
            }
            case BACKWARD -> {
                checkBackward(cursor);
                if (count == 0) {
                    current(cursor, out);
                }
                for (long i = 0; i < count; i++) {
                    if (cursor.position <= 1) {
                        cursor.position = 0;
                        break;
                    }
                    cursor.position--;
                    out.add(cursor.rows.get((int) cursor.position - 1));
                }
            }
            case ABSOLUTE, RELATIVE -> {
                long target = fetch.direction() == FetchCursor.Direction.ABSOLUTE
                        ? (count >= 0 ? count : n + 1 + count)
                        : cursor.position + count;
                if (target < cursor.position) {
                    checkBackward(cursor);
                }
                cursor.position = Math.max(0, Math.min(n + 1, target));
                current(cursor, out);
            }
        }
        if (!fetch.move()) {
            for (Object[] row : out) {
                sink.row(row);
            }
        }
        return (fetch.move() ? "MOVE " : "FETCH ") + out.size();
    }

    private static void current(Cursor cursor, List<Object[]> out) {
        if (cursor.position >= 1 && cursor.position <= cursor.rows.size()) {
            out.add(cursor.rows.get((int) cursor.position - 1));
        }
    }

    private static void checkBackward(Cursor cursor) {
        if (cursor.noScroll) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cursor can only scan forward")
                    .withHint("Declare it with SCROLL option to enable backward scan.");
        }
    }

    /** CLOSE name | ALL. */
    String close(String name) {
        if (name == null) {
            cursors.clear();
            return "CLOSE CURSOR ALL";
        }
        get(name);
        cursors.remove(name);
        return "CLOSE CURSOR";
    }

    /** At COMMIT (WITH HOLD cursors stay) or ROLLBACK (those declared in the transaction go too). */
    /** CLOSE ALL (DISCARD ALL). */
    void closeAll() {
        cursors.clear();
    }

    void transactionEnded(boolean committed) {
        Iterator<Cursor> it = cursors.values().iterator();
        while (it.hasNext()) {
            Cursor cursor = it.next();
            if (!cursor.hold || !committed && !cursor.committed) {
                it.remove();
            } else {
                cursor.committed = true;
            }
        }
    }
}
