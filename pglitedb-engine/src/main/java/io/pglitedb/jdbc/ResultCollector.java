package io.pglitedb.jdbc;

import io.pglitedb.error.PgException;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.session.ResultSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Receives a session's results straight from the executor and keeps them as Java values for the
 * ResultSet: no encoding, no copying beyond the row array itself (the engine may reuse it).
 * Notices become warnings of the statement that ran (of the connection for the driver's own
 * commands), as pgJDBC reports them.
 */
final class ResultCollector implements ResultSink {
    private final java.util.function.Consumer<java.sql.SQLWarning> warnings;
    /** Rows kept per statement; further rows are dropped (Statement.setMaxRows). 0 = all. */
    private final int maxRows;
    final List<StatementResult> results = new ArrayList<>(1);
    private List<ResultColumn> columns;
    private List<Object[]> rows;

    ResultCollector(java.util.function.Consumer<java.sql.SQLWarning> warnings, int maxRows) {
        this.warnings = warnings;
        this.maxRows = maxRows;
    }

    /** Extended protocol: the portal's columns are known from Describe, not announced. */
    void expectColumns(List<ResultColumn> portalColumns) {
        columns = portalColumns;
        rows = portalColumns == null ? null : new ArrayList<>();
    }

    @Override
    public void columns(List<ResultColumn> resultColumns) {
        columns = resultColumns;
        rows = new ArrayList<>();
    }

    @Override
    public void row(Object[] values) {
        if (maxRows > 0 && rows.size() >= maxRows) {
            return;
        }
        rows.add(values.clone());
    }

    @Override
    public void complete(String commandTag) {
        results.add(new StatementResult(columns, columns == null ? List.of() : rows, commandTag));
        columns = null;
        rows = null;
    }

    /** Rows delivered so far by a portal that was suspended (no CommandComplete yet). */
    List<Object[]> takeRows() {
        List<Object[]> taken = rows == null ? List.of() : rows;
        rows = new ArrayList<>();
        return taken;
    }

    @Override
    public void emptyQuery() {
        // pgJDBC reports EmptyQueryResponse as a command with update count 0
        results.add(new StatementResult(null, List.of(), "EMPTY"));
    }

    @Override
    public void notice(PgException notice) {
        warnings.accept(new PgLiteWarning(notice));
    }
}
