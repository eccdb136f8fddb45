package io.pglitedb.sql.ast;

/** DROP DATABASE [IF EXISTS] name [[WITH] (FORCE)]. */
public record DropDatabase(String name, boolean ifExists, boolean force) implements Statement {
}
