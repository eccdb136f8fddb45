package io.pglitedb.txn;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of key ranges [from, to) kept disjoint and merged, ordered by unsigned bytes (the store's
 * key order): what a serializable transaction read (its predicate locks) or wrote. When it grows
 * past a limit, ranges are widened to whole relations (the 8-byte [database][relation] prefix),
 * as PostgreSQL promotes tuple and page predicate locks to relation locks.
 */
final class KeyRanges {
    /** Above this many ranges, ranges are widened to their relations. */
    static final int WIDEN_AT = 4096;
    /** The upper bound of an unbounded scan: above every key (keys start with a 4-byte database OID). */
    static final byte[] END = filled(16, (byte) 0xFF);
    private static final int RELATION_PREFIX = 8;

    private final TreeMap<byte[], byte[]> ranges = new TreeMap<>(Arrays::compareUnsigned);
    private boolean widened;

    /** Adds [from, to); {@code to} must be greater than {@code from}. */
    void add(byte[] from, byte[] to) {
        if (widened) {
            byte[] relation = relationOf(from, to);
            if (relation != null) {
                from = relation;
                to = prefixEnd(relation);
            }
        }
        Map.Entry<byte[], byte[]> before = ranges.floorEntry(from);
        if (before != null && Arrays.compareUnsigned(before.getValue(), from) >= 0) {
            if (Arrays.compareUnsigned(before.getValue(), to) >= 0) {
                return; // already covered
            }
            from = before.getKey();
        }
        // swallow every range starting inside [from, to]
        Map.Entry<byte[], byte[]> next;
        while ((next = ranges.ceilingEntry(from)) != null && Arrays.compareUnsigned(next.getKey(), to) <= 0) {
            if (Arrays.compareUnsigned(next.getValue(), to) > 0) {
                to = next.getValue();
            }
            ranges.remove(next.getKey());
        }
        ranges.put(from, to);
        if (!widened && ranges.size() > WIDEN_AT) {
            widen();
        }
    }

    /** Adds the one key {@code key} (the range up to its immediate successor). */
    void addKey(byte[] key) {
        add(key, successor(key));
    }

    /** True when some range intersects [from, to). */
    boolean intersects(byte[] from, byte[] to) {
        Map.Entry<byte[], byte[]> before = ranges.floorEntry(from);
        if (before != null && Arrays.compareUnsigned(before.getValue(), from) > 0) {
            return true;
        }
        byte[] after = ranges.higherKey(from);
        return after != null && Arrays.compareUnsigned(after, to) < 0;
    }

    boolean containsKey(byte[] key) {
        return intersects(key, successor(key));
    }

    /** True when some range of this set intersects some range of {@code other}. */
    boolean intersects(KeyRanges other) {
        KeyRanges small = ranges.size() <= other.ranges.size() ? this : other;
        KeyRanges large = small == this ? other : this;
        for (Map.Entry<byte[], byte[]> e : small.ranges.entrySet()) {
            if (large.intersects(e.getKey(), e.getValue())) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    private void widen() {
        widened = true;
        TreeMap<byte[], byte[]> old = new TreeMap<>(ranges);
        ranges.clear();
        for (Map.Entry<byte[], byte[]> e : old.entrySet()) {
            add(e.getKey(), e.getValue());
        }
    }

    /** The relation prefix both bounds lie in, or null when the range spans relations. */
    private static byte[] relationOf(byte[] from, byte[] to) {
        if (from.length < RELATION_PREFIX) {
            return null;
        }
        byte[] prefix = Arrays.copyOf(from, RELATION_PREFIX);
        return Arrays.compareUnsigned(to, prefixEnd(prefix)) <= 0 ? prefix : null;
    }

    static byte[] successor(byte[] key) {
        return Arrays.copyOf(key, key.length + 1);
    }

    private static byte[] prefixEnd(byte[] prefix) {
        byte[] end = prefix.clone();
        for (int i = end.length - 1; i >= 0; i--) {
            if (end[i] != (byte) 0xFF) {
                end[i]++;
                return Arrays.copyOf(end, i + 1);
            }
        }
        return END;
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
