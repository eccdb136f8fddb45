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
import java.util.NoSuchElementException;

/**
 * unnest(anyarray [, anyarray ...]) as a {@link TableFunction}: one column per array, the elements
 * in storage order side by side, shorter or NULL arrays padded with NULLs (several arrays only in
 * FROM, as PostgreSQL expands them to ROWS FROM); string_to_table is unnest of string_to_array.
 */
final class UnnestFunction {
    private UnnestFunction() {
    }

    private record Unnest(String name, List<DataType> argumentTypes, List<String> columnNames,
            List<DataType> columnTypes, java.util.function.Function<Object[], ArrayValue[]> arrays)
            implements TableFunction {
        @Override
        public boolean scalarResult() {
            return columnTypes.size() == 1;
        }

        @Override
        public Iterator<Object[]> rows(Object[] args) {
            ArrayValue[] values = arrays.apply(args);
            int max = 0;
            for (ArrayValue a : values) {
                if (a != null) {
                    max = Math.max(max, a.size());
                }
            }
            if (max == 0) {
                return Collections.emptyIterator();
            }
            int rows = max;
            return new Iterator<>() {
                int next;

                @Override
                public boolean hasNext() {
                    return next < rows;
                }

                @Override
                public Object[] next() {
                    if (next >= rows) {
                        throw new NoSuchElementException();
                    }
                    Object[] row = new Object[values.length];
                    for (int i = 0; i < values.length; i++) {
                        ArrayValue a = values[i];
                        row[i] = a != null && next < a.size() ? a.element(next) : null;
                    }
                    next++;
                    return row;
                }
            };
        }
    }

    /** unnest over these argument types; a bare unknown literal cannot be unnested (as PostgreSQL). */
    static TableFunction unnest(List<DataType> argumentTypes) {
        List<DataType> columns = new ArrayList<>();
        boolean arrays = !argumentTypes.isEmpty();
        for (DataType t : argumentTypes) {
            if (t.type() == Types.UNKNOWN && argumentTypes.size() == 1) {
                // unnest(anyarray), unnest(tsvector), unnest(anymultirange): no single candidate
                throw Functions.notUnique("unnest", argumentTypes);
            }
            if (t.type() == Types.UNKNOWN) {
                throw new PgException(SqlState.DATATYPE_MISMATCH,
                        "could not determine polymorphic type because input has type unknown");
            }
            if (t.type() instanceof ArrayType array) {
                columns.add(new DataType(array.element(), t.typmod()));
            } else if (argumentTypes.size() > 1) {
                // several arrays are ROWS FROM (unnest(a), unnest(b) ...): the failing call is one of those
                throw Functions.doesNotExist("pg_catalog.unnest", List.of(t));
            } else {
                arrays = false;
            }
        }
        if (!arrays) {
            throw Functions.doesNotExist("unnest", argumentTypes);
        }
        return new Unnest("unnest", List.copyOf(argumentTypes), Collections.nCopies(columns.size(), "unnest"),
                List.copyOf(columns), a -> {
                    ArrayValue[] values = new ArrayValue[a.length];
                    for (int i = 0; i < a.length; i++) {
                        values[i] = (ArrayValue) a[i];
                    }
                    return values;
                });
    }

    /**
     * string_to_table(text, text [, text]): the elements string_to_array gives, one per row (not
     * strict: a NULL delimiter splits into characters).
     */
    static TableFunction stringToTable(List<DataType> argumentTypes) {
        if (argumentTypes.size() != 2 && argumentTypes.size() != 3) {
            throw Functions.doesNotExist("string_to_table", argumentTypes);
        }
        List<io.pglitedb.types.PgType[]> candidates = new ArrayList<>();
        io.pglitedb.types.PgType[] sig = new io.pglitedb.types.PgType[argumentTypes.size()];
        java.util.Arrays.fill(sig, Types.TEXT);
        candidates.add(sig);
        if (io.pglitedb.types.OverloadResolution.select(candidates, Functions.types(argumentTypes)) < 0) {
            throw Functions.doesNotExist("string_to_table", argumentTypes);
        }
        DataType text = DataType.of(Types.TEXT);
        return new Unnest("string_to_table", Collections.nCopies(argumentTypes.size(), text),
                List.of("string_to_table"), List.of(text),
                a -> new ArrayValue[] {a[0] == null ? null
                        : ArrayFunctions.split((String) a[0], (String) a[1], a.length > 2 ? (String) a[2] : null)});
    }
}
