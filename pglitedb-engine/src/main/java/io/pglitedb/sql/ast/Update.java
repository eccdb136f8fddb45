package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code UPDATE [ONLY] table [[AS] alias] SET col = expr, ... [FROM items] [WHERE cond] [RETURNING ...]};
 * without ONLY the table's inheritance children and partitions are updated too.
 */
public record Update(QualifiedName table, String alias, List<Assignment> assignments, Expr where,
        List<SelectItem> returning, List<FromItem> from, boolean only) implements Statement {
    public Update {
        assignments = List.copyOf(assignments);
        returning = List.copyOf(returning);
        from = List.copyOf(from);
    }

    public Update(QualifiedName table, String alias, List<Assignment> assignments, Expr where,
            List<SelectItem> returning) {
        this(table, alias, assignments, where, returning, List.of());
    }

    public Update(QualifiedName table, String alias, List<Assignment> assignments, Expr where,
            List<SelectItem> returning, List<FromItem> from) {
        this(table, alias, assignments, where, returning, from, false);
    }

    public Update withAlias(String newAlias) {
        return new Update(table, newAlias, assignments, where, returning, from, only);
    }

    /** The same statement on another table (an inheritance child), with ONLY. */
    public Update onTable(QualifiedName other) {
        return new Update(other, alias, assignments, where, returning, from, true);
    }
}
