package io.pglitedb.catalog;

import java.util.List;

/**
 * A user-defined function or procedure (a pg_proc row). Argument types are type OIDs of the input
 * arguments (IN, INOUT, VARIADIC), in order; {@code argumentNames} has one entry per input argument
 * ("" when unnamed); {@code defaults} the source text of the trailing arguments' defaults.
 * {@code outNames}/{@code outTypes} are the result columns of RETURNS TABLE or OUT parameters (empty
 * for a function returning one value). {@code body} is prosrc. {@code parameters} are all parameters
 * with their modes, in declaration order (pg_proc's proallargtypes, proargmodes, proargnames).
 *
 * @param kind 'f' function, 'p' procedure
 * @param volatility 'i', 's' or 'v'
 */
public record RoutineDescriptor(int oid, String schema, String name, char kind, List<Integer> argumentTypes,
        List<String> argumentNames, List<String> defaults, int returnType, boolean returnsSet,
        List<String> outNames, List<Integer> outTypes, String language, String body, char volatility,
        boolean strict, boolean securityDefiner, char parallel, float cost, float rows, int owner,
        String argumentsText, List<RoutineParameter> parameters) {
    public RoutineDescriptor {
        parameters = List.copyOf(parameters);
        argumentTypes = List.copyOf(argumentTypes);
        argumentNames = List.copyOf(argumentNames);
        defaults = List.copyOf(defaults);
        outNames = List.copyOf(outNames);
        outTypes = List.copyOf(outTypes);
    }

    /** A routine whose parameters are all IN: its argument types and names (an aggregate). */
    public RoutineDescriptor(int oid, String schema, String name, char kind, List<Integer> argumentTypes,
            List<String> argumentNames, List<String> defaults, int returnType, boolean returnsSet,
            List<String> outNames, List<Integer> outTypes, String language, String body, char volatility,
            boolean strict, boolean securityDefiner, char parallel, float cost, float rows, int owner,
            String argumentsText) {
        this(oid, schema, name, kind, argumentTypes, argumentNames, defaults, returnType, returnsSet, outNames,
                outTypes, language, body, volatility, strict, securityDefiner, parallel, cost, rows, owner,
                argumentsText, RoutineParameter.inputs(argumentTypes, argumentNames));
    }
}
