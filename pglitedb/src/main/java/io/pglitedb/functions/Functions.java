package io.pglitedb.functions;

import io.pglitedb.types.DataType;
import java.util.List;

/** Looks up built-in functions and aggregates by name and argument types, PostgreSQL-style. */
public final class Functions {
    private Functions() {
    }

    public static boolean isAggregate(String name) {
        throw new UnsupportedOperationException("TODO(functions)");
    }

    /**
     * @param star true for count(*)
     * @throws io.pglitedb.error.PgException 42883 {@code function sum(text) does not exist}
     */
    public static AggregateFunction aggregate(String name, List<DataType> argumentTypes, boolean star) {
        throw new UnsupportedOperationException("TODO(functions)");
    }

    /** @throws io.pglitedb.error.PgException 42883 {@code function foo(integer) does not exist} */
    public static ScalarFunction scalar(String name, List<DataType> argumentTypes) {
        throw new UnsupportedOperationException("TODO(functions)");
    }

    /**
     * SQL LIKE / ILIKE with PostgreSQL's rules: % and _ wildcards, backslash as default escape,
     * {@code escape} 0 meaning "no escape character".
     */
    public static boolean like(String value, String pattern, char escape, boolean caseInsensitive) {
        throw new UnsupportedOperationException("TODO(functions)");
    }
}
