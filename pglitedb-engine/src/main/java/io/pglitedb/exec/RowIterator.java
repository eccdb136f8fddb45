package io.pglitedb.exec;

/** A running operator: pull rows until null. Rows may be reused by the next call. */
public interface RowIterator extends AutoCloseable {
    /** @return the next row, or null at the end */
    Object[] next();

    @Override
    default void close() {
    }
}
