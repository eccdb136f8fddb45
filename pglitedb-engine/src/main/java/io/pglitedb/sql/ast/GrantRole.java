package io.pglitedb.sql.ast;

import java.util.List;

/**
 * GRANT role [, ...] TO role [, ...] [WITH ADMIN OPTION] [GRANTED BY role], and REVOKE [ADMIN
 * OPTION FOR] role [, ...] FROM role [, ...] [GRANTED BY role] [CASCADE | RESTRICT].
 *
 * @param adminOption GRANT: WITH ADMIN OPTION; REVOKE: ADMIN OPTION FOR (only the option goes)
 */
public record GrantRole(boolean revoke, List<String> roles, List<RoleSpec> grantees, boolean adminOption,
        RoleSpec grantedBy) implements Statement {
    public GrantRole {
        roles = List.copyOf(roles);
        grantees = List.copyOf(grantees);
    }
}
