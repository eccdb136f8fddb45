package io.pglitedb.sql.ast;

import java.util.List;

/** CREATE ROLE / USER / GROUP name [WITH] options; USER implies LOGIN unless NOLOGIN is given. */
public record CreateRole(String name, Kind kind, List<RoleOption> options, int position) implements Statement {
    public enum Kind { ROLE, USER, GROUP }

    public CreateRole {
        options = List.copyOf(options);
    }
}
