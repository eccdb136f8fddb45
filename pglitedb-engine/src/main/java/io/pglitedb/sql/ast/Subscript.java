package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code base[i]}, {@code base[i][j]}, slices {@code base[lo:hi]} with either bound omissible
 * (PostgreSQL's A_Indirection of A_Indices). Positioned at the base's first token.
 */
public record Subscript(Expr base, List<Index> indexes, int position) implements Expr {
    public Subscript {
        indexes = List.copyOf(indexes);
    }

    /** One bracket: {@code [upper]} (lower null, slice false) or {@code [lower:upper]} (either may be null). */
    public record Index(Expr lower, Expr upper, boolean slice) {
    }
}
