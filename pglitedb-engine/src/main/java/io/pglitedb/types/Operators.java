package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Operator resolution as PostgreSQL does it for the built-in types (doc chapter 10.2): exact
 * match first, then implicit casts within a category, unknown-typed literals taking the other
 * operand's type. Covers + - * / % ^ for numbers, = <> != < <= > >= for every type, || for text,
 * date +/- integer and date - date.
 *
 * <p>The catalog below is pg_operator of PostgreSQL 15 restricted to our types (plus the
 * integer bitwise operators). The arithmetic itself lives with each type (Int8Type.add,
 * Float8Type.divide, NumericType.power ...).
 */
public final class Operators {
    private Operators() {
    }

    @FunctionalInterface
    public interface Function2 {
        Object apply(Object left, Object right);
    }

    /**
     * Prepares an operator for a constant right operand (converted once instead of per row), or
     * returns null when this constant gains nothing. The result must equal {@code apply(x, right)}
     * for every non-null x, errors included.
     */
    @FunctionalInterface
    interface RightBinder {
        Operator.Bound bind(Object right);
    }

    private record Entry(String name, PgType left, PgType right, PgType result, Function2 function,
            RightBinder binder) {
    }

    /** @param binder null: a constant right operand is passed to {@code function} as it is */
    record Resolved(DataType leftType, DataType rightType, DataType resultType, Function2 function,
            RightBinder binder) implements Operator {
        Resolved(DataType leftType, DataType rightType, DataType resultType, Function2 function) {
            this(leftType, rightType, resultType, function, null);
        }

        @Override
        public Object apply(Object left, Object right) {
            return function.apply(left, right);
        }

        @Override
        public Bound bindRight(Object right) {
            Bound bound = null;
            if (binder != null) {
                try {
                    bound = binder.bind(right);
                } catch (RuntimeException e) {
                    // an unexpected constant: apply() reports it per row, as without binding
                }
            }
            return bound != null ? bound : Operator.super.bindRight(right);
        }
    }

    private static final Map<String, List<Entry>> BINARY = new HashMap<>();
    private static final Map<String, List<Entry>> PREFIX = new HashMap<>();

    static void binary(String name, PgType left, PgType right, PgType result, Function2 f) {
        binary(name, left, right, result, f, null);
    }

    static void binary(String name, PgType left, PgType right, PgType result, Function2 f, RightBinder binder) {
        BINARY.computeIfAbsent(name, k -> new ArrayList<>()).add(new Entry(name, left, right, result, f, binder));
    }

    static void prefix(String name, PgType operand, PgType result, Function2 f) {
        PREFIX.computeIfAbsent(name, k -> new ArrayList<>()).add(new Entry(name, null, operand, result, f, null));
    }

    private static long l(Object v) {
        return ((Number) v).longValue();
    }

    /** Boxes a 64-bit integer result as the result type, raising that type's out-of-range error. */
    private static Object integer(PgType result, long v) {
        if (result == Types.INT4) {
            return Int4Type.checked(v);
        }
        if (result == Types.INT2) {
            return Int2Type.checked(v);
        }
        return v;
    }

    static final Comparison[] COMPARISONS = Comparison.values();

    /**
     * {@code op} between two values of {@code type} by its {@link PgType#compare}, or null when
     * {@code op} is not one of = <> < <= > >= (enum and record comparisons, resolved per type).
     */
    static Operator comparison(String op, PgType type) {
        Comparison c = "!=".equals(op) ? null : Comparison.of(op);
        if (c == null) {
            return null;
        }
        DataType t = DataType.of(type);
        return new Resolved(t, t, DataType.of(Types.BOOL), (x, y) -> c.holds(type.compare(x, y)));
    }

    /** Registers = <> < <= > >= of a type with itself, by its {@link PgType#compare}. */
    static void comparisons(PgType t) {
        for (Comparison c : COMPARISONS) {
            binary(c.symbol(), t, t, Types.BOOL, (x, y) -> c.holds(t.compare(x, y)));
        }
    }

    static {
        PgType[] ints = {Types.INT2, Types.INT4, Types.INT8};
        for (PgType a : ints) {
            for (PgType b : ints) {
                PgType r = a == Types.INT8 || b == Types.INT8 ? Types.INT8
                        : (a == Types.INT4 || b == Types.INT4 ? Types.INT4 : Types.INT2);
                if (r == Types.INT8) {
                    binary("+", a, b, r, (x, y) -> Int8Type.add(l(x), l(y)));
                    binary("-", a, b, r, (x, y) -> Int8Type.subtract(l(x), l(y)));
                    binary("*", a, b, r, (x, y) -> Int8Type.multiply(l(x), l(y)));
                    binary("/", a, b, r, (x, y) -> Int8Type.divide(l(x), l(y)));
                } else {
                    binary("+", a, b, r, (x, y) -> integer(r, l(x) + l(y)));
                    binary("-", a, b, r, (x, y) -> integer(r, l(x) - l(y)));
                    binary("*", a, b, r, (x, y) -> integer(r, l(x) * l(y)));
                    binary("/", a, b, r, (x, y) -> {
                        long d = l(y);
                        if (d == 0) {
                            throw PgTypeSupport.divisionByZero();
                        }
                        return integer(r, l(x) / d);
                    });
                }
                for (Comparison c : COMPARISONS) {
                    binary(c.symbol(), a, b, Types.BOOL, (x, y) -> c.holds(Long.compare(l(x), l(y))), right -> {
                        long k = l(right);
                        return x -> c.holds(Long.compare(l(x), k));
                    });
                }
            }
            binary("%", a, a, a, (x, y) -> integer(a, Int8Type.modulo(l(x), l(y))));
            binary("&", a, a, a, (x, y) -> integer(a, l(x) & l(y)));
            binary("|", a, a, a, (x, y) -> integer(a, l(x) | l(y)));
            binary("#", a, a, a, (x, y) -> integer(a, l(x) ^ l(y)));
            int bits = a == Types.INT8 ? 64 : (a == Types.INT4 ? 32 : 16);
            binary("<<", a, Types.INT4, a, (x, y) -> shiftLeft(a, l(x), (Integer) y, bits));
            binary(">>", a, Types.INT4, a, (x, y) -> integer(a, l(x) >> (((Integer) y) & (bits == 64 ? 63 : 31))));
            prefix("-", a, a, (x, y) -> a == Types.INT8 ? Int8Type.negate(l(y)) : integer(a, -l(y)));
            prefix("+", a, a, (x, y) -> y);
            prefix("@", a, a, (x, y) -> a == Types.INT8 ? (l(y) < 0 ? Int8Type.negate(l(y)) : y)
                    : integer(a, Math.abs(l(y))));
            prefix("~", a, a, (x, y) -> integer(a, ~l(y)));
        }

        // float4 and float8
        PgType f4 = Types.FLOAT4;
        PgType f8 = Types.FLOAT8;
        binary("+", f4, f4, f4, (x, y) -> Float4Type.add((Float) x, (Float) y));
        binary("-", f4, f4, f4, (x, y) -> Float4Type.subtract((Float) x, (Float) y));
        binary("*", f4, f4, f4, (x, y) -> Float4Type.multiply((Float) x, (Float) y));
        binary("/", f4, f4, f4, (x, y) -> Float4Type.divide((Float) x, (Float) y));
        PgType[][] doublePairs = {{f4, f8}, {f8, f4}, {f8, f8}};
        for (PgType[] p : doublePairs) {
            binary("+", p[0], p[1], f8, (x, y) -> Float8Type.add(d(x), d(y)));
            binary("-", p[0], p[1], f8, (x, y) -> Float8Type.subtract(d(x), d(y)));
            binary("*", p[0], p[1], f8, (x, y) -> Float8Type.multiply(d(x), d(y)));
            binary("/", p[0], p[1], f8, (x, y) -> Float8Type.divide(d(x), d(y)));
        }
        PgType[][] floatPairs = {{f4, f4}, {f4, f8}, {f8, f4}, {f8, f8}};
        for (PgType[] p : floatPairs) {
            for (Comparison c : COMPARISONS) {
                binary(c.symbol(), p[0], p[1], Types.BOOL, (x, y) -> c.holds(Float8Type.compareDoubles(d(x), d(y))));
            }
        }
        binary("^", f8, f8, f8, (x, y) -> Float8Type.power((Double) x, (Double) y));
        prefix("-", f4, f4, (x, y) -> -(Float) y);
        prefix("-", f8, f8, (x, y) -> -(Double) y);
        prefix("+", f4, f4, (x, y) -> y);
        prefix("+", f8, f8, (x, y) -> y);
        prefix("@", f4, f4, (x, y) -> Math.abs((Float) y));
        prefix("@", f8, f8, (x, y) -> Math.abs((Double) y));
        prefix("|/", f8, f8, (x, y) -> {
            double v = (Double) y;
            if (v < 0) {
                throw new PgException(PgTypeSupport.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                        "cannot take square root of a negative number");
            }
            return Math.sqrt(v);
        });
        prefix("||/", f8, f8, (x, y) -> Math.cbrt((Double) y));

        // numeric
        PgType n = Types.NUMERIC;
        binary("+", n, n, n, NumericType::add);
        binary("-", n, n, n, NumericType::subtract);
        binary("*", n, n, n, NumericType::multiply);
        binary("/", n, n, n, NumericType::divide);
        binary("%", n, n, n, NumericType::modulo);
        binary("^", n, n, n, NumericType::power);
        prefix("-", n, n, (x, y) -> NumericType.negate(y));
        prefix("+", n, n, (x, y) -> y);
        prefix("@", n, n, (x, y) -> NumericType.abs(y));

        // comparisons of one type with itself
        PgType[] ordered = {Types.NUMERIC, Types.BOOL, Types.TEXT, Types.BPCHAR, Types.NAME, Types.OID, Types.CHAR};
        for (PgType t : ordered) {
            for (Comparison c : COMPARISONS) {
                binary(c.symbol(), t, t, Types.BOOL, (x, y) -> c.holds(t.compare(x, y)),
                        t == Types.BPCHAR ? right -> BpcharType.comparisonWith(c, (String) right)
                        : t == Types.NUMERIC ? right -> NumericType.comparisonWith(c, right)
                        : right -> x -> c.holds(t.compare(x, right)));
            }
        }
        for (Comparison c : COMPARISONS) {
            binary(c.symbol(), Types.NAME, Types.TEXT, Types.BOOL,
                    (x, y) -> c.holds(PgTypeSupport.compareCodePoints((String) x, (String) y)));
            binary(c.symbol(), Types.TEXT, Types.NAME, Types.BOOL,
                    (x, y) -> c.holds(PgTypeSupport.compareCodePoints((String) x, (String) y)));
        }

        // xid has only = and <> (xideq, xidneq), and xid = int4 (xideqint4)
        comparisons(Types.TID);
        binary("=", Types.XID, Types.XID, Types.BOOL, (x, y) -> x.equals(y));
        binary("<>", Types.XID, Types.XID, Types.BOOL, (x, y) -> !x.equals(y));
        binary("=", Types.CID, Types.CID, Types.BOOL, (x, y) -> x.equals(y));
        binary("=", Types.XID, Types.INT4, Types.BOOL, (x, y) -> (Long) x == (((Integer) y) & 0xFFFFFFFFL));
        binary("<>", Types.XID, Types.INT4, Types.BOOL, (x, y) -> (Long) x != (((Integer) y) & 0xFFFFFFFFL));

        ByteaType.registerOperators();
        UuidType.registerOperators();
        // POSIX regular expressions (textregexeq & co; name ~ text matches the name's text)
        for (PgType t : new PgType[] {Types.TEXT, Types.NAME, Types.BPCHAR}) {
            binary("~", t, Types.TEXT, Types.BOOL, (x, y) -> Regex.find((String) x, (String) y, false));
            binary("!~", t, Types.TEXT, Types.BOOL, (x, y) -> !Regex.find((String) x, (String) y, false));
            binary("~*", t, Types.TEXT, Types.BOOL, (x, y) -> Regex.find((String) x, (String) y, true));
            binary("!~*", t, Types.TEXT, Types.BOOL, (x, y) -> !Regex.find((String) x, (String) y, true));
        }
        JsonOperations.registerOperators();
        BitType.registerOperators();
        io.pglitedb.types.geo.GeometricOperators.registerOperators(Operators::binary);
        io.pglitedb.types.geo.GeometricOperators.registerPrefixOperators((name, left, right, result, f) ->
                prefix(name, right, result, f));

        // concatenation; the anynonarray sides are converted with their cast to text at resolution
        binary("||", Types.TEXT, Types.TEXT, Types.TEXT, (x, y) -> ((String) x).concat((String) y));
        binary("||", Types.TEXT, PseudoType.ANYNONARRAY, Types.TEXT, null);
        binary("||", PseudoType.ANYNONARRAY, Types.TEXT, Types.TEXT, null);

        // date/time: comparisons within and across date, timestamp and timestamptz (PostgreSQL has
        // all nine pairs in its datetime_ops family), date arithmetic in days
        PgType date = Types.DATE;
        PgType ts = Types.TIMESTAMP;
        PgType tz = Types.TIMESTAMPTZ;
        for (Comparison c : COMPARISONS) {
            String op = c.symbol();
            binary(op, date, date, Types.BOOL, (x, y) -> c.holds(Integer.compare((Integer) x, (Integer) y)), right -> {
                int k = (Integer) right;
                return x -> c.holds(Integer.compare((Integer) x, k));
            });
            binary(op, ts, ts, Types.BOOL, (x, y) -> c.holds(Long.compare((Long) x, (Long) y)),
                    right -> timestampWith(c, (Long) right));
            binary(op, tz, tz, Types.BOOL, (x, y) -> c.holds(Long.compare((Long) x, (Long) y)),
                    right -> timestampWith(c, (Long) right));
            binary(op, date, ts, Types.BOOL, (x, y) -> c.holds(
                    Long.compare(TimestampType.dateForComparison((Integer) x), (Long) y)),
                    right -> dateWithTimestamp(c, (Long) right));
            binary(op, ts, date, Types.BOOL, (x, y) -> c.holds(
                    Long.compare((Long) x, TimestampType.dateForComparison((Integer) y))),
                    right -> timestampWith(c, TimestampType.dateForComparison((Integer) right)));
            // the session's time zone may change between planning and execution: nothing to bind
            binary(op, date, tz, Types.BOOL, (x, y) -> c.holds(
                    Long.compare(TimestampType.dateForComparisonWithZone((Integer) x), (Long) y)));
            binary(op, tz, date, Types.BOOL, (x, y) -> c.holds(
                    Long.compare((Long) x, TimestampType.dateForComparisonWithZone((Integer) y))));
            binary(op, ts, tz, Types.BOOL, (x, y) -> c.holds(
                    Long.compare(TimestampType.timestampForComparisonWithZone((Long) x), (Long) y)));
            binary(op, tz, ts, Types.BOOL, (x, y) -> c.holds(
                    Long.compare((Long) x, TimestampType.timestampForComparisonWithZone((Long) y))));
        }
        binary("+", date, Types.INT4, date, (x, y) -> DateType.plusDays((Integer) x, (Integer) y));
        binary("+", Types.INT4, date, date, (x, y) -> DateType.plusDays((Integer) y, (Integer) x));
        binary("-", date, Types.INT4, date, (x, y) -> DateType.plusDays((Integer) x, -(long) (Integer) y));
        binary("-", date, date, Types.INT4, (x, y) -> DateType.difference((Integer) x, (Integer) y));
        DateTimeOperators.register();
        // date + interval / time / timetz, date - interval: not implemented, but they make
        // "date + unknown" ambiguous as on PostgreSQL
        binary("+", date, PseudoType.OTHER, PseudoType.OTHER, null);
        binary("+", PseudoType.OTHER, date, PseudoType.OTHER, null);

        // Signatures of types we do not implement (timestamp + interval, interval * float8, - interval):
        // they make "unknown + unknown" ambiguous exactly as on PostgreSQL.
        for (String op : new String[] {"+", "-", "*", "/"}) {
            binary(op, PseudoType.OTHER, PseudoType.OTHER, PseudoType.OTHER, null);
        }
        prefix("-", PseudoType.OTHER, PseudoType.OTHER, null);
    }

    /** A timestamp (or timestamptz) comparison with a constant of the same type. */
    private static Operator.Bound timestampWith(Comparison c, long constant) {
        return x -> c.holds(Long.compare((Long) x, constant));
    }

    /**
     * A date column against a timestamp constant at midnight well inside the timestamp range
     * ({@code l_shipdate < date '1994-01-01' + interval '1 year'}): comparing the dates is exact,
     * because every date maps to its midnight monotonically and this midnight is that of a date
     * (dates outside the timestamp range and infinities stay on their side). Null otherwise.
     */
    private static Operator.Bound dateWithTimestamp(Comparison c, long timestamp) {
        long day = DateTimeText.MICROS_PER_DAY;
        if (timestamp % day != 0 || timestamp / day <= DateTimeText.MIN_TIMESTAMP / day
                || timestamp / day >= DateTimeText.END_TIMESTAMP / day - 1) {
            return null;
        }
        int date = (int) (timestamp / day);
        return x -> c.holds(Integer.compare((Integer) x, date));
    }

    private static double d(Object v) {
        return ((Number) v).doubleValue();
    }

    private static Object shiftLeft(PgType type, long value, int shift, int bits) {
        if (type == Types.INT8) {
            return value << (shift & 63);
        }
        if (type == Types.INT4) {
            return ((int) value) << (shift & 31);
        }
        return (short) (((int) value) << (shift & 31));
    }

    private static PgType[] args(Entry e) {
        return e.left == null ? new PgType[] {e.right} : new PgType[] {e.left, e.right};
    }

    /**
     * @param op the operator symbol as written ("+", "<>", "!=", "||" ...)
     * @throws io.pglitedb.error.PgException 42883 {@code operator does not exist: integer + boolean}
     *         with PostgreSQL's hint
     */
    public static Operator binary(String op, DataType left, DataType right) {
        String name = op.equals("!=") ? "<>" : op;
        PgType l = left.type();
        PgType r = right.type();
        Operator array = ArrayOperators.binary(name, l, r);
        if (array != null) {
            return array;
        }
        Operator range = io.pglitedb.types.range.RangeOperators.binary(name, l, r);
        if (range != null) {
            return range;
        }
        Operator multirange = io.pglitedb.types.range.MultirangeOperators.binary(name, l, r);
        if (multirange != null) {
            return multirange;
        }
        Operator recordComparison = RecordType.comparison(name, l, r);
        if (recordComparison != null) {
            return recordComparison;
        }
        Operator enumComparison = EnumType.comparison(name, l, r);
        if (enumComparison != null) {
            return enumComparison;
        }
        List<Entry> entries = BINARY.getOrDefault(name, List.of());
        Entry chosen = null;
        for (Entry e : entries) {
            if (e.left == l && e.right == r) {
                chosen = e;
                break;
            }
        }
        if (chosen == null && (l == Types.UNKNOWN) != (r == Types.UNKNOWN)) {
            PgType other = l == Types.UNKNOWN ? r : l;
            for (Entry e : entries) {
                if (e.left == other && e.right == other) {
                    chosen = e;
                    break;
                }
            }
        }
        if (chosen == null) {
            List<PgType[]> candidates = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                candidates.add(args(e));
            }
            int c = OverloadResolution.select(candidates, new PgType[] {l, r});
            if (c == OverloadResolution.NONE) {
                throw new PgException(SqlState.UNDEFINED_FUNCTION, "operator does not exist: %s %s %s",
                        Types.formatType(DataType.of(l)), op, Types.formatType(DataType.of(r)))
                        .withHint("No operator matches the given name and argument types. "
                                + "You might need to add explicit type casts.");
            }
            if (c == OverloadResolution.AMBIGUOUS) {
                throw new PgException(SqlState.AMBIGUOUS_FUNCTION, "operator is not unique: %s %s %s",
                        Types.formatType(DataType.of(l)), op, Types.formatType(DataType.of(r)))
                        .withHint("Could not choose a best candidate operator. "
                                + "You might need to add explicit type casts.");
            }
            chosen = entries.get(c);
        }
        if (chosen.left == PseudoType.ANYNONARRAY || chosen.right == PseudoType.ANYNONARRAY) {
            return concatenation(chosen, l, r);
        }
        return new Resolved(DataType.of(chosen.left), DataType.of(chosen.right), DataType.of(chosen.result),
                chosen.function, chosen.binder);
    }

    /** textanycat / anytextcat: the non-text side goes through its cast to text (true gives 'true'). */
    private static Operator concatenation(Entry chosen, PgType l, PgType r) {
        boolean anyLeft = chosen.left == PseudoType.ANYNONARRAY;
        PgType any = anyLeft ? (l == Types.UNKNOWN ? Types.TEXT : l) : (r == Types.UNKNOWN ? Types.TEXT : r);
        Cast toText = Casts.find(DataType.of(any), DataType.of(Types.TEXT), CastContext.EXPLICIT);
        DataType text = DataType.of(Types.TEXT);
        DataType anyType = DataType.of(any);
        if (anyLeft) {
            return new Resolved(anyType, text, text, (x, y) -> ((String) toText.apply(x)).concat((String) y));
        }
        return new Resolved(text, anyType, text, (x, y) -> ((String) x).concat((String) toText.apply(y)));
    }

    /** Prefix operators: unary minus and plus (and @ absolute value, ~ bitwise not, |/ and ||/). */
    public static Operator prefix(String op, DataType operand) {
        PgType t = operand.type();
        List<Entry> entries = PREFIX.getOrDefault(op, List.of());
        Entry chosen = null;
        for (Entry e : entries) {
            if (e.right == t) {
                chosen = e;
                break;
            }
        }
        if (chosen == null) {
            List<PgType[]> candidates = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                candidates.add(args(e));
            }
            int c = OverloadResolution.select(candidates, new PgType[] {t});
            if (c == OverloadResolution.NONE) {
                throw new PgException(SqlState.UNDEFINED_FUNCTION, "operator does not exist: %s %s", op,
                        Types.formatType(DataType.of(t)))
                        .withHint("No operator matches the given name and argument type. "
                                + "You might need to add an explicit type cast.");
            }
            if (c == OverloadResolution.AMBIGUOUS) {
                throw new PgException(SqlState.AMBIGUOUS_FUNCTION, "operator is not unique: %s %s", op,
                        Types.formatType(DataType.of(t)))
                        .withHint("Could not choose a best candidate operator. "
                                + "You might need to add explicit type casts.");
            }
            chosen = entries.get(c);
        }
        return new Resolved(null, DataType.of(chosen.right), DataType.of(chosen.result), chosen.function);
    }
}
