/**
 * Analysis and planning: a parsed statement becomes a {@link io.pglitedb.sql.plan.StatementPlan}.
 * Names are resolved in a {@link io.pglitedb.sql.analyze.Scope}; expressions get PostgreSQL's types
 * ({@link io.pglitedb.sql.analyze.ExpressionAnalyzer}): untyped literals and parameters take the
 * type their context asks for ({@link io.pglitedb.sql.analyze.Coercions}), operators, functions and
 * casts are resolved by {@link io.pglitedb.types} and {@link io.pglitedb.functions}, constant
 * subtrees are folded. Above GROUP BY, a {@link io.pglitedb.sql.analyze.GroupingBinder} maps grouped
 * expressions and aggregate calls to the aggregated row. {@link io.pglitedb.sql.analyze.AccessPaths}
 * turns a WHERE that pins the primary key into point reads.
 *
 * <p>Error positions are 1-based character offsets into the query string, as PostgreSQL reports
 * them; the parser records 0-based offsets in the AST.
 */
package io.pglitedb.sql.analyze;
