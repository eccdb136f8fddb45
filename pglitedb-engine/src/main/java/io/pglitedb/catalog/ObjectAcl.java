package io.pglitedb.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An object's owner and access control lists: pg_class's relowner and relacl, and each
 * column's attacl. Kept apart from the table and sequence descriptors (keyed by the object's
 * OID) so that GRANT never rewrites a table's definition.
 *
 * @param kind {@link #TABLE}, {@link #SEQUENCE}, {@link #SCHEMA}, {@link #DATABASE} or {@link #FUNCTION}: which
 *     privileges ALL and the default mean
 * @param acl null while no GRANT/REVOKE has touched it: the default, the owner holds everything
 * @param columns column ACLs by attribute number (absent = no column privileges)
 * @param rowSecurity a table's row-level security flags and policies
 */
public record ObjectAcl(int oid, char kind, int owner, List<AclItem> acl, Map<Integer, List<AclItem>> columns,
        RowSecurity rowSecurity) {
    public static final char TABLE = 'r';
    public static final char SEQUENCE = 'S';
    /** A schema: its owner is the {@link SchemaDescriptor}'s, the entry holds only the ACL. */
    public static final char SCHEMA = 'n';
    /** A database (shared by all databases): its owner is the {@link DatabaseDescriptor}'s. */
    public static final char DATABASE = 'd';
    /** A function or procedure: its owner is the {@link RoutineDescriptor}'s, the entry holds only the ACL. */
    public static final char FUNCTION = 'f';

    public ObjectAcl(int oid, char kind, int owner, List<AclItem> acl, Map<Integer, List<AclItem>> columns) {
        this(oid, kind, owner, acl, columns, RowSecurity.NONE);
    }

    public ObjectAcl {
        rowSecurity = rowSecurity == null ? RowSecurity.NONE : rowSecurity;
        acl = acl == null ? null : List.copyOf(acl);
        Map<Integer, List<AclItem>> copy = new TreeMap<>();
        for (Map.Entry<Integer, List<AclItem>> e : columns.entrySet()) {
            if (!e.getValue().isEmpty()) {
                copy.put(e.getKey(), List.copyOf(e.getValue()));
            }
        }
        columns = java.util.Collections.unmodifiableMap(copy);
    }

    /** A new object's entry: owned by {@code owner}, default privileges. */
    public static ObjectAcl owned(int oid, char kind, int owner) {
        return new ObjectAcl(oid, kind, owner, null, Map.of());
    }

    /** Everything the object's kind can be granted. */
    public int allPrivileges() {
        return switch (kind) {
            case SEQUENCE -> Privileges.ALL_SEQUENCE;
            case SCHEMA -> Privileges.ALL_SCHEMA;
            case DATABASE -> Privileges.ALL_DATABASE;
            case FUNCTION -> Privileges.EXECUTE;
            default -> Privileges.ALL_TABLE;
        };
    }

    /**
     * The ACL in force: the stored one, or PostgreSQL's acldefault (the owner holds everything;
     * PUBLIC may also CONNECT to and make TEMP tables in a database, and EXECUTE functions), and for schema public
     * the one PostgreSQL 15's initdb gives it (PUBLIC may use it, only its owner create in it).
     */
    public List<AclItem> effectiveAcl() {
        if (acl != null) {
            return acl;
        }
        AclItem ownerItem = new AclItem(owner, owner, allPrivileges(), 0);
        if (kind == DATABASE) {
            return List.of(new AclItem(AclItem.PUBLIC, owner, Privileges.TEMPORARY | Privileges.CONNECT, 0), ownerItem);
        }
        if (kind == FUNCTION) {
            return List.of(new AclItem(AclItem.PUBLIC, owner, Privileges.EXECUTE, 0), ownerItem);
        }
        if (kind == SCHEMA && oid == SchemaDescriptor.PUBLIC_OID && owner == SchemaDescriptor.DATABASE_OWNER_ROLE_OID) {
            return List.of(ownerItem, new AclItem(AclItem.PUBLIC, owner, Privileges.USAGE, 0));
        }
        return List.of(ownerItem);
    }

    /** The same entry for an object whose owner is kept elsewhere (schemas, databases). */
    public ObjectAcl ownedBy(int currentOwner) {
        return currentOwner == owner ? this : new ObjectAcl(oid, kind, currentOwner, acl, columns, rowSecurity);
    }

    public ObjectAcl withOwner(int newOwner) {
        // aclnewowner: entries of the old owner (as grantee and grantor) become the new owner's
        List<AclItem> items = acl == null ? null : renameRole(acl, owner, newOwner);
        Map<Integer, List<AclItem>> cols = new TreeMap<>();
        columns.forEach((k, v) -> cols.put(k, renameRole(v, owner, newOwner)));
        return new ObjectAcl(oid, kind, newOwner, items, cols, rowSecurity);
    }

    public ObjectAcl withAcl(List<AclItem> newAcl) {
        return new ObjectAcl(oid, kind, owner, newAcl, columns, rowSecurity);
    }

    public ObjectAcl withColumnAcl(int attnum, List<AclItem> newAcl) {
        Map<Integer, List<AclItem>> cols = new TreeMap<>(columns);
        cols.put(attnum, newAcl);
        return new ObjectAcl(oid, kind, owner, acl, cols, rowSecurity);
    }

    public ObjectAcl withRowSecurity(RowSecurity newRowSecurity) {
        return new ObjectAcl(oid, kind, owner, acl, columns, newRowSecurity);
    }

    /** True when {@code role} appears in any ACL entry (as grantee or grantor) or owns the object. */
    public boolean mentions(int role) {
        if (owner == role) {
            return true;
        }
        return mentionsInAcl(role);
    }

    /** True when {@code role} appears in an ACL entry other than the owner's own default one. */
    public boolean mentionsInAcl(int role) {
        if (acl != null) {
            for (AclItem item : acl) {
                if ((item.grantee() == role || item.grantor() == role) && !(item.grantee() == owner && role == owner)) {
                    return true;
                }
            }
        }
        for (List<AclItem> items : columns.values()) {
            for (AclItem item : items) {
                if (item.grantee() == role || item.grantor() == role) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<AclItem> renameRole(List<AclItem> items, int from, int to) {
        List<AclItem> out = new ArrayList<>();
        for (AclItem item : items) {
            int grantee = item.grantee() == from ? to : item.grantee();
            int grantor = item.grantor() == from ? to : item.grantor();
            AclItem merged = null;
            for (int i = 0; i < out.size(); i++) {
                AclItem o = out.get(i);
                if (o.grantee() == grantee && o.grantor() == grantor) {
                    merged = new AclItem(grantee, grantor, o.privileges() | item.privileges(),
                            o.grantOptions() | item.grantOptions());
                    out.set(i, merged);
                }
            }
            if (merged == null) {
                out.add(new AclItem(grantee, grantor, item.privileges(), item.grantOptions()));
            }
        }
        return out;
    }
}
