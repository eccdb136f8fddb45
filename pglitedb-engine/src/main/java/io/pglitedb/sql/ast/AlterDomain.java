package io.pglitedb.sql.ast;

/** {@code ALTER DOMAIN name action}: defaults, NOT NULL, constraints, and the naming actions of ALTER TYPE. */
public record AlterDomain(QualifiedName name, Action action) implements Statement {
    public sealed interface Action {
    }

    /** {@code SET DEFAULT expr} or {@code DROP DEFAULT} (expr null). */
    public record SetDefault(Expr value) implements Action {
    }

    /** {@code SET NOT NULL} or {@code DROP NOT NULL}. */
    public record SetNotNull(boolean notNull) implements Action {
    }

    /** {@code ADD [CONSTRAINT name] CHECK (expr) [NOT VALID]}. */
    public record AddCheck(CreateDomain.Check check) implements Action {
    }

    /** {@code DROP CONSTRAINT [IF EXISTS] name [RESTRICT | CASCADE]}. */
    public record DropConstraint(String constraint, boolean ifExists) implements Action {
    }

    /** {@code RENAME CONSTRAINT old TO new}. */
    public record RenameConstraint(String from, String to) implements Action {
    }

    /** {@code VALIDATE CONSTRAINT name}. */
    public record ValidateConstraint(String constraint) implements Action {
    }

    /** {@code RENAME TO}, {@code SET SCHEMA}, {@code OWNER TO}: as for any type. */
    public record Naming(AlterType.Action action) implements Action {
    }
}
