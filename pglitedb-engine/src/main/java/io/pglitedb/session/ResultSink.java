package io.pglitedb.session;

import java.util.List;

/**
 * Where a session delivers results. The wire protocol turns the calls into RowDescription,
 * DataRow, CommandComplete and EmptyQueryResponse messages; the embedded JDBC driver keeps the
 * values. Row arrays may be reused by the caller after {@link #row} returns.
 */
public interface ResultSink {
    /** Called once before the rows of a statement that returns rows (simple-query protocol only). */
    void columns(List<ResultColumn> columns);

    /** One row; values follow the column types (see {@link io.pglitedb.types.PgType}). */
    void row(Object[] values);

    /** The statement finished; the tag is PostgreSQL's ("SELECT 3", "INSERT 0 1", "BEGIN"). */
    void complete(String commandTag);

    /** The query string was empty (simple query) or the prepared statement is empty. */
    void emptyQuery();

    /** A NOTICE or WARNING for the client (e.g. "there is no transaction in progress"). */
    default void notice(io.pglitedb.error.PgException notice) {
    }
}
