package io.pglitedb.sql.ast;

import java.util.List;

/** {@code CREATE TYPE name AS (attribute type [COLLATE collation], ...)}: a composite type. */
public record CreateCompositeType(QualifiedName name, List<Attribute> attributes) implements Statement {
    public CreateCompositeType {
        attributes = List.copyOf(attributes);
    }

    /** One attribute as written. */
    public record Attribute(String name, TypeName type, int position) {
    }
}
