package io.pglitedb.catalog;

import io.pglitedb.types.EnumType;
import java.util.List;

/**
 * A user-defined type (pg_type row with typtype 'e'): {@code CREATE TYPE name AS ENUM (...)} with
 * its labels (pg_enum rows) and the OID of its array type.
 */
public record TypeDescriptor(int oid, int arrayOid, String schema, String name, int owner,
        List<EnumType.Label> labels) {
    public TypeDescriptor {
        labels = List.copyOf(labels);
    }

    public TypeDescriptor withLabels(List<EnumType.Label> newLabels) {
        return new TypeDescriptor(oid, arrayOid, schema, name, owner, newLabels);
    }

    public TypeDescriptor renamed(String newSchema, String newName) {
        return new TypeDescriptor(oid, arrayOid, newSchema, newName, owner, labels);
    }

    public TypeDescriptor withOwner(int newOwner) {
        return new TypeDescriptor(oid, arrayOid, schema, name, newOwner, labels);
    }

    /** The labels as committed: none pending. */
    TypeDescriptor committed() {
        boolean pending = false;
        for (EnumType.Label l : labels) {
            pending |= l.pending();
        }
        if (!pending) {
            return this;
        }
        return withLabels(labels.stream().map(l -> new EnumType.Label(l.oid(), l.sortOrder(), l.name(), false)).toList());
    }
}
