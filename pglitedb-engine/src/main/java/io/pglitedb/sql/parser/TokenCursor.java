package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.List;

/**
 * The parser's view of the token list: the current token, lookahead, and PostgreSQL's error
 * messages. Lexical errors sit in the list as ERROR tokens and surface when a syntax error is
 * reported at them (the parser never accepts an ERROR token), so the first error in query order wins.
 */
abstract class TokenCursor {
    protected final String sql;
    private final Token[] tokens;
    private final int last;
    protected int index;

    TokenCursor(String sql, List<Token> tokens) {
        this.sql = sql;
        this.tokens = tokens.toArray(new Token[0]);
        this.last = this.tokens.length - 1;
    }

    // ---------------------------------------------------------------- movement

    final Token cur() {
        return tokens[index];
    }

    /** The token {@code ahead} positions after the current one (the last token when past the end). */
    final Token la(int ahead) {
        int i = index + ahead;
        return tokens[i > last ? last : i];
    }

    final void advance() {
        if (index < last) {
            index++;
        }
    }

    /** Consumes and returns the current token. */
    final Token take() {
        Token t = tokens[index];
        advance();
        return t;
    }

    final boolean at(Keyword k) {
        return tokens[index].keyword() == k;
    }

    final boolean at(TokenKind kind) {
        return tokens[index].kind() == kind;
    }

    final boolean atOperator(String op) {
        return tokens[index].isOperator(op);
    }

    final boolean accept(Keyword k) {
        if (tokens[index].keyword() == k) {
            advance();
            return true;
        }
        return false;
    }

    final boolean accept(TokenKind kind) {
        if (tokens[index].kind() == kind) {
            advance();
            return true;
        }
        return false;
    }

    final Token expect(Keyword k) {
        Token t = tokens[index];
        if (t.keyword() != k) {
            throw syntaxError(t);
        }
        advance();
        return t;
    }

    final Token expect(TokenKind kind) {
        Token t = tokens[index];
        if (t.kind() != kind) {
            throw syntaxError(t);
        }
        advance();
        return t;
    }

    final Token expectOperator(String op) {
        Token t = tokens[index];
        if (!t.isOperator(op)) {
            throw syntaxError(t);
        }
        advance();
        return t;
    }

    /** True at ';' or the end of the input. */
    final boolean atStatementEnd() {
        TokenKind k = tokens[index].kind();
        return k == TokenKind.SEMICOLON || k == TokenKind.EOF;
    }

    // ---------------------------------------------------------------- names

    /** ColId: identifier, unreserved or column-name keyword. */
    static boolean isColId(Token t) {
        TokenKind k = t.kind();
        if (k == TokenKind.QUOTED_IDENT) {
            return true;
        }
        return k == TokenKind.IDENT && (t.keyword() == null || t.keyword().isColId());
    }

    /** type_function_name: identifier, unreserved or type/function-name keyword. */
    static boolean isTypeFunctionName(Token t) {
        TokenKind k = t.kind();
        if (k == TokenKind.QUOTED_IDENT) {
            return true;
        }
        return k == TokenKind.IDENT && (t.keyword() == null || t.keyword().isTypeFunctionName());
    }

    /** ColLabel: any identifier or keyword. */
    static boolean isColLabel(Token t) {
        return t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QUOTED_IDENT;
    }

    /** BareColLabel: identifier or a keyword allowed as a label without AS. */
    static boolean isBareColLabel(Token t) {
        TokenKind k = t.kind();
        if (k == TokenKind.QUOTED_IDENT) {
            return true;
        }
        return k == TokenKind.IDENT && (t.keyword() == null || t.keyword().bareLabel());
    }

    final String colId() {
        Token t = tokens[index];
        if (!isColId(t)) {
            throw syntaxError(t);
        }
        advance();
        return t.value();
    }

    final String colLabel() {
        Token t = tokens[index];
        if (!isColLabel(t)) {
            throw syntaxError(t);
        }
        advance();
        return t.value();
    }

    // ---------------------------------------------------------------- errors

    /** {@code syntax error at or near "tok"} (or the lexical error the token stands for). */
    final PgException syntaxError(Token t) {
        switch (t.kind()) {
            case ERROR:
                return new PgException(SqlState.SYNTAX_ERROR, t.value()).withPosition(t.start() + 1);
            case EOF:
                return new PgException(SqlState.SYNTAX_ERROR, "syntax error at end of input")
                        .withPosition(sql.length() + 1);
            default:
                return new PgException(SqlState.SYNTAX_ERROR,
                        "syntax error at or near \"" + sql.substring(t.start(), t.end()) + "\"")
                        .withPosition(t.start() + 1);
        }
    }

    final PgException syntaxError() {
        return syntaxError(tokens[index]);
    }

    /** 0A000 for valid PostgreSQL this engine does not implement yet. */
    final PgException unsupported(String what, Token at) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, what + " is not supported yet")
                .withPosition(at.start() + 1);
    }

    /** The source text of a token, as written. */
    final String text(Token t) {
        return sql.substring(t.start(), t.end());
    }
}
