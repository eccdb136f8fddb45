package io.pglitedb.routines;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TriggerDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.SessionServices;
import io.pglitedb.exec.TriggerInvoker;
import io.pglitedb.plpgsql.PlFunction;
import io.pglitedb.plpgsql.TriggerData;
import io.pglitedb.sql.analyze.UserFunctions;
import io.pglitedb.types.DataType;
import io.pglitedb.types.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a session's trigger functions: the PL/pgSQL function of each trigger, parsed once per
 * session and function version (kept in {@link SessionServices#routineState()}), and WHEN
 * conditions, with NEW, OLD and the TG_ variables set from the event.
 */
public final class TriggerFunctions implements TriggerInvoker {
    private final SessionServices services;

    public TriggerFunctions(SessionServices services) {
        this.services = services;
    }

    private record FunctionKey(int oid, String body) {
    }

    private record ConditionKey(int trigger, String when) {
    }

    @Override
    public Object[] fire(TriggerDescriptor trigger, TableDescriptor table, String when, String level, String operation,
            Object[] newRow, Object[] oldRow, ExecContext context) {
        RoutineDescriptor r = context.catalog().routines().byOid(trigger.functionOid());
        if (r == null) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "cache lookup failed for function %d",
                    trigger.functionOid());
        }
        if (!r.language().equals("plpgsql")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "trigger functions in language %s are not supported yet", r.language());
        }
        Map<Object, Object> state = services.routineState();
        FunctionKey key = new FunctionKey(r.oid(), r.body());
        PlFunction function = (PlFunction) state.get(key);
        if (function == null) {
            function = UserFunctions.plpgsql(r, List.of(), null);
            state.put(key, function);
        }
        return function.fire(data(trigger, table, when, level, operation, newRow, oldRow), context,
                services.analyzerContext());
    }

    @Override
    public boolean when(TriggerDescriptor trigger, TableDescriptor table, String operation, Object[] newRow,
            Object[] oldRow, ExecContext context) {
        Map<Object, Object> state = services.routineState();
        ConditionKey key = new ConditionKey(trigger.oid(), trigger.when());
        PlFunction condition = (PlFunction) state.get(key);
        if (condition == null) {
            condition = PlFunction.condition(trigger.name(), trigger.when());
            state.put(key, condition);
        }
        String timing = trigger.before() ? "BEFORE" : "AFTER";
        return condition.test(data(trigger, table, timing, "ROW", operation, newRow, oldRow), context,
                services.analyzerContext());
    }

    private static TriggerData data(TriggerDescriptor trigger, TableDescriptor table, String when, String level,
            String operation, Object[] newRow, Object[] oldRow) {
        return new TriggerData(trigger.name(), when, level, operation, table.oid(), table.name(), table.schema(),
                rowType(table), newRow, oldRow, trigger.arguments());
    }

    static RecordType rowType(TableDescriptor table) {
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (ColumnDescriptor c : table.columns()) {
            names.add(c.name());
            types.add(c.type());
        }
        return new RecordType(names, types);
    }
}
