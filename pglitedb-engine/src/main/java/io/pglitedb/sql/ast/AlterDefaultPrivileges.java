package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code ALTER DEFAULT PRIVILEGES [FOR ROLE role, ...] [IN SCHEMA schema, ...] GRANT privileges ON
 * TABLES|SEQUENCES|FUNCTIONS|ROUTINES|TYPES|SCHEMAS TO grantees [WITH GRANT OPTION]} or the REVOKE
 * form ({@code [GRANT OPTION FOR] ... FROM grantees [CASCADE | RESTRICT]}).
 *
 * @param forRoles empty: the current user
 * @param schemas empty: every schema
 * @param privileges null for ALL [PRIVILEGES]
 * @param objectType pg_default_acl's defaclobjtype: 'r', 'S', 'f', 'T' or 'n'
 */
public record AlterDefaultPrivileges(List<RoleSpec> forRoles, List<String> schemas, boolean revoke,
        List<GrantPrivileges.Privilege> privileges, char objectType, List<RoleSpec> grantees, boolean grantOption,
        boolean cascade) implements Statement {
    public AlterDefaultPrivileges {
        forRoles = List.copyOf(forRoles);
        schemas = List.copyOf(schemas);
        privileges = privileges == null ? null : List.copyOf(privileges);
        grantees = List.copyOf(grantees);
    }
}
