package io.pglitedb.exec.copy;

/** Receives the rows a {@link CopyParser} finds. */
@FunctionalInterface
public interface CopyRowReceiver {
    /**
     * One row of input.
     *
     * @param fields the field values in input order, null for NULL; reused for the next row
     * @param count how many of {@code fields} belong to this row
     */
    void row(String[] fields, int count);
}
