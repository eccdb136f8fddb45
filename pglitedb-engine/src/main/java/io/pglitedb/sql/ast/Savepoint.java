package io.pglitedb.sql.ast;

/** SAVEPOINT name, RELEASE [SAVEPOINT] name, ROLLBACK [WORK | TRANSACTION] TO [SAVEPOINT] name. */
public record Savepoint(Kind kind, String name) implements Statement {
    public enum Kind {
        DEFINE,
        RELEASE,
        ROLLBACK_TO
    }
}
