package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code DELETE FROM [ONLY] table [[AS] alias] [USING items] [WHERE cond] [RETURNING ...]}; without
 * ONLY the rows of the table's inheritance children and partitions are deleted too.
 */
public record Delete(QualifiedName table, String alias, Expr where, List<SelectItem> returning, List<FromItem> using,
        boolean only) implements Statement {
    public Delete {
        returning = List.copyOf(returning);
        using = List.copyOf(using);
    }

    public Delete(QualifiedName table, String alias, Expr where, List<SelectItem> returning) {
        this(table, alias, where, returning, List.of());
    }

    public Delete(QualifiedName table, String alias, Expr where, List<SelectItem> returning, List<FromItem> using) {
        this(table, alias, where, returning, using, false);
    }

    public Delete withAlias(String newAlias) {
        return new Delete(table, newAlias, where, returning, using, only);
    }

    /** The same statement on another table (an inheritance child), with ONLY. */
    public Delete onTable(QualifiedName other) {
        return new Delete(other, alias, where, returning, using, true);
    }
}
