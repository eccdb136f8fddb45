package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.parser.Parser;
import java.util.List;

/** A view's stored query, parsed again where the view is used (the catalog keeps only its text). */
public final class Views {
    private Views() {
    }

    /** The view's defining query. */
    public static Query query(TableDescriptor view) {
        List<Parser.ParsedStatement> parsed = Parser.parse(view.view().query());
        if (parsed.size() != 1 || !(parsed.get(0).statement() instanceof Query query)) {
            throw new PgException(SqlState.DATA_CORRUPTED, "invalid definition of view \"%s\"", view.name());
        }
        return query;
    }

    /** A stored expression's text parsed again (defaults, checks, policy conditions). */
    public static io.pglitedb.sql.ast.Expr expression(String sql) {
        return DefaultValues.parseExpression(sql);
    }

    /** The view's query analysed on its own (no outer names, no outer WITH queries). */
    static AnalyzedQuery analyze(AnalyzerContext context, TableDescriptor view) {
        Query query = query(view);
        context.uses().enterView(view);
        try {
            // the view's query reads with the privileges of the view's owner
            int owner = context.catalog().security().aclOrDefault(view.oid(), io.pglitedb.catalog.ObjectAcl.TABLE).owner();
            return new QueryAnalyzer(context.withAccess(context.access().asOwner(owner)), Level.TOP).analyze(query);
        } finally {
            context.uses().leaveView();
        }
    }

    /** 55000 when a materialized view was created or refreshed WITH NO DATA. */
    static void checkPopulated(TableDescriptor table) {
        if (table.isMaterializedView() && !table.view().populated()) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                    "materialized view \"%s\" has not been populated", table.name())
                    .withHint("Use the REFRESH MATERIALIZED VIEW command.");
        }
    }
}
