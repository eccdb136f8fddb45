package io.pglitedb.sql.deparse;

import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FromItem;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.JoinExpr;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.OrderItem;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.SetOperation;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.sql.ast.SubqueryRef;
import io.pglitedb.sql.ast.TableRef;
import io.pglitedb.sql.analyze.Annotations;
import io.pglitedb.sql.parser.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * ruleutils.c's get_query_def for SELECT and set operations: get_basic_select_query (target list
 * with {@code AS} where the column's name differs from what the expression would be called, one
 * column per line), get_from_clause (joins on their own lines, aliases), WHERE, GROUP BY, HAVING,
 * ORDER BY, OFFSET, LIMIT, and get_setop_query. Sort and group items that name an output column
 * (by position or name) print that column's expression, as PostgreSQL stores them.
 */
final class QueryDeparser {
    private final DeparseContext c;
    private final ExpressionDeparser exprs;
    /** The relation a FROM name was bound to (its position in the query text), or -1. */
    private final IntUnaryOperator boundAt;

    QueryDeparser(DeparseContext context, IntUnaryOperator boundAt) {
        this.c = context;
        this.exprs = new ExpressionDeparser(context, this);
        this.boundAt = boundAt;
    }

    ExpressionDeparser expressions() {
        return exprs;
    }

    /** get_query_def at the current indentation, with its own varprefix and indentation afterwards restored. */
    void query(Query q, List<String> columnNames) {
        int indent = c.indentLevel;
        boolean prefix = c.varPrefix;
        c.varPrefix = true;
        try {
            switch (q) {
                case Select s -> select(s, columnNames);
                case SetOperation op -> {
                    setOperation(op, columnNames);
                    if (!op.orderBy().isEmpty()) {
                        throw new UnsupportedOperationException("ORDER BY of a set operation");
                    }
                    limit(op.offset(), op.limit());
                }
                default -> throw new UnsupportedOperationException(q.getClass().getSimpleName());
            }
        } finally {
            c.indentLevel = indent;
            c.varPrefix = prefix;
        }
    }

    void subquery(Query q) {
        query(q, null);
    }

    private void select(Select s, List<String> columnNames) {
        StringBuilder buf = c.buf;
        if (c.prettyIndent) {
            c.indentLevel += DeparseContext.INDENT_STD;
            buf.append(' ');
        }
        buf.append("SELECT");
        if (!s.distinctOn().isEmpty()) {
            buf.append(" DISTINCT ON (");
            for (int i = 0; i < s.distinctOn().size(); i++) {
                buf.append(i > 0 ? ", " : "");
                sortGroupItem(s, s.distinctOn().get(i));
            }
            buf.append(')');
        } else if (s.distinct()) {
            buf.append(" DISTINCT");
        }
        targetList(s, columnNames);
        from(s.from());
        if (s.where() != null) {
            c.keyword(" WHERE ", -DeparseContext.INDENT_STD, DeparseContext.INDENT_STD, 1);
            exprs.expr(s.where(), false);
        }
        if (!s.groupBy().isEmpty()) {
            c.keyword(" GROUP BY ", -DeparseContext.INDENT_STD, DeparseContext.INDENT_STD, 1);
            for (int i = 0; i < s.groupBy().size(); i++) {
                buf.append(i > 0 ? ", " : "");
                sortGroupItem(s, s.groupBy().get(i));
            }
        }
        if (s.having() != null) {
            c.keyword(" HAVING ", -DeparseContext.INDENT_STD, DeparseContext.INDENT_STD, 0);
            exprs.expr(s.having(), false);
        }
        if (!s.windows().isEmpty()) {
            throw new UnsupportedOperationException("WINDOW");
        }
        if (!s.orderBy().isEmpty()) {
            c.keyword(" ORDER BY ", -DeparseContext.INDENT_STD, DeparseContext.INDENT_STD, 1);
            for (int i = 0; i < s.orderBy().size(); i++) {
                buf.append(i > 0 ? ", " : "");
                OrderItem item = s.orderBy().get(i);
                sortGroupItem(s, item.expr());
                exprs.orderSuffix(item);
            }
        }
        limit(s.offset(), s.limit());
    }

    private void limit(Expr offset, Expr limit) {
        if (offset != null) {
            c.keyword(" OFFSET ", -DeparseContext.INDENT_STD, DeparseContext.INDENT_STD, 0);
            exprs.expr(offset, false);
        }
        if (limit != null) {
            c.keyword(" LIMIT ", -DeparseContext.INDENT_STD, DeparseContext.INDENT_STD, 0);
            if (limit instanceof Literal l && l.kind() == Literal.Kind.NULL) {
                c.buf.append("ALL");
            } else {
                exprs.expr(limit, false);
            }
        }
    }

    /** One output column: an expression, or a column a {@code *} expanded to. */
    private record Target(Expr expr, String range, String column, String name) {
    }

    private List<Target> targets(Select s) {
        List<Target> out = new ArrayList<>();
        for (SelectItem item : s.items()) {
            if (item.expr() instanceof Star star) {
                List<String[]> columns = c.annotations.starColumns(star);
                if (columns == null) {
                    throw new UnsupportedOperationException("* not expanded");
                }
                for (String[] col : columns) {
                    out.add(new Target(null, col[0], col[1], col[1]));
                }
            } else {
                String column = item.expr() instanceof ColumnRef ref && c.annotations.resolvedColumn(ref) ? ref.column() : null;
                String name = item.alias() != null ? item.alias() : Annotations.columnName(item.expr());
                out.add(new Target(item.expr(), null, column, name));
            }
        }
        return out;
    }

    /** get_target_list(). */
    private void targetList(Select s, List<String> columnNames) {
        String sep = " ";
        int colno = 0;
        for (Target t : targets(s)) {
            c.buf.append(sep);
            sep = ", ";
            colno++;
            StringBuilder outer = c.buf;
            StringBuilder target = new StringBuilder();
            swap(target);
            try {
                printTarget(t);
            } finally {
                swap(outer);
            }
            String attname = t.column() != null ? t.column() : "?column?";
            String colname = columnNames != null && colno <= columnNames.size() ? columnNames.get(colno - 1) : t.name();
            if (colname != null && !colname.equals(attname)) {
                target.append(" AS ").append(Identifiers.quote(colname));
            }
            if (c.prettyIndent) {
                if (!target.isEmpty() && target.charAt(0) == '\n') {
                    c.removeTrailingSpaces();
                } else if (colno > 1) {
                    c.keyword("", -DeparseContext.INDENT_STD, DeparseContext.INDENT_STD, DeparseContext.INDENT_VAR);
                }
            }
            c.buf.append(target);
        }
    }

    private void printTarget(Target t) {
        if (t.expr() == null) {
            if (c.varPrefix && t.range() != null) {
                c.buf.append(Identifiers.quote(t.range())).append('.');
            }
            c.buf.append(Identifiers.quote(t.column()));
        } else {
            exprs.expr(t.expr(), true);
        }
    }

    private void swap(StringBuilder to) {
        c.swapBuffer(to);
    }

    /**
     * get_rule_sortgroupclause(): an output column named by position or name prints as its
     * expression; expressions other than plain columns get parentheses in pretty mode (function
     * calls always, so they are not read as column positions).
     */
    private void sortGroupItem(Select s, Expr item) {
        Expr e = item;
        List<Target> targets = targets(s);
        if (item instanceof Literal l && l.kind() == Literal.Kind.INTEGER) {
            int n = Integer.parseInt(l.text());
            if (n < 1 || n > targets.size()) {
                throw new UnsupportedOperationException("position out of range");
            }
            Target t = targets.get(n - 1);
            if (t.expr() == null) {
                printTarget(t);
                return;
            }
            e = t.expr();
        } else if (item instanceof ColumnRef ref && ref.parts().size() == 1) {
            // an output column's name: ORDER BY and GROUP BY look there first
            for (Target t : targets) {
                if (ref.column().equals(t.name())) {
                    if (t.expr() == null) {
                        printTarget(t);
                        return;
                    }
                    e = t.expr();
                    break;
                }
            }
        }
        if (e instanceof ColumnRef) {
            exprs.expr(e, true);
            return;
        }
        if (e instanceof Literal) {
            exprs.expr(e, true);
            return;
        }
        boolean paren = c.prettyParen || e instanceof FuncCall;
        if (paren) {
            c.buf.append('(');
        }
        exprs.expr(e, true);
        if (paren) {
            c.buf.append(')');
        }
    }

    /** get_from_clause(). */
    private void from(List<FromItem> items) {
        boolean first = true;
        for (FromItem item : items) {
            if (first) {
                c.keyword(" FROM ", -DeparseContext.INDENT_STD, DeparseContext.INDENT_STD, 2);
                first = false;
                fromItem(item);
                continue;
            }
            c.buf.append(", ");
            StringBuilder outer = c.buf;
            StringBuilder itemText = new StringBuilder();
            swap(itemText);
            try {
                fromItem(item);
            } finally {
                swap(outer);
            }
            if (c.prettyIndent) {
                if (!itemText.isEmpty() && itemText.charAt(0) == '\n') {
                    c.removeTrailingSpaces();
                } else {
                    c.keyword("", -DeparseContext.INDENT_STD, DeparseContext.INDENT_STD, DeparseContext.INDENT_VAR);
                }
            }
            c.buf.append(itemText);
        }
    }

    private void fromItem(FromItem item) {
        StringBuilder buf = c.buf;
        switch (item) {
            case TableRef t -> {
                if (t.only()) {
                    buf.append("ONLY ");
                }
                int oid = boundAt.applyAsInt(t.name().position());
                String name = oid > 0 ? c.relationName.apply(oid) : null;
                if (name == null) {
                    name = (t.name().schema() == null ? "" : Identifiers.quote(t.name().schema()) + ".")
                            + Identifiers.quote(t.name().name());
                }
                buf.append(name);
                alias(t.alias(), t.columnAliases());
            }
            case SubqueryRef s -> {
                if (s.lateral()) {
                    buf.append("LATERAL ");
                }
                buf.append('(');
                subquery(s.query());
                buf.append(')');
                alias(s.alias(), s.columnAliases());
            }
            case JoinExpr j -> join(j);
            default -> throw new UnsupportedOperationException(item.getClass().getSimpleName());
        }
    }

    private void alias(String alias, List<String> columns) {
        if (alias == null) {
            return;
        }
        c.buf.append(' ').append(Identifiers.quote(alias));
        if (!columns.isEmpty()) {
            c.buf.append('(');
            for (int i = 0; i < columns.size(); i++) {
                c.buf.append(i > 0 ? ", " : "").append(Identifiers.quote(columns.get(i)));
            }
            c.buf.append(')');
        }
    }

    private void join(JoinExpr j) {
        if (j.natural()) {
            throw new UnsupportedOperationException("NATURAL JOIN");
        }
        StringBuilder buf = c.buf;
        boolean parenOnRight = c.prettyParen && !(j.right() instanceof TableRef) && !(j.right() instanceof SubqueryRef)
                && !(j.right() instanceof JoinExpr r && r.alias() != null);
        boolean paren = !c.prettyParen || j.alias() != null;
        if (paren) {
            buf.append('(');
        }
        fromItem(j.left());
        boolean cross = j.type() == JoinExpr.Type.CROSS || j.type() == JoinExpr.Type.INNER && j.on() == null && j.using().isEmpty();
        String keyword = switch (j.type()) {
            case INNER, CROSS -> cross ? " CROSS JOIN " : " JOIN ";
            case LEFT -> " LEFT JOIN ";
            case RIGHT -> " RIGHT JOIN ";
            case FULL -> " FULL JOIN ";
        };
        c.keyword(keyword, -DeparseContext.INDENT_STD, DeparseContext.INDENT_STD, DeparseContext.INDENT_JOIN);
        if (parenOnRight) {
            buf.append('(');
        }
        fromItem(j.right());
        if (parenOnRight) {
            buf.append(')');
        }
        if (!j.using().isEmpty()) {
            buf.append(" USING (");
            for (int i = 0; i < j.using().size(); i++) {
                buf.append(i > 0 ? ", " : "").append(Identifiers.quote(j.using().get(i)));
            }
            buf.append(')');
            if (j.usingAlias() != null) {
                buf.append(" AS ").append(Identifiers.quote(j.usingAlias()));
            }
        } else if (j.on() != null) {
            buf.append(" ON ");
            if (!c.prettyParen) {
                buf.append('(');
            }
            exprs.expr(j.on(), false);
            if (!c.prettyParen) {
                buf.append(')');
            }
        } else if (!cross) {
            buf.append(" ON TRUE");
        }
        if (paren) {
            buf.append(')');
        }
        alias(j.alias(), j.columnAliases());
    }

    /** get_setop_query(). */
    private void setOperation(SetOperation op, List<String> columnNames) {
        boolean needParen;
        int subindent;
        if (op.left() instanceof SetOperation left) {
            needParen = left.op() != op.op() || left.all() != op.all();
        } else {
            needParen = false;
        }
        if (needParen) {
            c.buf.append('(');
            subindent = DeparseContext.INDENT_STD;
            c.keyword("", subindent, 0, 0);
        } else {
            subindent = 0;
        }
        setOperand(op.left(), columnNames);
        if (needParen) {
            c.keyword(") ", -subindent, 0, 0);
        } else if (c.prettyIndent) {
            c.keyword("", -subindent, 0, 0);
        } else {
            c.buf.append(' ');
        }
        c.buf.append(op.op().name()).append(' ');
        if (op.all()) {
            c.buf.append("ALL ");
        }
        needParen = op.right() instanceof SetOperation;
        if (needParen) {
            c.buf.append('(');
            subindent = DeparseContext.INDENT_STD;
        } else {
            subindent = 0;
        }
        c.keyword("", subindent, 0, 0);
        setOperand(op.right(), columnNames);
        if (c.prettyIndent) {
            c.indentLevel -= subindent;
        }
        if (needParen) {
            c.keyword(")", 0, 0, 0);
        }
    }

    private void setOperand(Query q, List<String> columnNames) {
        if (q instanceof SetOperation op) {
            if (!op.orderBy().isEmpty() || op.limit() != null || op.offset() != null) {
                throw new UnsupportedOperationException("nested set operation with ORDER BY/LIMIT");
            }
            setOperation(op, columnNames);
            return;
        }
        boolean needParen = q instanceof Select s && (!s.orderBy().isEmpty() || s.limit() != null || s.offset() != null);
        if (needParen) {
            c.buf.append('(');
            if (c.prettyIndent) {
                c.keyword("", 0, 0, 0);
            }
        }
        query(q, columnNames);
        if (needParen) {
            c.buf.append(')');
        }
    }
}
