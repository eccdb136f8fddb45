package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A GROUP BY element that is not a plain expression: {@code ()} (EMPTY), a parenthesised list
 * {@code (a, b)} inside ROLLUP/CUBE/GROUPING SETS (LIST), {@code ROLLUP (...)}, {@code CUBE (...)} or
 * {@code GROUPING SETS (...)}. Items are expressions or nested grouping sets. {@code GROUP BY DISTINCT
 * elements} with grouping sets among them is one DISTINCT element holding them: duplicate sets are
 * dropped after expansion.
 */
public record GroupingSet(Kind kind, List<Expr> items, int position) implements Expr {
    public enum Kind { EMPTY, LIST, ROLLUP, CUBE, SETS, DISTINCT }

    public GroupingSet {
        items = List.copyOf(items);
    }
}
