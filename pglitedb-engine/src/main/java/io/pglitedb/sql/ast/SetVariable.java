package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code SET [SESSION | LOCAL] name { TO | = } value [, ...] | DEFAULT}, {@code SET name FROM
 * CURRENT} (fromCurrent), and {@code SET TIME ZONE value} (name "timezone"). Each value is given as
 * its text: identifiers and strings unquoted, numbers as written. values is empty for DEFAULT and
 * FROM CURRENT.
 */
public record SetVariable(String name, List<String> values, boolean local, boolean fromCurrent) implements Statement {
    public SetVariable {
        values = List.copyOf(values);
    }

    public SetVariable(String name, List<String> values, boolean local) {
        this(name, values, local, false);
    }
}
