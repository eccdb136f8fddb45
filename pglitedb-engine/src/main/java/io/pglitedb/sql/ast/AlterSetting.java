package io.pglitedb.sql.ast;

/**
 * {@code ALTER DATABASE name SET ... | RESET ...} (role null) and {@code ALTER ROLE {name | ALL}
 * [IN DATABASE db] SET ... | RESET ...} (role null and allRoles for ALL; roleSpecial when the role is
 * written CURRENT_USER, SESSION_USER or CURRENT_ROLE, given lower case). action is a
 * {@link SetVariable} or a {@link ResetVariable}.
 */
public record AlterSetting(String database, String role, boolean roleSpecial, boolean allRoles, Statement action)
        implements Statement {
}
