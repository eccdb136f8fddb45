package io.pglitedb.catalog;

import io.pglitedb.types.EnumType;
import java.util.List;

/**
 * A user-defined type: an enum ({@code CREATE TYPE name AS ENUM (...)}, pg_type typtype 'e') with
 * its labels (pg_enum rows), or a domain ({@code CREATE DOMAIN}, typtype 'd') with its
 * {@link DomainDefinition}; and the OID of its array type.
 *
 * @param domain the domain's definition, or null for an enum
 * @param composite a composite type's attributes (typtype 'c'), else null
 * @param range a range type's definition (typtype 'r'), else null
 */
public record TypeDescriptor(int oid, int arrayOid, String schema, String name, int owner,
        List<EnumType.Label> labels, DomainDefinition domain, CompositeDefinition composite, RangeDefinition range) {
    public TypeDescriptor {
        labels = List.copyOf(labels);
    }

    /** An enum, a domain or a composite type. */
    public TypeDescriptor(int oid, int arrayOid, String schema, String name, int owner, List<EnumType.Label> labels,
            DomainDefinition domain, CompositeDefinition composite) {
        this(oid, arrayOid, schema, name, owner, labels, domain, composite, null);
    }

    /** A range type ({@code CREATE TYPE name AS RANGE}). */
    public TypeDescriptor(int oid, int arrayOid, String schema, String name, int owner, RangeDefinition range) {
        this(oid, arrayOid, schema, name, owner, List.of(), null, null, range);
    }

    /** An enum type. */
    public TypeDescriptor(int oid, int arrayOid, String schema, String name, int owner, List<EnumType.Label> labels) {
        this(oid, arrayOid, schema, name, owner, labels, null, null);
    }

    /** An enum or a domain. */
    public TypeDescriptor(int oid, int arrayOid, String schema, String name, int owner, List<EnumType.Label> labels,
            DomainDefinition domain) {
        this(oid, arrayOid, schema, name, owner, labels, domain, null);
    }

    public boolean isComposite() {
        return composite != null;
    }

    public boolean isDomain() {
        return domain != null;
    }

    public boolean isRange() {
        return range != null;
    }

    /** pg_type.typtype: 'd' for a domain, 'c' for a composite type, 'r' for a range type, 'e' for an enum. */
    public char kind() {
        return domain != null ? 'd' : composite != null ? 'c' : range != null ? 'r' : 'e';
    }

    public TypeDescriptor withLabels(List<EnumType.Label> newLabels) {
        return new TypeDescriptor(oid, arrayOid, schema, name, owner, newLabels, domain, composite, range);
    }

    public TypeDescriptor withDomain(DomainDefinition newDomain) {
        return new TypeDescriptor(oid, arrayOid, schema, name, owner, labels, newDomain, composite, range);
    }

    public TypeDescriptor renamed(String newSchema, String newName) {
        return new TypeDescriptor(oid, arrayOid, newSchema, newName, owner, labels, domain, composite, range);
    }

    public TypeDescriptor withOwner(int newOwner) {
        return new TypeDescriptor(oid, arrayOid, schema, name, newOwner, labels, domain, composite, range);
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
