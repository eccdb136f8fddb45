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

    /**
     * COPY ... FROM STDIN begins: the front end tells the client to send its data (CopyInResponse)
     * and returns the stream of what the client sends.
     *
     * @param binary the overall format (binary or text/CSV)
     * @param columnCount the number of columns COPY reads
     */
    default CopyInStream copyIn(boolean binary, int columnCount) {
        throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.FEATURE_NOT_SUPPORTED,
                "COPY FROM STDIN is not supported by this client interface");
    }

    /** COPY ... TO STDOUT begins (CopyOutResponse); {@link #copyData} calls follow, then {@link #copyOutDone}. */
    default void copyOutStart(boolean binary, int columnCount) {
        throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.FEATURE_NOT_SUPPORTED,
                "COPY TO STDOUT is not supported by this client interface");
    }

    /** One chunk of COPY TO STDOUT output (one row, as PostgreSQL sends it); the array is not reused. */
    default void copyData(byte[] data) {
    }

    /** The end of COPY TO STDOUT output (CopyDone); {@link #complete} with "COPY n" follows. */
    default void copyOutDone() {
    }
}
