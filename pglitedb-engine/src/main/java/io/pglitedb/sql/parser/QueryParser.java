package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.Assignment;
import io.pglitedb.sql.ast.CommonTableExpr;
import io.pglitedb.sql.ast.CreateTableAs;
import io.pglitedb.sql.ast.GroupingSet;
import io.pglitedb.sql.ast.Delete;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FromItem;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.FunctionRef;
import io.pglitedb.sql.ast.Insert;
import io.pglitedb.sql.ast.OnConflict;
import io.pglitedb.sql.ast.JoinExpr;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.OrderItem;
import io.pglitedb.sql.ast.LockedQuery;
import io.pglitedb.sql.ast.LockingClause;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.SetOperation;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.sql.ast.Statement;
import io.pglitedb.sql.ast.SubqueryRef;
import io.pglitedb.sql.ast.Subscript;
import io.pglitedb.sql.ast.TableRef;
import io.pglitedb.sql.ast.TypeName;
import io.pglitedb.sql.ast.Update;
import io.pglitedb.sql.ast.Values;
import io.pglitedb.sql.ast.WindowDef;
import io.pglitedb.sql.ast.WithQuery;
import io.pglitedb.sql.ast.SearchClause;
import io.pglitedb.sql.ast.CycleClause;
import io.pglitedb.sql.ast.WithStatement;
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

    /**
     * select_no_parens or select_with_parens: [WITH ...] a set expression of SELECTs, VALUES lists
     * and parenthesised queries, then ORDER BY / LIMIT / OFFSET for the whole.
     */
    final Query selectStatement() {
        selectDepth++;
        try {
            return selectStatementBody();
        } finally {
            selectDepth--;
        }
    }

    /** How deep in nested queries the parser is (1: the statement's own query). */
    private int selectDepth;
    /** True while the statement's query may have SELECT ... INTO (a top-level query, CREATE VIEW's to reject it). */
    private boolean intoAllowed;
    /** The INTO target of the statement's query (SELECT ... INTO [TABLE] name), or null. */
    private QualifiedName intoTarget;
    private Token intoToken;
    private boolean intoTemporary;

    /** {@link #selectStatement} that lets its query say SELECT ... INTO; the target is then {@link #intoTarget}. */
    final Query selectStatementWithInto() {
        intoAllowed = true;
        intoTarget = null;
        try {
            return selectStatement();
        } finally {
            intoAllowed = false;
        }
    }

    final QualifiedName intoTarget() {
        return intoTarget;
    }

    /** 42601 for a SELECT ... INTO where a statement does not allow one (CREATE MATERIALIZED VIEW). */
    final PgException intoNotAllowed() {
        return new PgException(SqlState.SYNTAX_ERROR, "SELECT ... INTO is not allowed here")
                .withPosition(intoToken.start() + 1);
    }

    /**
     * After a statement's leading WITH clause: a {@link WithStatement} when INSERT, UPDATE, DELETE or MERGE
     * follows, else null with the position restored (the WITH belongs to a query).
     */
    final Statement withModifyingStatement() {
        int mark = index;
        expect(Keyword.WITH);
        boolean recursive = accept(Keyword.RECURSIVE);
        List<CommonTableExpr> ctes = new ArrayList<>(2);
        do {
            ctes.add(commonTableExpr());
        } while (accept(TokenKind.COMMA));
        Token t = cur();
        if (t.is(Keyword.INSERT) || t.is(Keyword.UPDATE) || t.is(Keyword.DELETE) || t.is(Keyword.MERGE)) {
            Statement body = t.is(Keyword.INSERT) ? insertStatement() : t.is(Keyword.UPDATE) ? updateStatement()
                    : t.is(Keyword.DELETE) ? deleteStatement() : mergeStatement();
            return new WithStatement(recursive, ctes, body);
        }
        index = mark;
        return null;
    }

    private Query selectStatementBody() {
        Token t = cur();
        if (t.is(Keyword.WITH)) {
            advance();
            boolean recursive = accept(Keyword.RECURSIVE);
            List<CommonTableExpr> ctes = new ArrayList<>(2);
            do {
                ctes.add(commonTableExpr());
            } while (accept(TokenKind.COMMA));
            return new WithQuery(recursive, ctes, selectStatementBody());
        }
        Query query = setExpression(0);
        List<OrderItem> orderBy = List.of();
        Token order = cur();
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
        Token limitToken = null;
        while (true) {
            Token c = cur();
            if (c.is(Keyword.LIMIT)) {
                if (sawLimit) {
                    throw syntaxError(c);
                }
                advance();
                sawLimit = true;
                limitToken = c;
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
                limitToken = c;
                limit = fetchFirst();
            } else if (c.is(Keyword.OFFSET)) {
                if (sawOffset) {
                    throw syntaxError(c);
                }
                advance();
                sawOffset = true;
                if (limitToken == null) {
                    limitToken = c;
                }
                offset = expr();
                if (!accept(Keyword.ROW)) {
                    accept(Keyword.ROWS);
                }
            } else if (c.is(Keyword.FOR) && !la(1).is(Keyword.READ)) {
                List<LockingClause> clauses = new ArrayList<>(1);
                while (at(Keyword.FOR)) {
                    clauses.add(lockingClause());
                }
                lockingClauses = clauses;
            } else {
                break;
            }
        }
        if (!orderBy.isEmpty() || limit != null || offset != null) {
            query = sortAndLimit(query, orderBy, limit, offset, order, limitToken);
        }
        if (lockingClauses != null && lockedQuery == null) {
            lockedQuery = query;
        }
        return query;
    }

    /** Locking clauses of the query being parsed, and the query they were written after. */
    private List<LockingClause> lockingClauses;
    private Query lockedQuery;

    /** A whole statement's query: wrapped in {@link LockedQuery} when FOR UPDATE etc. follows it. */
    final Statement topLevelQuery() {
        Token start = cur();
        lockingClauses = null;
        lockedQuery = null;
        Query query = selectStatementWithInto();
        if (intoTarget != null) {
            if (lockingClauses != null) {
                throw unsupported("SELECT INTO with FOR UPDATE/SHARE", start);
            }
            return new CreateTableAs(intoTarget, false, List.of(), query, true, intoTemporary,
                    io.pglitedb.sql.ast.CreateTable.OnCommit.PRESERVE_ROWS);
        }
        if (lockingClauses == null) {
            return query;
        }
        if (lockedQuery != query) {
            throw unsupported("FOR UPDATE/SHARE in a subquery", start);
        }
        return new LockedQuery(query, lockingClauses);
    }

    /** FOR UPDATE | NO KEY UPDATE | SHARE | KEY SHARE [OF name, ...] [NOWAIT | SKIP LOCKED]. */
    private LockingClause lockingClause() {
        Token forToken = take();
        String strength;
        if (accept(Keyword.UPDATE)) {
            strength = "UPDATE";
        } else if (accept(Keyword.SHARE)) {
            strength = "SHARE";
        } else if (accept(Keyword.NO)) {
            expect(Keyword.KEY);
            expect(Keyword.UPDATE);
            strength = "NO KEY UPDATE";
        } else {
            expect(Keyword.KEY);
            expect(Keyword.SHARE);
            strength = "KEY SHARE";
        }
        List<QualifiedName> of = new ArrayList<>(1);
        if (accept(Keyword.OF)) {
            do {
                of.add(qualifiedName());
            } while (accept(TokenKind.COMMA));
        }
        String waitPolicy = null;
        if (accept(Keyword.NOWAIT)) {
            waitPolicy = "NOWAIT";
        } else if (accept(Keyword.SKIP)) {
            expect(Keyword.LOCKED);
            waitPolicy = "SKIP LOCKED";
        }
        return new LockingClause(strength, of, waitPolicy, forToken.start());
    }

    /** Puts ORDER BY / LIMIT / OFFSET written after a query (maybe parenthesised) onto it. */
    private Query sortAndLimit(Query query, List<OrderItem> orderBy, Expr limit, Expr offset, Token order,
            Token limitToken) {
        List<OrderItem> oldOrder;
        boolean hasLimit;
        switch (query) {
            case Select s -> {
                oldOrder = s.orderBy();
                hasLimit = s.limit() != null || s.offset() != null;
            }
            case Values v -> {
                oldOrder = v.orderBy();
                hasLimit = v.limit() != null || v.offset() != null;
            }
            case SetOperation s -> {
                oldOrder = s.orderBy();
                hasLimit = s.limit() != null || s.offset() != null;
            }
            case WithQuery w -> {
                return new WithQuery(w.recursive(), w.ctes(), sortAndLimit(w.body(), orderBy, limit, offset, order,
                        limitToken));
            }
        }
        if (!orderBy.isEmpty() && !oldOrder.isEmpty()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "multiple ORDER BY clauses not allowed")
                    .withPosition(order.start() + 1);
        }
        if ((limit != null || offset != null) && hasLimit) {
            throw new PgException(SqlState.SYNTAX_ERROR,
                    limit != null ? "multiple LIMIT clauses not allowed" : "multiple OFFSET clauses not allowed")
                    .withPosition(limitToken.start() + 1);
        }
        List<OrderItem> o = orderBy.isEmpty() ? oldOrder : orderBy;
        return switch (query) {
            case Select s -> new Select(s.distinct(), s.distinctOn(), s.items(), s.from(), s.where(), s.groupBy(),
                    s.having(), s.windows(), o, limit != null ? limit : s.limit(), offset != null ? offset : s.offset());
            case Values v -> new Values(v.rows(), o, limit != null ? limit : v.limit(),
                    offset != null ? offset : v.offset(), v.position());
            case SetOperation s -> new SetOperation(s.op(), s.all(), s.left(), s.right(), o,
                    limit != null ? limit : s.limit(), offset != null ? offset : s.offset(), s.position());
            case WithQuery w -> throw new IllegalStateException();
        };
    }

    /** common_table_expr: name [(columns)] AS [[NOT] MATERIALIZED] (query). */
    private CommonTableExpr commonTableExpr() {
        Token name = cur();
        String n = colId();
        List<String> columns = at(TokenKind.LPAREN) ? columnList() : List.of();
        expect(Keyword.AS);
        if (at(Keyword.NOT) && la(1).is(Keyword.MATERIALIZED)) {
            advance();
            advance();
        } else {
            accept(Keyword.MATERIALIZED);
        }
        Token open = expect(TokenKind.LPAREN);
        Token first = cur();
        if (first.is(Keyword.INSERT) || first.is(Keyword.UPDATE) || first.is(Keyword.DELETE)) {
            Statement modify = first.is(Keyword.INSERT) ? insertStatement()
                    : first.is(Keyword.UPDATE) ? updateStatement() : deleteStatement();
            expect(TokenKind.RPAREN);
            if (at(Keyword.SEARCH) || at(Keyword.CYCLE)) {
                throw unsupported(cur().keyword().name() + " clauses in WITH", cur());
            }
            return new CommonTableExpr(n, columns, null, name.start(), modify, null, null);
        }
        Query query = selectStatement();
        expect(TokenKind.RPAREN);
        SearchClause search = null;
        if (at(Keyword.SEARCH)) {
            Token s = take();
            boolean breadth = false;
            if (accept(Keyword.BREADTH)) {
                breadth = true;
            } else if (!accept(Keyword.DEPTH)) {
                throw syntaxError(cur());
            }
            expect(Keyword.FIRST);
            expect(Keyword.BY);
            List<String> by = new ArrayList<>(2);
            do {
                by.add(colId());
            } while (accept(TokenKind.COMMA));
            expect(Keyword.SET);
            search = new SearchClause(breadth, by, colId(), s.start());
        }
        CycleClause cycle = null;
        if (at(Keyword.CYCLE)) {
            Token c = take();
            List<String> of = new ArrayList<>(2);
            do {
                of.add(colId());
            } while (accept(TokenKind.COMMA));
            expect(Keyword.SET);
            String mark = colId();
            Expr value = null;
            Expr otherwise = null;
            if (accept(Keyword.TO)) {
                value = parse(P_UMINUS, false);
                expect(Keyword.DEFAULT);
                otherwise = parse(P_UMINUS, false);
            }
            expect(Keyword.USING);
            cycle = new CycleClause(of, mark, value, otherwise, colId(), c.start());
        }
        return new CommonTableExpr(n, columns, query, name.start(), null, search, cycle);
    }

    /** Set operations: INTERSECT binds tighter than UNION and EXCEPT; all are left-associative. */
    private Query setExpression(int minPrecedence) {
        Query left = setOperand();
        while (true) {
            Token t = cur();
            int precedence = t.is(Keyword.INTERSECT) ? 2 : t.is(Keyword.UNION) || t.is(Keyword.EXCEPT) ? 1 : -1;
            if (precedence < 0 || precedence < minPrecedence) {
                return left;
            }
            advance();
            boolean all = false;
            if (accept(Keyword.ALL)) {
                all = true;
            } else {
                accept(Keyword.DISTINCT);
            }
            Query right = setExpression(precedence + 1);
            SetOperation.Op op = t.is(Keyword.UNION) ? SetOperation.Op.UNION
                    : t.is(Keyword.INTERSECT) ? SetOperation.Op.INTERSECT : SetOperation.Op.EXCEPT;
            left = new SetOperation(op, all, left, right, List.of(), null, null, t.start());
        }
    }

    /** An operand of a set operation: SELECT ..., VALUES ..., TABLE name, or a parenthesised query. */
    private Query setOperand() {
        Token t = cur();
        if (t.kind() == TokenKind.LPAREN) {
            advance();
            Query q = selectStatement();
            expect(TokenKind.RPAREN);
            return q;
        }
        if (t.is(Keyword.VALUES)) {
            advance();
            return new Values(valuesRows(), List.of(), null, null, t.start());
        }
        if (t.is(Keyword.TABLE)) {
            advance();
            boolean only = accept(Keyword.ONLY);
            QualifiedName name = qualifiedName();
            if (atOperator("*")) {
                advance();
            }
            return new Select(false, List.of(), List.of(new SelectItem(new Star(null, t.start()), null, t.start())),
                    List.of(new TableRef(name, null, List.of(), name.position(), only)), null, List.of(), null, List.of(), List.of(), null,
                    null);
        }
        if (t.is(Keyword.WITH)) {
            throw syntaxError(t);
        }
        return simpleSelect();
    }

    /** SELECT ... up to HAVING (ORDER BY and LIMIT belong to the enclosing query). */
    private Select simpleSelect() {
        expect(Keyword.SELECT);
        boolean distinct = false;
        List<Expr> distinctOn = List.of();
        if (accept(Keyword.DISTINCT)) {
            if (accept(Keyword.ON)) {
                expect(TokenKind.LPAREN);
                distinctOn = exprList();
                expect(TokenKind.RPAREN);
            }
            distinct = true;
        } else {
            accept(Keyword.ALL);
        }
        List<SelectItem> items = atTargetListEnd() ? List.of() : targetList();
        if (at(Keyword.INTO)) {
            advance();
            if (accept(Keyword.LOCAL) || accept(Keyword.GLOBAL)) {
                if (!at(Keyword.TEMP) && !at(Keyword.TEMPORARY)) {
                    throw syntaxError(cur());
                }
            }
            intoTemporary = accept(Keyword.TEMP) || accept(Keyword.TEMPORARY);
            accept(Keyword.UNLOGGED);
            accept(Keyword.TABLE);
            intoToken = cur(); // PostgreSQL's errors point at the new table's name
            QualifiedName target = qualifiedName();
            if (!intoAllowed || selectDepth != 1 || intoTarget != null) {
                throw intoNotAllowed();
            }
            intoTarget = target;
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
        List<WindowDef> windows = List.of();
        if (accept(Keyword.WINDOW)) {
            windows = new ArrayList<>(1);
            do {
                Token name = cur();
                String n = colId();
                expect(Keyword.AS);
                windows.add(new WindowDef(n, windowSpecification(), name.start()));
            } while (accept(TokenKind.COMMA));
        }
        if (from.isEmpty()) {
            for (SelectItem item : items) {
                if (item.expr() instanceof Star star && star.qualifier() == null) {
                    deferSemanticError(new PgException(SqlState.SYNTAX_ERROR,
                            "SELECT * with no tables specified is not valid").withPosition(star.position() + 1));
                }
            }
        }
        return new Select(distinct, distinctOn, items, from, where, groupBy, having, windows, List.of(), null, null);
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
            Token with = take();
            expect(Keyword.TIES);
            if (count instanceof Literal l && l.kind() == Literal.Kind.NULL) {
                throw new PgException(SqlState.SYNTAX_ERROR,
                        "row count cannot be null in FETCH FIRST ... WITH TIES clause");
            }
            return new io.pglitedb.sql.ast.LimitWithTies(count, with.start());
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
            from.add(joinedTable(tableRef()));
        } while (accept(TokenKind.COMMA));
        return from;
    }

    private static boolean isJoinStart(Token t) {
        Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
        return k == Keyword.JOIN || k == Keyword.INNER || k == Keyword.LEFT || k == Keyword.RIGHT
                || k == Keyword.FULL || k == Keyword.CROSS || k == Keyword.NATURAL;
    }

    /** Joins to the right of {@code left}, left-associative: a JOIN b ON x JOIN c ON y. */
    private FromItem joinedTable(FromItem left) {
        while (isJoinStart(cur())) {
            Token start = cur();
            boolean natural = accept(Keyword.NATURAL);
            JoinExpr.Type type = JoinExpr.Type.INNER;
            Token t = cur();
            if (t.is(Keyword.CROSS)) {
                if (natural) {
                    throw syntaxError(t);
                }
                advance();
                expect(Keyword.JOIN);
                FromItem right = tableRef();
                left = new JoinExpr(JoinExpr.Type.CROSS, left, right, false, null, List.of(), null, null, List.of(),
                        start.start());
                continue;
            }
            if (accept(Keyword.INNER)) {
                type = JoinExpr.Type.INNER;
            } else if (t.is(Keyword.LEFT) || t.is(Keyword.RIGHT) || t.is(Keyword.FULL)) {
                advance();
                type = t.is(Keyword.LEFT) ? JoinExpr.Type.LEFT : t.is(Keyword.RIGHT) ? JoinExpr.Type.RIGHT
                        : JoinExpr.Type.FULL;
                accept(Keyword.OUTER);
            }
            expect(Keyword.JOIN);
            FromItem right = tableRef();
            if (!natural && isJoinStart(cur())) {
                right = joinedTable(right); // a JOIN b JOIN c ON x ON y: the inner join binds first
            }
            Expr on = null;
            List<String> using = List.of();
            String usingAlias = null;
            if (!natural) {
                Token q = cur();
                if (accept(Keyword.ON)) {
                    on = expr();
                } else if (q.is(Keyword.USING)) {
                    advance();
                    using = columnList();
                    if (accept(Keyword.AS)) {
                        usingAlias = colId();
                    }
                } else {
                    throw syntaxError(q);
                }
            }
            left = new JoinExpr(type, left, right, natural, on, using, usingAlias, null, List.of(), start.start());
        }
        return left;
    }

    /**
     * At {@code ( ( ...} in FROM with a query after the {@code innermost} opening parenthesis:
     * whether the outer parentheses hold that query ({@code ((SELECT ...) UNION ...)},
     * {@code ((SELECT ...))}) rather than a join whose first item is a parenthesised subquery
     * ({@code ((SELECT ...) s JOIN t ON ...)}). What follows each closing parenthesis decides,
     * from the innermost out.
     */
    @Override
    final boolean parenthesesHoldQuery(int innermost) {
        for (int open = innermost; open >= 1; open--) {
            int depth = 0;
            int j = open;
            while (true) {
                Token t = la(j);
                if (t.kind() == TokenKind.EOF) {
                    return true;
                }
                if (t.kind() == TokenKind.LPAREN) {
                    depth++;
                } else if (t.kind() == TokenKind.RPAREN && --depth == 0) {
                    break;
                }
                j++;
            }
            Token after = la(j + 1);
            if (after.kind() != TokenKind.RPAREN) {
                return after.is(Keyword.UNION) || after.is(Keyword.INTERSECT) || after.is(Keyword.EXCEPT)
                        || after.is(Keyword.ORDER) || after.is(Keyword.LIMIT) || after.is(Keyword.OFFSET)
                        || after.is(Keyword.FETCH) || after.is(Keyword.FOR);
            }
        }
        return true;
    }

    /** table_ref without the joins that may follow it. */
    private FromItem tableRef() {
        Token t = cur();
        boolean lateral = false;
        if (t.is(Keyword.LATERAL)) {
            advance();
            lateral = true;
            t = cur();
            if (t.kind() != TokenKind.LPAREN && !atFromFunction()) {
                throw syntaxError(t);
            }
        }
        if (t.kind() == TokenKind.LPAREN) {
            int i = 1;
            while (la(i).kind() == TokenKind.LPAREN) {
                i++;
            }
            if (startsQuery(la(i)) && (i == 1 || parenthesesHoldQuery(i - 1))) {
                advance();
                Query query = selectStatement();
                expect(TokenKind.RPAREN);
                Token aliasToken = cur();
                String alias = aliasName();
                if (alias == null) {
                    boolean values = query instanceof Values;
                    throw new PgException(SqlState.SYNTAX_ERROR, values ? "VALUES in FROM must have an alias"
                            : "subquery in FROM must have an alias")
                            .withHint(values ? "For example, FROM (VALUES ...) [AS] foo."
                                    : "For example, FROM (SELECT ...) [AS] foo.")
                            .withPosition(t.start() + 1);
                }
                List<String> columns = at(TokenKind.LPAREN) ? columnList() : List.of();
                return new SubqueryRef(query, lateral, alias, columns, t.start());
            }
            if (lateral) {
                throw syntaxError(la(1));
            }
            advance();
            FromItem inner = joinedTable(tableRef());
            if (!(inner instanceof JoinExpr join)) {
                throw syntaxError(cur());
            }
            expect(TokenKind.RPAREN);
            String alias = aliasName();
            if (alias != null) {
                List<String> columns = at(TokenKind.LPAREN) ? columnList() : List.of();
                return join.withAlias(alias, columns);
            }
            return join;
        }
        if (t.is(Keyword.ROWS) && la(1).is(Keyword.FROM)) {
            throw unsupported("ROWS FROM", t);
        }
        if (atFromFunction()) {
            return functionRef();
        }
        boolean only = accept(Keyword.ONLY);
        QualifiedName name = qualifiedName();
        if (at(TokenKind.LPAREN)) {
            throw syntaxError(cur()); // ONLY f(...), or a name that cannot be a function's
        }
        if (atOperator("*")) {
            advance(); // inheritance: t * is t
        }
        String alias = aliasName();
        List<String> columns = alias != null && at(TokenKind.LPAREN) ? columnList() : List.of();
        if (at(Keyword.TABLESAMPLE)) {
            throw unsupported("TABLESAMPLE", cur());
        }
        return new TableRef(name, alias, columns, name.position(), only);
    }

    /** [AS] ColId, or null when no alias follows. */
    private String aliasName() {
        if (accept(Keyword.AS)) {
            return colId();
        }
        return isColId(cur()) ? colId() : null;
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
        boolean ordinality = false;
        if (at(Keyword.WITH) && la(1).is(Keyword.ORDINALITY)) {
            advance();
            advance();
            ordinality = true;
        }
        String alias = null;
        List<String> columnAliases = List.of();
        List<TypeName> columnTypes = new ArrayList<>();
        boolean as = accept(Keyword.AS);
        if (as && at(TokenKind.LPAREN)) {
            columnAliases = columnDefinitions(columnTypes); // AS (a int, ...): no alias
        } else if (as || isColId(cur())) {
            alias = colId();
            if (at(TokenKind.LPAREN)) {
                columnAliases = columnDefinitions(columnTypes);
            }
        }
        return new FunctionRef(call, ordinality, alias, columnAliases, columnTypes, start.start());
    }

    /**
     * {@code (name, ...)} column aliases, or {@code (name type, ...)} a column definition list
     * (TableFuncElementList: then {@code types} receives every column's type).
     */
    private List<String> columnDefinitions(List<TypeName> types) {
        expect(TokenKind.LPAREN);
        List<String> names = new ArrayList<>(2);
        boolean typed = false;
        do {
            names.add(colId());
            if (names.size() == 1) {
                typed = !at(TokenKind.COMMA) && !at(TokenKind.RPAREN);
            }
            if (typed) {
                types.add(typeName());
                if (at(Keyword.COLLATE)) {
                    Token collate = cur();
                    advance();
                    collation(collate);
                }
            }
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return names;
    }

    private List<Expr> groupByList() {
        Token t = cur();
        boolean distinct = accept(Keyword.DISTINCT);
        if (!distinct) {
            accept(Keyword.ALL);
        }
        List<Expr> list = new ArrayList<>(2);
        do {
            list.add(groupingElement());
        } while (accept(TokenKind.COMMA));
        // without grouping sets there is one set: DISTINCT changes nothing
        if (distinct && list.stream().anyMatch(e -> e instanceof GroupingSet)) {
            return List.of(new GroupingSet(GroupingSet.Kind.DISTINCT, list, t.start()));
        }
        return list;
    }

    /** One GROUP BY element: an expression, (), (a, b), ROLLUP/CUBE (...) or GROUPING SETS (...). */
    private Expr groupingElement() {
        Token g = cur();
        if ((g.is(Keyword.ROLLUP) || g.is(Keyword.CUBE)) && la(1).kind() == TokenKind.LPAREN) {
            advance();
            advance();
            List<Expr> items = new ArrayList<>(2);
            do {
                items.add(groupingItem());
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
            return new GroupingSet(g.is(Keyword.ROLLUP) ? GroupingSet.Kind.ROLLUP : GroupingSet.Kind.CUBE, items,
                    g.start());
        }
        if (g.is(Keyword.GROUPING) && la(1).is(Keyword.SETS)) {
            advance();
            advance();
            expect(TokenKind.LPAREN);
            List<Expr> items = new ArrayList<>(2);
            do {
                items.add(groupingElement());
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
            return new GroupingSet(GroupingSet.Kind.SETS, items, g.start());
        }
        return groupingItem();
    }

    /** An expression, () or a parenthesised expression list (a, b) standing for one set. */
    private Expr groupingItem() {
        Token g = cur();
        if (g.kind() == TokenKind.LPAREN && la(1).kind() == TokenKind.RPAREN) {
            advance();
            advance();
            return new GroupingSet(GroupingSet.Kind.EMPTY, List.of(), g.start());
        }
        if (g.kind() == TokenKind.LPAREN && !startsQuery(la(1))) {
            int mark = index;
            advance();
            List<Expr> items = new ArrayList<>(2);
            items.add(expr());
            if (at(TokenKind.COMMA)) {
                while (accept(TokenKind.COMMA)) {
                    items.add(expr());
                }
                // (a, b) followed by an operator is a row expression, not a set
                if (accept(TokenKind.RPAREN) && !at(TokenKind.OPERATOR) && !at(TokenKind.TYPECAST)
                        && !at(TokenKind.DOT) && !at(TokenKind.LBRACKET)) {
                    return new GroupingSet(GroupingSet.Kind.LIST, items, g.start());
                }
            }
            index = mark;
        }
        return expr();
    }

    final List<OrderItem> orderByList() {
        List<OrderItem> list = new ArrayList<>(2);
        do {
            Token t = cur();
            Expr e = expr();
            boolean desc = false;
            if (accept(Keyword.DESC)) {
                desc = true;
            } else if (!accept(Keyword.ASC) && at(Keyword.USING)) {
                // USING < is ASC and USING > is DESC for every type with a btree ordering; text's
                // pattern operators ~<~ and ~>~ order bytewise, which is the C order text has here
                Token using = take();
                Token op = cur();
                if (op.isOperator("<") || op.isOperator("~<~")) {
                    advance();
                } else if (op.isOperator(">") || op.isOperator("~>~")) {
                    advance();
                    desc = true;
                } else if (op.kind() == TokenKind.OPERATOR) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                            "operator %s is not a valid ordering operator", op.value())
                            .withHint("Ordering operators must be \"<\" or \">\" members of btree operator families.")
                            .withPosition(op.start() + 1);
                } else {
                    throw unsupported("ORDER BY ... USING", using);
                }
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
        List<List<Subscript.Index>> columnSubscripts = new ArrayList<>();
        if (at(TokenKind.LPAREN) && !startsQuery(la(1)) && la(1).kind() != TokenKind.LPAREN) {
            advance();
            columns = new ArrayList<>(4);
            columnPositions = new ArrayList<>(4);
            do {
                columnPositions.add(cur().start());
                columns.add(colId());
                if (at(TokenKind.DOT)) {
                    throw unsupported("INSERT into fields", cur());
                }
                columnSubscripts.add(at(TokenKind.LBRACKET) ? subscriptList() : List.of());
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
        }
        boolean overridingSystem = false;
        if (accept(Keyword.OVERRIDING)) {
            overridingSystem = accept(Keyword.SYSTEM);
            if (!overridingSystem) {
                expect(Keyword.USER);
            }
            expect(Keyword.VALUE);
        }
        List<List<Expr>> values = null;
        Query query = null;
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
        OnConflict onConflict = null;
        if (at(Keyword.ON) && la(1).is(Keyword.CONFLICT)) {
            onConflict = onConflict();
        }
        List<SelectItem> returning = returning();
        boolean subscripted = false;
        for (List<Subscript.Index> c : columnSubscripts) {
            subscripted |= !c.isEmpty();
        }
        return new Insert(table, alias, columns, columnPositions, values, query, defaultValues, returning,
                overridingSystem, onConflict, subscripted ? columnSubscripts : List.of());
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

    /** {@code ON CONFLICT [conflict_target] DO NOTHING | DO UPDATE SET ... [WHERE ...]}. */
    private OnConflict onConflict() {
        Token on = take();
        advance(); // CONFLICT
        List<String> columns = List.of();
        String constraint = null;
        if (at(TokenKind.LPAREN)) {
            advance();
            columns = new ArrayList<>(2);
            do {
                Token c = cur();
                if (c.kind() == TokenKind.LPAREN || !isColId(c) || la(1).kind() == TokenKind.LPAREN) {
                    throw unsupported("ON CONFLICT with expressions", c);
                }
                columns.add(colId());
                if (accept(Keyword.COLLATE)) {
                    qualifiedName();
                }
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
            if (at(Keyword.WHERE)) {
                throw unsupported("ON CONFLICT ... WHERE (partial unique indexes)", cur());
            }
        } else if (at(Keyword.ON)) {
            advance();
            expect(Keyword.CONSTRAINT);
            constraint = colId();
        }
        expect(Keyword.DO);
        if (accept(Keyword.NOTHING)) {
            return new OnConflict(columns, constraint, true, List.of(), null, on.start());
        }
        expect(Keyword.UPDATE);
        expect(Keyword.SET);
        List<Assignment> assignments = setClauseList();
        Expr where = at(Keyword.WHERE) ? where() : null;
        return new OnConflict(columns, constraint, false, assignments, where, on.start());
    }

    /**
     * set_clause_list of UPDATE, ON CONFLICT DO UPDATE and MERGE: {@code column = value | DEFAULT}
     * and {@code (a, b) = ...} items.
     */
    private List<Assignment> setClauseList() {
        List<Assignment> assignments = new ArrayList<>(2);
        do {
            Token c = cur();
            if (c.kind() == TokenKind.LPAREN) {
                multipleColumnAssignment(assignments);
                continue;
            }
            String column = colId();
            if (at(TokenKind.DOT)) {
                throw unsupported("UPDATE of fields", cur());
            }
            List<Subscript.Index> subscripts = at(TokenKind.LBRACKET) ? subscriptList() : List.of();
            expectOperator("=");
            assignments.add(new Assignment(column, subscripts, exprOrDefault(), c.start()));
        } while (accept(TokenKind.COMMA));
        return assignments;
    }

    final Update updateStatement() {
        expect(Keyword.UPDATE);
        boolean only = accept(Keyword.ONLY);
        QualifiedName table = qualifiedName();
        if (atOperator("*")) {
            advance();
        }
        String alias = optAlias(false);
        expect(Keyword.SET);
        List<Assignment> assignments = setClauseList();
        List<FromItem> from = List.of();
        if (accept(Keyword.FROM)) {
            from = fromList();
        }
        Expr where = where();
        List<SelectItem> returning = returning();
        return new Update(table, alias, assignments, where, returning, from, only);
    }

    /** {@code (a, b) = [ROW] (x, DEFAULT)}: one assignment per column. */
    private void multipleColumnAssignment(List<Assignment> assignments) {
        expect(TokenKind.LPAREN);
        List<Token> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        do {
            columns.add(cur());
            names.add(colId());
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        expectOperator("=");
        Token source = cur();
        if (source.kind() == TokenKind.LPAREN && (la(1).is(Keyword.SELECT) || la(1).is(Keyword.WITH)
                || la(1).is(Keyword.VALUES))) {
            // column i gets (SELECT s.c_i FROM (query) AS s(c_1, ..., c_n)): one scalar subquery per column
            advance();
            io.pglitedb.sql.ast.Query query = selectStatement();
            expect(TokenKind.RPAREN);
            List<String> aliases = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                aliases.add("c" + (i + 1));
            }
            for (int i = 0; i < names.size(); i++) {
                io.pglitedb.sql.ast.SubqueryRef from = new io.pglitedb.sql.ast.SubqueryRef(query, false, "multiassign",
                        aliases, source.start());
                io.pglitedb.sql.ast.Select pick = new io.pglitedb.sql.ast.Select(false, List.of(),
                        List.of(new SelectItem(new io.pglitedb.sql.ast.ColumnRef(List.of("multiassign", aliases.get(i)),
                                source.start()), null, source.start())),
                        List.of(from), null, List.of(), null, List.of(), List.of(), null, null);
                assignments.add(new Assignment(names.get(i), new io.pglitedb.sql.ast.SubqueryExpr(
                        io.pglitedb.sql.ast.SubqueryExpr.Kind.SCALAR, null, null, pick, source.start()),
                        columns.get(i).start()));
            }
            return;
        }
        boolean row = accept(Keyword.ROW);
        expect(TokenKind.LPAREN);
        List<Expr> values = new ArrayList<>();
        do {
            values.add(exprOrDefault());
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        if (!row && values.size() == 1 && names.size() > 1) { // (x) is x, not a row
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.SYNTAX_ERROR,
                    "source for a multiple-column UPDATE item must be a sub-SELECT or ROW() expression")
                    .withPosition(values.get(0).position() + 1);
        }
        if (values.size() != names.size()) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.SYNTAX_ERROR,
                    "number of columns does not match number of values").withPosition(source.start() + 1);
        }
        for (int i = 0; i < names.size(); i++) {
            assignments.add(new Assignment(names.get(i), values.get(i), columns.get(i).start()));
        }
    }

    final io.pglitedb.sql.ast.Merge mergeStatement() {
        Token start = take(); // MERGE
        expect(Keyword.INTO);
        accept(Keyword.ONLY);
        QualifiedName target = qualifiedName();
        String alias = optAlias(true);
        expect(Keyword.USING);
        FromItem source = joinedTable(tableRef());
        expect(Keyword.ON);
        Expr on = expr();
        List<io.pglitedb.sql.ast.Merge.When> whens = new ArrayList<>();
        do {
            whens.add(mergeWhen());
        } while (at(Keyword.WHEN));
        return new io.pglitedb.sql.ast.Merge(target, alias, source, on, whens, start.start());
    }

    private io.pglitedb.sql.ast.Merge.When mergeWhen() {
        Token when = cur();
        expect(Keyword.WHEN);
        boolean matched = !accept(Keyword.NOT);
        expect(Keyword.MATCHED);
        Expr condition = accept(Keyword.AND) ? expr() : null;
        expect(Keyword.THEN);
        Token action = cur();
        if (accept(Keyword.DO)) {
            expect(Keyword.NOTHING);
            return new io.pglitedb.sql.ast.Merge.When(matched, condition, io.pglitedb.sql.ast.Merge.Action.NOTHING,
                    List.of(), List.of(), List.of(), null, false, when.start());
        }
        if (matched && accept(Keyword.UPDATE)) {
            expect(Keyword.SET);
            List<Assignment> assignments = setClauseList();
            return new io.pglitedb.sql.ast.Merge.When(true, condition, io.pglitedb.sql.ast.Merge.Action.UPDATE,
                    assignments, List.of(), List.of(), null, false, when.start());
        }
        if (matched && accept(Keyword.DELETE)) {
            return new io.pglitedb.sql.ast.Merge.When(true, condition, io.pglitedb.sql.ast.Merge.Action.DELETE,
                    List.of(), List.of(), List.of(), null, false, when.start());
        }
        if (!matched && accept(Keyword.INSERT)) {
            List<String> columns = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            if (accept(TokenKind.LPAREN)) {
                do {
                    positions.add(cur().start());
                    columns.add(colId());
                } while (accept(TokenKind.COMMA));
                expect(TokenKind.RPAREN);
            }
            boolean overriding = false;
            if (accept(Keyword.OVERRIDING)) {
                overriding = accept(Keyword.SYSTEM);
                if (!overriding) {
                    expect(Keyword.USER);
                }
                expect(Keyword.VALUE);
            }
            List<Expr> values = null;
            if (accept(Keyword.DEFAULT)) {
                expect(Keyword.VALUES);
            } else {
                expect(Keyword.VALUES);
                expect(TokenKind.LPAREN);
                values = new ArrayList<>();
                do {
                    values.add(exprOrDefault());
                } while (accept(TokenKind.COMMA));
                expect(TokenKind.RPAREN);
            }
            return new io.pglitedb.sql.ast.Merge.When(false, condition, io.pglitedb.sql.ast.Merge.Action.INSERT,
                    List.of(), columns, positions, values, overriding, when.start());
        }
        throw syntaxError(action);
    }

    final Delete deleteStatement() {
        expect(Keyword.DELETE);
        expect(Keyword.FROM);
        boolean only = accept(Keyword.ONLY);
        QualifiedName table = qualifiedName();
        if (atOperator("*")) {
            advance();
        }
        String alias = optAlias(true);
        List<FromItem> using = List.of();
        if (accept(Keyword.USING)) {
            using = fromList();
        }
        Expr where = where();
        List<SelectItem> returning = returning();
        return new Delete(table, alias, where, returning, using, only);
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
