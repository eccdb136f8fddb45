package io.pglitedb.types;

/** A resolved cast to {@link #target()}, including the typmod coercion (varchar(3), numeric(5,2)). */
public interface Cast {
    DataType target();

    /** @param value never null */
    Object apply(Object value);
}
