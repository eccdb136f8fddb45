/**
 * User-defined functions and procedures at run time: the body of a LANGUAGE sql routine, planned
 * once per call site (on first use, so recursive functions plan lazily) and run in a child
 * {@link io.pglitedb.exec.ExecContext} whose parameters are the call's arguments; calls as
 * expressions ({@link UserFunctionCall}) and as set-returning functions ({@link UserTableFunction}).
 * Resolution of calls and planning of bodies is the analyser's ({@code sql.analyze.UserFunctions}).
 */
package io.pglitedb.routines;
