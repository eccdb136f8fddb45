/**
 * Deparsing: stored definitions printed back as SQL the way PostgreSQL's ruleutils.c prints its
 * analysed trees (pg_get_viewdef, pg_get_constraintdef, pg_get_expr). Our catalog stores the text
 * of a view's query, a CHECK condition or a default; {@link io.pglitedb.sql.deparse.Deparser}
 * parses it again, analyses it with {@link io.pglitedb.sql.analyze.Annotations} recording the
 * resolved columns, types and implicit casts, and prints the parsed tree with that knowledge:
 * {@link io.pglitedb.sql.deparse.ExpressionDeparser} is get_rule_expr (parentheses by
 * isSimpleNode() in pretty mode), {@link io.pglitedb.sql.deparse.QueryDeparser} is get_query_def
 * (indentation by appendContextKeyword()).
 */
package io.pglitedb.sql.deparse;
