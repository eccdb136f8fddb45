package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code CREATE TYPE name AS RANGE (SUBTYPE = type [, SUBTYPE_OPCLASS = opclass] [, COLLATION =
 * collation] [, CANONICAL = function] [, SUBTYPE_DIFF = function] [, MULTIRANGE_TYPE_NAME = name])}.
 */
public record CreateRangeType(QualifiedName name, List<Option> options) implements Statement {
    public CreateRangeType {
        options = List.copyOf(options);
    }

    /**
     * One {@code attribute = value} as written: the value is a type name for SUBTYPE, a (qualified)
     * name for the others.
     *
     * @param position where the attribute's name starts (for "conflicting or redundant options")
     */
    public record Option(String name, TypeName type, QualifiedName value, int position) {
    }
}
