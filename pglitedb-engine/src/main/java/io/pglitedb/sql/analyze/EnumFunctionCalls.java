package io.pglitedb.sql.analyze;

import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.EnumType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.List;

/**
 * enum_first(anyenum), enum_last(anyenum), enum_range(anyenum) and enum_range(anyenum, anyenum):
 * the enum type comes from the arguments' types (their values may be NULL: {@code
 * enum_first(NULL::rainbow)}), an unknown literal takes the other argument's. Arguments of other
 * types give null, so the caller reports the missing function.
 */
final class EnumFunctionCalls {
    private EnumFunctionCalls() {
    }

    static boolean handles(String name) {
        return name.equals("enum_first") || name.equals("enum_last") || name.equals("enum_range");
    }

    static BoundExpr analyze(String name, List<BoundExpr> args, List<Integer> positions, ParameterTypes params) {
        int n = args.size();
        if (n < 1 || n > 2 || n == 2 && !name.equals("enum_range")) {
            return null;
        }
        EnumType type = null;
        for (BoundExpr a : args) {
            PgType t = a.type().type();
            if (t instanceof EnumType e) {
                if (type != null && type != e) {
                    return null;
                }
                type = e;
            } else if (t != Types.UNKNOWN) {
                return null;
            }
        }
        if (type == null) {
            return null; // all unknown: no enum_range(unknown, unknown), as in PostgreSQL
        }
        BoundExpr[] coerced = new BoundExpr[n];
        for (int i = 0; i < n; i++) {
            coerced[i] = Coercions.coerce(args.get(i), DataType.of(type), CastContext.IMPLICIT, params,
                    positions.get(i));
        }
        EnumType enumType = type;
        return switch (name) {
            case "enum_first" -> new Call(DataType.of(type), coerced, v -> enumType.first());
            case "enum_last" -> new Call(DataType.of(type), coerced, v -> enumType.last());
            default -> new Call(DataType.of(type.arrayType()), coerced,
                    v -> enumType.range(n == 2 ? (String) v[0] : null, n == 2 ? (String) v[1] : null));
        };
    }

    private interface Body {
        Object apply(Object[] values);
    }

    /** Not strict: a NULL argument is an open end (or, for a single argument, only carries the type). */
    private static final class Call extends BoundExpr {
        private final BoundExpr[] args;
        private final Body body;

        Call(DataType type, BoundExpr[] args, Body body) {
            super(type);
            this.args = args;
            this.body = body;
        }

        @Override
        public Object eval(Object[] row, Object[] params) {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(row, params);
            }
            return body.apply(values);
        }

        @Override
        public boolean addColumns(java.util.BitSet out) {
            return addAll(out, args);
        }
    }
}
