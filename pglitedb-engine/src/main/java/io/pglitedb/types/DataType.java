package io.pglitedb.types;

import java.util.Objects;

/**
 * A type with its modifier, as a column or an expression has it: {@code varchar(20)} is
 * (VARCHAR, 24), {@code integer} is (INT4, -1).
 */
public record DataType(PgType type, int typmod) {
    public DataType {
        Objects.requireNonNull(type, "type is null");
    }

    public static DataType of(PgType type) {
        return new DataType(type, -1);
    }

    public int oid() {
        return type.oid();
    }

    /** The name format_type() prints: "integer", "character varying(20)", "numeric(10,2)". */
    public String displayName() {
        return Types.formatType(this);
    }

    /** The name without modifiers, as error messages print it (format_type_be): "character varying". */
    public String baseName() {
        return Types.formatType(new DataType(type, -1));
    }

    @Override
    public String toString() {
        return displayName();
    }
}
