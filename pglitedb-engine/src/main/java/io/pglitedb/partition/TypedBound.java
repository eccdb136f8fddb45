package io.pglitedb.partition;

import io.pglitedb.types.DataType;
import java.util.List;

/**
 * A partition bound with its values converted to the key's types, as routing, pruning and overlap
 * checks compare them. Range bounds compare part by part; MINVALUE is below and MAXVALUE above every
 * value, and a part after one of them does not count (PostgreSQL's partition_rbound_cmp).
 */
public final class TypedBound {
    private final PartitionBound bound;
    private final DataType[] types;
    private final Object[] listValues;
    private final boolean listHasNull;
    private final Object[] lower;
    private final Object[] upper;

    /** A range datum that is MINVALUE or MAXVALUE (compared by identity). */
    private static final Object MIN = new Object();
    private static final Object MAX = new Object();

    public TypedBound(PartitionBound bound, DataType[] types) {
        this.bound = bound;
        this.types = types.clone();
        boolean hasNull = false;
        listValues = new Object[bound.listValues().size()];
        for (int i = 0; i < listValues.length; i++) {
            String v = bound.listValues().get(i);
            hasNull |= v == null;
            listValues[i] = v == null ? null : types[0].type().fromText(v, types[0].typmod());
        }
        listHasNull = hasNull;
        lower = datums(bound.lower());
        upper = datums(bound.upper());
    }

    private Object[] datums(List<PartitionBound.Datum> datums) {
        Object[] out = new Object[datums.size()];
        for (int i = 0; i < out.length; i++) {
            PartitionBound.Datum d = datums.get(i);
            out[i] = switch (d.kind()) {
                case MINVALUE -> MIN;
                case MAXVALUE -> MAX;
                case VALUE -> types[i].type().fromText(d.value(), types[i].typmod());
            };
        }
        return out;
    }

    public PartitionBound bound() {
        return bound;
    }

    public boolean isDefault() {
        return bound.isDefault();
    }

    /** Whether a row with these key values belongs here (never for the default partition). */
    public boolean contains(Object[] key) {
        switch (bound.strategy()) {
            case PartitionKey.LIST -> {
                Object v = key[0];
                if (v == null) {
                    return listHasNull;
                }
                for (Object candidate : listValues) {
                    if (candidate != null && types[0].type().compare(candidate, v) == 0) {
                        return true;
                    }
                }
                return false;
            }
            case PartitionKey.RANGE -> {
                for (Object v : key) {
                    if (v == null) {
                        return false; // only the default partition takes a null range key
                    }
                }
                return compareToKey(lower, key) <= 0 && compareToKey(upper, key) > 0;
            }
            case PartitionKey.HASH -> {
                return Long.remainderUnsigned(PartitionHashing.rowHash(key, types), bound.modulus()) == bound.remainder();
            }
            default -> {
                return false;
            }
        }
    }

    /** A range bound against a key: negative when the bound is below it. */
    private int compareToKey(Object[] datums, Object[] key) {
        for (int i = 0; i < datums.length; i++) {
            if (datums[i] == MIN) {
                return -1;
            }
            if (datums[i] == MAX) {
                return 1;
            }
            int c = types[i].type().compare(datums[i], key[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Two range bounds compared (lower or upper of either partition). */
    private int compareBounds(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            int ka = a[i] == MIN ? -1 : a[i] == MAX ? 1 : 0;
            int kb = b[i] == MIN ? -1 : b[i] == MAX ? 1 : 0;
            if (ka != kb) {
                return Integer.compare(ka, kb);
            }
            if (ka != 0) {
                return 0;
            }
            int c = types[i].type().compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** RANGE: whether this partition's lower bound is below the other's. */
    public boolean startsBelow(TypedBound other) {
        return compareBounds(lower, other.lower) < 0;
    }

    /** RANGE: true when the lower bound is not below the upper one (PostgreSQL refuses the partition). */
    public boolean isEmptyRange() {
        return bound.strategy() == PartitionKey.RANGE && compareBounds(lower, upper) >= 0;
    }

    /** Whether another partition's bound shares a value with this one (neither may be the default). */
    public boolean overlaps(TypedBound other) {
        if (isDefault() || other.isDefault()) {
            return false;
        }
        switch (bound.strategy()) {
            case PartitionKey.LIST -> {
                if (listHasNull && other.listHasNull) {
                    return true;
                }
                for (Object v : listValues) {
                    if (v != null && other.contains(new Object[] {v})) {
                        return true;
                    }
                }
                return false;
            }
            case PartitionKey.RANGE -> {
                return compareBounds(lower, other.upper) < 0 && compareBounds(other.lower, upper) < 0;
            }
            default -> {
                int small = Math.min(bound.modulus(), other.bound.modulus());
                return bound.remainder() % small == other.bound.remainder() % small;
            }
        }
    }
}
