package io.pglitedb.session;

/**
 * The table column a result column comes from, as client drivers report it in result metadata
 * (pgJDBC reads the same from pg_attribute).
 *
 * @param autoIncrement the column takes its default from a sequence (serial, bigserial)
 */
public record ColumnOrigin(String schema, String table, String column, boolean notNull, boolean autoIncrement) {
}
