package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.SequenceOption;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The options of CREATE/ALTER SEQUENCE and of identity columns turned into a definition, with
 * PostgreSQL's defaults and checks (sequence.c's init_params). OWNED BY is resolved by the caller
 * (it needs the tables), as is RESTART (it changes the current value, not the definition).
 */
public final class SequenceDefinitions {
    private SequenceDefinitions() {
    }

    /** A new sequence's definition from its options (OWNED BY and SEQUENCE NAME ignored here). */
    public static SequenceDescriptor create(int oid, String schema, String name, List<SequenceOption> options) {
        return apply(null, oid, schema, name, options);
    }

    /** An existing sequence's definition changed by ALTER SEQUENCE options. */
    public static SequenceDescriptor alter(SequenceDescriptor old, List<SequenceOption> options) {
        return apply(old, old.oid(), old.schema(), old.name(), options);
    }

    private static SequenceDescriptor apply(SequenceDescriptor old, int oid, String schema, String name,
            List<SequenceOption> options) {
        Set<SequenceOption.Kind> seen = EnumSet.noneOf(SequenceOption.Kind.class);
        SequenceOption as = null;
        SequenceOption increment = null;
        SequenceOption min = null;
        SequenceOption max = null;
        SequenceOption start = null;
        SequenceOption restart = null;
        SequenceOption cache = null;
        Boolean cycle = null;
        for (SequenceOption o : options) {
            SequenceOption.Kind key = switch (o.kind()) {
                case NO_MINVALUE -> SequenceOption.Kind.MINVALUE;
                case NO_MAXVALUE -> SequenceOption.Kind.MAXVALUE;
                case NO_CYCLE -> SequenceOption.Kind.CYCLE;
                default -> o.kind();
            };
            if (!seen.add(key)) {
                throw new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options")
                        .withPosition(o.position() + 1);
            }
            switch (o.kind()) {
                case AS -> as = o;
                case INCREMENT -> increment = o;
                case MINVALUE, NO_MINVALUE -> min = o;
                case MAXVALUE, NO_MAXVALUE -> max = o;
                case START -> start = o;
                case RESTART -> restart = o;
                case CACHE -> cache = o;
                case CYCLE -> cycle = true;
                case NO_CYCLE -> cycle = false;
                default -> {
                }
            }
        }
        DataType type = old == null ? DataType.of(Types.INT8) : old.type();
        boolean resetMax = false;
        boolean resetMin = false;
        if (as != null) {
            DataType t = Types.resolve(as.type().name(), as.type().modifiers());
            if (t.type() != Types.INT2 && t.type() != Types.INT4 && t.type() != Types.INT8) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "sequence type must be smallint, integer, or bigint");
            }
            if (old != null) {
                // as PostgreSQL: bounds that were the old type's limits follow the new type
                resetMax = old.increment() > 0 ? old.maxValue() == typeMax(old.type().type())
                        : old.maxValue() == -1;
                resetMin = old.increment() > 0 ? old.minValue() == 1 : old.minValue() == typeMin(old.type().type());
            }
            type = DataType.of(t.type());
        }
        long inc = old == null ? 1 : old.increment();
        if (increment != null) {
            inc = increment.value();
            if (inc == 0) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "INCREMENT must not be zero");
            }
        }
        boolean cyc = cycle != null ? cycle : old != null && old.cycle();
        long maxValue;
        if (max != null && max.kind() == SequenceOption.Kind.MAXVALUE) {
            maxValue = max.value();
        } else if (max != null || old == null || resetMax) {
            maxValue = inc > 0 ? typeMax(type.type()) : -1;
        } else {
            maxValue = old.maxValue();
        }
        long minValue;
        if (min != null && min.kind() == SequenceOption.Kind.MINVALUE) {
            minValue = min.value();
        } else if (min != null || old == null || resetMin) {
            minValue = inc > 0 ? 1 : typeMin(type.type());
        } else {
            minValue = old.minValue();
        }
        String typeName = type.displayName();
        if (maxValue < typeMin(type.type()) || maxValue > typeMax(type.type())) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "MAXVALUE (%d) is out of range for sequence data type %s", maxValue, typeName);
        }
        if (minValue < typeMin(type.type()) || minValue > typeMax(type.type())) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "MINVALUE (%d) is out of range for sequence data type %s", minValue, typeName);
        }
        if (minValue >= maxValue) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "MINVALUE (%d) must be less than MAXVALUE (%d)",
                    minValue, maxValue);
        }
        long startValue;
        if (start != null) {
            startValue = start.value();
        } else if (old != null) {
            startValue = old.start();
        } else {
            startValue = inc > 0 ? minValue : maxValue;
        }
        if (startValue < minValue) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "START value (%d) cannot be less than MINVALUE (%d)",
                    startValue, minValue);
        }
        if (startValue > maxValue) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "START value (%d) cannot be greater than MAXVALUE (%d)", startValue, maxValue);
        }
        if (restart != null) {
            long r = restart.value() == null ? startValue : restart.value();
            if (r < minValue) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "RESTART value (%d) cannot be less than MINVALUE (%d)", r, minValue);
            }
            if (r > maxValue) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "RESTART value (%d) cannot be greater than MAXVALUE (%d)", r, maxValue);
            }
        }
        long cacheValue = old == null ? 1 : old.cache();
        if (cache != null) {
            cacheValue = cache.value();
            if (cacheValue <= 0) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "CACHE (%d) must be greater than zero",
                        cacheValue);
            }
        }
        int ownedTable = old == null ? 0 : old.ownedByTable();
        String ownedColumn = old == null ? null : old.ownedByColumn();
        return new SequenceDescriptor(oid, schema, name, type, startValue, inc, minValue, maxValue, cacheValue, cyc,
                ownedTable, ownedColumn);
    }

    /** The value RESTART [WITH n] sets, or null when the options have no RESTART. */
    public static Long restartValue(SequenceDescriptor definition, List<SequenceOption> options) {
        for (SequenceOption o : options) {
            if (o.kind() == SequenceOption.Kind.RESTART) {
                return o.value() == null ? definition.start() : o.value();
            }
        }
        return null;
    }

    public static long typeMax(PgType type) {
        return type == Types.INT2 ? Short.MAX_VALUE : type == Types.INT4 ? Integer.MAX_VALUE : Long.MAX_VALUE;
    }

    public static long typeMin(PgType type) {
        return type == Types.INT2 ? Short.MIN_VALUE : type == Types.INT4 ? Integer.MIN_VALUE : Long.MIN_VALUE;
    }
}
