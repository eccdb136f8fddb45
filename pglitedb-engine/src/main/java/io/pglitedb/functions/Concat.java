package io.pglitedb.functions;

import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * concat(VARIADIC "any") and concat_ws(text, VARIADIC "any"): not strict; null arguments are
 * skipped; every other argument is printed with its type's output function (true gives 't').
 */
final class Concat {
    private Concat() {
    }

    private record Resolved(String name, List<DataType> argumentTypes, PgType[] types, int[] typmods, boolean ws)
            implements ScalarFunction {
        @Override
        public DataType resultType() {
            return DataType.of(Types.TEXT);
        }

        @Override
        public boolean strict() {
            return false;
        }

        @Override
        public Object apply(Object[] args) {
            StringBuilder out = new StringBuilder();
            String separator = null;
            int first = 0;
            if (ws) {
                if (args[0] == null) {
                    return null;
                }
                separator = (String) args[0];
                first = 1;
            }
            boolean any = false;
            for (int i = first; i < args.length; i++) {
                Object v = args[i];
                if (v == null) {
                    continue;
                }
                if (any && separator != null) {
                    out.append(separator);
                }
                out.append(types[i].toText(v, typmods[i]));
                any = true;
            }
            return out.toString();
        }
    }

    static ScalarFunction resolve(String name, List<DataType> argumentTypes) {
        boolean ws = name.equals("concat_ws");
        if (argumentTypes.isEmpty()) {
            throw Functions.doesNotExist(name, argumentTypes);
        }
        List<DataType> coerced = new ArrayList<>(argumentTypes.size());
        PgType[] types = new PgType[argumentTypes.size()];
        int[] typmods = new int[argumentTypes.size()];
        for (int i = 0; i < argumentTypes.size(); i++) {
            DataType t = argumentTypes.get(i);
            if (t.type() == Types.UNKNOWN || (ws && i == 0)) {
                t = DataType.of(Types.TEXT);
            }
            coerced.add(t);
            types[i] = t.type();
            typmods[i] = t.typmod();
        }
        if (ws) {
            PgType first = argumentTypes.get(0).type();
            if (!io.pglitedb.types.Casts.isImplicitlyCoercible(first, Types.TEXT)) {
                throw Functions.doesNotExist(name, argumentTypes);
            }
        }
        return new Resolved(name, List.copyOf(coerced), types, typmods, ws);
    }
}
