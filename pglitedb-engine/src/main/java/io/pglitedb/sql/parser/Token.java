package io.pglitedb.sql.parser;

/**
 * One token. {@code start}/{@code end} are 0-based char offsets into the whole query string
 * ({@code end} exclusive). {@code value} is the token's meaning: identifiers case-folded (or
 * unquoted), strings decoded, operators and numbers as written; for an {@link TokenKind#ERROR}
 * token it is the error message.
 */
public record Token(TokenKind kind, Keyword keyword, String value, int start, int end) {

    /** True for an unquoted keyword {@code k}. */
    public boolean is(Keyword k) {
        return keyword == k;
    }

    /** True for the operator spelled {@code op}. */
    public boolean isOperator(String op) {
        return kind == TokenKind.OPERATOR && value.equals(op);
    }
}
