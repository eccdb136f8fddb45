package io.pglitedb.catalog;

import java.util.List;

/**
 * The attributes of a composite type ({@code CREATE TYPE name AS (a integer, b text)}): a pg_class
 * row of relkind 'c' with this OID and one pg_attribute row per attribute.
 */
public record CompositeDefinition(int relationOid, List<Attribute> attributes) {
    public CompositeDefinition {
        attributes = List.copyOf(attributes);
    }

    /** One attribute: its name, type OID and type modifier. */
    public record Attribute(String name, int typeOid, int typmod) {
    }
}
