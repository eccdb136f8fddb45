package io.pglitedb.catalog;

/**
 * One row of pg_auth_members: {@code member} is a member of {@code role}, granted by
 * {@code grantor}, with or without ADMIN OPTION. Roles are named by OID, so renames keep it.
 */
public record RoleMembership(int role, int member, int grantor, boolean admin) {

    /** The key of the (role, member) pair in the overlay and committed maps. */
    public long pair() {
        return pair(role, member);
    }

    public static long pair(int role, int member) {
        return ((long) role << 32) | (member & 0xFFFFFFFFL);
    }
}
