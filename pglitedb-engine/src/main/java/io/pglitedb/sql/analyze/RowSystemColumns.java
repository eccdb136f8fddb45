package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.plan.SystemColumnsScan;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;

/**
 * The system columns of a table's rows. ctid and xmin are read from each stored row (values: see
 * {@code io.pglitedb.exec.RowSystemValues}). Reading them costs a scan that cannot use
 * indexes, so a statement is first analysed without them: a table's range knows their names, and
 * the first reference to one ({@link Needed}) has the statement analysed again with every table
 * read by a {@link SystemColumnsScan}.
 */
final class RowSystemColumns {
    /** A {@link Scope.Column#index()} for a system column the range does not read (yet). */
    static final int NOT_READ = -2;

    private static final String[] NAMES = {"ctid", "xmin"};
    private static final short[] ATTNUMS = {-1, -2};

    private RowSystemColumns() {
    }

    /** A reference to a system column of a range analysed without them; analysing again with them answers it. */
    static final class Needed extends PgException {
        Needed(String column, int position) {
            super(SqlState.UNDEFINED_COLUMN, "column \"%s\" does not exist", column);
            withPosition(position);
        }
    }

    /**
     * Analyses a query (a view's, CREATE TABLE AS's) outside {@code Analyzer.analyze}, the same way:
     * again with every table read with its ctid and xmin when the first attempt named one.
     */
    static <T> T planReading(AnalyzerContext context, java.util.function.Function<AnalyzerContext, T> analysis) {
        try {
            return analysis.apply(context);
        } catch (Needed e) {
            if (context.rowSystemColumns()) {
                throw e;
            }
            return analysis.apply(context.withRowSystemColumns());
        }
    }

    /**
     * Adds the row system columns to the range added last: ctid and xmin at {@code base} and after
     * when its rows carry them, else as {@link #NOT_READ}; cmin, xmax and cmax as constants 0
     * (index -1, see {@code ExpressionAnalyzer.systemConstant}): this engine does not count
     * commands, and a live row it shows was neither deleted nor is it marked by a locker.
     */
    static void addToScope(Scope scope, TableDescriptor table, String alias, int base) {
        for (int i = 0; i < NAMES.length; i++) {
            DataType type = DataType.of(i == 0 ? Types.TID : Types.XID);
            scope.addSystemColumn(new Scope.Column(alias, NAMES[i], type, base < 0 ? NOT_READ : base + i,
                    table.oid(), ATTNUMS[i]));
        }
        scope.addSystemColumn(new Scope.Column(alias, "cmin", DataType.of(Types.CID), -1, table.oid(), (short) -3));
        scope.addSystemColumn(new Scope.Column(alias, "xmax", DataType.of(Types.XID), -1, table.oid(), (short) -4));
        scope.addSystemColumn(new Scope.Column(alias, "cmax", DataType.of(Types.CID), -1, table.oid(), (short) -5));
    }
}
