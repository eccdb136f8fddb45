package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CREATE POLICY name ON table [AS PERMISSIVE|RESTRICTIVE] [FOR ALL|SELECT|INSERT|UPDATE|DELETE]
 * [TO role, ...] [USING (expr)] [WITH CHECK (expr)]}.
 *
 * @param command PostgreSQL's polcmd: '*' (ALL), 'r' (SELECT), 'a' (INSERT), 'w' (UPDATE), 'd' (DELETE)
 * @param roles empty: PUBLIC
 * @param using nullable
 * @param withCheck nullable
 * @param usingSql the USING condition as written (stored: it is parsed again where the policy applies)
 * @param withCheckSql the WITH CHECK condition as written
 */
public record CreatePolicy(String name, QualifiedName table, boolean permissive, char command, List<RoleSpec> roles,
        Expr using, Expr withCheck, String usingSql, String withCheckSql) implements Statement {
    public CreatePolicy {
        roles = List.copyOf(roles);
    }
}
