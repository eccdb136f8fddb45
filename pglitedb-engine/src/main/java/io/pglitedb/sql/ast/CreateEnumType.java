package io.pglitedb.sql.ast;

import java.util.List;

/** {@code CREATE TYPE name AS ENUM ('label', ...)}. */
public record CreateEnumType(QualifiedName name, List<String> labels) implements Statement {
    public CreateEnumType {
        labels = List.copyOf(labels);
    }
}
