package io.pglitedb.sql.parser;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.ArrayExpr;
import io.pglitedb.sql.ast.ArrayOpExpr;
import io.pglitedb.sql.ast.Between;
import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.BoolExpr;
import io.pglitedb.sql.ast.BooleanTest;
import io.pglitedb.sql.ast.CaseExpr;
import io.pglitedb.sql.ast.CastExpr;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.DefaultExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FieldSelect;
import io.pglitedb.sql.ast.FieldStar;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.InList;
import io.pglitedb.sql.ast.IsNull;
import io.pglitedb.sql.ast.Like;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.NotExpr;
import io.pglitedb.sql.ast.OrderItem;
import io.pglitedb.sql.ast.ParamRef;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.RowExpr;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.sql.ast.Subscript;
import io.pglitedb.sql.ast.SubqueryExpr;
import io.pglitedb.sql.ast.TypeName;
import io.pglitedb.sql.ast.UnaryOp;
import io.pglitedb.sql.ast.WindowCall;
import io.pglitedb.sql.ast.WindowSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions by precedence climbing over PostgreSQL's operator precedence table (gram.y), lowest
 * first: OR; AND; NOT (right); IS, ISNULL, NOTNULL (non-associative); {@code < > = <= >= <> !=}
 * (non-associative); BETWEEN IN LIKE ILIKE SIMILAR (non-associative); ESCAPE; other operators;
 * {@code + -}; {@code * / %}; {@code ^}; AT TIME ZONE; COLLATE; unary minus (right); {@code [ ]};
 * {@code ::}; {@code .}. All binary operators are left-associative unless noted.
 *
 * <p>{@code b_expr} (gram.y's restricted expression, used for DEFAULT and BETWEEN's lower bound)
 * is the same loop with AND, OR, NOT, IS [NOT] NULL/TRUE..., LIKE, IN, BETWEEN and AT TIME ZONE
 * switched off.
 *
 * <p>Positions follow PostgreSQL's parse-node locations: an infix or postfix node (BinaryOp,
 * BoolExpr, IsNull, BooleanTest, InList, Between, Like, {@code ::} casts) is at its operator
 * (NOT for NOT IN / NOT LIKE / NOT BETWEEN), everything else at its first token. The leftmost
 * position of an expression is {@link ExprPositions#leftmost(Expr)}.
 */
abstract class ExpressionParser extends TypeNameParser {
    static final int P_OR = 1;
    static final int P_AND = 2;
    static final int P_NOT = 3;
    static final int P_IS = 4;
    static final int P_CMP = 5;
    static final int P_PATTERN = 6;
    static final int P_OP = 8;
    static final int P_ADD = 9;
    static final int P_MUL = 10;
    static final int P_POW = 11;
    static final int P_AT = 12;
    static final int P_COLLATE = 13;
    static final int P_UMINUS = 14;
    static final int P_SUBSCRIPT = 15;
    static final int P_TYPECAST = 16;

    /**
     * True while parsing a select-list (or RETURNING) item outside any parentheses: there a
     * keyword operator followed by what can end the item is the item's label ({@code SELECT 1 like}).
     */
    boolean bareLabelOk;

    /** Tokens that can follow a target list element (gram.y FOLLOW(target_el)). */
    static boolean isTargetFollow(Token t) {
        switch (t.kind()) {
            case COMMA: case SEMICOLON: case EOF: case RPAREN:
                return true;
            case IDENT: {
                Keyword k = t.keyword();
                if (k == null) {
                    return false;
                }
                switch (k) {
                    case FROM: case INTO: case WHERE: case GROUP: case HAVING: case ORDER: case LIMIT: case OFFSET:
                    case FETCH: case FOR: case UNION: case INTERSECT: case EXCEPT: case WINDOW:
                        return true;
                    default:
                        return false;
                }
            }
            default:
                return false;
        }
    }

    /** DEFAULT keywords parsed as expressions and not (yet) accepted by a VALUES row or SET. */
    private final ArrayList<DefaultExpr> strayDefaults = new ArrayList<>(0);

    ExpressionParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /** A whole query (select_with_parens' inside), for subqueries; implemented by {@link QueryParser}. */
    abstract Query selectStatement();

    /**
     * With cur() at an opening parenthesis followed by {@code innermost} more of them, whether the
     * parentheses hold a query ({@code ((SELECT 1) UNION SELECT 2)}) rather than an expression.
     */
    abstract boolean parenthesesHoldQuery(int innermost);

    /** At '(' before a query: {@code (query)}. */
    private Query parenthesizedQuery() {
        expect(TokenKind.LPAREN);
        boolean saved = bareLabelOk;
        bareLabelOk = false;
        Query query = selectStatement();
        bareLabelOk = saved;
        expect(TokenKind.RPAREN);
        return query;
    }

    /** a_expr. */
    final Expr expr() {
        return parse(0, false);
    }

    /** b_expr. */
    final Expr bExpr() {
        return parse(0, true);
    }

    /** An expression where DEFAULT stands for the column default (VALUES items, UPDATE SET values). */
    final Expr exprOrDefault() {
        Expr e = parse(0, false);
        if (e instanceof DefaultExpr d && !strayDefaults.isEmpty()
                && strayDefaults.get(strayDefaults.size() - 1) == d) {
            strayDefaults.remove(strayDefaults.size() - 1);
        }
        return e;
    }

    /** An error PostgreSQL raises in analysis, after the whole string parsed: the first one is kept. */
    private PgException semanticError;

    final void deferSemanticError(PgException e) {
        if (semanticError == null) {
            semanticError = e;
        }
    }

    /** Call at the end of each statement: a stray DEFAULT becomes "DEFAULT is not allowed in this context". */
    final void endStatement() {
        if (!strayDefaults.isEmpty()) {
            DefaultExpr d = strayDefaults.get(0);
            deferSemanticError(new PgException(SqlState.SYNTAX_ERROR, "DEFAULT is not allowed in this context")
                    .withPosition(d.position() + 1));
            strayDefaults.clear();
        }
    }

    /** The first analysis-time error found while parsing (SELECT *, misplaced DEFAULT), or null. */
    final PgException semanticError() {
        return semanticError;
    }

    /** The precedence of the operator spelled op (one of PostgreSQL's Op or a single-char operator). */
    private static int operatorPrecedence(String op) {
        if (op.length() == 1) {
            switch (op.charAt(0)) {
                case '+': case '-': return P_ADD;
                case '*': case '/': case '%': return P_MUL;
                case '^': return P_POW;
                case '<': case '>': case '=': return P_CMP;
                default: return P_OP;
            }
        }
        if (op.length() == 2) {
            char a = op.charAt(0);
            char b = op.charAt(1);
            if ((b == '=' && (a == '<' || a == '>' || a == '!')) || (a == '<' && b == '>')) {
                return P_CMP;
            }
        }
        return P_OP;
    }

    /** True for operators PostgreSQL's grammar also accepts as prefix operators (qual_Op). */
    private static boolean isPrefixCapable(String op) {
        return operatorPrecedence(op) == P_OP;
    }

    private static boolean isPatternKeyword(Keyword k) {
        return k == Keyword.BETWEEN || k == Keyword.IN || k == Keyword.LIKE || k == Keyword.ILIKE
                || k == Keyword.SIMILAR;
    }

    /** Precedence of the current token as an infix/postfix operator, or -1 if it is none. */
    private int infixPrecedence(Token t, boolean b) {
        switch (t.kind()) {
            case OPERATOR:
                return operatorPrecedence(t.value());
            case TYPECAST:
                return P_TYPECAST;
            case LBRACKET:
                return P_SUBSCRIPT;
            case IDENT: {
                Keyword k = t.keyword();
                if (k == null) {
                    return -1;
                }
                switch (k) {
                    case AND: return b ? -1 : P_AND;
                    case OR: return b ? -1 : P_OR;
                    case IS: return P_IS;
                    case ISNULL: case NOTNULL: return b ? -1 : P_IS;
                    case NOT: return !b && isPatternKeyword(la(1).keyword()) ? P_PATTERN : -1;
                    case BETWEEN: case IN: case LIKE: case ILIKE: return b ? -1 : P_PATTERN;
                    // SIMILAR without TO belongs to SUBSTRING(x SIMILAR pattern ESCAPE e)
                    case SIMILAR: return b || !la(1).is(Keyword.TO) ? -1 : P_PATTERN;
                    case AT: return !b && la(1).is(Keyword.TIME) ? P_AT : -1;
                    case COLLATE: return P_COLLATE;
                    case OPERATOR: return P_OP;
                    default: return -1;
                }
            }
            default:
                return -1;
        }
    }

    /** Precedence climbing: parses operators binding at least as tightly as minPrec. */
    final Expr parse(int minPrec, boolean b) {
        Expr left = prefix(b);
        int nonassoc = -1;
        while (true) {
            Token t = cur();
            int prec = infixPrecedence(t, b);
            if (prec < minPrec || prec < 0) {
                return left;
            }
            if (bareLabelOk && t.keyword() != null && t.keyword().bareLabel() && isTargetFollow(la(1))) {
                return left; // SELECT 1 like: the keyword is the column label
            }
            if (prec == nonassoc) {
                throw syntaxError(t);
            }
            switch (prec) {
                case P_OR:
                case P_AND: {
                    advance();
                    Expr right = parse(prec + 1, false);
                    left = new BoolExpr(prec == P_OR ? BoolExpr.Op.OR : BoolExpr.Op.AND, left, right, t.start());
                    break;
                }
                case P_IS:
                    if (t.is(Keyword.IS)) {
                        left = isClause(left, b);
                        if (left instanceof BinaryOp) {
                            nonassoc = P_IS; // IS [NOT] DISTINCT FROM has a right operand
                        }
                    } else {
                        advance();
                        left = new IsNull(left, t.is(Keyword.NOTNULL), t.start());
                    }
                    break;
                case P_PATTERN:
                    left = patternClause(left);
                    if (!(left instanceof InList)) {
                        nonassoc = P_PATTERN; // IN ends with ')': nothing to be associative about
                    }
                    break;
                case P_AT: {
                    advance();
                    advance();
                    expect(Keyword.ZONE);
                    Expr zone = parse(P_AT + 1, b);
                    left = new FuncCall("timezone", List.of(zone, left), false, false, t.start());
                    break;
                }
                case P_COLLATE:
                    advance();
                    collation(t);
                    break;
                case P_SUBSCRIPT:
                    left = subscripts(left);
                    break;
                case P_TYPECAST: {
                    advance();
                    TypeName type = typeName();
                    left = new CastExpr(left, type, t.start());
                    break;
                }
                default: {
                    String op = t.kind() == TokenKind.OPERATOR ? t.value() : null;
                    if (op == null) {
                        op = qualifiedOperator(); // OPERATOR(pg_catalog.~)
                    } else {
                        advance();
                    }
                    Token rhs = cur();
                    if (rhs.is(Keyword.ANY) || rhs.is(Keyword.ALL) || rhs.is(Keyword.SOME)) {
                        if (la(1).kind() != TokenKind.LPAREN) {
                            throw syntaxError(la(1));
                        }
                        if (!startsQuery(la(2)) && !(la(2).kind() == TokenKind.LPAREN && startsQuery(la(3)))) {
                            advance();
                            advance();
                            Expr array = expr();
                            expect(TokenKind.RPAREN);
                            left = new ArrayOpExpr(left, op, rhs.is(Keyword.ALL), array, t.start());
                            if (prec == P_CMP) {
                                nonassoc = P_CMP;
                            }
                            break;
                        }
                        advance();
                        Query query = parenthesizedQuery();
                        left = new SubqueryExpr(rhs.is(Keyword.ALL) ? SubqueryExpr.Kind.ALL : SubqueryExpr.Kind.ANY,
                                left, op, query, t.start());
                        if (prec == P_CMP) {
                            nonassoc = P_CMP;
                        }
                        break;
                    }
                    Expr right = parse(prec + 1, b);
                    left = new BinaryOp(op, left, right, t.start());
                    if (prec == P_CMP) {
                        nonassoc = P_CMP;
                    }
                    break;
                }
            }
        }
    }

    /**
     * At OPERATOR: {@code OPERATOR([schema.]op)}, as psql writes {@code OPERATOR(pg_catalog.~)};
     * only pg_catalog's operators exist. @return the operator's name
     */
    private String qualifiedOperator() {
        expect(Keyword.OPERATOR);
        expect(TokenKind.LPAREN);
        while (isColLabel(cur()) && la(1).kind() == TokenKind.DOT) {
            String schema = colLabel();
            advance();
            if (!schema.equals("pg_catalog")) {
                throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INVALID_SCHEMA_NAME,
                        "schema \"%s\" does not exist", schema);
            }
        }
        Token op = cur();
        if (op.kind() != TokenKind.OPERATOR) {
            throw syntaxError(op);
        }
        advance();
        expect(TokenKind.RPAREN);
        return op.value();
    }

    /**
     * After COLLATE: the collation name. Text compares in "C" order here, which is what the
     * collations default, C, POSIX and ucs_basic give; others do not exist. An error points at
     * the COLLATE keyword, when given. Returns the collation's name (without its schema).
     */
    protected final String collation(Token collate) {
        String name = colLabel();
        while (accept(TokenKind.DOT)) {
            name = colLabel();
        }
        if (io.pglitedb.catalog.Collations.oid(name) == 0) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.UNDEFINED_OBJECT,
                    "collation \"%s\" for encoding \"UTF8\" does not exist", name)
                    .withPosition(collate == null ? 0 : collate.start() + 1);
        }
        return name;
    }

    /** At '[' of an array constructor: {@code [a, b]} or {@code [[..],[..]]}; the caller consumed ARRAY. */
    private Expr arrayBrackets(Token start, boolean keyword) {
        expect(TokenKind.LBRACKET);
        List<Expr> elements = new ArrayList<>();
        boolean saved = bareLabelOk;
        bareLabelOk = false;
        if (!at(TokenKind.RBRACKET)) {
            if (at(TokenKind.LBRACKET)) {
                do {
                    elements.add(arrayBrackets(cur(), false));
                } while (accept(TokenKind.COMMA));
            } else {
                do {
                    elements.add(expr());
                } while (accept(TokenKind.COMMA));
            }
        }
        bareLabelOk = saved;
        expect(TokenKind.RBRACKET);
        return new ArrayExpr(elements, keyword, start.start());
    }

    /** At '[' after an expression: one or more subscripts or slices. */
    private Expr subscripts(Expr base) {
        return new Subscript(base, subscriptList(), ExprPositions.leftmost(base));
    }

    /** At '[': the brackets, as an expression's or an assignment target's ({@code SET a[1:2] = ...}). */
    final List<Subscript.Index> subscriptList() {
        List<Subscript.Index> indexes = new ArrayList<>();
        boolean saved = bareLabelOk;
        bareLabelOk = false;
        while (at(TokenKind.LBRACKET)) {
            advance();
            Expr lower = null;
            Expr upper = null;
            boolean slice = false;
            if (!at(TokenKind.COLON)) {
                lower = expr();
            }
            if (accept(TokenKind.COLON)) {
                slice = true;
                if (!at(TokenKind.RBRACKET)) {
                    upper = expr();
                }
            } else {
                upper = lower;
                lower = null;
            }
            expect(TokenKind.RBRACKET);
            indexes.add(new Subscript.Index(lower, upper, slice));
        }
        bareLabelOk = saved;
        return indexes;
    }

    /** After the left operand, at IS. */
    private Expr isClause(Expr left, boolean b) {
        Token isTok = take();
        boolean not = accept(Keyword.NOT);
        Token t = cur();
        Keyword k = t.keyword();
        if (k == Keyword.DISTINCT) {
            advance();
            expect(Keyword.FROM);
            Expr right = parse(P_IS + 1, b);
            return new BinaryOp(not ? "IS NOT DISTINCT FROM" : "IS DISTINCT FROM", left, right, isTok.start());
        }
        if (k == Keyword.DOCUMENT) {
            throw unsupported("IS DOCUMENT", t);
        }
        if (b || k == null) {
            throw syntaxError(t);
        }
        switch (k) {
            case NULL:
                advance();
                return new IsNull(left, not, isTok.start());
            case TRUE:
                advance();
                return new BooleanTest(left, BooleanTest.Kind.TRUE, not, isTok.start());
            case FALSE:
                advance();
                return new BooleanTest(left, BooleanTest.Kind.FALSE, not, isTok.start());
            case UNKNOWN:
                advance();
                return new BooleanTest(left, BooleanTest.Kind.UNKNOWN, not, isTok.start());
            case NORMALIZED: case NFC: case NFD: case NFKC: case NFKD:
                throw unsupported("IS NORMALIZED", t);
            default:
                throw syntaxError(t);
        }
    }

    /** After the left operand, at [NOT] BETWEEN / IN / LIKE / ILIKE / SIMILAR. */
    private Expr patternClause(Expr left) {
        Token opTok = take();
        boolean negated = false;
        Token kw = opTok;
        if (opTok.is(Keyword.NOT)) {
            negated = true;
            kw = take();
        }
        int pos = opTok.start();
        switch (kw.keyword()) {
            case BETWEEN: {
                boolean symmetric = false;
                if (accept(Keyword.SYMMETRIC)) {
                    symmetric = true;
                } else {
                    accept(Keyword.ASYMMETRIC);
                }
                Expr low = parse(0, true);
                expect(Keyword.AND);
                Expr high = parse(P_PATTERN + 1, false);
                return new Between(left, low, high, negated, symmetric, pos);
            }
            case IN: {
                Token open = cur();
                if (open.kind() != TokenKind.LPAREN) {
                    throw syntaxError(open);
                }
                if (startsQuery(la(1)) || (la(1).kind() == TokenKind.LPAREN && startsQuery(la(2)))) {
                    SubqueryExpr in = new SubqueryExpr(SubqueryExpr.Kind.ANY, left, "=", parenthesizedQuery(), pos);
                    return negated ? new NotExpr(in, pos) : in;
                }
                advance();
                boolean saved = bareLabelOk;
                bareLabelOk = false;
                List<Expr> values = exprList();
                bareLabelOk = saved;
                expect(TokenKind.RPAREN);
                return new InList(left, values, negated, pos);
            }
            case LIKE:
            case ILIKE: {
                Expr pattern = parse(P_PATTERN + 1, false);
                Expr escape = null;
                if (accept(Keyword.ESCAPE)) {
                    escape = parse(P_PATTERN + 1, false);
                }
                return new Like(left, pattern, escape, negated, kw.is(Keyword.ILIKE), pos);
            }
            case SIMILAR: {
                expect(Keyword.TO);
                Expr pattern = parse(P_PATTERN + 1, false);
                List<Expr> args = new ArrayList<>(2);
                args.add(pattern);
                if (accept(Keyword.ESCAPE)) {
                    args.add(parse(P_PATTERN + 1, false));
                }
                // PostgreSQL rewrites SIMILAR TO as a regular expression match (gram.y)
                FuncCall regex = new FuncCall("similar_to_escape", args, false, false, pos);
                return new BinaryOp(negated ? "!~" : "~", left, regex, pos);
            }
            default:
                throw syntaxError(kw);
        }
    }

    static boolean startsQuery(Token t) {
        Keyword k = t.keyword();
        return k == Keyword.SELECT || k == Keyword.VALUES || k == Keyword.WITH || k == Keyword.TABLE;
    }

    /** expr_list: one or more comma-separated expressions. */
    final List<Expr> exprList() {
        List<Expr> list = new ArrayList<>(4);
        do {
            list.add(expr());
        } while (accept(TokenKind.COMMA));
        return list;
    }

    // ---------------------------------------------------------------- prefix and primary

    private Expr prefix(boolean b) {
        Token t = cur();
        if (t.kind() == TokenKind.OPERATOR) {
            String op = t.value();
            if (op.equals("-") || op.equals("+")) {
                advance();
                Expr operand = parse(P_UMINUS + 1, b);
                return new UnaryOp(op, operand, t.start());
            }
            if (isPrefixCapable(op)) {
                advance();
                Expr operand = parse(P_OP + 1, b);
                return new UnaryOp(op, operand, t.start());
            }
            throw syntaxError(t);
        }
        if (t.is(Keyword.NOT)) {
            if (b) {
                throw syntaxError(t);
            }
            advance();
            Expr operand = parse(P_NOT + 1, false);
            return new NotExpr(operand, t.start());
        }
        if (t.is(Keyword.OPERATOR) && la(1).kind() == TokenKind.LPAREN) {
            throw unsupported("OPERATOR()", t);
        }
        return primary();
    }

    /** c_expr: constants, column references, function calls, CASE, CAST, parentheses... */
    private Expr primary() {
        boolean saved = bareLabelOk;
        bareLabelOk = false;
        Expr e = primaryExpr();
        bareLabelOk = saved;
        return e;
    }

    private Expr primaryExpr() {
        Token t = cur();
        switch (t.kind()) {
            case INTEGER:
                advance();
                return new Literal(Literal.Kind.INTEGER, t.value(), t.start());
            case DECIMAL:
                advance();
                return new Literal(Literal.Kind.DECIMAL, t.value(), t.start());
            case STRING:
                advance();
                return new Literal(Literal.Kind.STRING, t.value(), t.start());
            case BIT_STRING:
            case HEX_STRING:
                // B'1010' and X'1F' are bit constants without a length (makeBitStringConst)
                advance();
                return new CastExpr(new Literal(Literal.Kind.STRING, (t.kind() == TokenKind.BIT_STRING ? "b" : "x")
                        + t.value(), t.start()), new TypeName("\"bit\"", List.of(), 0, t.start()), t.start());
            case PARAM: {
                advance();
                long n = parseLong(t.value());
                if (n <= 0 || n > Integer.MAX_VALUE) {
                    throw new PgException(SqlState.UNDEFINED_PARAMETER, "there is no parameter $%s", t.value())
                            .withPosition(t.start() + 1);
                }
                return new ParamRef((int) n, t.start());
            }
            case LPAREN:
                return parenthesized(t);
            case IDENT:
            case QUOTED_IDENT:
                return identifierExpression(t);
            default:
                throw syntaxError(t);
        }
    }

    private Expr parenthesized(Token open) {
        int inner = 1;
        while (la(inner).kind() == TokenKind.LPAREN) {
            inner++;
        }
        if (startsQuery(la(1)) || inner > 1 && startsQuery(la(inner)) && parenthesesHoldQuery(inner - 1)) {
            Query query = parenthesizedQuery();
            if (at(TokenKind.DOT)) {
                throw unsupported("field selection of subqueries", cur());
            }
            return new SubqueryExpr(SubqueryExpr.Kind.SCALAR, null, null, query, open.start());
        }
        advance();
        Expr e = expr();
        if (at(TokenKind.COMMA)) {
            advance();
            List<Expr> fields = new ArrayList<>(4);
            fields.add(e);
            fields.addAll(exprList());
            expect(TokenKind.RPAREN);
            e = new RowExpr(fields, false, open.start());
            return fieldSelection(e);
        }
        expect(TokenKind.RPAREN);
        return fieldSelection(e);
    }

    /** {@code (expr).field...} after a parenthesised expression or row constructor. */
    private Expr fieldSelection(Expr e) {
        while (at(TokenKind.DOT)) {
            advance();
            if (cur().isOperator("*")) {
                advance();
                return new FieldStar(e, ExprPositions.leftmost(e));
            }
            e = new FieldSelect(e, colLabel(), ExprPositions.leftmost(e));
        }
        return e;
    }

    private Expr identifierExpression(Token t) {
        Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
        if (k != null) {
            Expr special = keywordExpression(t, k);
            if (special != null) {
                return special;
            }
        }
        Token next = la(1);
        boolean typeFunc = isTypeFunctionName(t);
        if (typeFunc && next.kind() == TokenKind.LPAREN) {
            advance();
            return functionCall(t.value(), t.start());
        }
        if (typeFunc && next.kind() == TokenKind.STRING) {
            advance();
            Token s = take();
            TypeName type = new TypeName(t.kind() == TokenKind.QUOTED_IDENT && t.value().equals("char")
                    ? "\"char\"" : t.value(), List.of(), 0, t.start());
            return new CastExpr(new Literal(Literal.Kind.STRING, s.value(), s.start()), type, t.start());
        }
        if (!isColId(t)) {
            if (typeFunc) {
                throw syntaxError(next); // e.g. LEFT could only start a call: the error is after it
            }
            throw syntaxError(t);
        }
        advance();
        if (!at(TokenKind.DOT)) {
            return new ColumnRef(List.of(t.value()), t.start());
        }
        List<String> parts = new ArrayList<>(3);
        parts.add(t.value());
        while (at(TokenKind.DOT)) {
            advance();
            Token p = cur();
            if (p.isOperator("*")) {
                advance();
                return new Star(String.join(".", parts), t.start());
            }
            parts.add(colLabel());
        }
        if (at(TokenKind.LPAREN)) {
            return functionCall(String.join(".", parts), t.start());
        }
        if (at(TokenKind.STRING)) {
            Token s = take();
            TypeName type = new TypeName(String.join(".", parts), List.of(), 0, t.start());
            return new CastExpr(new Literal(Literal.Kind.STRING, s.value(), s.start()), type, t.start());
        }
        return new ColumnRef(parts, t.start());
    }

    /** Keywords with their own expression syntax; null when the keyword is just a name here. */
    private Expr keywordExpression(Token t, Keyword k) {
        Token next = la(1);
        switch (k) {
            case TRUE:
                advance();
                return new Literal(Literal.Kind.BOOLEAN, "true", t.start());
            case FALSE:
                advance();
                return new Literal(Literal.Kind.BOOLEAN, "false", t.start());
            case NULL:
                advance();
                return new Literal(Literal.Kind.NULL, "null", t.start());
            case DEFAULT: {
                advance();
                DefaultExpr d = new DefaultExpr(t.start());
                strayDefaults.add(d);
                return d;
            }
            case CASE:
                return caseExpression(t);
            case CAST: {
                advance();
                expect(TokenKind.LPAREN);
                Expr operand = expr();
                expect(Keyword.AS);
                TypeName type = typeName();
                expect(TokenKind.RPAREN);
                return new CastExpr(operand, type, t.start());
            }
            case CURRENT_DATE: case CURRENT_ROLE: case CURRENT_USER: case SESSION_USER: case USER:
            case CURRENT_CATALOG:
                advance();
                return new FuncCall(k.text(), List.of(), false, false, t.start());
            case CURRENT_SCHEMA:
                if (next.kind() == TokenKind.LPAREN) {
                    return null;
                }
                advance();
                return new FuncCall(k.text(), List.of(), false, false, t.start());
            case CURRENT_TIME: case CURRENT_TIMESTAMP: case LOCALTIME: case LOCALTIMESTAMP: {
                advance();
                List<Expr> args = List.of();
                if (at(TokenKind.LPAREN)) {
                    advance();
                    Token p = cur();
                    int precision = iconst();
                    expect(TokenKind.RPAREN);
                    args = List.of(new Literal(Literal.Kind.INTEGER, Integer.toString(precision), p.start()));
                }
                return new FuncCall(k.text(), args, false, false, t.start());
            }
            case ARRAY:
                if (next.kind() == TokenKind.LBRACKET) {
                    advance();
                    return arrayBrackets(t, true);
                }
                if (next.kind() == TokenKind.LPAREN && startsQuery(la(2))) {
                    advance();
                    return new SubqueryExpr(SubqueryExpr.Kind.ARRAY, null, null, parenthesizedQuery(), t.start());
                }
                return null;
            case EXISTS:
                if (next.kind() == TokenKind.LPAREN) {
                    advance();
                    return new SubqueryExpr(SubqueryExpr.Kind.EXISTS, null, null, parenthesizedQuery(), t.start());
                }
                return null;
            case ROW:
                if (next.kind() == TokenKind.LPAREN) {
                    advance();
                    advance();
                    List<Expr> fields = at(TokenKind.RPAREN) ? List.of() : exprList();
                    expect(TokenKind.RPAREN);
                    return fieldSelection(new RowExpr(fields, true, t.start()));
                }
                return null;
            case GROUPING:
                if (next.kind() == TokenKind.LPAREN) {
                    advance();
                    return functionCall("grouping", t.start()); // bound by the GROUP BY binder
                }
                return null;
            case COALESCE: case GREATEST: case LEAST:
                if (next.kind() != TokenKind.LPAREN) {
                    return null;
                }
                advance();
                advance();
                return finishSpecialCall(k.text(), exprList(), t.start());
            case NULLIF: {
                if (next.kind() != TokenKind.LPAREN) {
                    return null;
                }
                advance();
                advance();
                Expr a = expr();
                expect(TokenKind.COMMA);
                Expr b = expr();
                return finishSpecialCall("nullif", List.of(a, b), t.start());
            }
            case EXTRACT:
                return next.kind() == TokenKind.LPAREN ? extract(t) : null;
            case SUBSTRING:
                return next.kind() == TokenKind.LPAREN ? substring(t) : null;
            case POSITION: {
                if (next.kind() != TokenKind.LPAREN) {
                    return null;
                }
                advance();
                advance();
                Expr needle = parse(0, true);
                expect(Keyword.IN);
                Expr haystack = parse(0, true);
                return finishSpecialCall("position", List.of(haystack, needle), t.start());
            }
            case TRIM:
                return next.kind() == TokenKind.LPAREN ? trim(t) : null;
            case OVERLAY: {
                if (next.kind() != TokenKind.LPAREN) {
                    return null;
                }
                advance();
                advance();
                List<Expr> args = new ArrayList<>(4);
                args.add(expr());
                if (!accept(Keyword.PLACING)) {
                    while (accept(TokenKind.COMMA)) {
                        args.add(expr());
                    }
                    return finishSpecialCall("overlay", args, t.start());
                }
                args.add(expr());
                expect(Keyword.FROM);
                args.add(expr());
                if (accept(Keyword.FOR)) {
                    args.add(expr());
                }
                return finishSpecialCall("overlay", args, t.start());
            }
            case TREAT: case NORMALIZE: case XMLCONCAT: case XMLELEMENT: case XMLEXISTS:
            case XMLFOREST: case XMLPARSE: case XMLPI: case XMLROOT: case XMLSERIALIZE:
                if (next.kind() == TokenKind.LPAREN) {
                    throw unsupported(k.name(), t);
                }
                return null;
            default:
                break;
        }
        if (isStandardTypeKeyword(k)) {
            boolean typed = next.kind() == TokenKind.STRING || next.kind() == TokenKind.LPAREN
                    || k == Keyword.DOUBLE || k == Keyword.NATIONAL || next.is(Keyword.VARYING)
                    || ((k == Keyword.TIME || k == Keyword.TIMESTAMP)
                    && (next.is(Keyword.WITHOUT) || (next.is(Keyword.WITH) && la(2).is(Keyword.TIME))));
            if (typed) {
                TypeName type = simpleTypeName();
                Token s = cur();
                if (s.kind() != TokenKind.STRING) {
                    throw syntaxError(s);
                }
                advance();
                if (k == Keyword.INTERVAL && isIntervalField(cur()) && type.modifiers().size() < 2) {
                    List<Integer> fields = intervalFields();
                    if (!type.modifiers().isEmpty()) {
                        // INTERVAL(p) 'x' DAY TO SECOND: the precision written first
                        fields = List.of(fields.get(0), type.modifiers().get(0));
                    }
                    type = new TypeName("interval", fields, 0, type.position());
                }
                return new CastExpr(new Literal(Literal.Kind.STRING, s.value(), s.start()), type, t.start());
            }
        }
        return null;
    }

    private Expr finishSpecialCall(String name, List<Expr> args, int pos) {
        expect(TokenKind.RPAREN);
        return new FuncCall(name, args, false, false, pos);
    }

    /** EXTRACT(field FROM source): PostgreSQL calls extract('field', source). */
    private Expr extract(Token t) {
        advance();
        advance();
        Token f = cur();
        String field;
        if (f.kind() == TokenKind.STRING) {
            field = f.value();
        } else if (f.kind() == TokenKind.IDENT && (f.keyword() == null || isIntervalField(f))) {
            field = f.value();
        } else {
            throw syntaxError(f);
        }
        advance();
        Token fieldTok = f;
        expect(Keyword.FROM);
        Expr source = expr();
        return finishSpecialCall("extract",
                List.of(new Literal(Literal.Kind.STRING, field, fieldTok.start()), source), t.start());
    }

    /** SUBSTRING(x FROM a FOR b), SUBSTRING(x FOR b), SUBSTRING(x, a, b)... */
    private Expr substring(Token t) {
        advance();
        advance();
        if (at(TokenKind.RPAREN)) {
            return finishSpecialCall("substring", List.of(), t.start());
        }
        Expr source = expr();
        List<Expr> args = new ArrayList<>(3);
        args.add(source);
        if (accept(Keyword.FROM)) {
            args.add(expr());
            if (accept(Keyword.FOR)) {
                args.add(expr());
            }
        } else if (accept(Keyword.FOR)) {
            Expr count = expr();
            if (accept(Keyword.FROM)) {
                args.add(expr());
            } else {
                args.add(new Literal(Literal.Kind.INTEGER, "1", t.start()));
            }
            args.add(count);
        } else if (at(Keyword.SIMILAR)) {
            // SUBSTRING(x SIMILAR pattern ESCAPE e): the regex substring of the translated pattern
            Token similar = cur();
            advance();
            Expr pattern = expr();
            expect(Keyword.ESCAPE);
            Expr escape = expr();
            args.add(new FuncCall("similar_to_escape", List.of(pattern, escape), false, false, similar.start()));
        } else {
            while (accept(TokenKind.COMMA)) {
                args.add(expr());
            }
        }
        return finishSpecialCall("substring", args, t.start());
    }

    /** TRIM([BOTH | LEADING | TRAILING] [chars] FROM source): btrim / ltrim / rtrim(source, chars). */
    private Expr trim(Token t) {
        advance();
        advance();
        String name = "btrim";
        if (accept(Keyword.LEADING)) {
            name = "ltrim";
        } else if (accept(Keyword.TRAILING)) {
            name = "rtrim";
        } else {
            accept(Keyword.BOTH);
        }
        List<Expr> args;
        if (accept(Keyword.FROM)) {
            args = exprList();
        } else {
            Expr first = expr();
            if (accept(Keyword.FROM)) {
                List<Expr> rest = exprList();
                args = new ArrayList<>(rest);
                args.add(first);
            } else {
                args = new ArrayList<>(2);
                args.add(first);
                while (accept(TokenKind.COMMA)) {
                    args.add(expr());
                }
            }
        }
        return finishSpecialCall(name, args, t.start());
    }

    /**
     * func_expr_windowless (a function in FROM): {@code name(args)}, {@code schema.name(args)} or a
     * special form such as CURRENT_DATE or COALESCE(...). The caller has checked that one starts here.
     */
    final Expr funcExprWindowless() {
        Token t = cur();
        Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
        if (k != null) {
            Expr special = keywordExpression(t, k);
            if (special != null) {
                return special;
            }
        }
        advance();
        if (!at(TokenKind.DOT)) {
            return callArguments(t.value(), t.start());
        }
        StringBuilder name = new StringBuilder(t.value());
        while (accept(TokenKind.DOT)) {
            name.append('.').append(colLabel());
        }
        return callArguments(name.toString(), t.start());
    }

    /** At '(' after a function name. */
    private Expr functionCall(String name, int pos) {
        return afterCall(callArguments(name, pos));
    }

    /** At '(' after a function name: the arguments, without what may follow the call (OVER...). */
    private FuncCall callArguments(String name, int pos) {
        expect(TokenKind.LPAREN);
        if (accept(TokenKind.RPAREN)) {
            return new FuncCall(name, List.of(), false, false, pos);
        }
        if (atOperator("*")) {
            advance();
            expect(TokenKind.RPAREN);
            return new FuncCall(name, List.of(), true, false, pos);
        }
        boolean distinct = false;
        if (accept(Keyword.DISTINCT)) {
            distinct = true;
        } else {
            accept(Keyword.ALL);
        }
        List<Expr> args = new ArrayList<>(4);
        List<String> names = null;
        boolean variadic = false;
        do {
            Token a = cur();
            if (variadic) {
                throw syntaxError(a); // VARIADIC marks the last argument only
            }
            if (accept(Keyword.VARIADIC)) {
                if (distinct) {
                    throw syntaxError(a);
                }
                variadic = true;
                args.add(expr());
                continue;
            }
            if (isColLabel(a) && (la(1).kind() == TokenKind.EQUALS_GREATER || la(1).kind() == TokenKind.COLON_EQUALS)) {
                if (names == null) {
                    names = new ArrayList<>(java.util.Collections.nCopies(args.size(), (String) null));
                }
                names.add(colLabel());
                advance();
                args.add(expr());
                continue;
            }
            if (names != null) {
                throw new PgException(SqlState.SYNTAX_ERROR, "positional argument cannot follow named argument")
                        .withPosition(a.start() + 1);
            }
            args.add(expr());
        } while (accept(TokenKind.COMMA));
        if (names != null) {
            // built-ins that declare parameter names become positional calls here; the rest keep
            // their named arguments for the analyzer (user-defined functions)
            args = NamedArguments.knows(name) ? NamedArguments.positional(name, args, names, pos)
                    : NamedArguments.marked(args, names);
        }
        List<OrderItem> order = List.of();
        if (at(Keyword.ORDER)) {
            advance();
            expect(Keyword.BY);
            order = orderByList();
        }
        expect(TokenKind.RPAREN);
        return new FuncCall(name, args, false, distinct, variadic, order, false, null, pos);
    }

    private Expr afterCall(FuncCall call) {
        Token t = cur();
        if (t.is(Keyword.WITHIN) && la(1).is(Keyword.GROUP)) {
            advance();
            advance();
            expect(TokenKind.LPAREN);
            expect(Keyword.ORDER);
            expect(Keyword.BY);
            List<OrderItem> order = orderByList();
            expect(TokenKind.RPAREN);
            if (!call.order().isEmpty()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "cannot use multiple ORDER BY clauses with WITHIN GROUP")
                        .withPosition(t.start() + 1);
            }
            if (call.distinct()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "cannot use DISTINCT with WITHIN GROUP")
                        .withPosition(t.start() + 1);
            }
            if (call.variadic()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "cannot use VARIADIC with WITHIN GROUP")
                        .withPosition(t.start() + 1);
            }
            call = new FuncCall(call.name(), call.args(), call.star(), false, false, order, true, null,
                    call.position());
            t = cur();
        }
        if (t.is(Keyword.FILTER) && la(1).kind() == TokenKind.LPAREN) {
            advance();
            advance();
            expect(Keyword.WHERE);
            Expr filter = expr();
            expect(TokenKind.RPAREN);
            call = new FuncCall(call.name(), call.args(), call.star(), call.distinct(), call.variadic(), call.order(),
                    call.withinGroup(), filter, call.position());
            t = cur();
        }
        if (t.is(Keyword.OVER)) {
            advance();
            WindowSpec window;
            if (at(TokenKind.LPAREN)) {
                window = windowSpecification();
            } else {
                Token name = cur();
                window = new WindowSpec(colId(), List.of(), List.of(), null, name.start());
            }
            return new WindowCall(call, window, call.position());
        }
        return call;
    }

    /** ORDER BY items (implemented by {@link QueryParser}). */
    abstract List<OrderItem> orderByList();

    /** {@code ( [existing_window] [PARTITION BY ...] [ORDER BY ...] [frame] )}. */
    final WindowSpec windowSpecification() {
        Token open = expect(TokenKind.LPAREN);
        boolean saved = bareLabelOk;
        bareLabelOk = false;
        String ref = null;
        Token t = cur();
        if (isColId(t) && !t.is(Keyword.PARTITION) && !t.is(Keyword.ORDER) && !t.is(Keyword.ROWS)
                && !t.is(Keyword.RANGE) && !t.is(Keyword.GROUPS)) {
            ref = colId();
        }
        List<Expr> partition = List.of();
        if (at(Keyword.PARTITION)) {
            advance();
            expect(Keyword.BY);
            partition = exprList();
        }
        List<OrderItem> order = List.of();
        if (at(Keyword.ORDER)) {
            advance();
            expect(Keyword.BY);
            order = orderByList();
        }
        WindowSpec.Frame frame = null;
        Token f = cur();
        if (f.is(Keyword.ROWS) || f.is(Keyword.RANGE) || f.is(Keyword.GROUPS)) {
            advance();
            WindowSpec.Frame.Mode mode = f.is(Keyword.ROWS) ? WindowSpec.Frame.Mode.ROWS
                    : f.is(Keyword.RANGE) ? WindowSpec.Frame.Mode.RANGE : WindowSpec.Frame.Mode.GROUPS;
            WindowSpec.Bound start;
            WindowSpec.Bound end;
            if (accept(Keyword.BETWEEN)) {
                start = frameBound();
                expect(Keyword.AND);
                end = frameBound();
            } else {
                start = frameBound();
                end = new WindowSpec.Bound(WindowSpec.Bound.Kind.CURRENT_ROW, null, f.start());
            }
            WindowSpec.Frame.Exclusion exclusion = WindowSpec.Frame.Exclusion.NO_OTHERS;
            if (accept(Keyword.EXCLUDE)) {
                Token x = cur();
                if (x.is(Keyword.CURRENT)) {
                    advance();
                    expect(Keyword.ROW);
                    exclusion = WindowSpec.Frame.Exclusion.CURRENT_ROW;
                } else if (accept(Keyword.GROUP)) {
                    exclusion = WindowSpec.Frame.Exclusion.GROUP;
                } else if (accept(Keyword.TIES)) {
                    exclusion = WindowSpec.Frame.Exclusion.TIES;
                } else {
                    expect(Keyword.NO);
                    expect(Keyword.OTHERS);
                }
            }
            frame = new WindowSpec.Frame(mode, start, end, exclusion, f.start());
        }
        expect(TokenKind.RPAREN);
        bareLabelOk = saved;
        return new WindowSpec(ref, partition, order, frame, open.start());
    }

    private WindowSpec.Bound frameBound() {
        Token t = cur();
        // UNBOUNDED is unreserved: unbounded(1) or unbounded.x is an offset expression
        if (t.is(Keyword.UNBOUNDED) && (la(1).is(Keyword.PRECEDING) || la(1).is(Keyword.FOLLOWING))) {
            advance();
            if (accept(Keyword.PRECEDING)) {
                return new WindowSpec.Bound(WindowSpec.Bound.Kind.UNBOUNDED_PRECEDING, null, t.start());
            }
            expect(Keyword.FOLLOWING);
            return new WindowSpec.Bound(WindowSpec.Bound.Kind.UNBOUNDED_FOLLOWING, null, t.start());
        }
        if (t.is(Keyword.CURRENT) && la(1).is(Keyword.ROW)) {
            advance();
            advance();
            return new WindowSpec.Bound(WindowSpec.Bound.Kind.CURRENT_ROW, null, t.start());
        }
        Expr offset = expr();
        if (accept(Keyword.PRECEDING)) {
            return new WindowSpec.Bound(WindowSpec.Bound.Kind.OFFSET_PRECEDING, offset, t.start());
        }
        expect(Keyword.FOLLOWING);
        return new WindowSpec.Bound(WindowSpec.Bound.Kind.OFFSET_FOLLOWING, offset, t.start());
    }

    private Expr caseExpression(Token caseTok) {
        advance();
        Expr operand = null;
        if (!at(Keyword.WHEN)) {
            operand = expr();
        }
        List<CaseExpr.When> whens = new ArrayList<>(4);
        do {
            expect(Keyword.WHEN);
            Expr condition = expr();
            expect(Keyword.THEN);
            Expr result = expr();
            whens.add(new CaseExpr.When(condition, result));
        } while (at(Keyword.WHEN));
        Expr elseResult = null;
        if (accept(Keyword.ELSE)) {
            elseResult = expr();
        }
        expect(Keyword.END);
        return new CaseExpr(operand, whens, elseResult, caseTok.start());
    }
}
