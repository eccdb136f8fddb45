package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON table [USING btree] (elements)
 * [WHERE predicate]}; name may be null, predicate null when the index is not partial.
 */
public record CreateIndex(String name, QualifiedName table, boolean unique, boolean ifNotExists,
        List<IndexElement> elements, Expr predicate, int position) implements Statement {
    public CreateIndex {
        elements = List.copyOf(elements);
    }

    public CreateIndex(String name, QualifiedName table, boolean unique, boolean ifNotExists,
            List<IndexElement> elements, int position) {
        this(name, table, unique, ifNotExists, elements, null, position);
    }
}
