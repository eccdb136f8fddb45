package io.pglitedb.plpgsql;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.DmlExecutor;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.Executor;
import io.pglitedb.exec.LockingQuery;
import io.pglitedb.exec.MergeExecutor;
import io.pglitedb.exec.RowIterator;
import io.pglitedb.exec.SessionServices;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.sql.analyze.ParameterTypes;
import io.pglitedb.sql.analyze.RoutineStatements;
import io.pglitedb.sql.parser.Parser;
import io.pglitedb.sql.plan.DeletePlan;
import io.pglitedb.sql.plan.InsertPlan;
import io.pglitedb.sql.plan.LockingQueryPlan;
import io.pglitedb.sql.plan.MergePlan;
import io.pglitedb.sql.plan.OneRow;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.QueryPlan;
import io.pglitedb.sql.plan.StatementPlan;
import io.pglitedb.sql.plan.UpdatePlan;
import io.pglitedb.sql.plan.UtilityPlan;
import io.pglitedb.types.DataType;
import io.pglitedb.types.RecordType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans and runs the expressions and SQL statements of one activation. Variables become
 * parameters: the function's arguments are $1..$n (so {@code $1} works), every other variable or
 * record field a statement names gets the next number, resolved by the analyser through
 * {@link ParameterTypes.NameResolver} when a name is not a column. A plan is kept in its
 * {@link PlQuery} while the catalog version and the variables' types stay the same.
 */
final class PlSql {
    private static final Object[] NO_ROW = new Object[0];

    private final PlExecutor executor;
    /** The type of the last value {@link #evaluate} returned. */
    DataType lastType;

    PlSql(PlExecutor executor) {
        this.executor = executor;
    }

    // ---------------------------------------------------------------- planning

    private PlCompiled compile(PlQuery q) {
        PlCompiled c = q.compiled;
        long version = executor.base.catalog().catalog().version();
        boolean changes = executor.base.catalog().hasChanges();
        if (c != null && c.cacheable() && !changes && c.catalogVersion() == version && typesMatch(c)) {
            return c;
        }
        int arguments = executor.function.argumentTypes().size();
        ParameterTypes parameters = new ParameterTypes(null);
        List<Integer> variables = new ArrayList<>();
        List<Integer> fields = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < arguments; i++) {
            DataType t = executor.slots.get(i).variable().type;
            parameters.resolve(i + 1, t);
            variables.add(i);
            fields.add(-1);
            types.add(t);
        }
        parameters.setResolver((qualifier, name, params) -> {
            int slot;
            int field = -1;
            if (qualifier == null) {
                slot = executor.find(null, name);
            } else {
                slot = executor.find(qualifier, name);
                if (slot < 0) {
                    int record = executor.find(null, qualifier);
                    if (record < 0 || !executor.slots.get(record).variable().record) {
                        return 0;
                    }
                    Variable v = executor.slots.get(record).variable();
                    RecordType rt = v.recordType();
                    if (rt == null) {
                        throw PlExecutor.notAssigned(qualifier);
                    }
                    field = rt.fieldIndex(name);
                    if (field < 0) {
                        throw new PgException(SqlState.UNDEFINED_COLUMN, "record \"" + qualifier
                                + "\" has no field \"" + name + "\"");
                    }
                    slot = record;
                }
            }
            if (slot < 0) {
                return 0;
            }
            for (int k = 0; k < variables.size(); k++) {
                if (variables.get(k) == slot && fields.get(k) == field) {
                    return k + 1;
                }
            }
            Variable v = executor.slots.get(slot).variable();
            DataType t = field >= 0 ? v.recordType().fieldTypes().get(field) : v.type;
            if (t == null) {
                throw PlExecutor.notAssigned(name);
            }
            int index = params.count() + 1;
            params.resolve(index, t);
            variables.add(slot);
            fields.add(field);
            types.add(t);
            return index;
        });
        List<Parser.ParsedStatement> parsed = Parser.parse(q.sql());
        if (parsed.size() != 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, q.expression() ? "query \"" + q.sql()
                    + "\" returned " + parsed.size() + " columns" : "cannot insert multiple commands into a prepared statement");
        }
        StatementPlan plan = RoutineStatements.plan(parsed.get(0).statement(), executor.base, parameters);
        BoundExpr simple = null;
        List<ResultColumn> columns = null;
        if (plan instanceof QueryPlan query) {
            columns = query.columns();
            if (query.root() instanceof Project p && p.input() instanceof OneRow && p.expressions().length == 1) {
                simple = p.expressions()[0];
            }
        } else if (plan instanceof InsertPlan i) {
            columns = i.returningColumns();
        } else if (plan instanceof UpdatePlan u) {
            columns = u.returningColumns();
        } else if (plan instanceof DeletePlan d) {
            columns = d.returningColumns();
        } else if (plan instanceof LockingQueryPlan l) {
            columns = l.query().columns();
        }
        int[] vars = variables.stream().mapToInt(Integer::intValue).toArray();
        int[] fs = fields.stream().mapToInt(Integer::intValue).toArray();
        c = new PlCompiled(version, !changes, types.toArray(new DataType[0]), vars, fs, plan, simple, columns);
        q.compiled = c;
        return c;
    }

    private boolean typesMatch(PlCompiled c) {
        for (int k = 0; k < c.variables().length; k++) {
            Variable v = executor.slots.size() > c.variables()[k] ? executor.slots.get(c.variables()[k]).variable()
                    : null;
            if (v == null) {
                return false;
            }
            DataType t;
            if (c.fields()[k] >= 0) {
                RecordType rt = v.recordType();
                if (rt == null || rt.fieldTypes().size() <= c.fields()[k]) {
                    return false;
                }
                t = rt.fieldTypes().get(c.fields()[k]);
            } else {
                t = v.type;
            }
            if (t == null || !sameType(t, c.parameterTypes()[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameType(DataType a, DataType b) {
        if (a.type() instanceof RecordType ra && b.type() instanceof RecordType rb) {
            return ra.fieldTypes().equals(rb.fieldTypes()) && ra.fieldNames().equals(rb.fieldNames());
        }
        return a.type() == b.type();
    }

    private Object[] parameters(PlCompiled c) {
        Object[] values = new Object[c.variables().length];
        for (int k = 0; k < values.length; k++) {
            Variable v = executor.slots.get(c.variables()[k]).variable();
            if (c.fields()[k] >= 0) {
                values[k] = v.value == null ? null : ((Object[]) v.value)[c.fields()[k]];
            } else {
                values[k] = v.value;
            }
        }
        return values;
    }

    /** Moves a parse/analysis error's position into the statement's text (PostgreSQL's QUERY:). */
    private static PgException planError(PgException e, PlQuery q) {
        if (e.internalQuery() != null) {
            return e;
        }
        if (e.position() > 0) {
            int position = (q.expression() ? e.position() - 7 : e.position()) + q.displayOffset();
            e.withPosition(Math.max(position, 1));
            e.withInternalQuery(q.display());
            return e;
        }
        return e.withContext(e.context() == null ? q.contextLine() : e.context() + "\n" + q.contextLine());
    }

    /** A run-time error of a statement: CONTEXT names it (simple expressions are not named). */
    private static PgException runError(PgException e, PlQuery q) {
        if (e.position() > 0 && e.internalQuery() == null) {
            return planError(e, q);
        }
        String line = q.contextLine();
        return e.withContext(e.context() == null ? line : e.context() + "\n" + line);
    }

    // ---------------------------------------------------------------- expressions

    /**
     * The value of an expression (one column, at most one row), converted to {@code target}
     * unless null; {@link #lastType} is its type.
     */
    Object evaluate(PlQuery q, DataType target) {
        Object direct = directVariable(q);
        Object value;
        DataType type;
        if (direct != null) {
            Variable v = (Variable) direct;
            value = v.value;
            type = v.type;
            if (v.record && v.type == null) {
                throw PlExecutor.notAssigned(q.text().trim());
            }
        } else {
            PlCompiled c;
            try {
                c = compile(q);
            } catch (PgException e) {
                throw planError(e, q);
            }
            if (c.columns() == null || c.columns().size() != 1) {
                int n = c.columns() == null ? 0 : c.columns().size();
                throw new PgException(SqlState.SYNTAX_ERROR, "query \"" + q.sql() + "\" returned " + n + " column"
                        + (n == 1 ? "" : "s"));
            }
            ExecContext child = executor.exec.child(parameters(c));
            type = c.columns().get(0).type();
            if (c.simple() != null) {
                value = c.simple().eval(NO_ROW, child.params());
            } else {
                List<Object[]> rows = new ArrayList<>(2);
                try {
                    runPlan(c.plan(), child, rows, 2);
                } catch (PgException e) {
                    throw runError(e, q);
                }
                if (rows.size() > 1) {
                    throw new PgException(SqlState.CARDINALITY_VIOLATION, "query \"" + q.sql()
                            + "\" returned more than one row");
                }
                value = rows.isEmpty() ? null : rows.get(0)[0];
            }
        }
        if (target != null) {
            value = PlValues.cast(value, type, target);
            type = target;
        }
        lastType = type;
        return value;
    }

    /** The variable a bare name (or {@code $n}) names, else null. */
    private Object directVariable(PlQuery q) {
        if (!q.expression()) {
            return null;
        }
        String t = q.text().trim();
        if (t.isEmpty()) {
            return null;
        }
        if (t.charAt(0) == '$') {
            try {
                int n = Integer.parseInt(t.substring(1));
                return n >= 1 && n <= executor.function.argumentTypes().size() ? executor.slots.get(n - 1).variable()
                        : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (!(Character.isLetterOrDigit(ch) || ch == '_') || i == 0 && Character.isDigit(ch)) {
                return null;
            }
        }
        String name = PlExecutor.lower(t);
        if (name.equals("null") || name.equals("true") || name.equals("false")) {
            return null;
        }
        int slot = executor.find(null, name);
        return slot < 0 ? null : executor.slots.get(slot).variable();
    }

    /** An IF / WHILE / EXIT WHEN condition: NULL counts as false. */
    boolean condition(PlQuery q) {
        return Boolean.TRUE.equals(evaluate(q, DataType.of(Types.BOOL)));
    }

    /** CASE selector WHEN a, b: whether the selector equals one of the values. */
    boolean matchesAny(PlQuery whenList, Object selector, DataType selectorType) {
        // planned as "selector_value IN (list)", the selector a parameter of its own type
        PlQuery probe = whenList.compiledProbe;
        if (probe == null) {
            probe = new PlQuery("\"__case_selector\" IN (" + whenList.text() + ")", true);
            whenList.compiledProbe = probe;
        }
        String fn = "";
        Variable v = new Variable("__case_selector", null, selectorType == null ? DataType.of(Types.TEXT)
                : selectorType, false, false, false);
        v.value = selector;
        executor.slots.add(new PlExecutor.Slot("__case_selector", fn, v));
        try {
            return condition(probe);
        } finally {
            executor.slots.remove(executor.slots.size() - 1);
        }
    }

    // ---------------------------------------------------------------- statements

    /**
     * Runs a statement, collecting up to {@code maxRows} of its rows (or RETURNING rows) into
     * {@code rows}; returns the column types.
     */
    List<DataType> run(PlQuery q, List<Object[]> rows, long maxRows) {
        PlCompiled c;
        try {
            c = compile(q);
        } catch (PgException e) {
            throw planError(e, q);
        }
        ExecContext child = executor.exec.child(parameters(c));
        try {
            executor.rowCount = runPlan(c.plan(), child, rows, maxRows);
        } catch (PgException e) {
            throw runError(e, q);
        }
        return columnTypes(c.columns());
    }

    /** The column names of a statement's last plan (after {@link #run}). */
    static List<String> columnNames(PlQuery q) {
        List<String> names = new ArrayList<>();
        if (q.compiled != null && q.compiled.columns() != null) {
            for (ResultColumn c : q.compiled.columns()) {
                names.add(c.name());
            }
        }
        return names;
    }

    /** PERFORM: the number of rows. */
    long count(PlQuery q) {
        List<Object[]> none = new ArrayList<>();
        PlCompiled c;
        try {
            c = compile(q);
        } catch (PgException e) {
            throw planError(e, q);
        }
        ExecContext child = executor.exec.child(parameters(c));
        try {
            return runPlan(c.plan(), child, none, 0);
        } catch (PgException e) {
            throw runError(e, q);
        }
    }

    /** EXECUTE: the string planned now, with USING values as $1...; returns the column types. */
    List<DataType> runDynamic(PlQuery command, List<PlQuery> using, List<Object[]> rows, long maxRows) {
        Object text = evaluate(command, DataType.of(Types.TEXT));
        if (text == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "query string argument of EXECUTE is null");
        }
        Object[] values = new Object[using.size()];
        ParameterTypes parameters = new ParameterTypes(null);
        for (int i = 0; i < using.size(); i++) {
            values[i] = evaluate(using.get(i), null);
            DataType t = lastType;
            parameters.resolve(i + 1, t.type() == Types.UNKNOWN ? DataType.of(Types.TEXT) : t);
            if (t.type() == Types.UNKNOWN && values[i] != null) {
                values[i] = values[i].toString();
            }
        }
        String sqlText = (String) text;
        List<Parser.ParsedStatement> parsed;
        StatementPlan plan;
        try {
            parsed = Parser.parse(sqlText);
            if (parsed.isEmpty()) {
                executor.rowCount = 0;
                return List.of();
            }
            if (parsed.size() > 1) {
                throw new PgException(SqlState.SYNTAX_ERROR, "cannot insert multiple commands into a prepared statement");
            }
            plan = RoutineStatements.plan(parsed.get(0).statement(), executor.base, parameters);
        } catch (PgException e) {
            throw planError(e, new PlQuery(sqlText, false));
        }
        ExecContext child = executor.exec.child(values);
        try {
            executor.rowCount = runPlan(plan, child, rows, maxRows);
        } catch (PgException e) {
            throw runError(e, new PlQuery(sqlText, false));
        }
        lastNames = new ArrayList<>();
        List<ResultColumn> columns = switch (plan) {
            case QueryPlan qp -> qp.columns();
            case InsertPlan i -> i.returningColumns();
            case UpdatePlan u -> u.returningColumns();
            case DeletePlan d -> d.returningColumns();
            case LockingQueryPlan l -> l.query().columns();
            default -> null;
        };
        if (columns != null) {
            for (ResultColumn c : columns) {
                lastNames.add(c.name());
            }
        }
        return columnTypes(columns);
    }

    /** Column names of the last dynamic statement. */
    List<String> lastNames = List.of();

    private static List<DataType> columnTypes(List<ResultColumn> columns) {
        List<DataType> types = new ArrayList<>();
        if (columns != null) {
            for (ResultColumn c : columns) {
                types.add(c.type());
            }
        }
        return types;
    }

    /** Runs a plan; up to {@code maxRows} rows go to {@code rows}; returns the rows processed. */
    static long runPlan(StatementPlan plan, ExecContext context, List<Object[]> rows, long maxRows) {
        long[] count = new long[1];
        io.pglitedb.exec.RowConsumer sink = row -> {
            if (rows.size() < maxRows) {
                rows.add(row.clone());
            }
        };
        switch (plan) {
            case QueryPlan query -> {
                try (RowIterator it = Executor.open(query.root(), context)) {
                    Object[] row;
                    while ((row = it.next()) != null) {
                        context.checkCancelled();
                        count[0]++;
                        if (rows.size() < maxRows) {
                            rows.add(row.clone());
                        } else if (maxRows > 0 && maxRows < 3) {
                            break; // INTO needs the first row (STRICT: and whether a second exists)
                        }
                    }
                }
                return count[0];
            }
            case LockingQueryPlan locking -> {
                try (RowIterator it = LockingQuery.open(locking, context)) {
                    Object[] row;
                    while ((row = it.next()) != null) {
                        count[0]++;
                        if (rows.size() < maxRows) {
                            rows.add(row.clone());
                        }
                    }
                }
                return count[0];
            }
            case InsertPlan insert -> {
                return DmlExecutor.insert(insert, context, sink);
            }
            case UpdatePlan update -> {
                return DmlExecutor.update(update, context, sink);
            }
            case DeletePlan delete -> {
                return DmlExecutor.delete(delete, context, sink);
            }
            case MergePlan merge -> {
                return MergeExecutor.merge(merge, context);
            }
            case UtilityPlan utility -> {
                SessionServices services = PlExecutor.session(context);
                if (services == null) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "this statement cannot run here");
                }
                services.runUtility(utility.statement());
                return 0;
            }
        }
    }
}
