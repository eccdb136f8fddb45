package io.pglitedb.storage;

import java.util.Arrays;

/**
 * Every key-value of one relation as committed at one sequence number, in key order, packed into
 * a few arrays in the Java heap (keys and values each in one array, with offsets), with a hash
 * table for exact lookups. Immutable once built; {@link #key} and {@link #value} hand out copies,
 * so callers may keep or change what they get.
 */
public final class RelationCopy {
    private final byte[] keys;
    private final int[] keyStarts;
    private final byte[] values;
    private final int[] valueStarts;
    private final int size;
    /** Open addressing: entry index + 1 at the slot of the key's hash, 0 = empty. */
    private final int[] slots;
    /** The stamped sequence number the copy was read at. */
    final long readAt;

    private RelationCopy(Builder b, long readAt) {
        this.keys = b.keys;
        this.keyStarts = b.keyStarts;
        this.values = b.values;
        this.valueStarts = b.valueStarts;
        this.size = b.size;
        this.readAt = readAt;
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        slots = new int[capacity];
        for (int i = 0; i < size; i++) {
            int slot = hash(keys, keyStarts[i], keyStarts[i + 1]) & (capacity - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = i + 1;
        }
    }

    /** Number of key-values. */
    public int size() {
        return size;
    }

    /** Heap bytes the copy holds (what counts against the cache's budget). */
    long bytes() {
        return keys.length + values.length + 4L * (keyStarts.length + valueStarts.length + slots.length) + 64;
    }

    /** A copy of entry i's key. */
    public byte[] key(int i) {
        return Arrays.copyOfRange(keys, keyStarts[i], keyStarts[i + 1]);
    }

    /** A copy of entry i's value. */
    public byte[] value(int i) {
        return Arrays.copyOfRange(values, valueStarts[i], valueStarts[i + 1]);
    }

    /** Compares entry i's key with {@code key} (unsigned, as the store orders keys). */
    public int compareKey(int i, byte[] key) {
        return Arrays.compareUnsigned(keys, keyStarts[i], keyStarts[i + 1], key, 0, key.length);
    }

    /** The first entry whose key is at or after {@code key} ({@link #size()} when none; 0 for null). */
    public int lowerBound(byte[] key) {
        if (key == null) {
            return 0;
        }
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareKey(mid, key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The value stored under exactly {@code key} (a copy), or null. */
    public byte[] get(byte[] key) {
        int mask = slots.length - 1;
        int slot = hash(key, 0, key.length) & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                return null;
            }
            int i = entry - 1;
            if (Arrays.equals(keys, keyStarts[i], keyStarts[i + 1], key, 0, key.length)) {
                return value(i);
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        // keys differ mostly in their last bytes, so h of neighbours differ little: mix (murmur3's
        // finalizer), or linear probing would meet long runs of taken slots
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** Collects key-values in key order; {@link #build} makes the copy. */
    static final class Builder {
        private byte[] keys;
        private int[] keyStarts;
        private byte[] values;
        private int[] valueStarts;
        private int size;

        /** @param estimate about how many bytes the keys and values take (sizes the arrays once) */
        Builder(long estimate) {
            int bytes = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1 << 16, estimate + estimate / 8));
            keys = new byte[Math.max(1 << 12, bytes / 4)];
            values = new byte[bytes];
            keyStarts = new int[Math.max(1025, bytes / 64)];
            valueStarts = new int[keyStarts.length];
        }

        /** Adds the next key-value (keys must come in ascending order). */
        void add(byte[] key, byte[] value) {
            if (size + 2 > keyStarts.length) {
                keyStarts = Arrays.copyOf(keyStarts, keyStarts.length * 2);
                valueStarts = Arrays.copyOf(valueStarts, valueStarts.length * 2);
            }
            keys = append(keys, keyStarts[size], key);
            keyStarts[size + 1] = keyStarts[size] + key.length;
            values = append(values, valueStarts[size], value);
            valueStarts[size + 1] = valueStarts[size] + value.length;
            size++;
        }

        /** Bytes collected so far. */
        long bytes() {
            return (long) keyStarts[size] + valueStarts[size] + 12L * size;
        }

        private static byte[] append(byte[] into, int at, byte[] data) {
            if (at + data.length > into.length) {
                long grown = Math.max((long) into.length * 2, (long) at + data.length);
                if (grown > Integer.MAX_VALUE - 16) {
                    throw new IllegalStateException("relation too large to copy");
                }
                into = Arrays.copyOf(into, (int) grown);
            }
            System.arraycopy(data, 0, into, at, data.length);
            return into;
        }

        RelationCopy build(long readAt) {
            keys = Arrays.copyOf(keys, keyStarts[size]);
            values = Arrays.copyOf(values, valueStarts[size]);
            keyStarts = Arrays.copyOf(keyStarts, size + 1);
            valueStarts = Arrays.copyOf(valueStarts, size + 1);
            return new RelationCopy(this, readAt);
        }
    }
}
