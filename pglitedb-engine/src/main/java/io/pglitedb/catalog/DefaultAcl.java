package io.pglitedb.catalog;

import java.util.List;

/**
 * A pg_default_acl row: the privileges objects of one type created by {@code role} get, in one
 * schema ({@code schema} its OID) or everywhere ({@code schema} 0). ALTER DEFAULT PRIVILEGES
 * keeps these; CREATE applies them.
 *
 * @param objectType {@link #RELATION}, {@link #SEQUENCE}, {@link #FUNCTION}, {@link #TYPE} or {@link #SCHEMA}
 */
public record DefaultAcl(int role, int schema, char objectType, List<AclItem> acl) {
    public static final char RELATION = 'r';
    public static final char SEQUENCE = 'S';
    public static final char FUNCTION = 'f';
    public static final char TYPE = 'T';
    public static final char SCHEMA = 'n';

    public DefaultAcl {
        acl = List.copyOf(acl);
    }

    /** The key of the (role, schema, type) a row is for. */
    public static String key(int role, int schema, char objectType) {
        return role + "/" + schema + "/" + objectType;
    }

    public String key() {
        return key(role, schema, objectType);
    }

    /**
     * acldefault: what an object of this type owned by {@code owner} has without any default
     * ACL: the owner everything, and PUBLIC EXECUTE on functions and USAGE on types.
     */
    public static List<AclItem> builtIn(char objectType, int owner) {
        return switch (objectType) {
            case SEQUENCE -> List.of(new AclItem(owner, owner, Privileges.ALL_SEQUENCE, 0));
            case SCHEMA -> List.of(new AclItem(owner, owner, Privileges.ALL_SCHEMA, 0));
            case FUNCTION -> List.of(new AclItem(AclItem.PUBLIC, owner, Privileges.EXECUTE, 0),
                    new AclItem(owner, owner, Privileges.EXECUTE, 0));
            case TYPE -> List.of(new AclItem(AclItem.PUBLIC, owner, Privileges.USAGE, 0),
                    new AclItem(owner, owner, Privileges.USAGE, 0));
            default -> List.of(new AclItem(owner, owner, Privileges.ALL_TABLE, 0));
        };
    }

    /** Everything that can be granted on objects of this type. */
    public static int allPrivileges(char objectType) {
        return switch (objectType) {
            case SEQUENCE -> Privileges.ALL_SEQUENCE;
            case SCHEMA -> Privileges.ALL_SCHEMA;
            case FUNCTION -> Privileges.EXECUTE;
            case TYPE -> Privileges.USAGE;
            default -> Privileges.ALL_TABLE;
        };
    }
}
