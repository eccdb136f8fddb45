package io.pglitedb.plpgsql;

import io.pglitedb.error.PgException;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * A PL/pgSQL function (or DO block) parsed once: its body and what its activations need to set
 * up their variables. {@link #call} runs it; one instance belongs to one call site or one session
 * (its statements cache their plans).
 *
 * @param signature what CONTEXT lines name it by: {@code f(integer)}, or {@code inline_code_block}
 * @param argumentNames one per input argument ("" when unnamed)
 * @param outNames OUT / INOUT / RETURNS TABLE columns, which are variables too (empty when none)
 * @param returnType the declared result (void for procedures and DO); null for trigger functions
 */
public record PlFunction(int oid, String signature, PlStatement.Block body, List<String> argumentNames,
        List<DataType> argumentTypes, List<String> outNames, List<DataType> outTypes, DataType returnType,
        boolean returnsSet, boolean trigger) {
    static final String FUNCTION = "function";

    /**
     * Parses a body.
     *
     * @throws PgException 42601 on a syntax error
     */
    public static PlFunction compile(int oid, String signature, String source, List<String> argumentNames,
            List<DataType> argumentTypes, List<String> outNames, List<DataType> outTypes, DataType returnType,
            boolean returnsSet, boolean trigger) {
        PlStatement.Block body;
        try {
            body = PlParser.parse(source);
        } catch (PgException e) {
            if (e.context() == null) {
                e.withContext("compilation of PL/pgSQL function \"" + name(signature) + "\"");
            }
            throw e;
        }
        return new PlFunction(oid, signature, body, argumentNames, argumentTypes, outNames, outTypes, returnType,
                returnsSet, trigger);
    }

    /** Checks a body's syntax (CREATE FUNCTION, as PostgreSQL's validator). */
    public static void validate(String name, String source) {
        try {
            PlParser.parse(source);
        } catch (PgException e) {
            if (e.context() == null) {
                e.withContext("compilation of PL/pgSQL function \"" + name + "\"");
            }
            throw e;
        }
    }

    private static String name(String signature) {
        int paren = signature.indexOf('(');
        return paren < 0 ? signature : signature.substring(0, paren);
    }

    /**
     * Runs the function: its result rows (one row of one value for a scalar function; of the
     * OUT columns for OUT parameters; every RETURN NEXT / RETURN QUERY row for a set-returning one).
     */
    public List<Object[]> call(Object[] args, ExecContext context, AnalyzerContext base) {
        return new PlExecutor(this, context, base).run(args, null);
    }

    /**
     * A trigger's WHEN condition as a function over NEW and OLD returning boolean.
     *
     * @throws PgException 42601 when the condition does not parse
     */
    public static PlFunction condition(String trigger, String when) {
        return compile(0, trigger, "BEGIN RETURN (" + when + "); END", List.of(), List.of(), List.of(), List.of(),
                DataType.of(io.pglitedb.types.Types.BOOL), false, false);
    }

    /** Evaluates a {@link #condition} with the trigger's NEW and OLD. */
    public boolean test(TriggerData trigger, ExecContext context, AnalyzerContext base) {
        List<Object[]> rows = new PlExecutor(this, context, base).run(new Object[0], trigger);
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0)[0]);
    }

    /** Runs a trigger function: the row it returns (null: skip the operation). */
    public Object[] fire(TriggerData trigger, ExecContext context, AnalyzerContext base) {
        List<Object[]> rows = new PlExecutor(this, context, base).run(new Object[0], trigger);
        return rows.isEmpty() ? null : (Object[]) rows.get(0)[0];
    }
}
