package io.pglitedb.sql.ast;

import java.util.List;

/**
 * DROP FUNCTION | PROCEDURE | ROUTINE [IF EXISTS] name [(argtypes)], ... [CASCADE | RESTRICT].
 * Each item's argument types are null when no list was written (the name must then be unique).
 */
public record DropFunction(String kind, List<Item> functions, boolean ifExists, boolean cascade)
        implements Statement {
    public DropFunction {
        functions = List.copyOf(functions);
    }

    /** One function named by the statement. */
    public record Item(QualifiedName name, List<TypeName> argumentTypes, int position) {
    }
}
