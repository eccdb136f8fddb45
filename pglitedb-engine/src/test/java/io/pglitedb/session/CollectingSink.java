package io.pglitedb.session;

import io.pglitedb.error.PgException;
import java.util.ArrayList;
import java.util.List;

/** Records what a session delivers, rendering values as PostgreSQL's text output ("NULL" for null). */
final class CollectingSink implements ResultSink {
    List<ResultColumn> columns = List.of();
    final List<List<String>> rows = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    final List<String> notices = new ArrayList<>();

    @Override
    public void columns(List<ResultColumn> columns) {
        this.columns = columns;
    }

    @Override
    public void row(Object[] values) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                row.add("NULL");
            } else {
                ResultColumn c = columns.get(i);
                row.add(c.type().type().toText(values[i], c.type().typmod()));
            }
        }
        rows.add(row);
    }

    @Override
    public void complete(String commandTag) {
        tags.add(commandTag);
    }

    @Override
    public void emptyQuery() {
        tags.add("EMPTY");
    }

    @Override
    public void notice(PgException notice) {
        notices.add(notice.severity() + ": " + notice.getMessage());
    }
}
