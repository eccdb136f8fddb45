package io.pglitedb.catalog;

import io.pglitedb.types.DataType;
import java.util.Objects;

/**
 * One column of a table as the catalog stores it.
 *
 * @param attributeNumber 1-based position (pg_attribute.attnum)
 * @param defaultSql the DEFAULT expression as SQL text (re-analysed when used), or null
 * @param sequenceName the owned sequence of a serial column (its default is nextval of it), or null
 */
public record ColumnDescriptor(String name, int attributeNumber, DataType type, boolean notNull,
        String defaultSql, String sequenceName) {
    public ColumnDescriptor {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
    }
}
