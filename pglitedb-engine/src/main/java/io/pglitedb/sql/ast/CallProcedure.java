package io.pglitedb.sql.ast;

/** CALL procedure(args). */
public record CallProcedure(FuncCall call) implements Statement {
}
