package io.pglitedb.sql.ast;

import java.util.List;

/**
 * CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name {BEFORE | AFTER | INSTEAD OF} events ON table
 * [FOR EACH {ROW | STATEMENT}] [WHEN (condition)] EXECUTE {FUNCTION | PROCEDURE} f(args).
 * {@code events} is pg_trigger's tgtype event bits; {@code whenText} the condition as written.
 *
 * @param timing "BEFORE", "AFTER" or "INSTEAD OF"
 */
public record CreateTrigger(String name, boolean orReplace, boolean constraint, String timing, int events,
        List<String> updateColumns, QualifiedName table, boolean forEachRow, Expr when, String whenText,
        QualifiedName function, List<String> arguments, boolean transitionTables, int position)
        implements Statement {
    public CreateTrigger {
        updateColumns = List.copyOf(updateColumns);
        arguments = List.copyOf(arguments);
    }
}
