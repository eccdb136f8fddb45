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
 * generate_subscripts(anyarray, dim int [, reverse bool]) → SETOF int: the subscripts of one
 * dimension, lower to upper (or upper to lower); none for a dimension the array does not have.
 * SQLAlchemy reads primary key and index columns in order with it over pg_index.indkey.
 */
final class GenerateSubscriptsFunction implements TableFunction {
    static final String NAME = "generate_subscripts";

    private final List<DataType> argumentTypes;

    private GenerateSubscriptsFunction(List<DataType> argumentTypes) {
        this.argumentTypes = argumentTypes;
    }

    static TableFunction resolve(List<DataType> argumentTypes) {
        int n = argumentTypes.size();
        if (n == 2 || n == 3) {
            DataType array = argumentTypes.get(0);
            if (array.type() == Types.UNKNOWN) {
                throw new PgException(SqlState.DATATYPE_MISMATCH,
                        "could not determine polymorphic type because input has type unknown");
            }
            if (array.type() instanceof ArrayType) {
                List<DataType> args = new ArrayList<>(List.of(array, DataType.of(Types.INT4)));
                if (n == 3) {
                    args.add(DataType.of(Types.BOOL));
                }
                return new GenerateSubscriptsFunction(List.copyOf(args));
            }
        }
        throw Functions.doesNotExist(NAME, argumentTypes);
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
        return List.of(NAME);
    }

    @Override
    public List<DataType> columnTypes() {
        return List.of(DataType.of(Types.INT4));
    }

    @Override
    public boolean scalarResult() {
        return true;
    }

    @Override
    public Iterator<Object[]> rows(Object[] args) {
        if (args[0] == null || args[1] == null || (args.length > 2 && args[2] == null)) {
            return Collections.emptyIterator();
        }
        ArrayValue a = (ArrayValue) args[0];
        int dim = (Integer) args[1];
        if (dim < 1 || dim > a.ndim()) {
            return Collections.emptyIterator();
        }
        boolean reverse = args.length > 2 && (Boolean) args[2];
        int lower = a.lowerBound(dim - 1);
        int count = a.dim(dim - 1);
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {reverse ? lower + count - 1 - i : lower + i});
        }
        return rows.iterator();
    }
}
