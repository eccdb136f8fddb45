package io.pglitedb.sql.plan;

/** How a join treats rows without a partner: INNER drops them, the outer joins pad them with NULLs. */
public enum JoinType {
    INNER, LEFT, RIGHT, FULL;

    public boolean keepsUnmatchedLeft() {
        return this == LEFT || this == FULL;
    }

    public boolean keepsUnmatchedRight() {
        return this == RIGHT || this == FULL;
    }
}
