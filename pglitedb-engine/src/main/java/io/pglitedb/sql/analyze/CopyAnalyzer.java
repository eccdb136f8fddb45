package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.ast.Copy;
import io.pglitedb.sql.parser.Parser;
import io.pglitedb.sql.plan.QueryPlan;
import io.pglitedb.sql.plan.StatementPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Analysis of COPY: the target table and columns of COPY FROM with the defaults of the columns it
 * does not fill, and the query whose rows COPY TO writes ({@code COPY t (cols) TO} reads like
 * {@code SELECT cols FROM t}).
 */
public final class CopyAnalyzer {
    private CopyAnalyzer() {
    }

    /**
     * COPY FROM's target.
     *
     * @param columns the table's column index of each input field, in input order
     * @param defaults per table column: the default to evaluate for a column the input does not
     *        fill, or null (filled by input, or no default so NULL)
     */
    public record Target(TableDescriptor table, int[] columns, BoundExpr[] defaults) {
    }

    /** @throws PgException 42P01 unknown table, 42703 unknown column, 42701 column named twice */
    public static Target from(Copy copy, AnalyzerContext context) {
        TableDescriptor table = table(copy, context);
        int[] columns = columns(copy, table);
        BoundExpr[] defaults = new BoundExpr[table.columns().size()];
        boolean[] given = new boolean[defaults.length];
        for (int c : columns) {
            given[c] = true;
        }
        for (int i = 0; i < defaults.length; i++) {
            ColumnDescriptor column = table.columns().get(i);
            if (!given[i] && (column.defaultSql() != null || column.sequenceName() != null)) {
                defaults[i] = DefaultValues.of(context, column);
            }
        }
        return new Target(table, columns, defaults);
    }

    /** The rows COPY TO writes: the query, or the table's (chosen) columns. */
    public static QueryPlan to(Copy copy, AnalyzerContext context) {
        if (copy.query() != null) {
            StatementPlan plan = Analyzer.analyze(copy.query(), context);
            if (!(plan instanceof QueryPlan query)) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY query must be a SELECT");
            }
            return query;
        }
        TableDescriptor table = table(copy, context);
        if (table.isPartitioned()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot copy from partitioned table \"%s\"", table.name())
                    .withHint("Try the COPY (SELECT ...) TO variant.");
        }
        int[] columns = columns(copy, table);
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(quote(table.columns().get(columns[i]).name()));
        }
        // the table's own rows: COPY does not read inheritance children
        sql.append(" FROM ONLY ").append(quote(table.schema())).append('.').append(quote(table.name()));
        return (QueryPlan) Analyzer.analyze(Parser.parse(sql.toString()).get(0).statement(), context);
    }

    private static TableDescriptor table(Copy copy, AnalyzerContext context) {
        TableDescriptor table;
        try {
            table = Tables.resolve(context, copy.table());
        } catch (PgException e) {
            throw e.withPosition(0); // PostgreSQL reports no cursor position for COPY's relation
        }
        if (table.view() != null) {
            String kind = table.isView() ? "view" : "materialized view";
            PgException e = new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot copy %s %s \"%s\"",
                    copy.from() ? "to" : "from", kind, table.name());
            if (!copy.from()) {
                e = e.withHint("Try the COPY (SELECT ...) TO variant.");
            } else if (table.isView()) {
                e = e.withHint("To enable copying to a view, provide an INSTEAD OF INSERT trigger.");
            }
            throw e;
        }
        return table;
    }

    private static int[] columns(Copy copy, TableDescriptor table) {
        if (copy.columns().isEmpty()) { // every column but the generated ones
            return java.util.stream.IntStream.range(0, table.columns().size())
                    .filter(i -> !table.columns().get(i).generated()).toArray();
        }
        List<Integer> seen = new ArrayList<>();
        for (String name : copy.columns()) {
            int index = table.columnIndex(name);
            if (index < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist",
                        name, table.name());
            }
            if (table.columns().get(index).generated()) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "column \"%s\" is a generated column", name)
                        .withDetail("Generated columns cannot be used in COPY.");
            }
            if (seen.contains(index)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"%s\" specified more than once", name);
            }
            seen.add(index);
        }
        int[] result = new int[seen.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = seen.get(i);
        }
        return result;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
