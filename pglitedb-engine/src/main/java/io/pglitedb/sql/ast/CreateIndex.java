package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON table [USING method] (elements)
 * [INCLUDE (included)] [WHERE predicate]}; name may be null, predicate null when the index is not partial.
 *
 * @param method the access method, "btree" when not given
 * @param methodPosition where the method name was written, -1 when not given
 */
public record CreateIndex(String name, QualifiedName table, boolean unique, boolean ifNotExists,
        List<IndexElement> elements, Expr predicate, int position, List<IndexElement> included, String method,
        int methodPosition) implements Statement {
    public CreateIndex {
        elements = List.copyOf(elements);
        included = List.copyOf(included);
    }

    public CreateIndex(String name, QualifiedName table, boolean unique, boolean ifNotExists,
            List<IndexElement> elements, Expr predicate, int position) {
        this(name, table, unique, ifNotExists, elements, predicate, position, List.of(), "btree", -1);
    }

    public CreateIndex(String name, QualifiedName table, boolean unique, boolean ifNotExists,
            List<IndexElement> elements, int position) {
        this(name, table, unique, ifNotExists, elements, null, position);
    }
}
