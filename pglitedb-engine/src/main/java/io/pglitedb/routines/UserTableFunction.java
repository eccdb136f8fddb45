package io.pglitedb.routines;

import io.pglitedb.exec.ExecContext;
import io.pglitedb.functions.TableFunction;
import io.pglitedb.types.DataType;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * A user-defined LANGUAGE sql function in FROM or as a set-returning SELECT item: the rows of the
 * body's last statement (only the first unless it returns SETOF / TABLE).
 *
 * @param rowType the type of a returned row as one value (a set-returning SELECT item): the
 *     declared composite type, a record of the columns, or the scalar result type
 */
public record UserTableFunction(String name, List<DataType> argumentTypes, List<String> columnNames,
        List<DataType> columnTypes, boolean scalarResult, boolean returnsSet, boolean strict, RoutineBody body,
        DataType rowType) implements TableFunction {
    @Override
    public Iterator<Object[]> rows(Object[] args) {
        throw new IllegalStateException("needs the running statement");
    }

    @Override
    public Iterator<Object[]> rows(Object[] args, ExecContext context) {
        if (strict) {
            for (Object a : args) {
                if (a == null) {
                    return Collections.emptyIterator();
                }
            }
        }
        List<Object[]> rows = body.run(args, context, returnsSet);
        if (!returnsSet && rows.isEmpty()) {
            // a function returning one value gives one row, NULL when the body returned none
            return List.<Object[]>of(new Object[columnTypes.size()]).iterator();
        }
        return rows.iterator();
    }
}
