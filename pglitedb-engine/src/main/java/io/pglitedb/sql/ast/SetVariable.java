package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code SET [SESSION | LOCAL] name { TO | = } value [, ...] | DEFAULT}, and {@code SET TIME ZONE
 * value} (name "timezone"). Each value is given as its text: identifiers and strings unquoted,
 * numbers as written. values is empty for DEFAULT.
 */
public record SetVariable(String name, List<String> values, boolean local) implements Statement {
    public SetVariable {
        values = List.copyOf(values);
    }
}
