package io.pglitedb.sql.ast;

import java.util.List;

/** {@code UPDATE table [[AS] alias] SET col = expr, ... [WHERE cond] [RETURNING ...]}. */
public record Update(QualifiedName table, String alias, List<Assignment> assignments, Expr where,
        List<SelectItem> returning) implements Statement {
    public Update {
        assignments = List.copyOf(assignments);
        returning = List.copyOf(returning);
    }
}
