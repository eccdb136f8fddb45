package io.pglitedb.catalog;

import java.util.List;

/**
 * A user-defined aggregate's pg_aggregate row (its pg_proc row is a {@link RoutineDescriptor} of
 * kind 'a' with the same OID). Support functions are referenced by {@link SupportFunction}: the
 * OID pg_aggregate shows, the name regproc prints and the argument types they were resolved with
 * at CREATE AGGREGATE (a built-in is found again by name and those types).
 *
 * @param kind 'n' ordinary, 'o' ordered-set, 'h' hypothetical-set (pg_aggregate.aggkind)
 * @param finalModify 'r' read-only, 's' shareable, 'w' read-write
 * @param initialValue the INITCOND text (read by the state type's input function at each use), or null
 */
public record AggregateDescriptor(int oid, char kind, int directArguments, SupportFunction transition,
        SupportFunction finalFunction, SupportFunction combine, SupportFunction serial, SupportFunction deserial,
        SupportFunction movingTransition, SupportFunction movingInverse, SupportFunction movingFinal,
        boolean finalExtra, boolean movingFinalExtra, char finalModify, char movingFinalModify, int transitionType,
        int transitionSpace, int movingTransitionType, int movingTransitionSpace, String initialValue,
        String movingInitialValue) {

    /** A support function: a user routine (its OID in the routine catalog) or a built-in of pg_catalog. */
    public record SupportFunction(long oid, String schema, String name, List<Integer> argumentTypes,
            boolean builtin) {
        public SupportFunction {
            argumentTypes = List.copyOf(argumentTypes);
        }
    }

    /** True when the aggregate can run in moving-aggregate mode (MSFUNC and MINVFUNC given). */
    public boolean hasMovingMode() {
        return movingTransition != null && movingInverse != null;
    }

    /** Every support function this aggregate names (for dependencies). */
    public List<SupportFunction> supportFunctions() {
        List<SupportFunction> out = new java.util.ArrayList<>();
        for (SupportFunction f : new SupportFunction[] {transition, finalFunction, combine, serial, deserial,
            movingTransition, movingInverse, movingFinal}) {
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }
}
