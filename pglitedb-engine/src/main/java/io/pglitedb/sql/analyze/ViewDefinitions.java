package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.ViewDefinition;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.sql.ast.CreateView;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.plan.QueryPlan;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CREATE [MATERIALIZED] VIEW's analysis: the query is planned once to find the view's columns
 * (named by the column list, else by the query) and the relations it reads.
 */
public final class ViewDefinitions {
    private ViewDefinitions() {
    }

    /** The view's columns, the OIDs of the relations it reads and where it names them, and the plan of its query. */
    public record Defined(List<ColumnDescriptor> columns, List<Integer> dependsOn,
            List<ViewDefinition.Reference> references, QueryPlan plan) {
    }

    public static Defined define(CreateView create, AnalyzerContext context) {
        context.uses().recordFrom(create.queryStart());
        context.access().setDefiningView(!create.materialized()); // row security applies where the view is read
        try {
            return define(create.columns(), create.query(), "CREATE " + (create.materialized() ? "MATERIALIZED VIEW"
                    : "VIEW") + " specifies more column names than columns", context);
        } finally {
            context.access().setDefiningView(false);
        }
    }

    /** The domain of the table column a result column reads as it is (its type is then the domain), or 0. */
    private static int domainOf(ResultColumn column, AnalyzerContext context) {
        TableDescriptor table = column.tableOid() == 0 ? null : context.catalog().tableByOid(column.tableOid());
        if (table != null) {
            for (ColumnDescriptor c : table.columns()) {
                if (c.attributeNumber() == column.attributeNumber() && c.type().equals(column.type())) {
                    return c.domainOid();
                }
            }
        }
        return 0;
    }

    /**
     * The columns of a relation made from a query (a view, CREATE TABLE AS), named by
     * {@code given} where given.
     *
     * @param tooMany the 42601 message when more names than columns are given
     */
    public static Defined define(List<String> given, Query query, String tooMany, AnalyzerContext context) {
        QueryPlan plan = RowSystemColumns.planReading(context, c -> new QueryAnalyzer(c, Level.TOP).plan(query));
        List<ResultColumn> result = plan.columns();
        if (given.size() > result.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "%s", tooMany);
        }
        List<ColumnDescriptor> columns = new ArrayList<>(result.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < result.size(); i++) {
            String name = i < given.size() ? given.get(i) : result.get(i).name();
            if (!names.add(name)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"%s\" specified more than once", name);
            }
            DataType type = result.get(i).type();
            if (type.type() == Types.UNKNOWN) {
                type = DataType.of(Types.TEXT);
            }
            columns.add(new ColumnDescriptor(name, i + 1, type, false, null, null, ColumnDescriptor.NOT_IDENTITY,
                    false, domainOf(result.get(i), context)));
        }
        return new Defined(columns, context.uses().oids(), context.uses().references(), plan);
    }

    /** 42701 when a column of a relation that stores rows (CREATE TABLE AS, a materialized view) has a system column's name. */
    public static void checkStoredColumnNames(Defined defined) {
        for (ColumnDescriptor column : defined.columns()) {
            ColumnDescriptor.checkNotSystemName(column.name());
        }
    }

    /** The plan of a stored view's query (REFRESH MATERIALIZED VIEW). */
    public static QueryPlan plan(TableDescriptor view, AnalyzerContext context) {
        context.uses().enterView(view);
        try {
            return RowSystemColumns.planReading(context, c -> new QueryAnalyzer(c, Level.TOP).plan(Views.query(view)));
        } finally {
            context.uses().leaveView();
        }
    }
}
