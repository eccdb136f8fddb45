package io.pglitedb.sql.deparse;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.Annotations;
import io.pglitedb.sql.analyze.Views;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.Query;
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
        try {
            Expr expr = Views.expression(sql);
            Annotations annotations = Annotations.expression(context, table, expr);
            DeparseContext c = new DeparseContext(pretty, false, annotations, oid -> null);
            QueryDeparser deparser = new QueryDeparser(c, position -> -1);
            deparser.expressions().expr(expr, false);
            return c.buf.toString();
        } catch (RuntimeException e) {
            if (Boolean.getBoolean("pglitedb.deparse.debug")) {
                e.printStackTrace();
            }
            return null;
        }
    }
}
