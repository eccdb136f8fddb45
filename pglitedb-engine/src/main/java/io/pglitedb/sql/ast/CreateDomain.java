package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CREATE DOMAIN name [AS] type [DEFAULT expr] [[CONSTRAINT name] {NOT NULL | NULL | CHECK (expr)}]...}.
 *
 * @param defaultValue the DEFAULT expression, or null
 * @param checks the CHECK constraints in the order written (name null when not given)
 */
public record CreateDomain(QualifiedName name, TypeName type, Expr defaultValue, boolean notNull,
        List<Check> checks) implements Statement {
    public CreateDomain {
        checks = List.copyOf(checks);
    }

    /** {@code [CONSTRAINT name] CHECK (condition)} over VALUE; {@code notValid} for ALTER DOMAIN ADD ... NOT VALID. */
    public record Check(String name, Expr condition, boolean notValid, int position) {
    }
}
