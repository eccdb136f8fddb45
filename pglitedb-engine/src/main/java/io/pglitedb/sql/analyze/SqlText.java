package io.pglitedb.sql.analyze;

import io.pglitedb.sql.ast.Between;
import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.BoolExpr;
import io.pglitedb.sql.ast.BooleanTest;
import io.pglitedb.sql.ast.CaseExpr;
import io.pglitedb.sql.ast.CastExpr;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.DefaultExpr;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.InList;
import io.pglitedb.sql.ast.IsNull;
import io.pglitedb.sql.ast.Like;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.NotExpr;
import io.pglitedb.sql.ast.ParamRef;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.sql.ast.SubqueryExpr;
import io.pglitedb.sql.ast.TypeName;
import io.pglitedb.sql.ast.UnaryOp;
import io.pglitedb.sql.ast.WindowCall;

/**
 * Turns an expression tree back into SQL that parses to the same tree: used to store DEFAULT
 * expressions in the catalog and to match GROUP BY expressions with select-list expressions
 * (equal text = same expression, whatever the positions).
 */
public final class SqlText {
    /** The SQL value functions written as keywords (no parentheses without a precision). */
    private static final java.util.Set<String> SQL_VALUE_FUNCTIONS = java.util.Set.of("current_date", "current_time",
            "current_timestamp", "localtime", "localtimestamp", "current_user", "session_user", "current_role");

    /** Column references written without their table qualifier (one table's expressions compared). */
    private final boolean unqualified;

    private SqlText(boolean unqualified) {
        this.unqualified = unqualified;
    }

    public static String of(Expr expr) {
        StringBuilder out = new StringBuilder();
        new SqlText(false).append(out, expr);
        return out.toString();
    }

    /** The text with column references unqualified: the same for {@code lower(t.b)} and {@code lower(b)}. */
    public static String unqualified(Expr expr) {
        StringBuilder out = new StringBuilder();
        new SqlText(true).append(out, expr);
        return out.toString();
    }

    private void append(StringBuilder out, Expr expr) {
        switch (expr) {
            case Literal l -> {
                switch (l.kind()) {
                    case STRING -> out.append('\'').append(l.text().replace("'", "''")).append('\'');
                    case NULL -> out.append("NULL");
                    case BOOLEAN -> out.append(l.text().toLowerCase());
                    default -> out.append(l.text());
                }
            }
            case ColumnRef c -> {
                for (int i = unqualified ? c.parts().size() - 1 : 0; i < c.parts().size(); i++) {
                    if (i > (unqualified ? c.parts().size() - 1 : 0)) {
                        out.append('.');
                    }
                    out.append(identifier(c.parts().get(i)));
                }
            }
            case ParamRef p -> out.append('$').append(p.index());
            case BinaryOp b -> {
                out.append('(');
                append(out, b.left());
                out.append(' ').append(b.operator()).append(' ');
                append(out, b.right());
                out.append(')');
            }
            case UnaryOp u -> {
                out.append('(').append(u.operator());
                append(out, u.operand());
                out.append(')');
            }
            case BoolExpr b -> {
                out.append('(');
                append(out, b.left());
                out.append(' ').append(b.op().name()).append(' ');
                append(out, b.right());
                out.append(')');
            }
            case NotExpr n -> {
                out.append("(NOT ");
                append(out, n.operand());
                out.append(')');
            }
            case IsNull n -> {
                out.append('(');
                append(out, n.operand());
                out.append(n.negated() ? " IS NOT NULL)" : " IS NULL)");
            }
            case InList in -> {
                out.append('(');
                append(out, in.operand());
                out.append(in.negated() ? " NOT IN (" : " IN (");
                list(out, in.values());
                out.append("))");
            }
            case Between b -> {
                out.append('(');
                append(out, b.operand());
                out.append(b.negated() ? " NOT BETWEEN " : " BETWEEN ");
                if (b.symmetric()) {
                    out.append("SYMMETRIC ");
                }
                append(out, b.low());
                out.append(" AND ");
                append(out, b.high());
                out.append(')');
            }
            case Like l -> {
                out.append('(');
                append(out, l.operand());
                out.append(l.negated() ? " NOT" : "").append(l.caseInsensitive() ? " ILIKE " : " LIKE ");
                append(out, l.pattern());
                if (l.escape() != null) {
                    out.append(" ESCAPE ");
                    append(out, l.escape());
                }
                out.append(')');
            }
            case FuncCall f when SQL_VALUE_FUNCTIONS.contains(f.name()) && !f.star() -> {
                // CURRENT_DATE, CURRENT_TIMESTAMP(3), CURRENT_USER ...: keywords, as PostgreSQL prints them
                out.append(f.name().toUpperCase(java.util.Locale.ROOT));
                if (!f.args().isEmpty()) {
                    out.append('(');
                    list(out, f.args());
                    out.append(')');
                }
            }
            case FuncCall f -> {
                out.append(identifier(f.name())).append('(');
                if (f.star()) {
                    out.append('*');
                } else {
                    if (f.distinct()) {
                        out.append("DISTINCT ");
                    }
                    list(out, f.args());
                    if (!f.order().isEmpty() && !f.withinGroup()) {
                        out.append(" ORDER BY ");
                        orderItems(out, f.order());
                    }
                }
                out.append(')');
                if (f.withinGroup()) {
                    out.append(" WITHIN GROUP (ORDER BY ");
                    orderItems(out, f.order());
                    out.append(')');
                }
                if (f.filter() != null) {
                    out.append(" FILTER (WHERE ");
                    append(out, f.filter());
                    out.append(')');
                }
            }
            case CastExpr c -> {
                out.append("CAST(");
                append(out, c.operand());
                out.append(" AS ").append(typeName(c.type())).append(')');
            }
            case CaseExpr c -> {
                out.append("CASE");
                if (c.operand() != null) {
                    out.append(' ');
                    append(out, c.operand());
                }
                for (CaseExpr.When when : c.whens()) {
                    out.append(" WHEN ");
                    append(out, when.condition());
                    out.append(" THEN ");
                    append(out, when.result());
                }
                if (c.elseResult() != null) {
                    out.append(" ELSE ");
                    append(out, c.elseResult());
                }
                out.append(" END");
            }
            case Star s -> out.append(s.qualifier() == null ? "*" : identifier(s.qualifier()) + ".*");
            case DefaultExpr d -> out.append("DEFAULT");
            case WindowCall w -> {
                append(out, w.call());
                out.append(" OVER (window at ").append(w.window().position()).append(')');
            }
            case SubqueryExpr s -> {
                // a subquery is only ever the same expression as itself
                if (s.operand() != null) {
                    append(out, s.operand());
                    out.append(' ').append(s.operator()).append(' ').append(s.kind().name()).append(' ');
                }
                out.append("(subquery at ").append(s.position()).append(')');
            }
            case io.pglitedb.sql.ast.ArrayExpr a -> {
                out.append(a.keyword() ? "ARRAY[" : "[");
                list(out, a.elements());
                out.append(']');
            }
            case io.pglitedb.sql.ast.RowExpr r -> {
                out.append("ROW(");
                list(out, r.fields());
                out.append(')');
            }
            case io.pglitedb.sql.ast.ArrayOpExpr a -> {
                out.append('(');
                append(out, a.operand());
                out.append(' ').append(a.operator()).append(a.all() ? " ALL (" : " ANY (");
                append(out, a.array());
                out.append("))");
            }
            case io.pglitedb.sql.ast.NamedArg n -> {
                out.append(n.name()).append(" => ");
                append(out, n.value());
            }
            case io.pglitedb.sql.ast.LimitWithTies t -> {
                append(out, t.count());
                out.append(" WITH TIES");
            }
            case io.pglitedb.sql.ast.GroupingSet g when g.kind() == io.pglitedb.sql.ast.GroupingSet.Kind.DISTINCT -> {
                out.append("DISTINCT ");
                list(out, g.items());
            }
            case io.pglitedb.sql.ast.GroupingSet g -> {
                out.append(switch (g.kind()) {
                    case ROLLUP -> "ROLLUP (";
                    case CUBE -> "CUBE (";
                    case SETS -> "GROUPING SETS (";
                    default -> "(";
                });
                list(out, g.items());
                out.append(')');
            }
            case io.pglitedb.sql.ast.FieldSelect f -> {
                out.append('(');
                append(out, f.arg());
                out.append(").").append(f.field());
            }
            case io.pglitedb.sql.ast.FieldStar f -> {
                out.append('(');
                append(out, f.arg());
                out.append(").*");
            }
            case io.pglitedb.sql.ast.Subscript s -> {
                out.append('(');
                append(out, s.base());
                out.append(')');
                for (io.pglitedb.sql.ast.Subscript.Index i : s.indexes()) {
                    out.append('[');
                    if (i.lower() != null) {
                        append(out, i.lower());
                    }
                    if (i.slice()) {
                        out.append(':');
                    }
                    if (i.upper() != null) {
                        append(out, i.upper());
                    }
                    out.append(']');
                }
            }
            case BooleanTest b -> {
                out.append('(');
                append(out, b.operand());
                out.append(b.negated() ? " IS NOT " : " IS ").append(b.kind().name()).append(')');
            }
        }
    }

    private void orderItems(StringBuilder out, java.util.List<io.pglitedb.sql.ast.OrderItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            io.pglitedb.sql.ast.OrderItem o = items.get(i);
            append(out, o.expr());
            if (o.descending()) {
                out.append(" DESC");
            }
            if (o.nullsFirst() != null) {
                out.append(o.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
            }
        }
    }

    private void list(StringBuilder out, java.util.List<Expr> exprs) {
        for (int i = 0; i < exprs.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, exprs.get(i));
        }
    }

    static String typeName(TypeName type) {
        StringBuilder out = new StringBuilder(type.name());
        if (!type.modifiers().isEmpty()) {
            out.append('(');
            for (int i = 0; i < type.modifiers().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(type.modifiers().get(i));
            }
            out.append(')');
        }
        out.append("[]".repeat(type.arrayDimensions()));
        return out.toString();
    }

    /** Quotes an identifier when it would not survive unquoted (upper case, symbols, leading digit). */
    public static String identifier(String name) {
        boolean plain = !name.isEmpty() && (Character.isLowerCase(name.charAt(0)) || name.charAt(0) == '_');
        for (int i = 0; plain && i < name.length(); i++) {
            char c = name.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        return plain ? name : '"' + name.replace("\"", "\"\"") + '"';
    }
}
