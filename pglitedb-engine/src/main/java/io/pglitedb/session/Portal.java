package io.pglitedb.session;

import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.RowIterator;
import java.util.List;

/**
 * A statement bound to parameter values, possibly half-way through its rows (Execute with a row
 * limit). Queries stream from an open iterator; DML runs completely at the first Execute and
 * keeps its RETURNING rows here until they are fetched.
 */
final class Portal {
    final PreparedStatement statement;
    final Object[] parameters;
    final short[] resultFormats;
    /** The execution context of the running statement (its cancel flag is what operators check). */
    ExecContext context;
    RowIterator rows;
    List<Object[]> buffered;
    int bufferedNext;
    String commandTag;
    boolean started;
    boolean finished;
    /** Time spent running it so far, over every Execute (pg_stat_statements). */
    long elapsedNanos;
    /** True once counted as a completed statement. */
    boolean counted;

    Portal(PreparedStatement statement, Object[] parameters, short[] resultFormats) {
        this.statement = statement;
        this.parameters = parameters;
        this.resultFormats = resultFormats;
    }

    void close() {
        if (rows != null) {
            rows.close();
            rows = null;
        }
    }
}
