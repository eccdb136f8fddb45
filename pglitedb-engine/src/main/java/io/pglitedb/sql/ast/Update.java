package io.pglitedb.sql.ast;

import java.util.List;

/** {@code UPDATE table [[AS] alias] SET col = expr, ... [FROM items] [WHERE cond] [RETURNING ...]}. */
public record Update(QualifiedName table, String alias, List<Assignment> assignments, Expr where,
        List<SelectItem> returning, List<FromItem> from) implements Statement {
    public Update {
        assignments = List.copyOf(assignments);
        returning = List.copyOf(returning);
        from = List.copyOf(from);
    }

    public Update(QualifiedName table, String alias, List<Assignment> assignments, Expr where,
            List<SelectItem> returning) {
        this(table, alias, assignments, where, returning, List.of());
    }
}
