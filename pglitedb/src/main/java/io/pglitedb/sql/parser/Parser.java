package io.pglitedb.sql.parser;

import io.pglitedb.sql.ast.Statement;
import java.util.List;

/**
 * Hand-written recursive-descent parser for PostgreSQL's grammar (precedence climbing for
 * expressions, PostgreSQL's operator precedence table). Errors are PostgreSQL's:
 * {@code syntax error at or near "x"} / {@code syntax error at end of input}, SQLSTATE 42601,
 * with the 1-based cursor position of the offending token.
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
        throw new UnsupportedOperationException("TODO(parser)");
    }
}
