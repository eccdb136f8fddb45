package io.pglitedb.exec;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.system.SystemContext;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.types.DataType;

/**
 * The key values of expression and partial indexes. Such an index's entry is computed from a
 * "key row": the value of each index column (a table column or the indexed expression), under a
 * descriptor of the same index whose columns are the key row's positions, so the entry layout and
 * uniqueness rules of {@link IndexMaintenance} apply unchanged. A partial index has entries only
 * for rows where its predicate is true. The expressions are bound once per statement.
 */
public final class IndexKeys {
    private IndexKeys() {
    }

    /**
     * An index's expressions (null for a table column) and predicate (null when not partial)
     * bound over the table's row.
     */
    public record Bound(BoundExpr[] expressions, BoundExpr predicate) {
    }

    /** One row's key row for an index: the positional descriptor, the key types and values. */
    record Keyed(IndexDescriptor index, DataType[] types, Object[] row) {
    }

    private record Prepared(Bound bound, IndexDescriptor positional, DataType[] types) {
    }

    /**
     * The key row of {@code row} for an expression or partial index, or null when the row has no
     * entry in it (the predicate is not true).
     */
    static Keyed keyed(TableDescriptor table, IndexDescriptor index, DataType[] types, Object[] row,
            ExecContext context) {
        Prepared p = prepared(table, index, types, context);
        Object[] params = context.params();
        if (p.bound.predicate() != null && !Boolean.TRUE.equals(p.bound.predicate().eval(row, params))) {
            return null;
        }
        int n = index.columnCount();
        Object[] key = new Object[n];
        BoundExpr[] expressions = p.bound.expressions();
        for (int i = 0; i < n; i++) {
            key[i] = expressions[i] != null ? expressions[i].eval(row, params) : row[index.column(i)];
        }
        return new Keyed(p.positional, p.types, key);
    }

    private static Prepared prepared(TableDescriptor table, IndexDescriptor index, DataType[] types,
            ExecContext context) {
        Object cached = context.cached(index);
        if (cached instanceof Prepared p) {
            return p;
        }
        SystemContext system = context.systemContext();
        Bound bound = io.pglitedb.sql.analyze.IndexExpressions.bind(table, index,
                new io.pglitedb.sql.analyze.AnalyzerContext(system.view(),
                        new io.pglitedb.sql.analyze.ParameterTypes(null), system.user(), system.database(),
                        new SessionSequences(), system.searchPath()));
        int n = index.columnCount();
        int[] positions = new int[n];
        DataType[] keyTypes = new DataType[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
            keyTypes[i] = bound.expressions()[i] != null ? bound.expressions()[i].type() : types[index.column(i)];
        }
        Prepared p = new Prepared(bound, index.withColumns(positions), keyTypes);
        context.cache(index, p);
        return p;
    }

    /** "(lower(b), a)=(x, 1)": an expression index's key in error details, as PostgreSQL's BuildIndexValueDescription. */
    static String keyText(TableDescriptor table, IndexDescriptor index, Keyed keyed, ExecContext context) {
        StringBuilder names = new StringBuilder("(");
        StringBuilder values = new StringBuilder("(");
        for (int i = 0; i < index.columnCount(); i++) {
            if (i > 0) {
                names.append(", ");
                values.append(", ");
            }
            names.append(columnText(table, index, i, context));
            Object v = keyed.row()[i];
            values.append(v == null ? "null" : keyed.types()[i].type().toText(v, keyed.types()[i].typmod()));
        }
        return names.append(")=").append(values).append(')').toString();
    }

    /** Index column i as pg_get_indexdef shows it: the column name, a function call, or (expression). */
    public static String columnText(TableDescriptor table, IndexDescriptor index, int i, ExecContext context) {
        String sql = index.expression(i);
        if (sql == null) {
            return table.columns().get(index.column(i)).name();
        }
        return io.pglitedb.catalog.system.CatalogFunctions.indexColumn(context.systemContext(), table, sql, false);
    }
}
