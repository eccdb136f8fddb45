package io.pglitedb.jdbc;

import io.pglitedb.session.ResultColumn;
import java.util.List;

/**
 * One statement's outcome: rows with their columns, or a command tag (and count) without rows.
 *
 * @param columns null when the statement returns no rows
 * @param rows the rows (copies; never reused by the engine)
 * @param commandTag PostgreSQL's tag ("INSERT 0 3", "SELECT 2", "CREATE TABLE"), null while streaming
 */
record StatementResult(List<ResultColumn> columns, List<Object[]> rows, String commandTag) {

    boolean hasRows() {
        return columns != null;
    }

    /** The update count pgJDBC derives from a command tag: the last number for counted commands, else 0. */
    long updateCount() {
        return updateCount(commandTag);
    }

    static long updateCount(String tag) {
        if (tag == null) {
            return 0;
        }
        if (tag.startsWith("INSERT") || tag.startsWith("UPDATE") || tag.startsWith("DELETE")
                || tag.startsWith("SELECT") || tag.startsWith("MOVE") || tag.startsWith("FETCH")
                || tag.startsWith("COPY") || tag.startsWith("MERGE")) {
            int space = tag.lastIndexOf(' ');
            try {
                return Long.parseLong(tag.substring(space + 1));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
