package io.pglitedb.exec;

/** An operator over stored rows that can tell the key and stored bytes of the row it returned last. */
public interface KeyedRows {
    byte[] currentKey();

    byte[] currentValue();
}
