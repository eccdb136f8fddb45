package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.AlterSequence;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.CreateIndex;
import io.pglitedb.sql.ast.CreateSequence;
import io.pglitedb.sql.ast.AlterView;
import io.pglitedb.sql.ast.CreateView;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.RefreshMaterializedView;
import io.pglitedb.sql.ast.RenameColumn;
import io.pglitedb.sql.ast.RenameTable;
import io.pglitedb.sql.ast.DropObjects;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.IndexElement;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.SequenceOption;
import io.pglitedb.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Schema objects other than tables (gram.y's CreateSeqStmt, AlterSeqStmt, IndexStmt, DropStmt for
 * sequences and indexes) and the sequence options an identity column shares with them.
 */
abstract class DdlParser extends RoleStatementParser {

    DdlParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /** After CREATE [TEMP]: {@code SEQUENCE [IF NOT EXISTS] name [options]}. */
    final CreateSequence createSequence() {
        expect(Keyword.SEQUENCE);
        boolean ifNotExists = ifNotExists();
        QualifiedName name = qualifiedName();
        return new CreateSequence(name, ifNotExists, sequenceOptions(false, false));
    }

    /** {@code ALTER SEQUENCE [IF EXISTS] name options | RENAME TO name}; other forms are 0A000. */
    final Statement alterSequence() {
        Token alter = expect(Keyword.ALTER);
        expect(Keyword.SEQUENCE);
        boolean ifExists = ifExists();
        QualifiedName name = qualifiedName();
        if (accept(Keyword.RENAME)) {
            expect(Keyword.TO);
            return new AlterSequence(name, ifExists, List.of(), colId());
        }
        if (at(Keyword.OWNER) && la(1).is(Keyword.TO)) {
            advance();
            advance();
            return new io.pglitedb.sql.ast.AlterOwner("sequence", name, ifExists, roleSpec());
        }
        if (at(Keyword.OWNER) || at(Keyword.SET) || at(Keyword.RESET)) {
            deferSemanticError(unsupported("ALTER SEQUENCE " + text(cur()).toUpperCase(java.util.Locale.ROOT), cur()));
            skipToStatementEnd();
            return null;
        }
        List<SequenceOption> options = sequenceOptions(true, false);
        if (options.isEmpty()) {
            throw syntaxError();
        }
        return new AlterSequence(name, ifExists, options, null);
    }

    /**
     * OptSeqOptList / SeqOptList: AS type, INCREMENT [BY] n, MINVALUE n, NO MINVALUE, MAXVALUE n,
     * NO MAXVALUE, START [WITH] n, RESTART [[WITH] n] (ALTER only), CACHE n, [NO] CYCLE, OWNED BY
     * name | NONE; identity columns also take SEQUENCE NAME name.
     */
    final List<SequenceOption> sequenceOptions(boolean alter, boolean identity) {
        List<SequenceOption> options = new ArrayList<>(2);
        while (true) {
            Token t = cur();
            Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
            if (k == null) {
                return options;
            }
            switch (k) {
                case AS:
                    advance();
                    options.add(new SequenceOption(SequenceOption.Kind.AS, null, simpleTypeName(), null, t.start()));
                    break;
                case INCREMENT:
                    advance();
                    accept(Keyword.BY);
                    options.add(new SequenceOption(SequenceOption.Kind.INCREMENT, numericOnly(), t.start()));
                    break;
                case MINVALUE:
                    advance();
                    options.add(new SequenceOption(SequenceOption.Kind.MINVALUE, numericOnly(), t.start()));
                    break;
                case MAXVALUE:
                    advance();
                    options.add(new SequenceOption(SequenceOption.Kind.MAXVALUE, numericOnly(), t.start()));
                    break;
                case START:
                    advance();
                    accept(Keyword.WITH);
                    options.add(new SequenceOption(SequenceOption.Kind.START, numericOnly(), t.start()));
                    break;
                case RESTART:
                    if (!alter) {
                        return options;
                    }
                    advance();
                    Long restart = null;
                    if (accept(Keyword.WITH) || cur().kind() == TokenKind.INTEGER || cur().isOperator("-")
                            || cur().isOperator("+") || cur().kind() == TokenKind.DECIMAL) {
                        restart = numericOnly();
                    }
                    options.add(new SequenceOption(SequenceOption.Kind.RESTART, restart, t.start()));
                    break;
                case CACHE:
                    advance();
                    options.add(new SequenceOption(SequenceOption.Kind.CACHE, numericOnly(), t.start()));
                    break;
                case CYCLE:
                    advance();
                    options.add(new SequenceOption(SequenceOption.Kind.CYCLE, null, t.start()));
                    break;
                case NO: {
                    Token n = la(1);
                    if (n.is(Keyword.MINVALUE)) {
                        options.add(new SequenceOption(SequenceOption.Kind.NO_MINVALUE, null, t.start()));
                    } else if (n.is(Keyword.MAXVALUE)) {
                        options.add(new SequenceOption(SequenceOption.Kind.NO_MAXVALUE, null, t.start()));
                    } else if (n.is(Keyword.CYCLE)) {
                        options.add(new SequenceOption(SequenceOption.Kind.NO_CYCLE, null, t.start()));
                    } else {
                        advance();
                        throw syntaxError();
                    }
                    advance();
                    advance();
                    break;
                }
                case OWNED: {
                    advance();
                    expect(Keyword.BY);
                    List<String> parts = new ArrayList<>(3);
                    if (!accept(Keyword.NONE)) {
                        parts.add(colId());
                        while (accept(TokenKind.DOT)) {
                            parts.add(colLabel());
                        }
                    }
                    options.add(new SequenceOption(SequenceOption.Kind.OWNED_BY, null, null, parts, t.start()));
                    break;
                }
                case SEQUENCE:
                    if (!identity) {
                        return options;
                    }
                    advance();
                    expect(Keyword.NAME);
                    QualifiedName name = qualifiedName();
                    options.add(new SequenceOption(SequenceOption.Kind.SEQUENCE_NAME, null, null,
                            List.of(name.name()), t.start()));
                    break;
                default:
                    return options;
            }
        }
    }

    /** NumericOnly as a 64-bit integer (sequence options). */
    private Long numericOnly() {
        Token t = cur();
        String text;
        if (t.isOperator("-") || t.isOperator("+")) {
            text = signedNumber(t);
        } else if (t.kind() == TokenKind.INTEGER || t.kind() == TokenKind.DECIMAL) {
            advance();
            text = t.value();
        } else {
            throw syntaxError(t);
        }
        try {
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            if (text.contains(".") || text.toLowerCase(java.util.Locale.ROOT).contains("e")) {
                deferSemanticError(new PgException(SqlState.SYNTAX_ERROR, "syntax error at or near \"%s\"", text)
                        .withPosition(t.start() + 1));
                return 0L;
            }
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value \"%s\" is out of range for type bigint",
                    text).withPosition(t.start() + 1);
        }
    }

    /** After DROP: {@code SEQUENCE|INDEX [CONCURRENTLY] [IF EXISTS] names [CASCADE|RESTRICT]}. */
    final DropObjects dropObjects(DropObjects.Kind kind) {
        advance();
        if (kind == DropObjects.Kind.INDEX) {
            accept(Keyword.CONCURRENTLY);
        }
        boolean ifExists = ifExists();
        List<QualifiedName> names = new ArrayList<>(1);
        do {
            names.add(qualifiedName());
        } while (accept(TokenKind.COMMA));
        boolean cascade = false;
        if (accept(Keyword.CASCADE)) {
            cascade = true;
        } else {
            accept(Keyword.RESTRICT);
        }
        return new DropObjects(kind, names, ifExists, cascade);
    }

    /**
     * The built-in btree and hash operator classes: naming one in CREATE INDEX orders the column
     * as it is ordered anyway (text compares by code point, like the C collation the pattern
     * classes use).
     */
    private static final java.util.Set<String> BUILTIN_OPERATOR_CLASSES = java.util.Set.of("bit_ops", "bool_ops",
            "bpchar_ops", "bpchar_pattern_ops", "bytea_ops", "char_ops", "date_ops", "enum_ops", "float4_ops",
            "float8_ops", "inet_ops", "int2_ops", "int4_ops", "int8_ops", "interval_ops", "jsonb_ops", "macaddr_ops",
            "money_ops", "name_ops", "numeric_ops", "oid_ops", "record_ops", "text_ops", "text_pattern_ops",
            "time_ops", "timestamp_ops", "timestamptz_ops", "timetz_ops", "uuid_ops", "varbit_ops", "varchar_ops",
            "varchar_pattern_ops", "array_ops");

    /**
     * After CREATE [UNIQUE]: {@code INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table
     * [USING method] ({column | (expression) | function(...)} [ASC|DESC] [NULLS FIRST|LAST], ...)
     * [INCLUDE (...)] [WITH (...)] [WHERE predicate]}.
     */
    final CreateIndex createIndex(boolean unique, Token createTok) {
        expect(Keyword.INDEX);
        accept(Keyword.CONCURRENTLY);
        boolean ifNotExists = false;
        String name = null;
        if (!at(Keyword.ON)) {
            ifNotExists = ifNotExists();
            name = colId();
        } else if (ifNotExists) {
            throw syntaxError();
        }
        expect(Keyword.ON);
        QualifiedName table = relationExpr();
        String method = "btree";
        int methodPosition = -1;
        if (accept(Keyword.USING)) {
            Token methodTok = cur();
            method = colId();
            methodPosition = methodTok.start();
            if (!method.equals("btree") && !method.equals("hash")) {
                deferSemanticError(unsupported("index access method \"" + method + "\"", methodTok));
            }
        }
        List<IndexElement> elements = indexElements();
        List<IndexElement> included = List.of();
        if (accept(Keyword.INCLUDE)) {
            included = indexElements();
        }
        if (at(Keyword.NULLS)) {
            Token n = take();
            boolean not = accept(Keyword.NOT);
            expect(Keyword.DISTINCT);
            if (not) {
                deferSemanticError(unsupported("NULLS NOT DISTINCT", n));
            }
        }
        if (accept(Keyword.WITH)) {
            skipParenthesized();
        }
        if (at(Keyword.TABLESPACE)) {
            advance();
            colId();
        }
        Expr predicate = null;
        if (accept(Keyword.WHERE)) {
            predicate = expr();
        }
        return new CreateIndex(name, table, unique, ifNotExists, elements, predicate, createTok.start(), included,
                method, methodPosition);
    }

    /** {@code (index_elem, ...)}: the key columns of CREATE INDEX, or its INCLUDE list. */
    private List<IndexElement> indexElements() {
        expect(TokenKind.LPAREN);
        List<IndexElement> elements = new ArrayList<>(2);
        do {
            Token c = cur();
            String column = null;
            Expr expression = null;
            if (c.kind() == TokenKind.LPAREN) {
                advance();
                expression = expr();
                expect(TokenKind.RPAREN);
                if (expression instanceof ColumnRef ref && ref.parts().size() == 1) {
                    column = ref.column(); // ((a)) is the column a, as in PostgreSQL
                    expression = null;
                }
            } else if (!isColId(c) || la(1).kind() == TokenKind.LPAREN) {
                expression = funcExprWindowless();
            } else {
                column = colId();
            }
            if (at(Keyword.COLLATE)) {
                advance();
                qualifiedName();
            }
            if (isColId(cur()) && !at(Keyword.NULLS)) {
                Token opclass = cur();
                if (!BUILTIN_OPERATOR_CLASSES.contains(qualifiedName().name())) {
                    deferSemanticError(unsupported("operator classes", opclass));
                }
            }
            boolean descending = accept(Keyword.DESC);
            boolean ordered = descending || accept(Keyword.ASC);
            Boolean nullsFirst = null;
            if (accept(Keyword.NULLS)) {
                if (accept(Keyword.FIRST)) {
                    nullsFirst = true;
                } else {
                    expect(Keyword.LAST);
                    nullsFirst = false;
                }
            }
            elements.add(new IndexElement(column, expression, descending, nullsFirst, c.start(), ordered));
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return elements;
    }

    /**
     * {@code ALTER INDEX [IF EXISTS] name RENAME TO new}; other ALTER INDEX forms are 0A000. The
     * ALTER token is current.
     */
    final Statement alterIndex() {
        expect(Keyword.ALTER);
        expect(Keyword.INDEX);
        boolean ifExists = !at(Keyword.ALL) && ifExists(); // ALTER INDEX ALL IN TABLESPACE ...: unsupported below
        QualifiedName name = at(Keyword.ALL) ? null : qualifiedName();
        Token a = cur();
        if (name != null && accept(Keyword.RENAME)) {
            expect(Keyword.TO);
            return new io.pglitedb.sql.ast.AlterIndex(name, ifExists, colId());
        }
        deferSemanticError(unsupported("ALTER INDEX " + text(a).toUpperCase(java.util.Locale.ROOT), a));
        skipToStatementEnd();
        return null;
    }

    /** Skips a parenthesized token list (nested parentheses included), at its opening parenthesis. */
    final void skipParenthesized() {
        expect(TokenKind.LPAREN);
        int depth = 1;
        while (depth > 0) {
            Token t = take();
            if (t.kind() == TokenKind.LPAREN) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN) {
                depth--;
            } else if (t.kind() == TokenKind.EOF) {
                throw syntaxError(t);
            }
        }
    }

    final boolean ifNotExists() {
        if (at(Keyword.IF) && la(1).is(Keyword.NOT)) {
            advance();
            advance();
            expect(Keyword.EXISTS);
            return true;
        }
        return false;
    }

    final boolean ifExists() {
        if (at(Keyword.IF) && la(1).is(Keyword.EXISTS)) {
            advance();
            advance();
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- views

    /**
     * After CREATE [OR REPLACE] [MATERIALIZED] (current token VIEW): {@code VIEW [IF NOT EXISTS]
     * name [(columns)] [WITH (options)] AS query} then {@code WITH [CASCADED | LOCAL] CHECK OPTION}
     * for a view or {@code WITH [NO] DATA} for a materialized view.
     */
    final CreateView createView(boolean orReplace, boolean materialized) {
        return createView(orReplace, materialized, false);
    }

    /**
     * {@code CREATE [OR REPLACE] RECURSIVE VIEW v (cols) AS query}: as in PostgreSQL's grammar, the
     * view {@code WITH RECURSIVE v (cols) AS (query) SELECT cols FROM v}.
     */
    final CreateView createRecursiveView(boolean orReplace) {
        CreateView view = createView(orReplace, false, false, true);
        if (view.checkOption() != 'n') {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "WITH CHECK OPTION not supported on recursive views");
        }
        List<String> quoted = view.columns().stream().map(Identifiers::quote).toList();
        String name = Identifiers.quote(view.name().name());
        String text = "WITH RECURSIVE " + name + "(" + String.join(", ", quoted) + ") AS (" + view.queryText()
                + ") SELECT " + String.join(", ", quoted) + " FROM " + name;
        Query query = (Query) Parser.parse(text).get(0).statement();
        return new CreateView(view.name(), orReplace, false, false, view.columns(), query, text, view.queryStart(),
                'n', true);
    }

    /** @param temporary CREATE TEMP VIEW: an unqualified name goes to pg_temp */
    final CreateView createView(boolean orReplace, boolean materialized, boolean temporary) {
        return createView(orReplace, materialized, temporary, false);
    }

    /** @param recursive the column list is required (CREATE RECURSIVE VIEW) */
    private CreateView createView(boolean orReplace, boolean materialized, boolean temporary, boolean recursive) {
        expect(Keyword.VIEW);
        boolean ifNotExists = materialized && ifNotExists();
        QualifiedName name = qualifiedName();
        if (temporary && name.schema() == null) {
            name = new QualifiedName(io.pglitedb.catalog.SearchPath.PG_TEMP, name.name(), name.position());
        }
        if (recursive && !at(TokenKind.LPAREN)) {
            throw syntaxError(cur());
        }
        List<String> columns = at(TokenKind.LPAREN) ? columnList() : List.of();
        if (at(Keyword.USING) && materialized) {
            advance();
            colId(); // table access method
        }
        if (at(Keyword.WITH) && la(1).kind() == TokenKind.LPAREN) {
            advance();
            skipParenthesized(); // reloptions (check_option, security_barrier, fillfactor...)
        }
        expect(Keyword.AS);
        Token start = cur();
        Query query = selectStatementWithInto();
        if (intoTarget() != null) {
            if (materialized) {
                throw intoNotAllowed();
            }
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "views must not contain SELECT INTO");
        }
        String text = sql.substring(start.start(), cur().start()).strip();
        char checkOption = 'n';
        boolean withData = true;
        if (at(Keyword.WITH)) {
            Token with = take();
            if (materialized) {
                withData = !accept(Keyword.NO);
                expect(Keyword.DATA);
            } else {
                checkOption = 'c';
                if (accept(Keyword.LOCAL)) {
                    checkOption = 'l';
                } else {
                    accept(Keyword.CASCADED);
                }
                if (!at(Keyword.CHECK)) {
                    throw syntaxError(cur());
                }
                advance();
                expect(Keyword.OPTION);
            }
        }
        return new CreateView(name, orReplace, materialized, ifNotExists, columns, query, text, start.start(), checkOption, withData);
    }

    /** {@code REFRESH MATERIALIZED VIEW [CONCURRENTLY] name [WITH [NO] DATA]}. */
    final RefreshMaterializedView refreshMaterializedView() {
        expect(Keyword.REFRESH);
        expect(Keyword.MATERIALIZED);
        expect(Keyword.VIEW);
        boolean concurrently = accept(Keyword.CONCURRENTLY);
        QualifiedName name = qualifiedName();
        boolean withData = true;
        if (accept(Keyword.WITH)) {
            withData = !accept(Keyword.NO);
            expect(Keyword.DATA);
        }
        return new RefreshMaterializedView(name, concurrently, withData);
    }

    /**
     * {@code ALTER [MATERIALIZED] VIEW [IF EXISTS] name RENAME [COLUMN] a TO b | RENAME TO new};
     * other ALTER VIEW forms are 0A000. The ALTER token is current.
     */
    final Statement alterView() {
        Token alter = expect(Keyword.ALTER);
        boolean materialized = accept(Keyword.MATERIALIZED);
        expect(Keyword.VIEW);
        boolean ifExists = ifExists();
        QualifiedName name = qualifiedName();
        Token a = cur();
        if (accept(Keyword.RENAME)) {
            if (accept(Keyword.TO)) {
                return new AlterView(materialized, name, ifExists, new RenameTable(colId()));
            }
            accept(Keyword.COLUMN);
            String from = colId();
            expect(Keyword.TO);
            return new AlterView(materialized, name, ifExists, new RenameColumn(from, colId()));
        }
        deferSemanticError(unsupported("ALTER " + (materialized ? "MATERIALIZED " : "") + "VIEW "
                + text(a).toUpperCase(java.util.Locale.ROOT), a));
        skipToStatementEnd();
        return null;
    }
}
