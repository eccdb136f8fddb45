package io.pglitedb.sql.ast;

import java.util.List;

/**
 * ALTER ROLE / USER name [WITH] options, or ALTER ROLE name RENAME TO newName ({@code renameTo}
 * non-null, no options). {@code name} may be "current_user" / "session_user" / "current_role"
 * when {@code special} is true.
 */
public record AlterRole(String name, boolean special, List<RoleOption> options, String renameTo, int position)
        implements Statement {
    public AlterRole {
        options = List.copyOf(options);
    }
}
