package io.pglitedb.sql.ast;

import java.util.List;

/**
 * GRANT privileges ON objects TO grantees [WITH GRANT OPTION] [GRANTED BY role], and REVOKE
 * [GRANT OPTION FOR] privileges ON objects FROM grantees [GRANTED BY role] [CASCADE | RESTRICT].
 *
 * @param privileges null for ALL [PRIVILEGES]; otherwise each privilege with its columns, if any
 * @param objectType TABLE (also for no keyword), SEQUENCE, SCHEMA, DATABASE, FUNCTION, ...
 * @param allInSchema ON ALL TABLES|SEQUENCES|FUNCTIONS|PROCEDURES|ROUTINES IN SCHEMA s: {@code objects} are the schemas
 * @param routines ON FUNCTION|PROCEDURE|ROUTINE: the routines with their argument types ({@code objects} empty)
 * @param grantOption GRANT: WITH GRANT OPTION; REVOKE: GRANT OPTION FOR
 */
public record GrantPrivileges(boolean revoke, List<Privilege> privileges, List<String> allColumns,
        String objectType, boolean allInSchema, List<QualifiedName> objects, List<DropFunction.Item> routines,
        List<RoleSpec> grantees,
        boolean grantOption, RoleSpec grantedBy, boolean cascade) implements Statement {

    /** One privilege keyword (lower case) and its column list (empty: the whole object). */
    public record Privilege(String name, List<String> columns, int position) {
        public Privilege {
            columns = List.copyOf(columns);
        }
    }

    public GrantPrivileges {
        privileges = privileges == null ? null : List.copyOf(privileges);
        allColumns = List.copyOf(allColumns);
        objects = List.copyOf(objects);
        routines = List.copyOf(routines);
        grantees = List.copyOf(grantees);
    }
}
