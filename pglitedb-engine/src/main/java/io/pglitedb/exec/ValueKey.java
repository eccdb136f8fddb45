package io.pglitedb.exec;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;

/**
 * A row of values usable as a hash key with SQL equality for grouping and DISTINCT: NULLs are equal
 * to each other, numerics equal regardless of scale (1.0 = 1.00), char(n) ignores trailing blanks.
 */
public final class ValueKey {
    private final Object[] values;
    private final DataType[] types;
    private final int hash;

    public ValueKey(Object[] values, DataType[] types) {
        this.values = values;
        this.types = types;
        int h = 1;
        for (int i = 0; i < values.length; i++) {
            h = 31 * h + hashOf(values[i], types[i]);
        }
        this.hash = h;
    }

    public Object[] values() {
        return values;
    }

    /**
     * Which of {@code partitions} (a power of two) a spilling operator's pass {@code level} puts
     * this key in: other hash bits at each level, so a partition split again spreads its keys.
     */
    int partition(int level, int partitions) {
        int h = Integer.rotateLeft(hash * 0x9E3779B9, 7 * level);
        return (h * 0x85EBCA6B) >>> (32 - Integer.numberOfTrailingZeros(partitions));
    }

    private static int hashOf(Object value, DataType type) {
        if (value == null) {
            return 0;
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
        }
        if (value instanceof Double d) {
            return d == 0.0 ? 0 : d.hashCode();
        }
        if (value instanceof Float f) {
            return f == 0.0f ? 0 : f.hashCode();
        }
        if (value instanceof String s && type.type() == Types.BPCHAR) {
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == ' ') {
                end--;
            }
            int h = 0; // String.hashCode of the value without its trailing blanks
            for (int i = 0; i < end; i++) {
                h = 31 * h + s.charAt(i);
            }
            return h;
        }
        if (value instanceof byte[] bytes) {
            return java.util.Arrays.hashCode(bytes);
        }
        if (value instanceof io.pglitedb.types.range.Range r && type.type() instanceof io.pglitedb.types.range.RangeType t) {
            if (r.empty()) {
                return 1; // hash_range: the bounds' hashes and the flags, consistent with range_cmp's equality
            }
            DataType subtype = DataType.of(t.subtype());
            return 31 * (31 * hashOf(r.lower(), subtype) + hashOf(r.upper(), subtype))
                    + (r.lowerInclusive() ? 2 : 0) + (r.upperInclusive() ? 4 : 0);
        }
        if (value instanceof io.pglitedb.types.range.Multirange m
                && type.type() instanceof io.pglitedb.types.range.MultirangeType t) {
            DataType range = DataType.of(t.rangeType());
            int h = 1;
            for (io.pglitedb.types.range.Range r : m.ranges()) {
                h = 31 * h + hashOf(r, range);
            }
            return h;
        }
        if (value instanceof Object[] fields && type.type() instanceof io.pglitedb.types.RecordType record) {
            int h = 1; // a record: its fields' hashes, SQL equality field by field
            for (int i = 0; i < fields.length; i++) {
                h = 31 * h + hashOf(fields[i], i < record.fieldTypes().size() ? record.fieldTypes().get(i) : type);
            }
            return h;
        }
        return value.hashCode();
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ValueKey other) || other.hash != hash || other.values.length != values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            Object a = values[i];
            Object b = other.values[i];
            if (a == null || b == null) {
                if (a != b) {
                    return false;
                }
            } else if (!a.equals(b) && types[i].type().compare(a, b) != 0) { // equal objects are equal values
                return false;
            }
        }
        return true;
    }
}
