package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A partition's bound: {@code FOR VALUES IN (...)}, {@code FOR VALUES FROM (...) TO (...)} (MINVALUE
 * and MAXVALUE are column references named so, as in PostgreSQL's grammar), {@code FOR VALUES WITH
 * (MODULUS m, REMAINDER r)}, or {@code DEFAULT}.
 *
 * @param kind {@link #LIST}, {@link #RANGE}, {@link #HASH} or {@link #DEFAULT}
 */
public record PartitionBoundSpec(char kind, List<Expr> values, List<Expr> from, List<Expr> to, int modulus,
        int remainder, int position) {
    public static final char LIST = 'l';
    public static final char RANGE = 'r';
    public static final char HASH = 'h';
    public static final char DEFAULT = 'd';

    public PartitionBoundSpec {
        values = List.copyOf(values);
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
