package io.pglitedb.types;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The casts between built-in types with PostgreSQL's contexts and semantics: rounding of
 * numeric/float to integer (half away from zero for numeric, rint for float), 22003 on overflow,
 * varchar(n) truncation errors (22001, except explicit casts which truncate), char(n) padding,
 * text input from UNKNOWN literals via {@link PgType#fromText}.
 *
 * <p>The table below is pg_cast of PostgreSQL 15 restricted to our types. Beyond it, as in
 * PostgreSQL, every type converts to a string type through its output function (assignment
 * context) and from a string type through its input function (explicit only).
 */
public final class Casts {
    private Casts() {
    }

    private record Entry(CastContext context, UnaryOperator<Object> function) {
    }

    private static final Map<Long, Entry> TABLE = new HashMap<>();

    private static final UnaryOperator<Object> SAME = v -> v;

    static void add(PgType from, PgType to, CastContext context, UnaryOperator<Object> function) {
        TABLE.put(key(from, to), new Entry(context, function));
    }

    private static long key(PgType from, PgType to) {
        return ((long) from.oid() << 32) | (to.oid() & 0xFFFFFFFFL);
    }

    static {
        io.pglitedb.types.geo.GeometricOperators.registerCasts(Casts::add);
        CastContext i = CastContext.IMPLICIT;
        CastContext a = CastContext.ASSIGNMENT;
        CastContext e = CastContext.EXPLICIT;
        PgType bool = Types.BOOL;
        PgType int2 = Types.INT2;
        PgType int4 = Types.INT4;
        PgType int8 = Types.INT8;
        PgType float4 = Types.FLOAT4;
        PgType float8 = Types.FLOAT8;
        PgType numeric = Types.NUMERIC;
        PgType text = Types.TEXT;
        PgType varchar = Types.VARCHAR;
        PgType bpchar = Types.BPCHAR;
        PgType name = Types.NAME;
        PgType oid = Types.OID;

        UnaryOperator<Object> boolText = v -> (Boolean) v ? "true" : "false";
        // "char" and the OID alias types (binary-coercible with oid, as in pg_cast)
        PgType chr = Types.CHAR;
        add(chr, text, i, v -> v);
        add(chr, bpchar, a, v -> v);
        add(chr, varchar, a, v -> v);
        add(text, chr, a, v -> ((String) v).isEmpty() ? "" : ((String) v).substring(0, 1));
        add(bpchar, chr, a, v -> ((String) v).isEmpty() ? "" : ((String) v).substring(0, 1));
        add(varchar, chr, a, v -> ((String) v).isEmpty() ? "" : ((String) v).substring(0, 1));
        add(chr, int4, e, v -> ((String) v).isEmpty() ? 0 : (int) (byte) ((String) v).charAt(0));
        for (PgType reg : new PgType[] {Types.REGPROC, Types.REGPROCEDURE, Types.REGOPER, Types.REGOPERATOR,
            Types.REGCLASS, Types.REGTYPE,
            Types.REGNAMESPACE, Types.REGROLE}) {
            add(oid, reg, i, SAME);
            add(reg, oid, i, SAME);
            add(int8, reg, i, v -> OidType.fromLong((Long) v));
            add(int4, reg, i, v -> ((long) (Integer) v) & 0xFFFFFFFFL);
            add(int2, reg, i, v -> ((long) (short) (Short) v) & 0xFFFFFFFFL);
            add(reg, int8, a, SAME);
            add(reg, int4, a, v -> (int) (long) (Long) v);
        }
        add(Types.REGPROC, Types.REGPROCEDURE, i, SAME);
        add(Types.REGPROCEDURE, Types.REGPROC, i, SAME);
        add(Types.REGOPER, Types.REGOPERATOR, i, SAME);
        add(Types.REGOPERATOR, Types.REGOPER, i, SAME);

        add(bool, int4, e, v -> (Boolean) v ? 1 : 0);
        add(bool, text, a, boolText);
        add(bool, bpchar, a, boolText);
        add(bool, varchar, a, boolText);

        add(name, text, i, SAME);
        add(name, bpchar, a, SAME);
        add(name, varchar, a, SAME);

        add(int8, int2, a, v -> Int2Type.checked((Long) v));
        add(int8, int4, a, v -> Int4Type.checked((Long) v));
        add(int8, oid, i, v -> OidType.fromLong((Long) v));
        add(int8, float4, i, v -> (float) (long) (Long) v);
        add(int8, float8, i, v -> (double) (long) (Long) v);
        add(int8, numeric, i, v -> BigDecimal.valueOf((Long) v));

        add(int2, int8, i, v -> (long) (short) (Short) v);
        add(int2, int4, i, v -> (int) (short) (Short) v);
        add(int2, oid, i, v -> ((long) (short) (Short) v) & 0xFFFFFFFFL);
        add(int2, float4, i, v -> (float) (short) (Short) v);
        add(int2, float8, i, v -> (double) (short) (Short) v);
        add(int2, numeric, i, v -> BigDecimal.valueOf((Short) v));

        add(int4, bool, e, v -> (Integer) v != 0);
        add(int4, int8, i, v -> (long) (int) (Integer) v);
        add(int4, int2, a, v -> Int2Type.checked((Integer) v));
        add(int4, oid, i, v -> ((long) (int) (Integer) v) & 0xFFFFFFFFL);
        add(int4, float4, i, v -> (float) (int) (Integer) v);
        add(int4, float8, i, v -> (double) (int) (Integer) v);
        add(int4, numeric, i, v -> BigDecimal.valueOf((Integer) v));

        add(text, name, i, v -> NameType.truncateToName((String) v));
        add(text, bpchar, i, SAME);
        add(text, varchar, i, SAME);

        add(oid, int8, a, SAME);
        add(oid, int4, a, v -> (int) (long) (Long) v);

        add(float4, int8, a, v -> Float8Type.toLong((Float) v, Long.MIN_VALUE, Long.MAX_VALUE, Int8Type.outOfRange()));
        add(float4, int2, a, v -> (short) Float8Type.toLong((Float) v, Short.MIN_VALUE, Short.MAX_VALUE,
                Int2Type.outOfRange()));
        add(float4, int4, a, v -> (int) Float8Type.toLong((Float) v, Integer.MIN_VALUE, Integer.MAX_VALUE,
                Int4Type.outOfRange()));
        add(float4, float8, i, v -> (double) (float) (Float) v);
        add(float4, numeric, a, v -> NumericType.fromDouble((Float) v, 6));

        add(float8, int8, a, v -> Float8Type.toLong((Double) v, Long.MIN_VALUE, Long.MAX_VALUE, Int8Type.outOfRange()));
        add(float8, int2, a, v -> (short) Float8Type.toLong((Double) v, Short.MIN_VALUE, Short.MAX_VALUE,
                Int2Type.outOfRange()));
        add(float8, int4, a, v -> (int) Float8Type.toLong((Double) v, Integer.MIN_VALUE, Integer.MAX_VALUE,
                Int4Type.outOfRange()));
        add(float8, float4, a, v -> Float4Type.fromDouble((Double) v));
        add(float8, numeric, a, v -> NumericType.fromDouble((Double) v, 15));

        UnaryOperator<Object> rtrim = v -> BpcharType.stripTrailingSpaces((String) v);
        add(bpchar, name, i, v -> NameType.truncateToName(BpcharType.stripTrailingSpaces((String) v)));
        add(bpchar, text, i, rtrim);
        add(bpchar, varchar, i, rtrim);

        add(varchar, name, i, v -> NameType.truncateToName((String) v));
        add(varchar, text, i, SAME);
        add(varchar, bpchar, i, SAME);

        add(numeric, int8, a, v -> NumericType.toLong(v, Long.MIN_VALUE, Long.MAX_VALUE, "bigint",
                Int8Type.outOfRange()));
        add(numeric, int2, a, v -> (short) NumericType.toLong(v, Short.MIN_VALUE, Short.MAX_VALUE, "smallint",
                Int2Type.outOfRange()));
        add(numeric, int4, a, v -> (int) NumericType.toLong(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "integer",
                Int4Type.outOfRange()));
        add(numeric, float4, i, v -> NumericType.toFloat(v));
        add(numeric, float8, i, v -> NumericType.toDouble(v));

        // date/time, in the session TimeZone (see DateTimeText.sessionZone)
        PgType date = Types.DATE;
        PgType timestamp = Types.TIMESTAMP;
        PgType timestamptz = Types.TIMESTAMPTZ;
        add(date, timestamp, i, v -> TimestampType.timestampFromDate((Integer) v));
        add(date, timestamptz, i, v -> TimestampType.timestamptzFromDate((Integer) v));
        add(timestamp, date, a, v -> TimestampType.dateFromTimestamp((Long) v));
        add(timestamp, timestamptz, i, v -> TimestampType.timestamptzFromTimestamp((Long) v));
        add(timestamptz, date, a, v -> TimestampType.dateFromTimestamptz((Long) v));
        add(timestamptz, timestamp, a, v -> TimestampType.timestampFromTimestamptz((Long) v));

        // interval, time, timetz
        PgType interval = Types.INTERVAL;
        PgType time = Types.TIME;
        PgType timetz = Types.TIMETZ;
        add(interval, time, a, v -> TimeType.fromInterval((IntervalValue) v));
        add(time, interval, i, v -> new IntervalValue(0, 0, (Long) v));
        add(time, timetz, i, v -> TimeType.withSessionZone((Long) v));
        add(timetz, time, a, v -> ((TimeTzValue) v).micros());
        add(timestamp, time, a, v -> TimeType.ofTimestamp((Long) v));
        add(timestamptz, time, a, v -> TimeType.ofTimestamp(TimestampType.timestampFromTimestamptz((Long) v)));
        add(timestamptz, timetz, a, v -> {
            long utc = (Long) v;
            int offset = DateTimeText.offsetAtInstant(DateTimeText.sessionZone(), utc);
            return new TimeTzValue(TimeType.ofTimestamp(utc + offset * 1_000_000L), -offset);
        });
        JsonbType.registerCasts();
        BitType.registerCasts();
    }

    /** pg_cast.castcontext for a cast between two different types, or null when pg_cast has none. */
    public static CastContext contextOf(PgType from, PgType to) {
        Entry e = TABLE.get(key(from, to));
        return e == null ? null : e.context;
    }

    /** can_coerce_type in an implicit context, as operator and function resolution use it. */
    public static boolean isImplicitlyCoercible(PgType from, PgType to) {
        if (from == to || from == Types.UNKNOWN) {
            return true;
        }
        if (to instanceof PseudoType p) {
            if (p == PseudoType.ANY) {
                return true; // "any" accepts every type, pseudo-types included
            }
            if (from instanceof PseudoType) {
                return false;
            }
            if (p == PseudoType.ANYARRAY || p == PseudoType.ANYCOMPATIBLEARRAY) {
                return from instanceof ArrayType;
            }
            if (p.isRange()) {
                return from instanceof io.pglitedb.types.range.RangeType;
            }
            if (p.isMultirange()) {
                return from instanceof io.pglitedb.types.range.MultirangeType;
            }
            if (p == PseudoType.ANYNONARRAY || p == PseudoType.ANYCOMPATIBLENONARRAY) {
                return !(from instanceof ArrayType);
            }
            return p == PseudoType.ANY || p == PseudoType.ANYELEMENT || p == PseudoType.ANYCOMPATIBLE;
        }
        if (from instanceof ArrayType fa && to instanceof ArrayType ta && !(to instanceof VectorType)) {
            return isImplicitlyCoercible(fa.element(), ta.element());
        }
        return contextOf(from, to) == CastContext.IMPLICIT;
    }

    private record ResolvedCast(DataType target, UnaryOperator<Object> function) implements Cast {
        @Override
        public Object apply(Object value) {
            return function.apply(value);
        }
    }

    /** @return the cast, or null when none exists in that context */
    public static Cast find(DataType from, DataType to, CastContext context) {
        PgType f = from.type();
        PgType t = to.type();
        boolean explicit = context == CastContext.EXPLICIT;
        UnaryOperator<Object> typmod = typmodCoercion(to, explicit);
        if (f == t) {
            if (to.typmod() < 0 || to.typmod() == from.typmod()) {
                return new ResolvedCast(to, SAME);
            }
            return new ResolvedCast(to, typmod == null ? SAME : typmod);
        }
        UnaryOperator<Object> base;
        if (f == Types.UNKNOWN) {
            base = v -> t.fromText((String) v, -1);
        } else if (f instanceof io.pglitedb.types.range.RangeType range && t == range.multirange() && explicit) {
            // the multirange constructor of one range (pg_cast's castmethod 'f', explicit)
            io.pglitedb.types.range.MultirangeType m = range.multirange();
            base = v -> m.canonical(List.of((io.pglitedb.types.range.Range) v));
        } else if (f instanceof ArrayType fa && t instanceof ArrayType ta && !(t instanceof VectorType)) {
            // array_coerce: the element cast in the same context, element by element
            Cast element = find(new DataType(fa.element(), from.typmod()), new DataType(ta.element(), -1), context);
            if (element == null) {
                return null;
            }
            base = v -> mapElements((ArrayValue) v, element);
        } else {
            Entry e = TABLE.get(key(f, t));
            if (e != null && t == Types.BIT && (f == Types.INT4 || f == Types.INT8) && explicit) {
                // bitfromint4/8 take the low n bits of the integer: the length is part of the cast
                int n = to.typmod() < 0 ? 1 : to.typmod();
                return new ResolvedCast(to, v -> BitType.fromLong(((Number) v).longValue(), n));
            }
            if (e != null) {
                if (e.context.compareTo(context) > 0) {
                    return null;
                }
                base = e.function;
            } else if (t.category() == TypeCategory.STRING && context != CastContext.IMPLICIT
                    && !(f instanceof PseudoType)) {
                int fromTypmod = from.typmod();
                base = v -> t.fromText(f.toText(v, fromTypmod), -1);
            } else if (f.category() == TypeCategory.STRING && explicit && !(t instanceof PseudoType)) {
                base = v -> t.fromText((String) v, -1);
            } else {
                return null;
            }
        }
        if (typmod == null) {
            return new ResolvedCast(to, base);
        }
        UnaryOperator<Object> first = base;
        return new ResolvedCast(to, v -> typmod.apply(first.apply(v)));
    }

    private static ArrayValue mapElements(ArrayValue a, Cast element) {
        Object[] out = a.elements();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != null) {
                out[i] = element.apply(out[i]);
            }
        }
        return a.withElements(out);
    }

    private static ArrayValue mapElements(ArrayValue a, UnaryOperator<Object> element) {
        Object[] out = a.elements();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != null) {
                out[i] = element.apply(out[i]);
            }
        }
        return a.withElements(out);
    }

    /** The length / precision coercion of a target type with a typmod, or null if none applies. */
    private static UnaryOperator<Object> typmodCoercion(DataType to, boolean explicit) {
        int typmod = to.typmod();
        PgType t = to.type();
        if (t instanceof ArrayType a && !(t instanceof VectorType)) {
            UnaryOperator<Object> element = typmodCoercion(new DataType(a.element(), typmod), explicit);
            return element == null ? null : v -> mapElements((ArrayValue) v, element);
        }
        if (t == Types.TIMESTAMP || t == Types.TIMESTAMPTZ) {
            return typmod < 0 || typmod >= 6 ? null : v -> TimestampType.round((Long) v, typmod);
        }
        if (t == Types.TIME) {
            return typmod < 0 || typmod >= 6 ? null : v -> TimeType.round((Long) v, typmod);
        }
        if (t == Types.TIMETZ) {
            return typmod < 0 || typmod >= 6 ? null
                    : v -> new TimeTzValue(TimeType.round(((TimeTzValue) v).micros(), typmod), ((TimeTzValue) v).zone());
        }
        if (t == Types.INTERVAL) {
            return typmod < 0 ? null : v -> IntervalType.applyTypmod((IntervalValue) v, typmod);
        }
        if (t instanceof BitType bitType) {
            return typmod < 0 ? null : v -> bitType.coerce((BitType.Bits) v, typmod, explicit);
        }
        if (typmod < 4) {
            return null;
        }
        if (t == Types.VARCHAR) {
            return v -> VarcharType.coerceLength((String) v, typmod, explicit);
        }
        if (t == Types.BPCHAR) {
            return v -> BpcharType.coerceLength((String) v, typmod, explicit);
        }
        if (t == Types.NUMERIC) {
            return v -> NumericType.applyTypmod(v, typmod);
        }
        return null;
    }
}
