package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * information_schema._pg_expandarray(anyarray) → SETOF (x anyelement, n int): each element of
 * the first dimension with its 1-based position (PostgreSQL defines it in SQL as
 * {@code $1[s], s - array_lower($1,1) + 1 FROM generate_series(array_lower($1,1), array_upper($1,1))}).
 * pgJDBC's getPrimaryKeys/getIndexInfo and information_schema.key_column_usage expand
 * pg_index.indkey and pg_constraint.conkey with it.
 */
final class ExpandArrayFunction implements TableFunction {
    static final String NAME = "information_schema._pg_expandarray";

    private final List<DataType> argumentTypes;
    private final List<DataType> columnTypes;

    private ExpandArrayFunction(DataType argument, DataType element) {
        this.argumentTypes = List.of(argument);
        this.columnTypes = List.of(element, DataType.of(Types.INT4));
    }

    static TableFunction resolve(List<DataType> argumentTypes) {
        if (argumentTypes.size() == 1 && argumentTypes.get(0).type() == Types.UNKNOWN) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "could not determine polymorphic type because input has type unknown");
        }
        if (argumentTypes.size() != 1 || !(argumentTypes.get(0).type() instanceof ArrayType array)) {
            throw Functions.doesNotExist(NAME, argumentTypes);
        }
        return new ExpandArrayFunction(argumentTypes.get(0), DataType.of(array.element()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DataType> argumentTypes() {
        return argumentTypes;
    }

    @Override
    public List<String> columnNames() {
        return List.of("x", "n");
    }

    @Override
    public List<DataType> columnTypes() {
        return columnTypes;
    }

    @Override
    public boolean scalarResult() {
        return false;
    }

    @Override
    public Iterator<Object[]> rows(Object[] args) {
        ArrayValue a = (ArrayValue) args[0];
        if (a == null || a.ndim() == 0) {
            return Collections.emptyIterator();
        }
        List<Object[]> rows = new ArrayList<>(a.dim(0));
        for (int i = 0; i < a.dim(0); i++) {
            // $1[s] with one subscript is NULL for an array of more dimensions
            rows.add(new Object[] {a.ndim() == 1 ? a.element(i) : null, i + 1});
        }
        return rows.iterator();
    }
}
