package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.Copy;
import io.pglitedb.sql.ast.Maintenance;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Statement;
import io.pglitedb.sql.ast.Truncate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Utility statements (gram.y's TruncateStmt, CopyStmt, VacuumStmt, AnalyzeStmt, CheckPointStmt),
 * and skipping of statements this engine does not implement.
 *
 * <p>Checks PostgreSQL makes after parsing (unknown COPY / VACUUM options, an option given twice,
 * a column list without ANALYZE) are deferred like every analysis error, so a syntax error later in
 * the string still wins.
 */
abstract class UtilityStatementParser extends CursorStatementParser {

    UtilityStatementParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /**
     * Records "X is not supported yet" (X = the first {@code words} words of the statement, upper
     * case) and skips to the end of the statement. {@code first} has been consumed.
     */
    final Statement skipUnsupported(Token first, int words) {
        StringBuilder what = new StringBuilder(text(first).toUpperCase(Locale.ROOT));
        for (int i = 1; i < words && cur().kind() == TokenKind.IDENT; i++) {
            what.append(' ').append(text(cur()).toUpperCase(Locale.ROOT));
            advance();
        }
        deferSemanticError(new PgException(SqlState.FEATURE_NOT_SUPPORTED, what + " is not supported yet"));
        skipToStatementEnd();
        return null;
    }

    /** Skips tokens up to the ';' (outside parentheses) or the end of the input. */
    final void skipToStatementEnd() {
        int depth = 0;
        while (true) {
            Token t = cur();
            switch (t.kind()) {
                case EOF:
                    return;
                case ERROR:
                    throw syntaxError(t);
                case SEMICOLON:
                    if (depth == 0) {
                        return;
                    }
                    break;
                case LPAREN:
                    depth++;
                    break;
                case RPAREN:
                    depth--;
                    break;
                default:
                    break;
            }
            advance();
        }
    }

    // ---------------------------------------------------------------- TRUNCATE

    /** {@code TRUNCATE [TABLE] relation_expr [, ...] [RESTART|CONTINUE IDENTITY] [CASCADE|RESTRICT]}. */
    final Truncate truncate() {
        expect(Keyword.TRUNCATE);
        accept(Keyword.TABLE);
        List<QualifiedName> tables = new ArrayList<>(1);
        do {
            tables.add(relationExpr());
        } while (accept(TokenKind.COMMA));
        boolean restart = false;
        if (accept(Keyword.RESTART)) {
            expect(Keyword.IDENTITY);
            restart = true;
        } else if (accept(Keyword.CONTINUE)) {
            expect(Keyword.IDENTITY);
        }
        boolean cascade = false;
        if (accept(Keyword.CASCADE)) {
            cascade = true;
        } else {
            accept(Keyword.RESTRICT);
        }
        return new Truncate(tables, restart, cascade);
    }

    /** relation_expr: {@code name [*] | ONLY name | ONLY (name)}. */
    final QualifiedName relationExpr() {
        if (accept(Keyword.ONLY)) {
            if (accept(TokenKind.LPAREN)) {
                QualifiedName name = qualifiedName();
                expect(TokenKind.RPAREN);
                return name;
            }
            return qualifiedName();
        }
        QualifiedName name = qualifiedName();
        if (atOperator("*")) {
            advance();
        }
        return name;
    }

    // ---------------------------------------------------------------- VACUUM / ANALYZE / CHECKPOINT

    private static final Set<String> VACUUM_OPTIONS = Set.of("verbose", "skip_locked", "analyze", "freeze",
            "full", "disable_page_skipping", "index_cleanup", "process_toast", "truncate", "parallel");
    private static final Set<String> ANALYZE_OPTIONS = Set.of("verbose", "skip_locked");

    /**
     * {@code VACUUM [FULL] [FREEZE] [VERBOSE] [ANALYZE] [relations]} or
     * {@code VACUUM (option [value], ...) [relations]}.
     */
    final Maintenance vacuum() {
        Token vacuumTok = expect(Keyword.VACUUM);
        boolean analyze = false;
        if (at(TokenKind.LPAREN)) {
            for (UtilityOption o : utilityOptions()) {
                if (!VACUUM_OPTIONS.contains(o.name)) {
                    deferSemanticError(new PgException(SqlState.SYNTAX_ERROR, "unrecognized VACUUM option \"%s\"",
                            o.name).withPosition(o.position + 1));
                } else if (o.name.equals("analyze")) {
                    analyze = booleanOption(o);
                }
            }
        } else {
            accept(Keyword.FULL);
            accept(Keyword.FREEZE);
            accept(Keyword.VERBOSE);
            analyze = accept(Keyword.ANALYZE) || accept(Keyword.ANALYSE);
        }
        boolean[] columns = new boolean[1];
        List<QualifiedName> tables = vacuumRelations(columns);
        if (columns[0] && !analyze) {
            deferSemanticError(new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "ANALYZE option must be specified when a column list is provided"));
        }
        return new Maintenance(analyze ? Maintenance.Kind.VACUUM_ANALYZE : Maintenance.Kind.VACUUM, tables);
    }

    /** {@code REINDEX [(options)] {INDEX | TABLE | SCHEMA | DATABASE | SYSTEM} [CONCURRENTLY] [name]}. */
    final io.pglitedb.sql.ast.Reindex reindex() {
        expect(Keyword.REINDEX);
        boolean verbose = false;
        boolean concurrently = false;
        if (at(TokenKind.LPAREN)) {
            for (UtilityOption o : utilityOptions()) {
                switch (o.name) {
                    case "verbose" -> verbose = booleanOption(o);
                    case "concurrently" -> concurrently = booleanOption(o);
                    case "tablespace" -> {
                    }
                    default -> deferSemanticError(new PgException(SqlState.SYNTAX_ERROR,
                            "unrecognized REINDEX option \"%s\"", o.name).withPosition(o.position + 1));
                }
            }
        }
        Token kindTok = cur();
        io.pglitedb.sql.ast.Reindex.Kind kind = switch (kindTok.kind() == TokenKind.IDENT ? kindTok.keyword() : null) {
            case INDEX -> io.pglitedb.sql.ast.Reindex.Kind.INDEX;
            case TABLE -> io.pglitedb.sql.ast.Reindex.Kind.TABLE;
            case SCHEMA -> io.pglitedb.sql.ast.Reindex.Kind.SCHEMA;
            case DATABASE -> io.pglitedb.sql.ast.Reindex.Kind.DATABASE;
            case SYSTEM -> io.pglitedb.sql.ast.Reindex.Kind.SYSTEM;
            case null, default -> throw syntaxError(kindTok);
        };
        advance();
        concurrently |= accept(Keyword.CONCURRENTLY);
        QualifiedName name = null;
        if (kind == io.pglitedb.sql.ast.Reindex.Kind.INDEX || kind == io.pglitedb.sql.ast.Reindex.Kind.TABLE) {
            name = qualifiedName();
        } else if (kind == io.pglitedb.sql.ast.Reindex.Kind.SCHEMA || at(TokenKind.IDENT)
                || at(TokenKind.QUOTED_IDENT)) {
            Token n = cur();
            name = new QualifiedName(null, colId(), n.start());
        }
        return new io.pglitedb.sql.ast.Reindex(kind, name, concurrently, verbose);
    }

    /** {@code ANALYZE|ANALYSE [VERBOSE] [relations]} or {@code ANALYZE (option [value], ...) [relations]}. */
    final Maintenance analyze() {
        take();
        if (at(TokenKind.LPAREN)) {
            for (UtilityOption o : utilityOptions()) {
                if (!ANALYZE_OPTIONS.contains(o.name)) {
                    deferSemanticError(new PgException(SqlState.SYNTAX_ERROR, "unrecognized ANALYZE option \"%s\"",
                            o.name).withPosition(o.position + 1));
                }
            }
        } else {
            accept(Keyword.VERBOSE);
        }
        return new Maintenance(Maintenance.Kind.ANALYZE, vacuumRelations(new boolean[1]));
    }

    /**
     * {@code EXPLAIN [ANALYZE] [VERBOSE]} or {@code EXPLAIN (option [value], ...)}, up to the
     * statement: its options over no statement yet.
     */
    final io.pglitedb.sql.ast.Explain explainOptions() {
        expect(Keyword.EXPLAIN);
        boolean analyze = false;
        boolean verbose = false;
        boolean timing = true;
        Boolean summary = null;
        boolean costs = true;
        boolean buffers = false;
        boolean settings = false;
        io.pglitedb.sql.ast.ExplainFormat format = io.pglitedb.sql.ast.ExplainFormat.TEXT;
        if (at(TokenKind.LPAREN)) {
            for (UtilityOption o : utilityOptions()) {
                switch (o.name) {
                    case "analyze" -> analyze = booleanOption(o);
                    case "verbose" -> verbose = booleanOption(o);
                    case "timing" -> timing = booleanOption(o);
                    case "summary" -> summary = booleanOption(o);
                    case "costs" -> costs = booleanOption(o);
                    case "buffers" -> buffers = booleanOption(o);
                    case "settings" -> settings = booleanOption(o);
                    case "wal" -> booleanOption(o);
                    case "format" -> format = explainFormat(o);
                    default -> deferSemanticError(new PgException(SqlState.SYNTAX_ERROR,
                            "unrecognized EXPLAIN option \"%s\"", o.name).withPosition(o.position + 1));
                }
            }
        } else {
            analyze = accept(Keyword.ANALYZE) || accept(Keyword.ANALYSE);
            verbose = accept(Keyword.VERBOSE);
        }
        return new io.pglitedb.sql.ast.Explain(analyze, verbose, timing, summary != null ? summary : analyze, costs,
                buffers, settings, format, null);
    }

    /** FORMAT's value: TEXT, XML, JSON or YAML. */
    private io.pglitedb.sql.ast.ExplainFormat explainFormat(UtilityOption o) {
        String value = o.value == null ? "" : o.value.toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "text" -> io.pglitedb.sql.ast.ExplainFormat.TEXT;
            case "xml" -> io.pglitedb.sql.ast.ExplainFormat.XML;
            case "json" -> io.pglitedb.sql.ast.ExplainFormat.JSON;
            case "yaml" -> io.pglitedb.sql.ast.ExplainFormat.YAML;
            default -> {
                deferSemanticError(new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "unrecognized value for EXPLAIN option \"%s\": \"%s\"", o.name, o.value)
                        .withPosition(o.position + 1));
                yield io.pglitedb.sql.ast.ExplainFormat.TEXT;
            }
        };
    }

    final Maintenance checkpoint() {
        expect(Keyword.CHECKPOINT);
        return new Maintenance(Maintenance.Kind.CHECKPOINT, List.of());
    }

    /** opt_vacuum_relation_list: {@code [name [(columns)] [, ...]]}; columns[0] is set when a column list is given. */
    private List<QualifiedName> vacuumRelations(boolean[] columns) {
        if (!isColId(cur())) {
            return List.of();
        }
        List<QualifiedName> tables = new ArrayList<>(1);
        do {
            tables.add(qualifiedName());
            if (at(TokenKind.LPAREN)) {
                columnList();
                columns[0] = true;
            }
        } while (accept(TokenKind.COMMA));
        return tables;
    }

    /** One element of a utility_option_list or copy_generic_opt_list; value null when not written. */
    private record UtilityOption(String name, String value, int position) {
    }

    /** {@code ( name [value], ... )}: utility_option_list (VACUUM, ANALYZE). */
    private List<UtilityOption> utilityOptions() {
        expect(TokenKind.LPAREN);
        List<UtilityOption> options = new ArrayList<>(2);
        do {
            Token n = cur();
            if (!isNonReservedWord(n) && !n.is(Keyword.ANALYZE) && !n.is(Keyword.ANALYSE)) {
                throw syntaxError(n);
            }
            advance();
            String name = n.is(Keyword.ANALYSE) ? "analyze" : n.value();
            String value = null;
            if (!at(TokenKind.COMMA) && !at(TokenKind.RPAREN)) {
                value = booleanOrStringOrNumber();
            }
            options.add(new UtilityOption(name, value, n.start()));
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return options;
    }

    /** defGetBoolean: no value, true, on, 1 are true; false, off, 0 are false. */
    private boolean booleanOption(UtilityOption o) {
        if (o.value == null) {
            return true;
        }
        switch (o.value.toLowerCase(Locale.ROOT)) {
            case "true": case "on": case "1":
                return true;
            case "false": case "off": case "0":
                return false;
            default:
                deferSemanticError(new PgException(SqlState.SYNTAX_ERROR, "%s requires a Boolean value", o.name));
                return true;
        }
    }

    /** NonReservedWord: an identifier or any keyword that is not reserved. */
    private static boolean isNonReservedWord(Token t) {
        if (t.kind() == TokenKind.QUOTED_IDENT) {
            return true;
        }
        return t.kind() == TokenKind.IDENT && (t.keyword() == null || t.keyword().category() != Keyword.Category.RESERVED);
    }

    /** A number with a leading sign ({@code t} is the sign), as text: NumericOnly's signed forms. */
    final String signedNumber(Token t) {
        if (t.value().equals("-") || t.value().equals("+")) {
            advance();
            Token n = cur();
            if (n.kind() != TokenKind.INTEGER && n.kind() != TokenKind.DECIMAL) {
                throw syntaxError(n);
            }
            advance();
            return t.value().equals("-") ? "-" + n.value() : n.value();
        }
        throw syntaxError(t);
    }

    /**
     * opt_boolean_or_string or NumericOnly as text: TRUE, FALSE, ON, a non-reserved word (lower case
     * unless quoted), a string, or a signed number as written.
     */
    private String booleanOrStringOrNumber() {
        Token t = cur();
        switch (t.kind()) {
            case STRING:
            case INTEGER:
            case DECIMAL:
                advance();
                return t.value();
            case OPERATOR:
                return signedNumber(t);
            default:
                if (isNonReservedWord(t) || t.is(Keyword.TRUE) || t.is(Keyword.FALSE) || t.is(Keyword.ON)) {
                    advance();
                    return t.value();
                }
                throw syntaxError(t);
        }
    }

    // ---------------------------------------------------------------- COPY

    private static final Set<String> COPY_OPTIONS = Set.of("format", "freeze", "delimiter", "null", "header",
            "quote", "escape", "force_quote", "force_not_null", "force_null", "convert_selectively", "encoding");
    private static final Set<String> COPY_STRING_OPTIONS = Set.of("format", "delimiter", "null", "quote", "escape",
            "encoding");
    private static final Set<String> COPY_LIST_OPTIONS = Set.of("force_quote", "force_not_null", "force_null",
            "convert_selectively");

    /**
     * {@code COPY [BINARY] table [(columns)] FROM|TO [PROGRAM] 'file'|STDIN|STDOUT [[USING] DELIMITERS 'x']
     * [WITH] options [WHERE ...]} or {@code COPY (query) TO ...}; options are either the
     * parenthesized generic list or the pre-9.0 words (CSV, HEADER, DELIMITER 'x' ...).
     */
    final Copy copy() {
        Token copyTok = expect(Keyword.COPY);
        CopyOptions options = new CopyOptions();
        QualifiedName table = null;
        List<String> columns = List.of();
        Query query = null;
        boolean from;
        if (at(TokenKind.LPAREN)) {
            advance();
            Token q = cur();
            if (q.is(Keyword.INSERT) || q.is(Keyword.UPDATE) || q.is(Keyword.DELETE)) {
                Statement dml = q.is(Keyword.INSERT) ? insertStatement()
                        : q.is(Keyword.UPDATE) ? updateStatement() : deleteStatement();
                deferSemanticError(unsupported("COPY (" + q.keyword().name() + " ...) TO", q));
            } else if (q.is(Keyword.MERGE)) {
                throw unsupported("MERGE", q);
            } else if (startsQuery(q) || q.kind() == TokenKind.LPAREN) {
                query = selectStatement();
            } else {
                throw syntaxError(q);
            }
            expect(TokenKind.RPAREN);
            expect(Keyword.TO);
            from = false;
        } else {
            if (at(Keyword.BINARY)) {
                options.put("format", "binary", take());
            }
            table = qualifiedName();
            if (at(TokenKind.LPAREN)) {
                columns = columnList();
            }
            Token dir = cur();
            if (dir.is(Keyword.FROM)) {
                from = true;
            } else if (dir.is(Keyword.TO)) {
                from = false;
            } else {
                throw syntaxError(dir);
            }
            advance();
        }
        if (at(Keyword.PROGRAM)) {
            deferSemanticError(unsupported(from ? "COPY FROM PROGRAM" : "COPY TO PROGRAM", cur()));
            advance();
        }
        String file;
        Token f = cur();
        if (f.kind() == TokenKind.STRING) {
            file = f.value();
        } else if (f.is(Keyword.STDIN) || f.is(Keyword.STDOUT)) {
            file = null;
        } else {
            throw syntaxError(f);
        }
        advance();
        if (query == null) {
            // copy_delimiter: [USING] DELIMITERS 'x' (before 7.3)
            if (at(Keyword.DELIMITERS) || (at(Keyword.USING) && la(1).is(Keyword.DELIMITERS))) {
                accept(Keyword.USING);
                Token d = take();
                options.put("delimiter", expect(TokenKind.STRING).value(), d);
            }
        }
        accept(Keyword.WITH);
        if (at(TokenKind.LPAREN)) {
            genericCopyOptions(options);
        } else {
            oldCopyOptions(options);
        }
        if (query == null && at(Keyword.WHERE)) {
            Token w = take();
            expr();
            deferSemanticError(unsupported("COPY ... WHERE", w));
        }
        return new Copy(table, columns, query, from, file, options.values, copyTok.start());
    }

    /** COPY options in the order written; an option given twice is PostgreSQL's "conflicting or redundant options". */
    private final class CopyOptions {
        final Map<String, String> values = new LinkedHashMap<>();

        void put(String name, String value, Token at) {
            if (values.containsKey(name)) {
                deferSemanticError(new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options")
                        .withPosition(at.start() + 1));
                return;
            }
            values.put(name, value);
        }
    }

    /** {@code ( name [value | * | (values)], ... )}: copy_generic_opt_list. */
    private void genericCopyOptions(CopyOptions options) {
        expect(TokenKind.LPAREN);
        do {
            Token n = cur();
            String name = colLabel();
            String value = null;
            boolean list = false;
            boolean star = false;
            Token v = cur();
            if (atOperator("*")) {
                advance();
                value = "*";
                star = true;
            } else if (v.kind() == TokenKind.LPAREN) {
                advance();
                StringBuilder sb = new StringBuilder();
                do {
                    if (sb.length() > 0) {
                        sb.append(',');
                    }
                    sb.append(booleanOrStringOrNumberInList());
                } while (accept(TokenKind.COMMA));
                expect(TokenKind.RPAREN);
                value = sb.toString();
                list = true;
            } else if (!at(TokenKind.COMMA) && !at(TokenKind.RPAREN)) {
                value = booleanOrStringOrNumber();
            }
            checkCopyOption(name, value, list, star, n);
            options.put(name, value == null ? "true" : value, n);
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
    }

    /** copy_generic_opt_arg_list_item: opt_boolean_or_string (no numbers). */
    private String booleanOrStringOrNumberInList() {
        Token t = cur();
        if (t.kind() == TokenKind.INTEGER || t.kind() == TokenKind.DECIMAL || t.kind() == TokenKind.OPERATOR) {
            throw syntaxError(t);
        }
        return booleanOrStringOrNumber();
    }

    /** The checks of PostgreSQL's ProcessCopyOptions that depend on how an option was written. */
    private void checkCopyOption(String name, String value, boolean list, boolean star, Token at) {
        if (!COPY_OPTIONS.contains(name)) {
            deferSemanticError(new PgException(SqlState.SYNTAX_ERROR, "option \"%s\" not recognized", name)
                    .withPosition(at.start() + 1));
            return;
        }
        if (COPY_LIST_OPTIONS.contains(name)) {
            if (!list && !(star && name.equals("force_quote"))) {
                deferSemanticError(new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "argument to option \"%s\" must be a list of column names", name)
                        .withPosition(at.start() + 1));
            }
            return;
        }
        if (value == null && COPY_STRING_OPTIONS.contains(name)) {
            deferSemanticError(new PgException(SqlState.SYNTAX_ERROR, "%s requires a parameter", name));
            return;
        }
        if (name.equals("format") && !list && !star && !value.equals("text") && !value.equals("csv")
                && !value.equals("binary")) {
            deferSemanticError(new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY format \"%s\" not recognized",
                    value).withPosition(at.start() + 1));
        }
    }

    /**
     * copy_opt_list, the pre-9.0 syntax: BINARY, FREEZE, DELIMITER [AS] 'x', NULL [AS] 'x', CSV,
     * HEADER, QUOTE [AS] 'x', ESCAPE [AS] 'x', FORCE QUOTE cols|*, FORCE NOT NULL cols,
     * FORCE NULL cols, ENCODING 'x'.
     */
    private void oldCopyOptions(CopyOptions options) {
        while (true) {
            Token t = cur();
            Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
            if (k == null) {
                return;
            }
            switch (k) {
                case BINARY:
                    advance();
                    options.put("format", "binary", t);
                    break;
                case CSV:
                    advance();
                    options.put("format", "csv", t);
                    break;
                case FREEZE:
                    advance();
                    options.put("freeze", "true", t);
                    break;
                case HEADER:
                    advance();
                    options.put("header", "true", t);
                    break;
                case DELIMITER: case NULL: case QUOTE: case ESCAPE:
                    advance();
                    accept(Keyword.AS);
                    options.put(k.text(), expect(TokenKind.STRING).value(), t);
                    break;
                case ENCODING:
                    advance();
                    options.put("encoding", expect(TokenKind.STRING).value(), t);
                    break;
                case FORCE: {
                    advance();
                    String name;
                    String value;
                    if (accept(Keyword.QUOTE)) {
                        name = "force_quote";
                        if (atOperator("*")) {
                            advance();
                            value = "*";
                        } else {
                            value = bareColumnList();
                        }
                    } else if (accept(Keyword.NOT)) {
                        expect(Keyword.NULL);
                        name = "force_not_null";
                        value = bareColumnList();
                    } else {
                        expect(Keyword.NULL);
                        name = "force_null";
                        value = bareColumnList();
                    }
                    options.put(name, value, t);
                    break;
                }
                default:
                    return;
            }
        }
    }

    /** columnList without parentheses, comma-joined: {@code a, b}. */
    private String bareColumnList() {
        StringBuilder sb = new StringBuilder(colId());
        while (accept(TokenKind.COMMA)) {
            sb.append(',').append(colId());
        }
        return sb.toString();
    }
}
