package io.pglitedb.sql.ast;

import java.util.List;

/** {@code WITH [RECURSIVE] ... INSERT|UPDATE|DELETE ...}: WITH queries in reach of a data-modifying statement. */
public record WithStatement(boolean recursive, List<CommonTableExpr> ctes, Statement body) implements Statement {
    public WithStatement {
        ctes = List.copyOf(ctes);
    }
}
