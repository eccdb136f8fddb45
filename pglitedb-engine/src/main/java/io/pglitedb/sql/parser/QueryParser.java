package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.Assignment;
import io.pglitedb.sql.ast.Delete;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FromItem;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.FunctionRef;
import io.pglitedb.sql.ast.Insert;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.OrderItem;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.sql.ast.TableRef;
import io.pglitedb.sql.ast.Update;
import java.util.ArrayList;
import java.util.List;

/** SELECT, INSERT, UPDATE and DELETE (gram.y's SelectStmt, InsertStmt, UpdateStmt, DeleteStmt). */
abstract class QueryParser extends ExpressionParser {

    QueryParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    // ---------------------------------------------------------------- names

    /** qualified_name: ColId [. ColLabel [. ColLabel]] (a catalog prefix is dropped). */
    final QualifiedName qualifiedName() {
        Token first = cur();
        String a = colId();
        if (!at(TokenKind.DOT)) {
            return new QualifiedName(null, a, first.start());
        }
        advance();
        String b = colLabel();
        if (!at(TokenKind.DOT)) {
            return new QualifiedName(a, b, first.start());
        }
        advance();
        String c = colLabel();
        if (at(TokenKind.DOT)) {
            StringBuilder dotted = new StringBuilder(a).append('.').append(b).append('.').append(c);
            while (accept(TokenKind.DOT)) {
                dotted.append('.').append(colLabel());
            }
            throw new PgException(SqlState.SYNTAX_ERROR, "improper qualified name (too many dotted names): %s",
                    dotted).withPosition(first.start() + 1);
        }
        return new QualifiedName(b, c, first.start());
    }

    /** opt alias after a relation: [AS] ColId; column alias lists are not supported. */
    private String optAlias(boolean allowSetKeyword) {
        String alias = null;
        if (accept(Keyword.AS)) {
            alias = colId();
        } else if (isColId(cur()) && (allowSetKeyword || !at(Keyword.SET))) {
            alias = colId();
        }
        if (alias != null && at(TokenKind.LPAREN)) {
            throw unsupported("column alias lists", cur());
        }
        return alias;
    }

    /** name_list in parentheses: ( ColId, ... ). */
    final List<String> columnList() {
        expect(TokenKind.LPAREN);
        List<String> cols = new ArrayList<>(4);
        do {
            cols.add(colId());
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return cols;
    }

    // ---------------------------------------------------------------- SELECT

    /** A SELECT statement, possibly parenthesized. */
    final Select selectStatement() {
        Token t = cur();
        Select select;
        if (t.kind() == TokenKind.LPAREN) {
            advance();
            select = selectStatement();
            expect(TokenKind.RPAREN);
            Token after = cur();
            if (after.is(Keyword.ORDER) || after.is(Keyword.LIMIT) || after.is(Keyword.OFFSET)
                    || after.is(Keyword.FETCH) || after.is(Keyword.FOR)) {
                throw unsupported("clauses after a parenthesized SELECT", after);
            }
        } else {
            select = simpleSelect();
        }
        Token t2 = cur();
        if (t2.is(Keyword.UNION) || t2.is(Keyword.INTERSECT) || t2.is(Keyword.EXCEPT)) {
            throw unsupported(t2.keyword().name(), t2);
        }
        return select;
    }

    private Select simpleSelect() {
        Token t = cur();
        if (t.is(Keyword.WITH)) {
            throw unsupported("WITH", t);
        }
        if (t.is(Keyword.VALUES)) {
            advance();
            valuesRows();
            throw unsupported("VALUES as a query", t);
        }
        if (t.is(Keyword.TABLE)) {
            throw unsupported("TABLE", t);
        }
        expect(Keyword.SELECT);
        boolean distinct = false;
        if (accept(Keyword.DISTINCT)) {
            if (at(Keyword.ON)) {
                throw unsupported("DISTINCT ON", cur());
            }
            distinct = true;
        } else {
            accept(Keyword.ALL);
        }
        List<SelectItem> items = atTargetListEnd() ? List.of() : targetList();
        if (at(Keyword.INTO)) {
            throw unsupported("SELECT INTO", cur());
        }
        List<FromItem> from = List.of();
        if (accept(Keyword.FROM)) {
            from = fromList();
        }
        Expr where = null;
        if (accept(Keyword.WHERE)) {
            where = expr();
        }
        List<Expr> groupBy = List.of();
        if (at(Keyword.GROUP)) {
            advance();
            expect(Keyword.BY);
            groupBy = groupByList();
        }
        Expr having = null;
        if (accept(Keyword.HAVING)) {
            having = expr();
        }
        if (at(Keyword.WINDOW)) {
            throw unsupported("WINDOW", cur());
        }
        Token setOp = cur();
        if (setOp.is(Keyword.UNION) || setOp.is(Keyword.INTERSECT) || setOp.is(Keyword.EXCEPT)) {
            throw unsupported(setOp.keyword().name(), setOp);
        }
        List<OrderItem> orderBy = List.of();
        if (at(Keyword.ORDER)) {
            advance();
            expect(Keyword.BY);
            orderBy = orderByList();
        }
        // LIMIT / OFFSET / FETCH in any order, each once; FOR UPDATE etc. not supported
        Expr limit = null;
        Expr offset = null;
        boolean sawLimit = false;
        boolean sawOffset = false;
        while (true) {
            Token c = cur();
            if (c.is(Keyword.LIMIT)) {
                if (sawLimit) {
                    throw syntaxError(c);
                }
                advance();
                sawLimit = true;
                if (accept(Keyword.ALL)) {
                    limit = null;
                } else {
                    limit = expr();
                    if (at(TokenKind.COMMA)) {
                        throw new PgException(SqlState.SYNTAX_ERROR, "LIMIT #,# syntax is not supported")
                                .withHint("Use separate LIMIT and OFFSET clauses.").withPosition(c.start() + 1);
                    }
                }
            } else if (c.is(Keyword.FETCH)) {
                if (sawLimit) {
                    throw syntaxError(c);
                }
                advance();
                sawLimit = true;
                limit = fetchFirst();
            } else if (c.is(Keyword.OFFSET)) {
                if (sawOffset) {
                    throw syntaxError(c);
                }
                advance();
                sawOffset = true;
                offset = expr();
                if (!accept(Keyword.ROW)) {
                    accept(Keyword.ROWS);
                }
            } else if (c.is(Keyword.FOR)) {
                throw unsupported("SELECT ... FOR UPDATE/SHARE", c);
            } else {
                break;
            }
        }
        if (from.isEmpty()) {
            for (SelectItem item : items) {
                if (item.expr() instanceof Star star && star.qualifier() == null) {
                    deferSemanticError(new PgException(SqlState.SYNTAX_ERROR,
                            "SELECT * with no tables specified is not valid").withPosition(star.position() + 1));
                }
            }
        }
        return new Select(distinct, items, from, where, groupBy, having, orderBy, limit, offset);
    }

    /** FETCH {FIRST|NEXT} [count] {ROW|ROWS} {ONLY|WITH TIES}. */
    private Expr fetchFirst() {
        Token t = cur();
        if (!t.is(Keyword.FIRST) && !t.is(Keyword.NEXT)) {
            throw syntaxError(t);
        }
        advance();
        Expr count;
        Token c = cur();
        if (c.is(Keyword.ROW) || c.is(Keyword.ROWS)) {
            count = new Literal(Literal.Kind.INTEGER, "1", c.start());
        } else {
            count = parse(P_UMINUS, false);
        }
        if (!accept(Keyword.ROW)) {
            expect(Keyword.ROWS);
        }
        if (at(Keyword.WITH)) {
            throw unsupported("FETCH ... WITH TIES", cur());
        }
        expect(Keyword.ONLY);
        return count;
    }

    private boolean atTargetListEnd() {
        Token t = cur();
        switch (t.kind()) {
            case SEMICOLON: case EOF: case RPAREN:
                return true;
            case IDENT: {
                Keyword k = t.keyword();
                if (k == null) {
                    return false;
                }
                switch (k) {
                    case FROM: case WHERE: case GROUP: case HAVING: case ORDER: case LIMIT: case OFFSET:
                    case FETCH: case FOR: case UNION: case INTERSECT: case EXCEPT: case WINDOW: case INTO:
                        return true;
                    default:
                        return false;
                }
            }
            default:
                return false;
        }
    }

    /** target_list: target_el [, ...]. */
    final List<SelectItem> targetList() {
        List<SelectItem> items = new ArrayList<>(4);
        do {
            items.add(targetElement());
        } while (accept(TokenKind.COMMA));
        return items;
    }

    private SelectItem targetElement() {
        Token t = cur();
        if (t.isOperator("*")) {
            advance();
            return new SelectItem(new Star(null, t.start()), null, t.start());
        }
        bareLabelOk = true;
        Expr e = expr();
        bareLabelOk = false;
        String alias = null;
        if (accept(Keyword.AS)) {
            alias = colLabel();
        } else if (isBareColLabel(cur())) {
            alias = take().value();
        }
        return new SelectItem(e, alias, t.start());
    }

    private List<FromItem> fromList() {
        List<FromItem> from = new ArrayList<>(2);
        do {
            from.add(fromItem());
        } while (accept(TokenKind.COMMA));
        return from;
    }

    /** table_ref: a table ({@link TableRef}) or a function call ({@link FunctionRef}). */
    private FromItem fromItem() {
        Token t = cur();
        if (t.kind() == TokenKind.LPAREN) {
            throw unsupported(startsQuery(la(1)) ? "subqueries in FROM" : "parenthesized joins", t);
        }
        if (t.is(Keyword.LATERAL)) {
            throw unsupported("LATERAL", t);
        }
        if (t.is(Keyword.ROWS) && la(1).is(Keyword.FROM)) {
            throw unsupported("ROWS FROM", t);
        }
        FromItem item;
        if (atFromFunction()) {
            item = functionRef();
        } else {
            accept(Keyword.ONLY);
            QualifiedName name = qualifiedName();
            if (at(TokenKind.LPAREN)) {
                throw syntaxError(cur()); // ONLY f(...), or a name that cannot be a function's
            }
            if (atOperator("*")) {
                advance(); // inheritance: t * is t
            }
            String alias = optAlias(true);
            item = new TableRef(name, alias, name.position());
        }
        Token after = cur();
        Keyword k = after.keyword();
        if (k == Keyword.JOIN || k == Keyword.INNER || k == Keyword.LEFT || k == Keyword.RIGHT
                || k == Keyword.FULL || k == Keyword.CROSS || k == Keyword.NATURAL) {
            throw unsupported("JOIN", after);
        }
        if (k == Keyword.TABLESAMPLE && item instanceof TableRef) {
            throw unsupported("TABLESAMPLE", after);
        }
        return item;
    }

    /** True if a func_table starts here: name(...), schema.name(...), CURRENT_DATE, COALESCE(...)... */
    private boolean atFromFunction() {
        Token t = cur();
        Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
        if (k != null) {
            switch (k) {
                case CURRENT_DATE: case CURRENT_TIME: case CURRENT_TIMESTAMP: case LOCALTIME: case LOCALTIMESTAMP:
                case CURRENT_ROLE: case CURRENT_USER: case SESSION_USER: case USER: case CURRENT_CATALOG:
                case CURRENT_SCHEMA:
                    return true;
                case CAST: case COALESCE: case GREATEST: case LEAST: case NULLIF: case EXTRACT: case SUBSTRING:
                case POSITION: case TRIM: case OVERLAY: case TREAT: case NORMALIZE: case XMLCONCAT: case XMLELEMENT:
                case XMLEXISTS: case XMLFOREST: case XMLPARSE: case XMLPI: case XMLROOT: case XMLSERIALIZE:
                    return la(1).kind() == TokenKind.LPAREN;
                default:
                    break;
            }
        }
        if (la(1).kind() == TokenKind.LPAREN) {
            return isTypeFunctionName(t);
        }
        if (!isColId(t)) {
            return false;
        }
        int i = 1;
        while (la(i).kind() == TokenKind.DOT && isColLabel(la(i + 1))) {
            i += 2;
        }
        return i > 1 && la(i).kind() == TokenKind.LPAREN;
    }

    /** func_table func_alias_clause: {@code f(args) [WITH ORDINALITY] [[AS] alias [(columns)]]}. */
    private FunctionRef functionRef() {
        Token start = cur();
        Expr e = funcExprWindowless();
        if (!(e instanceof FuncCall call)) {
            throw unsupported("this function form in FROM", start);
        }
        if (at(Keyword.WITH) && la(1).is(Keyword.ORDINALITY)) {
            throw unsupported("WITH ORDINALITY", cur());
        }
        String alias = null;
        List<String> columnAliases = List.of();
        boolean as = accept(Keyword.AS);
        if (as && at(TokenKind.LPAREN)) {
            throw unsupported("column definition lists", cur());
        }
        if (as || isColId(cur())) {
            alias = colId();
            if (at(TokenKind.LPAREN)) {
                Token open = take();
                columnAliases = new ArrayList<>(2);
                do {
                    columnAliases.add(colId());
                    if (!at(TokenKind.COMMA) && !at(TokenKind.RPAREN)) {
                        typeName(); // TableFuncElementList: a column definition list
                        throw unsupported("column definition lists", open);
                    }
                } while (accept(TokenKind.COMMA));
                expect(TokenKind.RPAREN);
            }
        }
        return new FunctionRef(call, alias, columnAliases, start.start());
    }

    private List<Expr> groupByList() {
        Token t = cur();
        if (t.is(Keyword.DISTINCT)) {
            throw unsupported("GROUP BY DISTINCT", t);
        }
        accept(Keyword.ALL);
        List<Expr> list = new ArrayList<>(2);
        do {
            Token g = cur();
            if ((g.is(Keyword.ROLLUP) || g.is(Keyword.CUBE)) && la(1).kind() == TokenKind.LPAREN) {
                throw unsupported(g.keyword().name(), g);
            }
            if (g.is(Keyword.GROUPING) && la(1).is(Keyword.SETS)) {
                throw unsupported("GROUPING SETS", g);
            }
            if (g.kind() == TokenKind.LPAREN && la(1).kind() == TokenKind.RPAREN) {
                throw unsupported("empty grouping sets", g);
            }
            list.add(expr());
        } while (accept(TokenKind.COMMA));
        return list;
    }

    private List<OrderItem> orderByList() {
        List<OrderItem> list = new ArrayList<>(2);
        do {
            Token t = cur();
            Expr e = expr();
            boolean desc = false;
            if (accept(Keyword.DESC)) {
                desc = true;
            } else if (!accept(Keyword.ASC) && at(Keyword.USING)) {
                throw unsupported("ORDER BY ... USING", cur());
            }
            Boolean nullsFirst = null;
            if (at(Keyword.NULLS) && (la(1).is(Keyword.FIRST) || la(1).is(Keyword.LAST))) {
                advance();
                nullsFirst = take().is(Keyword.FIRST);
            }
            list.add(new OrderItem(e, desc, nullsFirst, t.start()));
        } while (accept(TokenKind.COMMA));
        return list;
    }

    // ---------------------------------------------------------------- INSERT

    final Insert insertStatement() {
        expect(Keyword.INSERT);
        expect(Keyword.INTO);
        QualifiedName table = qualifiedName();
        String alias = null;
        if (accept(Keyword.AS)) {
            alias = colId();
        }
        List<String> columns = List.of();
        List<Integer> columnPositions = List.of();
        if (at(TokenKind.LPAREN) && !startsQuery(la(1)) && la(1).kind() != TokenKind.LPAREN) {
            advance();
            columns = new ArrayList<>(4);
            columnPositions = new ArrayList<>(4);
            do {
                columnPositions.add(cur().start());
                columns.add(colId());
                if (at(TokenKind.DOT) || at(TokenKind.LBRACKET)) {
                    throw unsupported("INSERT into fields or array elements", cur());
                }
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
        }
        if (at(Keyword.OVERRIDING)) {
            throw unsupported("OVERRIDING", cur());
        }
        List<List<Expr>> values = null;
        Select query = null;
        boolean defaultValues = false;
        Token t = cur();
        if (t.is(Keyword.DEFAULT)) {
            advance();
            expect(Keyword.VALUES);
            defaultValues = true;
        } else if (t.is(Keyword.VALUES)) {
            advance();
            values = valuesRows();
            Token after = cur();
            if (after.is(Keyword.ORDER) || after.is(Keyword.LIMIT) || after.is(Keyword.OFFSET)
                    || after.is(Keyword.FETCH) || after.is(Keyword.UNION) || after.is(Keyword.INTERSECT)
                    || after.is(Keyword.EXCEPT)) {
                throw unsupported("VALUES with " + after.keyword().name(), after);
            }
        } else if (t.is(Keyword.SELECT) || t.kind() == TokenKind.LPAREN || t.is(Keyword.WITH)
                || t.is(Keyword.TABLE)) {
            query = selectStatement();
        } else {
            throw syntaxError(t);
        }
        if (at(Keyword.ON) && la(1).is(Keyword.CONFLICT)) {
            throw unsupported("ON CONFLICT", cur());
        }
        List<SelectItem> returning = returning();
        return new Insert(table, alias, columns, columnPositions, values, query, defaultValues, returning);
    }

    /** ( expr|DEFAULT, ... ) [, ( ... ) ...] after VALUES. */
    private List<List<Expr>> valuesRows() {
        List<List<Expr>> values = new ArrayList<>(1);
        do {
            expect(TokenKind.LPAREN);
            List<Expr> row = new ArrayList<>(4);
            do {
                row.add(exprOrDefault());
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
            values.add(row);
        } while (accept(TokenKind.COMMA));
        return values;
    }

    private List<SelectItem> returning() {
        if (accept(Keyword.RETURNING)) {
            return targetList();
        }
        return List.of();
    }

    // ---------------------------------------------------------------- UPDATE / DELETE

    final Update updateStatement() {
        expect(Keyword.UPDATE);
        accept(Keyword.ONLY);
        QualifiedName table = qualifiedName();
        if (atOperator("*")) {
            advance();
        }
        String alias = optAlias(false);
        expect(Keyword.SET);
        List<Assignment> assignments = new ArrayList<>(2);
        do {
            Token c = cur();
            if (c.kind() == TokenKind.LPAREN) {
                throw unsupported("multiple-column UPDATE SET", c);
            }
            String column = colId();
            if (at(TokenKind.DOT) || at(TokenKind.LBRACKET)) {
                throw unsupported("UPDATE of fields or array elements", cur());
            }
            expectOperator("=");
            Expr value = exprOrDefault();
            assignments.add(new Assignment(column, value, c.start()));
        } while (accept(TokenKind.COMMA));
        if (at(Keyword.FROM)) {
            throw unsupported("UPDATE ... FROM", cur());
        }
        Expr where = where();
        List<SelectItem> returning = returning();
        return new Update(table, alias, assignments, where, returning);
    }

    final Delete deleteStatement() {
        expect(Keyword.DELETE);
        expect(Keyword.FROM);
        accept(Keyword.ONLY);
        QualifiedName table = qualifiedName();
        if (atOperator("*")) {
            advance();
        }
        String alias = optAlias(true);
        if (at(Keyword.USING)) {
            throw unsupported("DELETE ... USING", cur());
        }
        Expr where = where();
        List<SelectItem> returning = returning();
        return new Delete(table, alias, where, returning);
    }

    private Expr where() {
        if (!accept(Keyword.WHERE)) {
            return null;
        }
        if (at(Keyword.CURRENT) && la(1).is(Keyword.OF)) {
            throw unsupported("WHERE CURRENT OF", cur());
        }
        return expr();
    }
}
