package io.pglitedb.sql.ast;

import java.util.List;

/** {@code DELETE FROM table [[AS] alias] [USING items] [WHERE cond] [RETURNING ...]}. */
public record Delete(QualifiedName table, String alias, Expr where, List<SelectItem> returning, List<FromItem> using)
        implements Statement {
    public Delete {
        returning = List.copyOf(returning);
        using = List.copyOf(using);
    }

    public Delete(QualifiedName table, String alias, Expr where, List<SelectItem> returning) {
        this(table, alias, where, returning, List.of());
    }
}
