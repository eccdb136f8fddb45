package io.pglitedb.catalog;

import io.pglitedb.types.DataType;
import java.util.Objects;

/**
 * A sequence's definition as the catalog stores it (pg_sequence plus the relation's name). Its
 * current value is not part of it: that is non-transactional state kept by {@link Sequence}.
 *
 * @param type smallint, integer or bigint (AS type; bounds the default MINVALUE/MAXVALUE)
 * @param ownedByTable the OID of the table whose column owns it (OWNED BY, serial, identity), or 0
 * @param ownedByColumn that column's name, or null
 */
public record SequenceDescriptor(int oid, String schema, String name, DataType type, long start, long increment,
        long minValue, long maxValue, long cache, boolean cycle, int ownedByTable, String ownedByColumn) {
    public SequenceDescriptor {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
    }

    public SequenceDescriptor withSchema(String newSchema) {
        return new SequenceDescriptor(oid, newSchema, name, type, start, increment, minValue, maxValue, cache, cycle,
                ownedByTable, ownedByColumn);
    }

    public SequenceDescriptor withName(String newName) {
        return new SequenceDescriptor(oid, schema, newName, type, start, increment, minValue, maxValue, cache, cycle,
                ownedByTable, ownedByColumn);
    }

    public SequenceDescriptor ownedBy(int table, String column) {
        return new SequenceDescriptor(oid, schema, name, type, start, increment, minValue, maxValue, cache, cycle,
                table, column);
    }
}
