package io.pglitedb.catalog;

/**
 * One entry of an access control list, as PostgreSQL's aclitem: the privileges {@code grantee}
 * (0 = PUBLIC) holds from {@code grantor}, and for which of them it may grant further
 * ({@code grantOptions}, a subset of {@code privileges}). Bits are {@link Privileges}'.
 */
public record AclItem(int grantee, int grantor, int privileges, int grantOptions) {
    /** The grantee OID that means PUBLIC (every role). */
    public static final int PUBLIC = 0;

    public AclItem {
        grantOptions &= privileges;
    }

    public boolean isEmpty() {
        return privileges == 0;
    }
}
