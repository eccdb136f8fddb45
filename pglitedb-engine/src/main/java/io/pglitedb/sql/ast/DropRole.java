package io.pglitedb.sql.ast;

import java.util.List;

/** DROP ROLE / USER / GROUP [IF EXISTS] name [, ...]. */
public record DropRole(List<String> names, boolean ifExists) implements Statement {
    public DropRole {
        names = List.copyOf(names);
    }
}
