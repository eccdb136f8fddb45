package io.pglitedb.exec;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The built side of a hash join (PostgreSQL's hash table of a Hash node): rows in the order they
 * were added, chained by their key's hash in buckets of int arrays (a row costs a few ints, not a
 * map entry and a boxed key). Rows with equal keys are found in the order they were added. A row
 * whose key is NULL is kept (an outer join returns it unmatched) but never found.
 *
 * <p>Past {@link #PACK_FROM} bytes of rows, the rows are {@link PackedRow packed} when their
 * values allow (all rows so far, and each one added after), so a big table takes 3 to 5 times
 * less heap and stays within hash_mem where boxed rows would spill; a small one (a dimension
 * table probed by many rows) is not, so its probes do not pay for unpacking.
 *
 * <p>A probe compares hashes first and only then the key of the candidate row, which is unpacked
 * for it; the last unpacked row is kept, so reading the row a probe found costs nothing more.
 */
final class JoinHashTable {
    /** Heap per row besides the row itself: its slot, hash and chain link, and its bucket's share. */
    private static final long ROW_OVERHEAD = 24;
    private static final int NOT_LINKED = -2;
    /** Rows are packed once they take this many bytes boxed. */
    static final long PACK_FROM = 1L << 20;

    private final Function<Object[], ValueKey> keyOf;
    private final PackedRow packer = new PackedRow();
    /** byte[] (packed) or Object[] (a row with values that do not pack). */
    private Object[] rows = new Object[64];
    private int[] hashes = new int[64];
    /** The next row of the same bucket, -1 at the end, {@link #NOT_LINKED} for a NULL key. */
    private int[] next = new int[64];
    private int[] heads = emptyBuckets(64);
    private int[] tails = emptyBuckets(64);
    private int size;
    private int linked;
    /** The heap the rows take (their {@link #ROW_OVERHEAD} included), and whether they are packed. */
    private long bytes;
    private boolean packing;
    private int unpackedIndex = -1;
    private Object[] unpacked;

    /** @param keyOf a built row's key, null when a key value is NULL */
    JoinHashTable(Function<Object[], ValueKey> keyOf) {
        this.keyOf = keyOf;
    }

    private static int[] emptyBuckets(int n) {
        int[] b = new int[n];
        Arrays.fill(b, -1);
        return b;
    }

    int size() {
        return size;
    }

    /**
     * Adds a row with its key (null: never found). @return the change of the heap the rows take,
     * for the memory budget: negative when the rows were packed
     */
    long add(ValueKey key, Object[] row) {
        if (size == rows.length) {
            int n = size * 2;
            rows = Arrays.copyOf(rows, n);
            hashes = Arrays.copyOf(hashes, n);
            next = Arrays.copyOf(next, n);
        }
        long before = bytes;
        int index = size++;
        rows[index] = row;
        bytes += ROW_OVERHEAD + MemoryBudget.rowSize(row);
        if (packing) {
            pack(index);
        } else if (bytes > PACK_FROM) {
            packing = true;
            for (int i = 0; i < size; i++) {
                pack(i);
            }
        }
        if (key == null) {
            next[index] = NOT_LINKED;
        } else {
            hashes[index] = key.hashCode();
            if (++linked > heads.length) {
                rehash(heads.length * 2);
            } else {
                link(index);
            }
        }
        return bytes - before;
    }

    /** Packs row {@code index} if its values allow. */
    private void pack(int index) {
        Object[] row = (Object[]) rows[index];
        byte[] packed = packer.pack(row);
        if (packed != null) {
            rows[index] = packed;
            bytes += PackedRow.size(packed) - MemoryBudget.rowSize(row);
        }
    }

    private void link(int index) {
        int bucket = hashes[index] & (heads.length - 1);
        next[index] = -1;
        if (heads[bucket] < 0) {
            heads[bucket] = index;
        } else {
            next[tails[bucket]] = index;
        }
        tails[bucket] = index;
    }

    /** Doubles the buckets; relinking in row order keeps equal keys in the order they were added. */
    private void rehash(int buckets) {
        heads = emptyBuckets(buckets);
        tails = emptyBuckets(buckets);
        for (int i = 0; i < size; i++) {
            if (next[i] != NOT_LINKED) {
                link(i);
            }
        }
    }

    /**
     * The index of the first row after row {@code after} (-1: from the start) whose key equals
     * {@code key}, or -1 when there is none.
     */
    int find(ValueKey key, int after) {
        int h = key.hashCode();
        int i = after < 0 ? heads[h & (heads.length - 1)] : next[after];
        for (; i >= 0; i = next[i]) {
            if (hashes[i] == h && key.equals(keyOf.apply(row(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** Row {@code index}'s values (unpacked when packed; the same array for repeated calls). */
    Object[] row(int index) {
        Object stored = rows[index];
        if (!(stored instanceof byte[] packed)) {
            return (Object[]) stored;
        }
        if (unpackedIndex != index) {
            unpacked = PackedRow.unpack(packed);
            unpackedIndex = index;
        }
        return unpacked;
    }

    /** Forgets all rows. */
    void clear() {
        rows = new Object[64];
        hashes = new int[64];
        next = new int[64];
        heads = emptyBuckets(64);
        tails = emptyBuckets(64);
        size = 0;
        linked = 0;
        bytes = 0;
        packing = false;
        unpackedIndex = -1;
        unpacked = null;
    }
}
