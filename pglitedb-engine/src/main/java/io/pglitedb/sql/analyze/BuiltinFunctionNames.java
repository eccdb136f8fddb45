package io.pglitedb.sql.analyze;

import io.pglitedb.functions.Functions;
import io.pglitedb.functions.TableFunctions;

/**
 * The names of the built-in functions a call can reach: those of the function registry
 * ({@link Functions}, {@link TableFunctions}) and those the analyzer binds itself (sequence,
 * privilege, session and catalog functions, window functions, SQL's current_user and the like).
 * pg_proc lists PostgreSQL's functions of these names, so what a client finds there it can call.
 */
public final class BuiltinFunctionNames {
    private BuiltinFunctionNames() {
    }

    public static boolean callable(String name) {
        return Functions.exists(name) || Functions.isAggregate(name) || TableFunctions.exists(name)
                || SequenceFunctions.handles(name) || AdminFunctions.handles(name) || SessionFunctions.handles(name)
                || PrivilegeFunctions.handles(name) || EnumFunctionCalls.handles(name)
                || CatalogFunctionCalls.handles(name) || WindowBinder.WINDOW_FUNCTIONS.contains(name)
                || ExpressionAnalyzer.SQL_VALUE_FUNCTIONS.contains(name);
    }
}
