package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written recursive-descent parser for PostgreSQL's grammar (precedence climbing for
 * expressions, PostgreSQL's operator precedence table). Errors are PostgreSQL's:
 * {@code syntax error at or near "x"} / {@code syntax error at end of input}, SQLSTATE 42601,
 * with the 1-based cursor position of the offending token.
 *
 * <p>Pipeline: {@link Lexer} (scan.l) turns the whole string into {@link Token}s;
 * {@link StatementParser} (statements, DDL) extends {@link UtilityStatementParser} (TRUNCATE, COPY,
 * VACUUM, ANALYZE, CHECKPOINT), which extends {@link QueryParser} (SELECT/INSERT/UPDATE/DELETE),
 * which extends {@link ExpressionParser} (a_expr/b_expr), {@link TypeNameParser} (type names) and
 * {@link TokenCursor} (token access, names by keyword category, error messages).
 *
 * <p>Like PostgreSQL, the whole string is parsed before anything runs: the first syntax error in
 * the string wins; "not supported yet" (0A000) statements and misplaced DEFAULTs are reported
 * only if the string has no syntax error.
 */
public final class Parser {
    private Parser() {
    }

    /** One statement of a query string, with its own text (trimmed, without the semicolon). */
    public record ParsedStatement(Statement statement, String text) {
    }

    /**
     * Parses every statement of a query string separated by semicolons; empty statements are
     * dropped, so "" and ";" give an empty list. Positions in the AST are offsets into {@code sql}.
     *
     * @throws io.pglitedb.error.PgException 42601 on the first syntax error
     */
    public static List<ParsedStatement> parse(String sql) {
        StatementParser parser = new StatementParser(sql, Lexer.tokenize(sql));
        List<ParsedStatement> statements = new ArrayList<>(1);
        int statementStart = 0;
        while (true) {
            Token t = parser.cur();
            if (t.kind() == TokenKind.EOF) {
                break;
            }
            if (t.kind() == TokenKind.SEMICOLON) {
                parser.advance();
                statementStart = t.end();
                continue;
            }
            Statement statement = parser.statement();
            parser.endStatement();
            Token end = parser.cur();
            if (end.kind() != TokenKind.SEMICOLON && end.kind() != TokenKind.EOF) {
                throw parser.syntaxError(end);
            }
            if (statement != null) {
                int stop = end.kind() == TokenKind.EOF ? sql.length() : end.start();
                statements.add(new ParsedStatement(statement, sql.substring(statementStart, stop).strip()));
            }
        }
        PgException deferred = parser.semanticError();
        if (deferred != null) {
            throw deferred;
        }
        return statements;
    }

    /**
     * The tokens of {@code sql} (PostgreSQL's scanner), ending with EOF or an ERROR token: what
     * PL/pgSQL's parser reads a function body with.
     */
    public static List<Token> tokenize(String sql) {
        return Lexer.tokenize(sql);
    }

    /**
     * Replaces the identifier {@code from} by {@code to} (quoted when needed) in a stored
     * expression's SQL text: what RENAME COLUMN does to CHECK constraints kept as text.
     */
    public static String renameIdentifier(String expressionSql, String from, String to) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Token t : Lexer.tokenize(expressionSql)) {
            if ((t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QUOTED_IDENT) && t.value().equals(from)) {
                out.append(expressionSql, last, t.start());
                out.append(to.matches("[a-z_][a-z0-9_$]*") ? to : "\"" + to.replace("\"", "\"\"") + "\"");
                last = t.end();
            }
        }
        return out.append(expressionSql.substring(last)).toString();
    }

    /** The identifiers of an expression's SQL text in order of appearance (quoted ones unquoted). */
    public static List<String> identifiers(String expressionSql) {
        List<String> out = new ArrayList<>();
        for (Token t : Lexer.tokenize(expressionSql)) {
            if (t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QUOTED_IDENT) {
                out.add(t.value());
            }
        }
        return out;
    }

    /**
     * A statement's text with its constants replaced by parameter symbols, numbered after the
     * highest {@code $n} it already has: what pg_stat_statements shows, so that
     * {@code WHERE id = 1} and {@code WHERE id = 2} are counted as one statement. A minus sign
     * in front of a number becomes part of the constant where it cannot be a subtraction.
     */
    public static String normalizeConstants(String sql) {
        List<Token> tokens = Lexer.tokenize(sql);
        int next = 1;
        for (Token t : tokens) {
            if (t.kind() == TokenKind.PARAM) {
                try {
                    next = Math.max(next, Integer.parseInt(t.value()) + 1);
                } catch (NumberFormatException e) {
                    // an out-of-range $n: the statement fails anyway
                }
            }
        }
        StringBuilder out = new StringBuilder(sql.length());
        int last = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean constant = switch (t.kind()) {
                case INTEGER, DECIMAL, STRING, BIT_STRING, HEX_STRING -> true;
                default -> false;
            };
            if (!constant) {
                continue;
            }
            int start = t.start();
            boolean number = t.kind() == TokenKind.INTEGER || t.kind() == TokenKind.DECIMAL;
            if (number && i > 0 && tokens.get(i - 1).isOperator("-") && !endsOperand(i >= 2 ? tokens.get(i - 2) : null)) {
                start = tokens.get(i - 1).start();
            }
            out.append(sql, last, start).append('$').append(next++);
            last = t.end();
        }
        return out.append(sql.substring(last)).toString();
    }

    /** True when {@code t} can end an operand, so that a following minus is a subtraction. */
    private static boolean endsOperand(Token t) {
        if (t == null) {
            return false;
        }
        return switch (t.kind()) {
            case IDENT -> t.keyword() == null || t.keyword().category() != Keyword.Category.RESERVED || t.is(Keyword.END)
                    || t.is(Keyword.NULL) || t.is(Keyword.TRUE) || t.is(Keyword.FALSE);
            case QUOTED_IDENT, INTEGER, DECIMAL, STRING, BIT_STRING, HEX_STRING, PARAM, RPAREN, RBRACKET -> true;
            default -> false;
        };
    }
}
