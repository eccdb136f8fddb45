package io.pglitedb.exec;

/** Receives result rows (RETURNING rows of DML). */
@FunctionalInterface
public interface RowConsumer {
    void accept(Object[] row);
}
