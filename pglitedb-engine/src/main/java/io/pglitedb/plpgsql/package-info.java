/**
 * PL/pgSQL: {@link io.pglitedb.plpgsql.PlParser} turns a function body into {@code PlStatement}
 * records, keeping expressions and SQL statements as text ({@code PlQuery}), as PostgreSQL's
 * pl_gram.y does; {@link io.pglitedb.plpgsql.PlFunction} is a parsed body and
 * {@code PlExecutor} one activation of it.
 *
 * <p>How SQL inside a body runs ({@code PlSql}): each expression is {@code SELECT expr}, each
 * statement itself, planned by the ordinary analyser. Variables are parameters: the function's
 * arguments are $1..$n, and every other variable or record field the statement names (found
 * through {@link io.pglitedb.sql.analyze.ParameterTypes.NameResolver} when a name is not a column)
 * gets the next number. The plan is kept in its {@code PlQuery} and reused while the catalog version
 * and the variables' types are unchanged; a parsed body belongs to one call site or one session.
 * A {@code SELECT expr} without FROM is evaluated directly.
 *
 * <p>Control flow (EXIT, CONTINUE, RETURN) travels as return values, never as exceptions. Errors
 * are {@link io.pglitedb.error.PgException}s; an EXCEPTION clause runs its body in a subtransaction
 * ({@link io.pglitedb.exec.SessionServices#beginSubtransaction}) rolled back before a handler runs;
 * variables keep their values. Each error gets one CONTEXT line per function ("PL/pgSQL function
 * f(integer) line 3 at RAISE"); errors found while planning a statement carry it as QUERY with the
 * position moved into it.
 */
package io.pglitedb.plpgsql;
