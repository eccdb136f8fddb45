package io.pglitedb.sql.analyze;

import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.BoolExpr;
import io.pglitedb.sql.ast.BooleanTest;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.IsNull;
import io.pglitedb.sql.ast.NotExpr;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.parser.Parser;
import java.util.List;

/**
 * The pretty form of a stored expression, as PostgreSQL's ruleutils prints it with
 * PRETTYFLAG_PAREN (psql's {@code \d} shows CHECK constraints so): parentheses only where
 * isSimpleNode() asks for them. Comparisons and other operators inside AND/OR/NOT lose theirs,
 * AND inside AND or OR and OR inside OR lose theirs, {@code a - b - c} keeps none but
 * {@code a - (b - c)} and {@code (a + b) * c} keep theirs. Nodes it does not know are printed as
 * {@link SqlText} does (which is always valid SQL).
 */
public final class PrettySql {
    private PrettySql() {
    }

    /** The pretty form of an expression's stored SQL text, or the text itself if it does not parse. */
    public static String of(String expressionSql) {
        Expr expr;
        try {
            List<Parser.ParsedStatement> parsed = Parser.parse("SELECT " + expressionSql);
            if (parsed.size() != 1 || !(parsed.get(0).statement() instanceof Select select)
                    || select.items().size() != 1) {
                return expressionSql;
            }
            expr = select.items().get(0).expr();
        } catch (RuntimeException e) {
            return expressionSql;
        }
        StringBuilder out = new StringBuilder();
        append(out, expr, null);
        return out.toString();
    }

    private static void append(StringBuilder out, Expr node, Expr parent) {
        boolean parens = !simple(node, parent);
        if (parens) {
            out.append('(');
        }
        switch (node) {
            case BinaryOp b -> {
                append(out, b.left(), b);
                out.append(' ').append(b.operator()).append(' ');
                append(out, b.right(), b);
            }
            case BoolExpr b -> {
                append(out, b.left(), b);
                out.append(' ').append(b.op().name()).append(' ');
                append(out, b.right(), b);
            }
            case NotExpr n -> {
                out.append("NOT ");
                append(out, n.operand(), n);
            }
            case IsNull n -> {
                append(out, n.operand(), n);
                out.append(n.negated() ? " IS NOT NULL" : " IS NULL");
            }
            default -> out.append(unwrapped(SqlText.of(node)));
        }
        if (parens) {
            out.append(')');
        }
    }

    /** isSimpleNode(): whether {@code node} needs no parentheses under {@code parent}. */
    private static boolean simple(Expr node, Expr parent) {
        if (parent == null) {
            return true;
        }
        return switch (node) {
            case BinaryOp b -> {
                if (parent instanceof BinaryOp p) {
                    yield arithmeticWithoutParens(b, p);
                }
                yield parent instanceof BoolExpr || parent instanceof NotExpr;
            }
            case IsNull n -> parent instanceof BoolExpr || parent instanceof NotExpr;
            case BooleanTest t -> parent instanceof BoolExpr || parent instanceof NotExpr;
            case BoolExpr b -> parent instanceof BoolExpr p
                    && (b.op() == BoolExpr.Op.AND || p.op() == BoolExpr.Op.OR);
            case NotExpr n -> parent instanceof BoolExpr;
            default -> !SqlText.of(node).startsWith("(");
        };
    }

    /** Arithmetic under arithmetic: * / % bind tighter than + -; equal priority only on the left. */
    private static boolean arithmeticWithoutParens(BinaryOp node, BinaryOp parent) {
        int op = priority(node.operator());
        int parentOp = priority(parent.operator());
        if (op == 0 || parentOp == 0) {
            return false;
        }
        if (op != parentOp) {
            return op > parentOp; // a * b under +
        }
        return parent.left() == node;
    }

    private static int priority(String operator) {
        return switch (operator) {
            case "*", "/", "%" -> 2;
            case "+", "-" -> 1;
            default -> 0;
        };
    }

    /** The text without its outermost parentheses when one parenthesized expression is all of it. */
    public static String unwrapped(String sql) {
        if (!sql.startsWith("(") || !sql.endsWith(")")) {
            return sql;
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0 && i < sql.length() - 1) {
                return sql;
            }
        }
        return sql.substring(1, sql.length() - 1);
    }
}
