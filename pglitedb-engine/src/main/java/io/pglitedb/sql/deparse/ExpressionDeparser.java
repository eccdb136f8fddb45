package io.pglitedb.sql.deparse;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.sql.ast.ArrayExpr;
import io.pglitedb.sql.ast.ArrayOpExpr;
import io.pglitedb.sql.ast.Between;
import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.BoolExpr;
import io.pglitedb.sql.ast.BooleanTest;
import io.pglitedb.sql.ast.CaseExpr;
import io.pglitedb.sql.ast.CastExpr;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.InList;
import io.pglitedb.sql.ast.IsNull;
import io.pglitedb.sql.ast.Like;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.NotExpr;
import io.pglitedb.sql.ast.OrderItem;
import io.pglitedb.sql.ast.ParamRef;
import io.pglitedb.sql.ast.SubqueryExpr;
import io.pglitedb.sql.ast.UnaryOp;
import io.pglitedb.sql.parser.Identifiers;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ruleutils.c's get_rule_expr over our parsed tree plus what analysis recorded about it: column
 * references (qualified by their range when {@link DeparseContext#varPrefix}), constants as
 * get_const_expr prints them ({@code 1.5}, {@code '-3'::integer}, {@code 'x'::text}), the implicit
 * casts analysis inserted where PostgreSQL shows them (operator and function arguments:
 * {@code (0)::numeric}), BETWEEN and IN in the forms PostgreSQL's parser turns them into, and
 * parentheses by isSimpleNode() in pretty mode or around every operator otherwise.
 */
final class ExpressionDeparser {
    /** The node kinds isSimpleNode() tells apart. */
    enum Kind { SIMPLE, FUNCTION, CAST, OPERATOR, BOOL, TEST, SUBLINK, ARRAY_OP, OTHER }

    /** The node an argument is printed under. */
    record Parent(Kind kind, String operator, BoolExpr.Op boolOp, boolean not) {
        static final Parent CAST = new Parent(Kind.CAST, null, null, false);
        static final Parent TEST = new Parent(Kind.TEST, null, null, false);
        static final Parent ARRAY_OP = new Parent(Kind.ARRAY_OP, null, null, false);
        static final Parent NOT = new Parent(Kind.BOOL, null, null, true);
        static final Parent PREFIX = new Parent(Kind.OPERATOR, null, null, false);

        static Parent operator(String op) {
            return new Parent(Kind.OPERATOR, op, null, false);
        }

        static Parent bool(BoolExpr.Op op) {
            return new Parent(Kind.BOOL, null, op, false);
        }
    }

    private final DeparseContext c;
    private final QueryDeparser queries;
    /** The node about to be printed is an operator's or a function's argument (a domain's value is relabelled there). */
    private boolean argument;

    ExpressionDeparser(DeparseContext context, QueryDeparser queries) {
        this.c = context;
        this.queries = queries;
    }

    /** get_rule_expr(node, context, showimplicit). */
    void expr(Expr e, boolean showImplicit) {
        DataType cast = shownCast(e, showImplicit);
        argument = false;
        if (cast != null) {
            coercion(e, cast, false);
            return;
        }
        node(e);
    }

    /** isSimpleNode(e) under an implicit cast's function node. */
    boolean simpleUnderCast(Expr e) {
        return simple(e, false, Parent.CAST, true);
    }

    /** get_rule_expr_paren(): parentheses in pretty mode when the node is not simple under its parent. */
    void exprParen(Expr e, boolean showImplicit, Parent parent, boolean firstArgument) {
        boolean operand = parent.kind() == Kind.OPERATOR || parent.kind() == Kind.ARRAY_OP;
        argument = operand;
        boolean paren = c.prettyParen && !simple(e, showImplicit, parent, firstArgument);
        if (paren) {
            c.buf.append('(');
        }
        argument = operand;
        expr(e, showImplicit);
        if (paren) {
            c.buf.append(')');
        }
    }

    /** The implicit cast shown on the node, or null: constants of unknown type are retyped, not cast. */
    private DataType shownCast(Expr e, boolean showImplicit) {
        if (!showImplicit) {
            return null;
        }
        BoundExpr coerced = c.annotations.coercion(e);
        if (coerced == null && argument && e instanceof ColumnRef r) {
            return c.annotations.domainBase(r); // a domain's value used as its base type's
        }
        if (coerced == null || foldsIntoConstant(e)) {
            return null;
        }
        return coerced.type();
    }

    private boolean foldsIntoConstant(Expr e) {
        return e instanceof Literal l && (l.kind() == Literal.Kind.STRING || l.kind() == Literal.Kind.NULL);
    }

    /** get_coercion_expr(): {@code (arg)::type}, pretty {@code arg::type} with the argument's own parentheses. */
    private void coercion(Expr arg, DataType target, boolean explicitOperand) {
        if (!c.prettyParen) {
            c.buf.append('(');
        }
        if (explicitOperand) {
            exprParen(arg, false, Parent.CAST, true);
        } else {
            boolean paren = c.prettyParen && !simpleBare(arg, Parent.CAST, true);
            if (paren) {
                c.buf.append('(');
            }
            node(arg);
            if (paren) {
                c.buf.append(')');
            }
        }
        if (!c.prettyParen) {
            c.buf.append(')');
        }
        c.buf.append("::").append(Types.formatType(target));
    }

    private boolean simple(Expr e, boolean showImplicit, Parent parent, boolean first) {
        if (shownCast(e, showImplicit) != null) {
            return simpleBare(e, Parent.CAST, true);
        }
        return simpleBare(e, parent, first);
    }

    /** isSimpleNode() for the node as printed without an implicit cast. */
    private boolean simpleBare(Expr e, Parent parent, boolean first) {
        Kind kind = kind(e);
        switch (kind) {
            case SIMPLE, FUNCTION -> {
                return true;
            }
            case CAST -> {
                return e instanceof CastExpr cast && simple(cast.operand(), false, Parent.CAST, true);
            }
            case OPERATOR -> {
                if (parent.kind() == Kind.OPERATOR) {
                    String op = binaryOperator(e);
                    if (op == null || parent.operator() == null) {
                        return false;
                    }
                    int priority = priority(op);
                    int parentPriority = priority(parent.operator());
                    if (priority == 0 || parentPriority == 0) {
                        return false;
                    }
                    if (priority != parentPriority) {
                        return priority > parentPriority;
                    }
                    return first;
                }
                return underOwnParentheses(parent);
            }
            case TEST, SUBLINK -> {
                return underOwnParentheses(parent);
            }
            case BOOL -> {
                if (parent.kind() == Kind.BOOL) {
                    BoolExpr.Op op = boolOp(e);
                    if (parent.not()) {
                        return false;
                    }
                    return op != BoolExpr.Op.OR || parent.boolOp() == BoolExpr.Op.OR;
                }
                return parent.kind() == Kind.FUNCTION;
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean underOwnParentheses(Parent parent) {
        return parent.kind() == Kind.BOOL || parent.kind() == Kind.FUNCTION;
    }

    private static int priority(String op) {
        return switch (op) {
            case "+", "-" -> 1;
            case "*", "/", "%" -> 2;
            default -> 0;
        };
    }

    /** The AND/OR a boolean node prints as; null for NOT. */
    private static BoolExpr.Op boolOp(Expr e) {
        return switch (e) {
            case BoolExpr b -> b.op();
            case Between b -> b.negated() ? BoolExpr.Op.OR : BoolExpr.Op.AND;
            case InList in -> in.negated() ? BoolExpr.Op.AND : BoolExpr.Op.OR;
            default -> null;
        };
    }

    private static String binaryOperator(Expr e) {
        return switch (e) {
            case BinaryOp b -> b.operator();
            case Like l -> likeOperator(l);
            case InList in -> in.negated() ? "<>" : "=";
            default -> null;
        };
    }

    Kind kind(Expr e) {
        return switch (e) {
            case Literal l -> Kind.SIMPLE;
            case ColumnRef r -> Kind.SIMPLE;
            case ParamRef p -> Kind.SIMPLE;
            case UnaryOp u -> negativeNumber(u) != null ? Kind.SIMPLE : Kind.OPERATOR;
            case BinaryOp b -> b.operator().contains("DISTINCT") ? Kind.TEST : Kind.OPERATOR;
            case Like l -> Kind.OPERATOR;
            case BoolExpr b -> Kind.BOOL;
            case NotExpr n -> Kind.BOOL;
            case Between b -> Kind.BOOL;
            case IsNull n -> Kind.TEST;
            case BooleanTest b -> Kind.TEST;
            case InList in -> in.values().size() == 1 ? Kind.OPERATOR : arrayForm(in) ? Kind.ARRAY_OP : Kind.BOOL;
            case ArrayOpExpr a -> Kind.ARRAY_OP;
            case FuncCall f -> Kind.FUNCTION;
            case ArrayExpr a -> Kind.FUNCTION;
            case CaseExpr ce -> Kind.FUNCTION;
            case io.pglitedb.sql.ast.Subscript s -> Kind.FUNCTION;
            case io.pglitedb.sql.ast.WindowCall w -> Kind.FUNCTION;
            case CastExpr ce -> folded(ce) ? Kind.SIMPLE : Kind.CAST;
            case SubqueryExpr s -> Kind.SUBLINK;
            default -> Kind.OTHER;
        };
    }

    /** A cast of a string literal (or NULL) is a constant of the type: PostgreSQL keeps no cast node. */
    private static boolean folded(CastExpr ce) {
        return ce.operand() instanceof Literal l && (l.kind() == Literal.Kind.STRING || l.kind() == Literal.Kind.NULL);
    }

    /** IN over constants becomes {@code = ANY (ARRAY[...])}; over expressions with columns, an OR of equalities. */
    private static boolean arrayForm(InList in) {
        for (Expr v : in.values()) {
            if (!(v instanceof Literal || v instanceof ParamRef || v instanceof CastExpr ce && ce.operand() instanceof Literal
                    || v instanceof UnaryOp u && u.operand() instanceof Literal)) {
                return false;
            }
        }
        return true;
    }

    private static String negativeNumber(UnaryOp u) {
        if (u.operator().equals("-") && u.operand() instanceof Literal l
                && (l.kind() == Literal.Kind.INTEGER || l.kind() == Literal.Kind.DECIMAL) && !l.text().startsWith("-")) {
            return "-" + l.text();
        }
        return null;
    }

    /** The node itself, without an implicit cast of its value. */
    private void node(Expr e) {
        StringBuilder buf = c.buf;
        switch (e) {
            case Literal l -> literal(l);
            case ColumnRef r -> column(r);
            case ParamRef p -> buf.append('$').append(p.index());
            case UnaryOp u -> {
                if (negativeNumber(u) != null) {
                    constant(c.annotations.bound(u));
                    return;
                }
                open();
                buf.append(u.operator()).append(' ');
                exprParen(u.operand(), true, Parent.PREFIX, false);
                close();
            }
            case BinaryOp b -> {
                if (b.operator().contains("DISTINCT")) {
                    open();
                    exprParen(b.left(), true, Parent.TEST, true);
                    buf.append(' ').append(b.operator()).append(' ');
                    exprParen(b.right(), true, Parent.TEST, false);
                    close();
                    return;
                }
                operator(b.left(), b.operator(), b.right());
            }
            case Like l -> {
                if (l.escape() != null) {
                    throw new UnsupportedOperationException("LIKE ... ESCAPE");
                }
                operator(l.operand(), likeOperator(l), l.pattern());
            }
            case BoolExpr b -> {
                List<Expr> args = new ArrayList<>();
                flatten(b, b.op(), args);
                bool(b.op(), args);
            }
            case NotExpr n -> {
                open();
                buf.append("NOT ");
                exprParen(n.operand(), false, Parent.NOT, true);
                close();
            }
            case Between b -> between(b);
            case IsNull n -> {
                open();
                exprParen(n.operand(), true, Parent.TEST, true);
                buf.append(n.negated() ? " IS NOT NULL" : " IS NULL");
                close();
            }
            case BooleanTest b -> {
                open();
                exprParen(b.operand(), false, Parent.TEST, true);
                buf.append(b.negated() ? " IS NOT " : " IS ").append(b.kind().name());
                close();
            }
            case InList in -> inList(in);
            case ArrayOpExpr a -> {
                open();
                exprParen(a.operand(), true, Parent.ARRAY_OP, true);
                buf.append(' ').append(a.operator()).append(a.all() ? " ALL (" : " ANY (");
                exprParen(a.array(), true, Parent.ARRAY_OP, false);
                buf.append(')');
                close();
            }
            case FuncCall f -> function(f);
            case io.pglitedb.sql.ast.WindowCall w -> throw new UnsupportedOperationException("window call");
            case ArrayExpr a -> {
                buf.append("ARRAY[");
                list(a.elements());
                buf.append(']');
            }
            case CaseExpr ce -> caseExpr(ce);
            case CastExpr ce -> {
                if (folded(ce)) {
                    BoundExpr value = c.annotations.coercion(ce.operand());
                    if (value == null) {
                        value = c.annotations.bound(ce.operand());
                    }
                    if (!(value instanceof Constant)) {
                        // not analysed (a sequence function's argument): the literal read as the named type
                        io.pglitedb.sql.ast.TypeName tn = ce.type();
                        DataType type = Types.resolve(tn.name(), tn.modifiers(), tn.arrayDimensions());
                        Literal l = (Literal) ce.operand();
                        value = new Constant(type, l.kind() == Literal.Kind.NULL ? null : type.type().fromText(l.text(), -1));
                    }
                    constant(value);
                    return;
                }
                BoundExpr bound = c.annotations.bound(ce);
                DataType operandType = c.annotations.type(ce.operand());
                if (bound == null || operandType == null) {
                    throw new UnsupportedOperationException("cast not analysed");
                }
                if (operandType.type() == bound.type().type() && operandType.typmod() == bound.type().typmod()) {
                    node(ce.operand()); // a cast to the type the value has: no cast node
                    return;
                }
                coercion(ce.operand(), bound.type(), true);
            }
            case SubqueryExpr s -> sublink(s);
            default -> throw new UnsupportedOperationException(e.getClass().getSimpleName());
        }
    }

    private void open() {
        if (!c.prettyParen) {
            c.buf.append('(');
        }
    }

    private void close() {
        if (!c.prettyParen) {
            c.buf.append(')');
        }
    }

    /** get_oper_expr() for a binary operator. */
    private void operator(Expr left, String op, Expr right) {
        open();
        Parent parent = Parent.operator(op);
        exprParen(left, true, parent, true);
        c.buf.append(' ').append(op).append(' ');
        exprParen(right, true, parent, false);
        close();
    }

    private static String likeOperator(Like l) {
        return l.caseInsensitive() ? (l.negated() ? "!~~*" : "~~*") : (l.negated() ? "!~~" : "~~");
    }

    private static void flatten(Expr e, BoolExpr.Op op, List<Expr> out) {
        if (e instanceof BoolExpr b && b.op() == op) {
            flatten(b.left(), op, out);
            flatten(b.right(), op, out);
        } else {
            out.add(e);
        }
    }

    private void bool(BoolExpr.Op op, List<Expr> args) {
        open();
        Parent parent = Parent.bool(op);
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                c.buf.append(' ').append(op.name()).append(' ');
            }
            exprParen(args.get(i), false, parent, i == 0);
        }
        close();
    }

    /** BETWEEN as the parser expands it: {@code a >= lo AND a <= hi}; NOT BETWEEN {@code a < lo OR a > hi}. */
    private void between(Between b) {
        if (b.symmetric()) {
            throw new UnsupportedOperationException("BETWEEN SYMMETRIC");
        }
        BoolExpr.Op op = b.negated() ? BoolExpr.Op.OR : BoolExpr.Op.AND;
        // comparisons under AND/OR are simple nodes: no parentheses of their own in pretty mode
        open();
        operator(b.operand(), b.negated() ? "<" : ">=", b.low());
        c.buf.append(' ').append(op.name()).append(' ');
        operator(b.operand(), b.negated() ? ">" : "<=", b.high());
        close();
    }

    private void inList(InList in) {
        String op = in.negated() ? "<>" : "=";
        if (in.values().size() == 1) {
            operator(in.operand(), op, in.values().get(0));
            return;
        }
        if (!arrayForm(in)) {
            BoolExpr.Op joiner = in.negated() ? BoolExpr.Op.AND : BoolExpr.Op.OR;
            open();
            for (int i = 0; i < in.values().size(); i++) {
                if (i > 0) {
                    c.buf.append(' ').append(joiner.name()).append(' ');
                }
                operator(in.operand(), op, in.values().get(i));
            }
            close();
            return;
        }
        open();
        exprParen(in.operand(), true, Parent.ARRAY_OP, true);
        c.buf.append(' ').append(op).append(in.negated() ? " ALL (ARRAY[" : " ANY (ARRAY[");
        list(in.values());
        c.buf.append("])");
        close();
    }

    private void list(List<Expr> items) {
        list(items, false);
    }

    private void list(List<Expr> items, boolean arguments) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                c.buf.append(", ");
            }
            argument = arguments;
            expr(items.get(i), true);
        }
    }

    private void function(FuncCall f) {
        String name = f.withoutCatalogSchema().name();
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder buf = c.buf;
        if (f.args().isEmpty() && !f.star() && SQL_VALUE_FUNCTIONS.containsKey(lower)) {
            buf.append(SQL_VALUE_FUNCTIONS.get(lower)); // CURRENT_DATE and friends are parsed as calls
            return;
        }
        switch (lower) {
            case "coalesce", "nullif", "greatest", "least" -> buf.append(lower.toUpperCase(Locale.ROOT));
            default -> {
                int dot = name.indexOf('.');
                buf.append(dot < 0 ? Identifiers.quote(name)
                        : Identifiers.quote(name.substring(0, dot)) + "." + Identifiers.quote(name.substring(dot + 1)));
            }
        }
        buf.append('(');
        if (f.star()) {
            buf.append('*');
        } else {
            if (f.distinct()) {
                buf.append("DISTINCT ");
            }
            if (f.variadic()) {
                throw new UnsupportedOperationException("VARIADIC");
            }
            list(sequenceArguments(lower, f.args()), true);
            if (!f.order().isEmpty()) {
                if (f.withinGroup()) {
                    throw new UnsupportedOperationException("WITHIN GROUP");
                }
                buf.append(" ORDER BY ");
                orderItems(f.order());
            }
        }
        buf.append(')');
        if (f.filter() != null) {
            buf.append(" FILTER (WHERE ");
            expr(f.filter(), false);
            buf.append(')');
        }
    }

    /**
     * A sequence function's name argument is a regclass in PostgreSQL ({@code nextval(regclass)}),
     * so a string written there is stored and shown as {@code 'name'::regclass}.
     */
    private static List<Expr> sequenceArguments(String function, List<Expr> args) {
        if (!(function.equals("nextval") || function.equals("currval") || function.equals("setval"))
                || args.isEmpty() || !(args.get(0) instanceof Literal l) || l.kind() != Literal.Kind.STRING) {
            return args;
        }
        List<Expr> out = new java.util.ArrayList<>(args);
        out.set(0, new CastExpr(l, new io.pglitedb.sql.ast.TypeName("regclass", List.of(), 0, l.position()),
                l.position()));
        return out;
    }

    void orderItems(List<OrderItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                c.buf.append(", ");
            }
            OrderItem item = items.get(i);
            expr(item.expr(), true);
            orderSuffix(item);
        }
    }

    void orderSuffix(OrderItem item) {
        if (item.descending()) {
            c.buf.append(" DESC");
        }
        if (item.nullsFirst() != null && item.nullsFirst() != item.descending()) {
            c.buf.append(item.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    private void caseExpr(CaseExpr ce) {
        c.keyword("CASE", 0, DeparseContext.INDENT_VAR, 0);
        if (ce.operand() != null) {
            c.buf.append(' ');
            expr(ce.operand(), true);
        }
        for (CaseExpr.When w : ce.whens()) {
            if (!c.prettyIndent) {
                c.buf.append(' ');
            }
            c.keyword("WHEN ", 0, 0, 0);
            expr(w.condition(), false);
            c.buf.append(" THEN ");
            expr(w.result(), true);
        }
        if (!c.prettyIndent) {
            c.buf.append(' ');
        }
        c.keyword("ELSE ", 0, 0, 0);
        if (ce.elseResult() == null) {
            c.buf.append("NULL");
        } else {
            expr(ce.elseResult(), true);
        }
        if (!c.prettyIndent) {
            c.buf.append(' ');
        }
        c.keyword("END", -DeparseContext.INDENT_VAR, 0, 0);
    }

    private void sublink(SubqueryExpr s) {
        StringBuilder buf = c.buf;
        if (s.kind() == SubqueryExpr.Kind.ARRAY) {
            buf.append("ARRAY(");
        } else {
            buf.append('(');
        }
        boolean needParen = true;
        switch (s.kind()) {
            case EXISTS -> buf.append("EXISTS ");
            case ANY, ALL -> {
                exprParen(s.operand(), true, Parent.TEST, true);
                if (s.kind() == SubqueryExpr.Kind.ANY && "=".equals(s.operator())) {
                    buf.append(" IN ");
                } else {
                    buf.append(' ').append(s.operator()).append(s.kind() == SubqueryExpr.Kind.ALL ? " ALL " : " ANY ");
                }
            }
            default -> needParen = false;
        }
        if (needParen) {
            buf.append('(');
        }
        queries.subquery(s.query());
        if (needParen) {
            buf.append(')');
        }
        buf.append(')');
    }

    private void column(ColumnRef r) {
        if (!c.annotations.resolvedColumn(r)) {
            String special = SQL_VALUE_FUNCTIONS.get(r.column());
            if (r.parts().size() == 1 && special != null) {
                c.buf.append(special);
                return;
            }
            List<String> quoted = new ArrayList<>();
            for (String p : r.parts()) {
                quoted.add(Identifiers.quote(p));
            }
            c.buf.append(String.join(".", quoted));
            return;
        }
        String range = c.annotations.range(r);
        if (c.varPrefix && range != null) {
            c.buf.append(Identifiers.quote(range)).append('.');
        }
        c.buf.append(Identifiers.quote(r.column()));
    }

    private static final java.util.Map<String, String> SQL_VALUE_FUNCTIONS = java.util.Map.of(
            "current_date", "CURRENT_DATE", "current_timestamp", "CURRENT_TIMESTAMP", "current_time", "CURRENT_TIME",
            "localtime", "LOCALTIME", "localtimestamp", "LOCALTIMESTAMP", "current_user", "CURRENT_USER",
            "session_user", "SESSION_USER", "current_role", "CURRENT_ROLE", "user", "USER",
            "current_catalog", "CURRENT_CATALOG");

    private void literal(Literal l) {
        switch (l.kind()) {
            case BOOLEAN -> c.buf.append(l.text().toLowerCase(Locale.ROOT).startsWith("t") ? "true" : "false");
            case NULL -> {
                BoundExpr coerced = c.annotations.coercion(l);
                c.buf.append("NULL");
                if (coerced != null) {
                    c.buf.append("::").append(Types.formatType(coerced.type()));
                }
            }
            case STRING -> {
                BoundExpr coerced = c.annotations.coercion(l);
                if (coerced instanceof Constant) {
                    constant(coerced);
                } else {
                    c.buf.append(quote(l.text())).append("::text");
                }
            }
            default -> {
                BoundExpr bound = c.annotations.bound(l);
                constant(bound != null ? bound : io.pglitedb.sql.analyze.Annotations.literal(l));
            }
        }
    }

    /** get_const_expr(showtype 0). */
    void constant(BoundExpr value) {
        if (!(value instanceof Constant k)) {
            throw new UnsupportedOperationException("constant not analysed");
        }
        DataType type = k.type();
        if (k.value() == null) {
            c.buf.append("NULL::").append(Types.formatType(type));
            return;
        }
        String text = type.type().toText(k.value(), type.typmod());
        if (type.type() == Types.BOOL) {
            c.buf.append(text.startsWith("t") ? "true" : "false");
            return;
        }
        if (type.type() == Types.INT4 && !text.startsWith("-")) {
            c.buf.append(text);
            return;
        }
        if (type.type() == Types.NUMERIC && !text.isEmpty() && Character.isDigit(text.charAt(0))
                && (text.contains(".") || text.contains("e") || text.contains("E"))) {
            c.buf.append(text);
            if (type.typmod() >= 0) {
                c.buf.append("::").append(Types.formatType(type));
            }
            return;
        }
        if (type.type() == Types.UNKNOWN) {
            c.buf.append(quote(text));
            return;
        }
        c.buf.append(quote(text)).append("::").append(Types.formatType(type));
    }

    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
