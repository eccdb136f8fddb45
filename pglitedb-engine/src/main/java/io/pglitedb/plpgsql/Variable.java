package io.pglitedb.plpgsql;

import io.pglitedb.types.DataType;
import io.pglitedb.types.RecordType;

/**
 * A PL/pgSQL variable of one activation: a scalar of a declared type, or a record (a %ROWTYPE,
 * NEW/OLD, or {@code record}, whose fields are known only once assigned: {@code type} null until
 * then). A record's value is an {@code Object[]} of its fields.
 */
final class Variable {
    final String name;
    /** The block label (or function name) that qualifies the name, or null. */
    final String qualifier;
    DataType type;
    final boolean record;
    final boolean constant;
    final boolean notNull;
    Object value;
    /** Declared {@code record}: takes the row type of whatever is assigned. */
    boolean anyRecord;

    Variable(String name, String qualifier, DataType type, boolean record, boolean constant, boolean notNull) {
        this.name = name;
        this.qualifier = qualifier;
        this.type = type;
        this.record = record;
        this.constant = constant;
        this.notNull = notNull;
    }

    boolean declaredRecord() {
        return anyRecord;
    }

    /** The record's fields' type, or null when a {@code record} is not assigned yet. */
    RecordType recordType() {
        return type == null ? null : (RecordType) type.type();
    }
}
