package io.pglitedb.sql.ast;

/**
 * A role as GRANT, REVOKE and OWNER TO name it: a role name, PUBLIC, or CURRENT_USER /
 * SESSION_USER / CURRENT_ROLE (gram.y's RoleSpec).
 */
public record RoleSpec(Kind kind, String name, int position) {
    public enum Kind { NAME, PUBLIC, CURRENT_USER, SESSION_USER, CURRENT_ROLE }

    public static RoleSpec named(String name, int position) {
        return new RoleSpec(Kind.NAME, name, position);
    }
}
