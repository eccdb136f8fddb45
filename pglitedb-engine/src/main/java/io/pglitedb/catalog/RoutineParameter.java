package io.pglitedb.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * One parameter of a routine as pg_proc's proallargtypes, proargmodes and proargnames list it,
 * in declaration order: IN, OUT, INOUT and VARIADIC parameters, then RETURNS TABLE's columns.
 *
 * @param mode 'i' IN, 'o' OUT, 'b' INOUT, 'v' VARIADIC, 't' a RETURNS TABLE column
 * @param name the name, "" when unnamed
 * @param type the type's OID
 */
public record RoutineParameter(char mode, String name, int type) {
    public RoutineParameter {
        if ("iobvt".indexOf(mode) < 0) {
            throw new IllegalArgumentException("mode " + mode);
        }
        name = name == null ? "" : name;
    }

    /** True for the parameters a call passes (IN, INOUT, VARIADIC). */
    public boolean isInput() {
        return mode == 'i' || mode == 'b' || mode == 'v';
    }

    /** The IN parameters of a routine that has only those (an aggregate, a routine stored before modes were kept). */
    public static List<RoutineParameter> inputs(List<Integer> types, List<String> names) {
        List<RoutineParameter> out = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            out.add(new RoutineParameter('i', i < names.size() ? names.get(i) : "", types.get(i)));
        }
        return out;
    }
}
