package io.pglitedb.types;

/**
 * The six comparison operators = &lt;&gt; &lt; &lt;= &gt; &gt;= as a test of a three-way comparison's result.
 * Resolved once per operator, so evaluating a comparison per row costs a table switch, not a
 * match of the operator's symbol.
 */
public enum Comparison {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The comparison written {@code op} ({@code !=} is {@code <>}), or null for any other operator. */
    public static Comparison of(String op) {
        return switch (op) {
            case "=" -> EQ;
            case "<>", "!=" -> NE;
            case "<" -> LT;
            case "<=" -> LE;
            case ">" -> GT;
            case ">=" -> GE;
            default -> null;
        };
    }

    /** Whether this comparison holds for a three-way result {@code c} (negative, zero, positive). */
    public boolean holds(int c) {
        return switch (this) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}
