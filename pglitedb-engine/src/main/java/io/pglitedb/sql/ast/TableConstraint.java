package io.pglitedb.sql.ast;

import java.util.List;

/** A table constraint: PRIMARY KEY (cols) or UNIQUE (cols); name is null when not given. */
public record TableConstraint(Kind kind, String name, List<String> columns, int position) {
    public enum Kind { PRIMARY_KEY, UNIQUE }

    public TableConstraint {
        columns = List.copyOf(columns);
    }
}
