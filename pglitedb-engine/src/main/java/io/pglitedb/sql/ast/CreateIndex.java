package io.pglitedb.sql.ast;

import java.util.List;

/** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON table [USING btree] (elements)}; name may be null. */
public record CreateIndex(String name, QualifiedName table, boolean unique, boolean ifNotExists,
        List<IndexElement> elements, int position) implements Statement {
    public CreateIndex {
        elements = List.copyOf(elements);
    }
}
