package io.pglitedb.exec;

import io.pglitedb.exec.expr.ArrayBuild;
import io.pglitedb.exec.expr.BooleanTest;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.CaseWhen;
import io.pglitedb.exec.expr.CastCall;
import io.pglitedb.exec.expr.Coalesce;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.exec.expr.DistinctTest;
import io.pglitedb.exec.expr.FunctionCall;
import io.pglitedb.exec.expr.GreatestLeast;
import io.pglitedb.exec.expr.InTest;
import io.pglitedb.exec.expr.LikeTest;
import io.pglitedb.exec.expr.LogicalAnd;
import io.pglitedb.exec.expr.LogicalNot;
import io.pglitedb.exec.expr.LogicalOr;
import io.pglitedb.exec.expr.NullTest;
import io.pglitedb.exec.expr.OperatorCall;
import io.pglitedb.exec.expr.ParamValue;
import io.pglitedb.exec.expr.RowBuild;
import io.pglitedb.exec.expr.SlotValue;
import io.pglitedb.exec.expr.SubqueryValue;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan's bound expressions as PostgreSQL's ruleutils prints them in EXPLAIN (deparse_expression
 * without pretty parentheses): operators and boolean tests in parentheses ({@code (a > 10)}),
 * casts as {@code (a)::numeric}, constants as get_const_expr shows them ({@code 10},
 * {@code 'x'::text}, {@code '-1'::integer}, {@code 1.5}, {@code '10'::numeric}). Column
 * {@code i} of the input row prints as {@code columns.get(i)}, already qualified by the caller
 * when the plan reads more than one relation. What it cannot name prints as {@code ?}. When the
 * names are an {@link ExplainSubplans.Scope}, subqueries print as it numbers them ({@code $0},
 * {@code (SubPlan 1)}) and a correlated subquery's outer values as the columns they are.
 */
final class ExplainExpressions {
    private ExplainExpressions() {
    }

    static String deparse(BoundExpr e, List<String> columns) {
        return switch (e) {
            case null -> "?";
            case ColumnValue c -> c.index() < columns.size() ? columns.get(c.index()) : "?";
            case Constant c -> constant(c);
            case ParamValue p -> "$" + (p.index() + 1);
            case OperatorCall o -> operator(o, columns);
            case LogicalAnd a -> "(" + join(conjuncts(a).toArray(BoundExpr[]::new), " AND ", columns) + ")";
            case LogicalOr o -> "(" + join(disjuncts(o).toArray(BoundExpr[]::new), " OR ", columns) + ")";
            case LogicalNot n when n.operand() instanceof OperatorCall o && o.left() != null && NEGATORS.containsKey(o.name()) ->
                    "(" + deparse(o.left(), columns) + " " + NEGATORS.get(o.name()) + " " + deparse(o.right(), columns) + ")";
            case LogicalNot n -> "(NOT " + deparse(n.operand(), columns) + ")";
            case NullTest n -> "(" + deparse(n.operand(), columns) + (n.negated() ? " IS NOT NULL)" : " IS NULL)");
            case DistinctTest d -> "(" + deparse(d.left(), columns)
                    + (d.negated() ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ") + deparse(d.right(), columns) + ")";
            case LikeTest l -> "(" + deparse(l.operand(), columns) + " " + (l.negated() ? "!" : "")
                    + (l.caseInsensitive() ? "~~* " : "~~ ") + deparse(l.pattern(), columns) + ")";
            case InTest in -> in(in, columns);
            case CastCall c -> "(" + deparse(c.operand(), columns) + ")::" + c.type().displayName();
            case FunctionCall f -> f.function().name() + "(" + join(f.args(), ", ", columns) + ")";
            case io.pglitedb.exec.expr.SetFunctionCall f -> f.function().name() + "(" + join(f.args(), ", ", columns) + ")";
            case Coalesce c -> "COALESCE(" + join(c.args(), ", ", columns) + ")";
            case GreatestLeast g ->
                    (g.greatest() ? "GREATEST(" : "LEAST(") + join(g.args(), ", ", columns) + ")";
            case CaseWhen c -> caseWhen(c, columns);
            case RowBuild r -> "ROW(" + join(r.fields(), ", ", columns) + ")";
            case ArrayBuild a -> "ARRAY[" + join(a.elements(), ", ", columns) + "]";
            case BooleanTest b -> "(" + deparse(b.operand(), columns) + " " + b.describe() + ")";
            case SubqueryValue s -> columns instanceof ExplainSubplans.Scope scope ? scope.subplans().reference(s, scope) : "(SubPlan 1)";
            case SlotValue v when columns instanceof ExplainSubplans.Scope scope && scope.subplans().slot(v.slot()) != null ->
                    scope.subplans().slot(v.slot());
            default -> "?";
        };
    }

    /** The negators PostgreSQL's planner puts in place of {@code NOT (a op b)}. */
    private static final java.util.Map<String, String> NEGATORS = java.util.Map.of(
            "=", "<>", "<>", "=", "<", ">=", ">=", "<", ">", "<=", "<=", ">");

    /** Terms of (nested) ORs, flattened as PostgreSQL's planner flattens them. */
    private static List<BoundExpr> disjuncts(BoundExpr e) {
        List<BoundExpr> out = new ArrayList<>();
        if (e instanceof LogicalOr o) {
            for (BoundExpr t : o.terms()) {
                out.addAll(disjuncts(t));
            }
        } else {
            out.add(e);
        }
        return out;
    }

    /** Conjuncts of a condition: the terms of (nested) ANDs, else the condition itself. */
    static List<BoundExpr> conjuncts(BoundExpr e) {
        List<BoundExpr> out = new ArrayList<>();
        if (e instanceof LogicalAnd a) {
            for (BoundExpr t : a.terms()) {
                out.addAll(conjuncts(t));
            }
        } else if (e != null) {
            out.add(e);
        }
        return out;
    }

    /** A list of conditions as PostgreSQL prints a qual list: one alone, several AND-ed in parentheses. */
    static String quals(List<BoundExpr> conds, List<String> columns) {
        List<String> texts = new ArrayList<>();
        for (BoundExpr c : conds) {
            texts.add(deparse(c, columns));
        }
        return texts.size() == 1 ? texts.get(0) : "(" + String.join(" AND ", texts) + ")";
    }

    private static String operator(OperatorCall o, List<String> columns) {
        String name = o.name() == null ? "?" : o.name();
        if (o.left() == null) {
            return "(" + name + " " + deparse(o.right(), columns) + ")";
        }
        return "(" + deparse(o.left(), columns) + " " + name + " " + deparse(o.right(), columns) + ")";
    }

    /** A searched CASE; PostgreSQL's parser gives a CASE without ELSE an {@code ELSE NULL::type}. */
    private static String caseWhen(CaseWhen c, List<String> columns) {
        StringBuilder out = new StringBuilder("CASE");
        for (int i = 0; i < c.conditions().length; i++) {
            out.append(" WHEN ").append(deparse(c.conditions()[i], columns))
                    .append(" THEN ").append(deparse(c.results()[i], columns));
        }
        out.append(" ELSE ").append(c.otherwise() == null ? "NULL::" + c.type().displayName() : deparse(c.otherwise(), columns));
        return out.append(" END").toString();
    }

    /** {@code x IN (...)} as PostgreSQL's ScalarArrayOpExpr: {@code (x = ANY ('{1,2}'::integer[]))}. */
    private static String in(InTest in, List<String> columns) {
        String op = in.negated() ? " <> ALL (" : " = ANY (";
        return "(" + deparse(in.operand(), columns) + op + array(in.values(), in.operand().type(), columns) + "))";
    }

    /** A list of values as the array PostgreSQL folds them into: {@code '{1,2}'::integer[]} when constant. */
    static String array(BoundExpr[] values, DataType element, List<String> columns) {
        List<String> texts = new ArrayList<>();
        for (BoundExpr v : values) {
            if (!(v instanceof Constant c)) {
                return "ARRAY[" + join(values, ", ", columns) + "]";
            }
            texts.add(c.value() == null ? "NULL" : arrayElement(c));
        }
        // the array PostgreSQL folds the list into has the element type without its typmod (bpchar[])
        return "'{" + String.join(",", texts).replace("'", "''") + "}'::" + DataType.of(element.type()).displayName()
                + "[]";
    }

    private static String arrayElement(Constant c) {
        String text = c.type().type().toText(c.value(), c.type().typmod());
        boolean plain = !text.isEmpty() && text.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\\'
                || ch == '{' || ch == '}' || Character.isWhitespace(ch)) && !text.equalsIgnoreCase("null");
        return plain ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String join(BoundExpr[] exprs, String separator, List<String> columns) {
        List<String> texts = new ArrayList<>();
        for (BoundExpr e : exprs) {
            texts.add(deparse(e, columns));
        }
        return String.join(separator, texts);
    }

    /**
     * A constant as get_const_expr prints it: integers bare unless negative, numerics bare when
     * they look like one ({@code 1.5}), booleans bare, anything else quoted with its type.
     * An int8 or int2 constant that fits an integer prints bare too: PostgreSQL keeps such
     * literals int4 under its cross-type operators, where we coerce them to the column's type.
     */
    static String constant(Constant c) {
        DataType type = c.type();
        if (c.value() == null) {
            return "NULL::" + type.displayName();
        }
        String text = type.type().toText(c.value(), type.typmod());
        String name = type.displayName();
        boolean negative = text.startsWith("-");
        switch (type.baseName()) {
            case "integer" -> {
                if (!negative) {
                    return text;
                }
            }
            case "bigint", "smallint" -> {
                if (!negative && text.length() < 10) {
                    return text;
                }
                if (negative && text.length() < 11) {
                    return "'" + text + "'::integer";
                }
            }
            case "numeric" -> {
                if (!negative && (text.contains(".") || text.contains("e") || text.contains("E"))
                        && type.typmod() < 0) {
                    return text;
                }
            }
            case "boolean" -> {
                return text.equals("t") || text.equals("true") ? "true" : "false";
            }
            default -> {
            }
        }
        return "'" + text.replace("'", "''") + "'::" + name;
    }
}
