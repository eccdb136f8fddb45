package io.pglitedb.functions;

import io.pglitedb.types.DataType;
import java.util.Iterator;
import java.util.List;

/**
 * A resolved set-returning function for FROM (json_each, jsonb_array_elements ...): its argument
 * types, its result columns, and the rows it returns for argument values. A strict function
 * returns no rows when an argument is null.
 */
public interface TableFunction {
    String name();

    List<DataType> argumentTypes();

    /** Column names; a function returning a base type has one column named after the function. */
    List<String> columnNames();

    List<DataType> columnTypes();

    /** True when the result is a base type (its column takes the table alias as its name). */
    boolean scalarResult();

    Iterator<Object[]> rows(Object[] args);

    /** The rows, for functions that run statements of their own (user-defined functions). */
    default Iterator<Object[]> rows(Object[] args, io.pglitedb.exec.ExecContext context) {
        return rows(args);
    }
}
