package io.pglitedb.sql.ast;

import java.util.List;

/** CREATE DATABASE name [[WITH] option [=] value ...]. */
public record CreateDatabase(String name, List<DatabaseOption> options) implements Statement {
    public CreateDatabase {
        options = List.copyOf(options);
    }
}
