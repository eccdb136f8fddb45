package io.pglitedb.plpgsql;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.SessionServices;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.RecordType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One activation of a PL/pgSQL function (pl_exec.c): its variables, the statements' execution and
 * the function's result. Loop control and RETURN travel as {@link Signal}s, never as exceptions;
 * errors are {@link PgException}s, which an EXCEPTION clause catches after rolling back its
 * subtransaction. Each error gets one CONTEXT line for this function, naming the innermost
 * statement that failed.
 */
final class PlExecutor {
    enum Signal { NORMAL, EXIT, CONTINUE, RETURN }

    /** A name in scope: a variable, maybe under an alias name. */
    record Slot(String name, String qualifier, Variable variable) {
    }

    final PlFunction function;
    final ExecContext exec;
    final AnalyzerContext base;
    final List<Slot> slots = new ArrayList<>();
    final PlSql sql;
    private final List<Object[]> results = new ArrayList<>();
    private Object returnValue;
    private DataType returnValueType;
    private boolean returned;
    private String signalLabel;
    /** GET DIAGNOSTICS ROW_COUNT: rows of the last SQL statement. */
    long rowCount;
    /** The error an EXCEPTION handler is handling (bare RAISE, GET STACKED DIAGNOSTICS). */
    private PgException handling;
    private final Set<PgException> contexted = Collections.newSetFromMap(new IdentityHashMap<>());
    private int foundSlot = -1;

    PlExecutor(PlFunction function, ExecContext exec, AnalyzerContext base) {
        this.function = function;
        this.exec = exec;
        SessionServices services = session(exec);
        AnalyzerContext current = services == null ? null : services.analyzerContext();
        this.base = current != null ? current : base;
        this.sql = new PlSql(this);
    }

    static SessionServices session(ExecContext exec) {
        try {
            return exec.session();
        } catch (PgException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- entry

    List<Object[]> run(Object[] args, TriggerData trigger) {
        String fn = functionName();
        for (int i = 0; i < function.argumentTypes().size(); i++) {
            String name = i < function.argumentNames().size() ? function.argumentNames().get(i) : "";
            DataType type = function.argumentTypes().get(i);
            boolean record = type.type() instanceof RecordType;
            Variable v = new Variable(name.isEmpty() ? "$" + (i + 1) : name, fn, type, record, false, false);
            v.value = i < args.length ? args[i] : null;
            slots.add(new Slot(v.name, fn, v));
        }
        for (int i = 0; i < function.outNames().size(); i++) {
            String name = function.outNames().get(i);
            if (find(null, name) >= 0) {
                continue; // INOUT: already an argument
            }
            DataType type = function.outTypes().get(i);
            slots.add(new Slot(name, fn, new Variable(name, fn, type, false, false, false)));
        }
        Variable found = new Variable("found", fn, DataType.of(Types.BOOL), false, false, false);
        found.value = false;
        foundSlot = slots.size();
        slots.add(new Slot("found", fn, found));
        if (trigger != null) {
            declareTriggerVariables(trigger, fn);
        }
        Signal signal;
        try {
            signal = block(function.body());
        } catch (StackOverflowError e) {
            throw io.pglitedb.types.JsonParser.stackDepthExceeded();
        }
        if (signal == Signal.EXIT || signal == Signal.CONTINUE) {
            throw contextLine(new PgException(SqlState.SYNTAX_ERROR, signal == Signal.CONTINUE
                    ? "CONTINUE cannot be used outside a loop" : "EXIT cannot be used outside a loop, unless it has a label"),
                    null);
        }
        if (trigger != null && function.trigger()) {
            if (!returned) {
                throw withFunctionContext(new PgException(SqlState.FUNCTION_EXECUTED_NO_RETURN,
                        "control reached end of trigger procedure without RETURN"), "");
            }
            Object[] row = null;
            if (returnValue != null) {
                row = (Object[]) returnValue;
                if (trigger.level().equals("ROW")) {
                    row = PlValues.convertRow(row, returnValueType, trigger.rowType());
                }
            }
            return Collections.singletonList(new Object[] {row});
        }
        if (function.returnsSet()) {
            return results;
        }
        boolean isVoid = function.returnType() == null || function.returnType().type() == Types.VOID;
        if (!returned && !isVoid && function.outNames().isEmpty()) {
            throw withFunctionContext(new PgException(SqlState.FUNCTION_EXECUTED_NO_RETURN,
                    "control reached end of function without RETURN"), "");
        }
        if (!function.outNames().isEmpty() && returnValue == null) {
            return Collections.singletonList(outRow());
        }
        if (isVoid) {
            return Collections.singletonList(new Object[] {null});
        }
        if (returnValue instanceof Object[] row && !function.outTypes().isEmpty()) {
            return Collections.singletonList(PlValues.convertRow(row, returnValueType,
                    new RecordType(function.outNames(), function.outTypes())));
        }
        return Collections.singletonList(new Object[] {returnValue});
    }

    private String functionName() {
        String s = function.signature();
        int paren = s.indexOf('(');
        return paren < 0 ? s : s.substring(0, paren);
    }

    private void declareTriggerVariables(TriggerData t, String fn) {
        Variable newRow = new Variable("new", fn, DataType.of(t.rowType()), true, false, false);
        newRow.value = t.newRow() == null ? null : t.newRow().clone();
        slots.add(new Slot("new", fn, newRow));
        Variable oldRow = new Variable("old", fn, DataType.of(t.rowType()), true, false, false);
        oldRow.value = t.oldRow() == null ? null : t.oldRow().clone();
        slots.add(new Slot("old", fn, oldRow));
        scalar(fn, "tg_name", Types.NAME, t.name());
        scalar(fn, "tg_when", Types.TEXT, t.when());
        scalar(fn, "tg_level", Types.TEXT, t.level());
        scalar(fn, "tg_op", Types.TEXT, t.operation());
        scalar(fn, "tg_relid", Types.OID, (long) t.tableOid());
        scalar(fn, "tg_relname", Types.NAME, t.tableName());
        scalar(fn, "tg_table_name", Types.NAME, t.tableName());
        scalar(fn, "tg_table_schema", Types.NAME, t.tableSchema());
        scalar(fn, "tg_nargs", Types.INT4, t.arguments().size());
        Variable argv = new Variable("tg_argv", fn, DataType.of(ArrayTypes.arrayOf(Types.TEXT)), false, false, false);
        argv.value = PlValues.textArray(t.arguments());
        slots.add(new Slot("tg_argv", fn, argv));
    }

    private void scalar(String fn, String name, io.pglitedb.types.PgType type, Object value) {
        Variable v = new Variable(name, fn, DataType.of(type), false, false, false);
        v.value = value;
        slots.add(new Slot(name, fn, v));
    }

    private Object[] outRow() {
        Object[] row = new Object[function.outNames().size()];
        for (int i = 0; i < row.length; i++) {
            int slot = find(null, function.outNames().get(i));
            row[i] = slot < 0 ? null : slots.get(slot).variable().value;
        }
        return row;
    }

    // ---------------------------------------------------------------- names

    /** The slot of {@code name} (qualified by a block label or the function name, or not), innermost first; -1. */
    int find(String qualifier, String name) {
        for (int i = slots.size() - 1; i >= 0; i--) {
            Slot s = slots.get(i);
            if (s.name().equals(name) && (qualifier == null || qualifier.equals(s.qualifier()))) {
                return i;
            }
        }
        return -1;
    }

    void setFound(boolean value) {
        slots.get(foundSlot).variable().value = value;
    }

    // ---------------------------------------------------------------- errors

    /** Adds this function's CONTEXT line for {@code statement} (once per error). */
    PgException contextLine(PgException e, PlStatement statement) {
        if (!contexted.add(e)) {
            return e;
        }
        String line = statement == null ? "PL/pgSQL function " + function.signature()
                : "PL/pgSQL function " + function.signature() + " line " + statement.line() + " at " + statement.kind();
        return e.withContext(e.context() == null ? line : e.context() + "\n" + line);
    }

    private PgException withFunctionContext(PgException e, String what) {
        contexted.add(e);
        String line = "PL/pgSQL function " + function.signature() + (what.isEmpty() ? "" : " " + what);
        return e.withContext(e.context() == null ? line : e.context() + "\n" + line);
    }

    // ---------------------------------------------------------------- blocks and statements

    Signal block(PlStatement.Block b) {
        int mark = slots.size();
        try {
            for (Declaration d : b.declarations()) {
                try {
                    declare(d, b.label());
                } catch (PgException e) {
                    if (contexted.add(e)) {
                        String line = "PL/pgSQL function " + function.signature() + " line " + d.line()
                                + " during statement block local variable initialization";
                        e.withContext(e.context() == null ? line : e.context() + "\n" + line);
                    }
                    throw e;
                }
            }
            Signal s = b.handlers().isEmpty() ? statements(b.body()) : protectedBody(b);
            if ((s == Signal.EXIT) && b.label() != null && b.label().equals(signalLabel)) {
                signalLabel = null;
                return Signal.NORMAL;
            }
            return s;
        } finally {
            while (slots.size() > mark) {
                slots.remove(slots.size() - 1);
            }
        }
    }

    private Signal protectedBody(PlStatement.Block b) {
        SessionServices services = session(exec);
        Object sub = services == null ? null : services.beginSubtransaction();
        try {
            Signal s = statements(b.body());
            if (services != null) {
                services.releaseSubtransaction(sub);
            }
            return s;
        } catch (PgException e) {
            PlStatement.Handler handler = Conditions.handlerFor(b.handlers(), e);
            if (handler == null) {
                if (services != null) {
                    services.rollbackSubtransaction(sub);
                }
                throw e;
            }
            if (services != null) {
                services.rollbackSubtransaction(sub);
            }
            PgException outer = handling;
            handling = e;
            int mark = slots.size();
            String fn = functionName();
            Variable state = new Variable("sqlstate", fn, DataType.of(Types.TEXT), false, false, false);
            state.value = e.code();
            slots.add(new Slot("sqlstate", fn, state));
            Variable message = new Variable("sqlerrm", fn, DataType.of(Types.TEXT), false, false, false);
            message.value = e.getMessage();
            slots.add(new Slot("sqlerrm", fn, message));
            try {
                return statements(handler.body());
            } finally {
                handling = outer;
                while (slots.size() > mark) {
                    slots.remove(slots.size() - 1);
                }
            }
        }
    }

    private void declare(Declaration d, String label) {
        if (d.aliasOf() != null) {
            int target;
            if (d.aliasOf().startsWith("$")) {
                target = Integer.parseInt(d.aliasOf().substring(1)) - 1;
                if (target < 0 || target >= function.argumentTypes().size()) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "variable \"" + d.aliasOf() + "\" does not exist");
                }
            } else {
                target = find(null, d.aliasOf());
                if (target < 0) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "variable \"" + d.aliasOf() + "\" does not exist");
                }
            }
            slots.add(new Slot(d.name(), label, slots.get(target).variable()));
            return;
        }
        PlTypes.Declared type = PlTypes.resolve(d.type(), this);
        Variable v = new Variable(d.name(), label, type.type(), type.record(), d.constant(), d.notNull());
        v.anyRecord = type.anyRecord();
        if (d.initial() != null) {
            Object value = sql.evaluate(d.initial(), null);
            assignValue(v, d.name(), value, sql.lastType);
        } else if (d.notNull()) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED,
                    "variable \"" + d.name() + "\" must have a default value, since it's declared NOT NULL");
        }
        slots.add(new Slot(d.name(), label, v));
    }

    Signal statements(List<PlStatement> list) {
        for (PlStatement s : list) {
            exec.checkCancelled();
            Signal signal;
            try {
                signal = statement(s);
            } catch (PgException e) {
                throw contextLine(e, s);
            }
            if (signal != Signal.NORMAL) {
                return signal;
            }
        }
        return Signal.NORMAL;
    }

    private Signal statement(PlStatement s) {
        switch (s) {
            case PlStatement.Block b -> {
                return block(b);
            }
            case PlStatement.Assign a -> {
                assign(a);
                return Signal.NORMAL;
            }
            case PlStatement.If i -> {
                for (int k = 0; k < i.conditions().size(); k++) {
                    if (sql.condition(i.conditions().get(k))) {
                        return statements(i.branches().get(k));
                    }
                }
                return statements(i.otherwise());
            }
            case PlStatement.Case c -> {
                return caseStatement(c);
            }
            case PlStatement.Loop l -> {
                while (true) {
                    Signal signal = statements(l.body());
                    Signal after = loopSignal(signal, l.label());
                    if (after != null) {
                        return after;
                    }
                }
            }
            case PlStatement.While w -> {
                while (sql.condition(w.condition())) {
                    Signal after = loopSignal(statements(w.body()), w.label());
                    if (after != null) {
                        return after;
                    }
                }
                return Signal.NORMAL;
            }
            case PlStatement.ForInteger f -> {
                return PlLoops.forInteger(this, f);
            }
            case PlStatement.ForQuery f -> {
                return PlLoops.forQuery(this, f);
            }
            case PlStatement.ForEach f -> {
                return PlLoops.forEach(this, f);
            }
            case PlStatement.Exit e -> {
                if (e.condition() != null && !sql.condition(e.condition())) {
                    return Signal.NORMAL;
                }
                signalLabel = e.label();
                return e.isContinue() ? Signal.CONTINUE : Signal.EXIT;
            }
            case PlStatement.Return r -> {
                returnStatement(r);
                return Signal.RETURN;
            }
            case PlStatement.ReturnNext r -> {
                returnNext(r);
                return Signal.NORMAL;
            }
            case PlStatement.ReturnQuery r -> {
                if (!function.returnsSet()) {
                    throw new PgException(SqlState.SYNTAX_ERROR,
                            "cannot use RETURN QUERY in a non-SETOF function");
                }
                List<Object[]> rows = new ArrayList<>();
                List<DataType> types = r.query() != null ? sql.run(r.query(), rows, Long.MAX_VALUE)
                        : sql.runDynamic(r.dynamic(), r.using(), rows, Long.MAX_VALUE);
                for (Object[] row : rows) {
                    results.add(resultRow(row, types));
                }
                setFound(!rows.isEmpty());
                return Signal.NORMAL;
            }
            case PlStatement.Raise r -> {
                PlRaise.raise(this, r, handling);
                return Signal.NORMAL;
            }
            case PlStatement.Assert a -> {
                Object ok = sql.evaluate(a.condition(), DataType.of(Types.BOOL));
                if (!Boolean.TRUE.equals(ok)) {
                    String message = "assertion failed";
                    if (a.message() != null) {
                        Object m = sql.evaluate(a.message(), DataType.of(Types.TEXT));
                        message = m == null ? message : (String) m;
                    }
                    throw new PgException(SqlState.ASSERT_FAILURE, message);
                }
                return Signal.NORMAL;
            }
            case PlStatement.Perform p -> {
                long n = sql.count(p.query());
                rowCount = n;
                setFound(n > 0);
                return Signal.NORMAL;
            }
            case PlStatement.Sql q -> {
                PlLoops.sqlStatement(this, q);
                return Signal.NORMAL;
            }
            case PlStatement.Execute e -> {
                PlLoops.execute(this, e);
                return Signal.NORMAL;
            }
            case PlStatement.GetDiagnostics g -> {
                diagnostics(g);
                return Signal.NORMAL;
            }
            case PlStatement.Null n -> {
                return Signal.NORMAL;
            }
            case PlStatement.Unsupported u -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    u.what() + " is not supported in PL/pgSQL functions yet");
        }
    }

    /** What a loop does after its body gave {@code signal}: null to go on, else what the loop returns. */
    Signal loopSignal(Signal signal, String label) {
        switch (signal) {
            case NORMAL -> {
                return null;
            }
            case RETURN -> {
                return Signal.RETURN;
            }
            case EXIT -> {
                if (signalLabel == null || signalLabel.equals(label)) {
                    signalLabel = null;
                    return Signal.NORMAL;
                }
                return Signal.EXIT;
            }
            default -> {
                if (signalLabel == null || signalLabel.equals(label)) {
                    signalLabel = null;
                    return null;
                }
                return Signal.CONTINUE;
            }
        }
    }

    private Signal caseStatement(PlStatement.Case c) {
        Object selector = null;
        DataType selectorType = null;
        if (c.selector() != null) {
            selector = sql.evaluate(c.selector(), null);
            selectorType = sql.lastType;
        }
        for (int k = 0; k < c.whens().size(); k++) {
            boolean hit;
            if (c.selector() == null) {
                hit = sql.condition(c.whens().get(k));
            } else {
                hit = sql.matchesAny(c.whens().get(k), selector, selectorType);
            }
            if (hit) {
                return statements(c.branches().get(k));
            }
        }
        if (c.otherwise() == null) {
            throw new PgException(SqlState.CASE_NOT_FOUND, "case not found")
                    .withHint("CASE statement is missing ELSE part.");
        }
        return statements(c.otherwise());
    }

    private void assign(PlStatement.Assign a) {
        int slot = a.target().startsWith("$") ? Integer.parseInt(a.target().substring(1)) - 1
                : find(null, a.target());
        if (a.field() != null && slot < 0) {
            // label.variable := ...
            slot = find(a.target(), a.field());
            if (slot >= 0) {
                Variable v = slots.get(slot).variable();
                checkAssignable(v, a.field());
                Object value = sql.evaluate(a.value(), null);
                assignValue(v, a.field(), value, sql.lastType);
                return;
            }
        }
        if (slot < 0) {
            throw new PgException(SqlState.SYNTAX_ERROR, "\"" + a.target() + "\" is not a known variable");
        }
        Variable v = slots.get(slot).variable();
        checkAssignable(v, a.target());
        if (a.field() != null) {
            if (!v.record) {
                throw new PgException(SqlState.SYNTAX_ERROR, "\"" + a.target() + "." + a.field()
                        + "\" is not a known variable");
            }
            RecordType rt = v.recordType();
            if (rt == null || v.value == null && v.type == null) {
                throw notAssigned(a.target());
            }
            int field = rt.fieldIndex(a.field());
            if (field < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "record \"" + a.target() + "\" has no field \""
                        + a.field() + "\"");
            }
            DataType target = rt.fieldTypes().get(field);
            Object value = sql.evaluate(a.value(), target);
            Object[] row = v.value == null ? new Object[rt.fieldNames().size()] : (Object[]) v.value;
            row[field] = value;
            v.value = row;
            return;
        }
        if (a.subscript() != null) {
            PlValues.assignElement(this, v, a.subscript(), a.value());
            return;
        }
        Object value = sql.evaluate(a.value(), v.record ? null : v.type);
        assignValue(v, a.target(), value, v.record ? sql.lastType : v.type);
    }

    private static void checkAssignable(Variable v, String name) {
        if (v.constant) {
            throw new PgException(SqlState.SYNTAX_ERROR, "variable \"" + name + "\" is declared CONSTANT");
        }
    }

    static PgException notAssigned(String name) {
        return new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "record \"" + name + "\" is not assigned yet")
                .withDetail("The tuple structure of a not-yet-assigned record is indeterminate.");
    }

    /** Stores a value of type {@code from} into a variable (converting to its type). */
    void assignValue(Variable v, String name, Object value, DataType from) {
        if (v.record) {
            if (value == null) {
                v.value = null;
                return;
            }
            if (!(value instanceof Object[] row)) {
                throw new PgException(SqlState.DATATYPE_MISMATCH,
                        "cannot assign non-composite value to a record variable");
            }
            if (v.type == null || !(v.type.type() instanceof RecordType) || v.declaredRecord()) {
                v.type = from;
                v.value = row.clone();
            } else {
                v.value = PlValues.convertRow(row, from, v.recordType());
            }
            return;
        }
        Object converted = PlValues.cast(value, from, v.type);
        if (converted == null && v.notNull) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED,
                    "null value cannot be assigned to variable \"" + name + "\" declared NOT NULL");
        }
        v.value = converted;
    }

    private void returnStatement(PlStatement.Return r) {
        returned = true;
        if (r.value() == null) {
            if (!function.returnsSet() && !function.trigger() && function.outNames().isEmpty()
                    && function.returnType() != null && function.returnType().type() != Types.VOID) {
                // RETURN; in a function returning a value: NULL
                returnValue = null;
            }
            return;
        }
        if (function.returnsSet()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "RETURN cannot have a parameter in function returning set")
                    .withHint("Use RETURN NEXT or RETURN QUERY.");
        }
        if (function.trigger() || !function.outTypes().isEmpty()
                || function.returnType() != null && function.returnType().type() instanceof RecordType) {
            returnValue = sql.evaluate(r.value(), null);
            returnValueType = sql.lastType;
            if (returnValue != null && !(returnValue instanceof Object[])) {
                throw new PgException(SqlState.DATATYPE_MISMATCH,
                        "cannot return non-composite value from function returning composite type");
            }
            return;
        }
        DataType type = function.returnType();
        returnValue = sql.evaluate(r.value(), type == null || type.type() == Types.VOID ? null : type);
        returnValueType = type;
    }

    private void returnNext(PlStatement.ReturnNext r) {
        if (!function.returnsSet()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "cannot use RETURN NEXT in a non-SETOF function");
        }
        if (r.value() == null) {
            results.add(outRow());
            return;
        }
        if (!function.outTypes().isEmpty()) {
            Object v = sql.evaluate(r.value(), null);
            DataType t = sql.lastType;
            if (v instanceof Object[] row) {
                results.add(PlValues.convertRow(row, t, new RecordType(function.outNames(), function.outTypes())));
            } else if (function.outTypes().size() == 1) {
                results.add(new Object[] {PlValues.cast(v, t, function.outTypes().get(0))});
            } else {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "wrong record type supplied in RETURN NEXT");
            }
            return;
        }
        results.add(new Object[] {sql.evaluate(r.value(), function.returnType())});
    }

    private Object[] resultRow(Object[] row, List<DataType> types) {
        if (function.outTypes().isEmpty()) {
            return new Object[] {PlValues.cast(row[0], types.get(0), function.returnType())};
        }
        if (row.length != function.outTypes().size()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "structure of query does not match function result type")
                    .withDetail("Number of returned columns (" + row.length + ") does not match expected column count ("
                            + function.outTypes().size() + ").");
        }
        Object[] out = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = PlValues.cast(row[i], types.get(i), function.outTypes().get(i));
        }
        return out;
    }

    private void diagnostics(PlStatement.GetDiagnostics g) {
        for (int i = 0; i < g.targets().size(); i++) {
            String item = g.items().get(i);
            Object value;
            DataType type = DataType.of(Types.TEXT);
            if (g.stacked()) {
                if (handling == null) {
                    throw new PgException(SqlState.STACKED_DIAGNOSTICS_ACCESSED_WITHOUT_ACTIVE_HANDLER,
                            "GET STACKED DIAGNOSTICS cannot be used outside an exception handler");
                }
                value = switch (item) {
                    case "returned_sqlstate" -> handling.code();
                    case "message_text" -> handling.getMessage();
                    case "pg_exception_detail" -> handling.detail();
                    case "pg_exception_hint" -> handling.hint();
                    case "pg_exception_context" -> handling.context();
                    case "column_name" -> handling.columnName();
                    case "constraint_name" -> handling.constraintName();
                    case "table_name" -> handling.tableName();
                    case "schema_name" -> handling.schemaName();
                    case "pg_datatype_name" -> "";
                    default -> throw new PgException(SqlState.SYNTAX_ERROR,
                            "unrecognized GET DIAGNOSTICS item \"" + item + "\"");
                };
                if (value == null) {
                    value = "";
                }
            } else {
                switch (item) {
                    case "row_count" -> {
                        value = rowCount;
                        type = DataType.of(Types.INT8);
                    }
                    case "pg_context" -> value = "PL/pgSQL function " + function.signature() + " line "
                            + "? at GET DIAGNOSTICS";
                    case "pg_routine_oid" -> {
                        value = (long) function.oid();
                        type = DataType.of(Types.OID);
                    }
                    default -> throw new PgException(SqlState.SYNTAX_ERROR,
                            "unrecognized GET DIAGNOSTICS item \"" + item + "\"");
                }
            }
            int slot = find(null, g.targets().get(i));
            if (slot < 0) {
                throw new PgException(SqlState.SYNTAX_ERROR, "\"" + g.targets().get(i) + "\" is not a known variable");
            }
            Variable v = slots.get(slot).variable();
            assignValue(v, g.targets().get(i), value, type);
        }
    }

    /** Assigns one result row to INTO / FOR targets (a record, or scalars by position). */
    void assignTargets(List<String> targets, Object[] row, List<DataType> types, List<String> names) {
        if (targets.size() == 1) {
            int slot = findTarget(targets.get(0));
            Variable v = slots.get(slot).variable();
            if (v.record && !targets.get(0).contains(".")) {
                if (row == null) {
                    if (v.declaredRecord() && v.type == null) {
                        v.type = DataType.of(new RecordType(names, types));
                    }
                    v.value = null;
                    return;
                }
                if (v.declaredRecord()) {
                    v.type = DataType.of(new RecordType(names, types));
                    v.value = row.clone();
                } else {
                    v.value = PlValues.convertRow(row, DataType.of(new RecordType(names, types)), v.recordType());
                }
                return;
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            Object value = row == null || i >= row.length ? null : row[i];
            DataType type = i < types.size() ? types.get(i) : DataType.of(Types.UNKNOWN);
            int dot = target.indexOf('.');
            if (dot > 0 && find(null, target) < 0) {
                String rec = target.substring(0, dot);
                String field = target.substring(dot + 1);
                int slot = find(null, rec);
                if (slot < 0) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "\"" + target + "\" is not a known variable");
                }
                Variable v = slots.get(slot).variable();
                RecordType rt = v.recordType();
                if (rt == null) {
                    throw notAssigned(rec);
                }
                int f = rt.fieldIndex(field);
                if (f < 0) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "record \"" + rec + "\" has no field \"" + field
                            + "\"");
                }
                Object[] values = v.value == null ? new Object[rt.fieldNames().size()] : (Object[]) v.value;
                values[f] = PlValues.cast(value, type, rt.fieldTypes().get(f));
                v.value = values;
                continue;
            }
            Variable v = slots.get(findTarget(target)).variable();
            assignValue(v, target, value, type);
        }
    }

    int findTarget(String target) {
        int slot = find(null, target);
        if (slot < 0) {
            int dot = target.indexOf('.');
            if (dot > 0) {
                slot = find(target.substring(0, dot), target.substring(dot + 1));
            }
        }
        if (slot < 0) {
            int dot = target.indexOf('.');
            if (dot > 0 && find(null, target.substring(0, dot)) >= 0) {
                return find(null, target.substring(0, dot));
            }
            throw new PgException(SqlState.SYNTAX_ERROR, "\"" + target + "\" is not a known variable");
        }
        return slot;
    }

    /** Values of the variables as text, for messages. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static Object[] copy(Object[] row) {
        return Arrays.copyOf(row, row.length);
    }

    static ArrayValue unused() {
        return null;
    }
}
