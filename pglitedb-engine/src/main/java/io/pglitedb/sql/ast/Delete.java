package io.pglitedb.sql.ast;

import java.util.List;

/** {@code DELETE FROM table [[AS] alias] [WHERE cond] [RETURNING ...]}. */
public record Delete(QualifiedName table, String alias, Expr where, List<SelectItem> returning)
        implements Statement {
    public Delete {
        returning = List.copyOf(returning);
    }
}
