/**
 * Execution: plans ({@link io.pglitedb.sql.plan}) become pull iterators
 * ({@link io.pglitedb.exec.Executor}: one {@link io.pglitedb.exec.RowIterator} per plan node),
 * and INSERT/UPDATE/DELETE run in {@link io.pglitedb.exec.DmlExecutor}. Expressions are trees of
 * {@link io.pglitedb.exec.expr.BoundExpr} evaluated against an {@code Object[]} row.
 *
 * <p>Rows live under {@link io.pglitedb.exec.RowKeys}: {@code [database][table][primary key]} or a
 * hidden row id. UPDATE and DELETE follow PostgreSQL's READ COMMITTED rule: find rows under the
 * statement snapshot, lock each, re-read its newest version and re-check the WHERE clause on it
 * (see {@code DmlExecutor}). Operators call {@link io.pglitedb.exec.ExecContext#checkCancelled()}
 * between rows, which also yields the carrier thread now and then.
 */
package io.pglitedb.exec;
