package io.pglitedb.plpgsql;

/**
 * A DECLARE item: {@code name [CONSTANT] type [NOT NULL] [:= default]}, or {@code name ALIAS FOR
 * other} ({@code aliasOf} set, type null). {@code type} is the type text as written
 * ({@code integer}, {@code tab%ROWTYPE}, {@code tab.col%TYPE}, {@code record}).
 */
record Declaration(String name, String type, boolean constant, boolean notNull, PlQuery initial, String aliasOf,
        int line) {
}
