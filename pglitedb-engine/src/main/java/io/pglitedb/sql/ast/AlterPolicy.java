package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code ALTER POLICY name ON table RENAME TO newName} or
 * {@code ALTER POLICY name ON table [TO role, ...] [USING (expr)] [WITH CHECK (expr)]}.
 *
 * @param newName the new name of a RENAME, else null
 * @param roles null when not changed
 * @param using null when not changed
 * @param withCheck null when not changed
 */
public record AlterPolicy(String name, QualifiedName table, String newName, List<RoleSpec> roles, Expr using,
        Expr withCheck, String usingSql, String withCheckSql) implements Statement {
}
