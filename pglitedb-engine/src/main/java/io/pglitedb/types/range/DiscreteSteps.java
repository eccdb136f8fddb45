package io.pglitedb.types.range;

import io.pglitedb.types.DateType;
import io.pglitedb.types.Int4Type;
import io.pglitedb.types.Int8Type;

/**
 * The canonical functions of the built-in discrete range types as successor functions:
 * int4range_canonical, int8range_canonical and daterange_canonical add one (with the subtype's
 * overflow error, {@code integer out of range}); an infinite date has no successor.
 */
public final class DiscreteSteps {
    private DiscreteSteps() {
    }

    public static Object int4(Object value) {
        return Int4Type.checked((Integer) value + 1L);
    }

    public static Object int8(Object value) {
        return Int8Type.add((Long) value, 1);
    }

    public static Object date(Object value) {
        int days = (Integer) value;
        if (days == Integer.MAX_VALUE || days == Integer.MIN_VALUE) {
            return null;
        }
        return DateType.plusDays(days, 1);
    }
}
