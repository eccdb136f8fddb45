package io.pglitedb.sql.deparse;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.Annotations;
import io.pglitedb.sql.analyze.Views;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The text PostgreSQL's ruleutils.c gives stored definitions: pg_get_viewdef for views,
 * pg_get_constraintdef for CHECK constraints, pg_get_expr for column defaults. The catalog keeps
 * definitions as SQL text; here the text is parsed and analysed again (recording what analysis
 * decided: {@link Annotations}) and printed from the parsed tree in PostgreSQL's style. A
 * definition using a construct this deparser does not know yet gives null, and the caller shows
 * the stored text instead.
 */
public final class Deparser {
    private Deparser() {
    }

    /**
     * pg_get_viewdef(view, pretty): the defining query, one column per line, columns qualified by
     * their range, ending in a semicolon.
     *
     * @param relationName a relation's name as the definition shows it (qualified when not visible), or null
     */
    public static String view(AnalyzerContext context, TableDescriptor view, boolean pretty,
            IntFunction<String> relationName) {
        try {
            Query query = Views.query(view);
            Annotations annotations = Annotations.view(context, view, query);
            DeparseContext c = new DeparseContext(pretty, true, annotations, relationName);
            QueryDeparser deparser = new QueryDeparser(c, position -> view.view().boundAt(position));
            List<String> names = new ArrayList<>();
            for (ColumnDescriptor column : view.columns()) {
                names.add(column.name());
            }
            deparser.query(query, names);
            return c.buf.append(';').toString();
        } catch (RuntimeException e) {
            if (Boolean.getBoolean("pglitedb.deparse.debug")) {
                e.printStackTrace();
            }
            return null;
        }
    }

    /**
     * A stored expression over the table's columns (a CHECK condition, a default) as pg_get_expr
     * prints it: columns unqualified, implicit casts where PostgreSQL shows them.
     */
    public static String expression(AnalyzerContext context, TableDescriptor table, String sql, boolean pretty) {
        return expression(context, table, sql, pretty, null);
    }

    /**
     * A column's default or generation expression as pg_get_expr prints it. PostgreSQL stores it
     * coerced to the column's type ({@code column}, null for none): when that adds a cast node
     * (another type, or a type modifier to apply), the pretty form parenthesizes an operator
     * under it, as isSimpleNode() does under an implicit cast: {@code (1.5 * 2::numeric)}.
     */
    public static String expression(AnalyzerContext context, TableDescriptor table, String sql, boolean pretty,
            DataType column) {
        try {
            Expr expr = Views.expression(sql);
            Annotations annotations = Annotations.expression(context, table, expr);
            DeparseContext c = new DeparseContext(pretty, false, annotations, oid -> null);
            QueryDeparser deparser = new QueryDeparser(c, position -> -1);
            int parentheses = 0;
            if (column != null && c.prettyParen && coercedTo(annotations, expr, column)
                    && !deparser.expressions().simpleUnderCast(expr)) {
                parentheses = relabelledThenLengthCoerced(annotations.type(expr), column) ? 2 : 1;
            }
            c.buf.append("(".repeat(parentheses));
            deparser.expressions().expr(expr, false);
            return c.buf.append(")".repeat(parentheses)).toString();
        } catch (RuntimeException e) {
            if (Boolean.getBoolean("pglitedb.deparse.debug")) {
                e.printStackTrace();
            }
            return null;
        }
    }

    /**
     * A binary-coercible type change (a RelabelType node, text to varchar) under a type modifier's
     * length coercion: isSimpleNode() looks through the relabelling, so each adds parentheses.
     */
    private static boolean relabelledThenLengthCoerced(DataType type, DataType column) {
        int from = type.oid();
        int to = column.oid();
        boolean relabel = from != to && (from == 25 || from == 1043) && (to == 25 || to == 1043 || to == 1042);
        return relabel && column.typmod() >= 0;
    }

    /** Whether assigning {@code expr} to a column of type {@code column} adds a cast node over it. */
    private static boolean coercedTo(Annotations annotations, Expr expr, DataType column) {
        DataType type = annotations.type(expr);
        if (type == null || expr instanceof io.pglitedb.sql.ast.Literal literal
                && (literal.kind() == io.pglitedb.sql.ast.Literal.Kind.STRING
                        || literal.kind() == io.pglitedb.sql.ast.Literal.Kind.NULL)) {
            return false; // an untyped literal becomes a constant of the column's type
        }
        return !type.type().equals(column.type()) || column.typmod() >= 0 && type.typmod() != column.typmod();
    }
}
