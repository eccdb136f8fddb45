package io.pglitedb.plpgsql;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/** FOR loops, SQL statements with INTO, and EXECUTE (pl_exec.c's exec_stmt_fori/fors/execsql/dynexecute). */
final class PlLoops {
    private PlLoops() {
    }

    static PlExecutor.Signal forInteger(PlExecutor x, PlStatement.ForInteger f) {
        Object lowerValue = x.sql.evaluate(f.lower(), DataType.of(Types.INT4));
        if (lowerValue == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "lower bound of FOR loop cannot be null");
        }
        Object upperValue = x.sql.evaluate(f.upper(), DataType.of(Types.INT4));
        if (upperValue == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "upper bound of FOR loop cannot be null");
        }
        long step = 1;
        if (f.step() != null) {
            Object s = x.sql.evaluate(f.step(), DataType.of(Types.INT4));
            if (s == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "BY value of FOR loop cannot be null");
            }
            step = (Integer) s;
            if (step <= 0) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "BY value of FOR loop must be greater than zero");
            }
        }
        long lower = (Integer) lowerValue;
        long upper = (Integer) upperValue;
        int mark = x.slots.size();
        Variable v = new Variable(f.variable(), f.label(), DataType.of(Types.INT4), false, false, false);
        x.slots.add(new PlExecutor.Slot(f.variable(), f.label(), v));
        boolean found = false;
        try {
            for (long i = lower; f.reverse() ? i >= upper : i <= upper; i = f.reverse() ? i - step : i + step) {
                found = true;
                v.value = (int) i;
                PlExecutor.Signal after = x.loopSignal(x.statements(f.body()), f.label());
                if (after != null) {
                    x.setFound(true);
                    return after;
                }
            }
        } finally {
            while (x.slots.size() > mark) {
                x.slots.remove(x.slots.size() - 1);
            }
        }
        x.setFound(found);
        return PlExecutor.Signal.NORMAL;
    }

    static PlExecutor.Signal forQuery(PlExecutor x, PlStatement.ForQuery f) {
        List<Object[]> rows = new ArrayList<>();
        List<DataType> types;
        List<String> names;
        if (f.query() != null) {
            types = x.sql.run(f.query(), rows, Long.MAX_VALUE);
            names = PlSql.columnNames(f.query());
        } else {
            types = x.sql.runDynamic(f.dynamic(), f.using(), rows, Long.MAX_VALUE);
            names = x.sql.lastNames;
        }
        for (String target : f.targets()) {
            x.findTarget(target);
        }
        for (Object[] row : rows) {
            x.assignTargets(f.targets(), row, types, names);
            PlExecutor.Signal after = x.loopSignal(x.statements(f.body()), f.label());
            if (after != null) {
                x.setFound(true);
                return after;
            }
        }
        x.setFound(!rows.isEmpty());
        return PlExecutor.Signal.NORMAL;
    }

    static PlExecutor.Signal forEach(PlExecutor x, PlStatement.ForEach f) {
        Object value = x.sql.evaluate(f.array(), null);
        DataType type = x.sql.lastType;
        if (value == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "FOREACH expression must not be null");
        }
        if (!(type.type() instanceof ArrayType at) || !(value instanceof ArrayValue array)) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "FOREACH expression must yield an array, not type "
                    + type.baseName());
        }
        if (f.slice() != 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "FOREACH ... SLICE is not supported yet");
        }
        DataType element = DataType.of(at.element());
        for (Object e : array.elements()) {
            x.assignTargets(f.targets(), new Object[] {e}, List.of(element), List.of("unnest"));
            PlExecutor.Signal after = x.loopSignal(x.statements(f.body()), f.label());
            if (after != null) {
                return after;
            }
        }
        return PlExecutor.Signal.NORMAL;
    }

    static void sqlStatement(PlExecutor x, PlStatement.Sql s) {
        if (s.into().isEmpty()) {
            List<Object[]> none = new ArrayList<>();
            x.sql.run(s.statement(), none, 0);
            if (!s.verb().equals("select") || true) {
                x.setFound(x.rowCount > 0);
            }
            return;
        }
        for (String target : s.into()) {
            x.findTarget(target);
        }
        List<Object[]> rows = new ArrayList<>();
        List<DataType> types = x.sql.run(s.statement(), rows, s.strict() ? 2 : 1);
        into(x, s.into(), s.strict(), rows, types, PlSql.columnNames(s.statement()), s.statement().text());
        x.setFound(!rows.isEmpty());
    }

    private static void into(PlExecutor x, List<String> targets, boolean strict, List<Object[]> rows,
            List<DataType> types, List<String> names, String text) {
        if (strict) {
            if (rows.isEmpty()) {
                throw new PgException(SqlState.NO_DATA_FOUND, "query returned no rows");
            }
            if (rows.size() > 1 || x.rowCount > 1) {
                throw new PgException(SqlState.TOO_MANY_ROWS, "query returned more than one row")
                        .withHint("Make sure the query returns a single row, or use LIMIT 1.");
            }
        }
        if (x.rowCount > 1 && !strict) {
            x.rowCount = 1;
        }
        x.assignTargets(targets, rows.isEmpty() ? null : rows.get(0), types, names);
    }

    static void execute(PlExecutor x, PlStatement.Execute e) {
        List<Object[]> rows = new ArrayList<>();
        long max = e.into().isEmpty() ? 0 : e.strict() ? 2 : 1;
        List<DataType> types = x.sql.runDynamic(e.command(), e.using(), rows, max);
        if (!e.into().isEmpty()) {
            if (e.strict() && types.isEmpty() && rows.isEmpty()) {
                throw new PgException(SqlState.NO_DATA_FOUND, "query returned no rows");
            }
            into(x, e.into(), e.strict(), rows, types, x.sql.lastNames, "");
        }
    }
}
