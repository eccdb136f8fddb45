package io.pglitedb.functions;

import io.pglitedb.types.DataType;
import java.util.List;

/** A resolved built-in function such as abs(int4), lower(text), length(text), round(numeric, int4). */
public interface ScalarFunction {
    String name();

    /** The types the arguments are coerced to before {@link #apply}. */
    List<DataType> argumentTypes();

    DataType resultType();

    /** Strict functions return null when any argument is null without being called. */
    boolean strict();

    Object apply(Object[] args);
}
