package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON table [USING method] (elements)
 * [INCLUDE (included)] [NULLS [NOT] DISTINCT] [WITH (options)] [WHERE predicate]}; name may be null, predicate null when the index is not partial.
 *
 * @param method the access method, "btree" when not given
 * @param methodPosition where the method name was written, -1 when not given
 * @param nullsNotDistinct NULLS NOT DISTINCT was written
 * @param options the WITH (storage parameters) as written
 */
public record CreateIndex(String name, QualifiedName table, boolean unique, boolean ifNotExists,
        List<IndexElement> elements, Expr predicate, int position, List<IndexElement> included, String method,
        int methodPosition, boolean nullsNotDistinct, List<SetRelationOptions.Option> options) implements Statement {
    public CreateIndex {
        elements = List.copyOf(elements);
        included = List.copyOf(included);
        options = List.copyOf(options);
    }

    public CreateIndex(String name, QualifiedName table, boolean unique, boolean ifNotExists,
            List<IndexElement> elements, Expr predicate, int position) {
        this(name, table, unique, ifNotExists, elements, predicate, position, List.of(), "btree", -1, false, List.of());
    }

    public CreateIndex(String name, QualifiedName table, boolean unique, boolean ifNotExists,
            List<IndexElement> elements, int position) {
        this(name, table, unique, ifNotExists, elements, null, position);
    }
}
