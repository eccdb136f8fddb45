package io.pglitedb.sql.ast;

import java.util.List;

/**
 * SET CONSTRAINTS {ALL | name [, ...]} {DEFERRED | IMMEDIATE}.
 *
 * @param names the constraints named (possibly schema-qualified); empty for ALL
 */
public record SetConstraints(List<QualifiedName> names, boolean deferred) implements Statement {
    public SetConstraints {
        names = List.copyOf(names);
    }
}
