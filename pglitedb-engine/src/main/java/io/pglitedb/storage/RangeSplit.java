package io.pglitedb.storage;

import java.math.BigInteger;
import java.util.Arrays;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksIterator;

/**
 * Cuts a key range into consecutive parts holding about the same number of bytes, for a parallel
 * scan. Reads no data: the first and the last key of the range (two seeks) bound the search, and
 * a bisection between them (keys interpolated byte-wise after their common prefix) asks RocksDB's
 * size estimate of the files ({@link Store#approximateFileSize}, from index blocks) for each
 * candidate. When most of the range is still in memtables (whose estimate is too coarse to
 * bisect) the cuts are interpolated keys at equal distances instead, which balances keys spread
 * evenly (serial numbers, row ids). Any cut points are correct (the parts cover the range
 * exactly); the estimates only balance them.
 */
public final class RangeSplit {
    /** Interpolated bytes after the common prefix: 2^64 steps are finer than any table's rows. */
    private static final int WIDTH = 8;
    private static final int BISECTIONS = 16;

    private RangeSplit() {
    }

    /**
     * @return {@code parts - 1} increasing cut keys strictly inside (first key, last key], or
     *     null when [from, to) holds less than {@code minBytes} per part or cannot be cut
     */
    public static byte[][] cutPoints(Store store, byte[] from, byte[] to, int parts, long minBytes) {
        if (parts < 2) {
            return null;
        }
        long total = store.approximateSize(from, to);
        if (total < minBytes * parts) {
            return null;
        }
        byte[][] bounds = firstAndLast(store, from, to);
        if (bounds == null) {
            return null;
        }
        byte[] first = bounds[0];
        byte[] last = bounds[1];
        int common = Arrays.mismatch(first, last);
        if (common < 0) {
            return null; // one key
        }
        byte[] prefix = Arrays.copyOf(first, common);
        BigInteger low = window(first, common);
        BigInteger high = window(last, common);
        long inFiles = store.approximateFileSize(from, to);
        boolean bisect = inFiles >= total - total / 10;
        byte[][] cuts = new byte[parts - 1][];
        byte[] previous = first;
        for (int i = 1; i < parts; i++) {
            BigInteger cutWindow;
            if (bisect) {
                long target = inFiles * i / parts;
                BigInteger lo = low;
                BigInteger hi = high;
                for (int step = 0; step < BISECTIONS && hi.subtract(lo).compareTo(BigInteger.ONE) > 0; step++) {
                    BigInteger mid = lo.add(hi).shiftRight(1);
                    if (store.approximateFileSize(from, key(prefix, mid)) < target) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                cutWindow = hi;
            } else {
                cutWindow = low.add(high.subtract(low).multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(parts)));
            }
            byte[] cut = key(prefix, cutWindow);
            if (Arrays.compareUnsigned(cut, previous) <= 0 || Arrays.compareUnsigned(cut, last) > 0) {
                return null; // estimates too coarse to cut here: read the range in one part
            }
            cuts[i - 1] = cut;
            previous = cut;
        }
        return cuts;
    }

    /** The first and the last key in [from, to) in the latest state, or null when it is empty. */
    private static byte[][] firstAndLast(Store store, byte[] from, byte[] to) {
        if (!store.tryEnter()) {
            return null;
        }
        try (ReadOptions options = new ReadOptions(); RocksIterator it = store.db().newIterator(options)) {
            it.seek(from);
            if (!it.isValid()) {
                return null;
            }
            byte[] first = it.key();
            if (Arrays.compareUnsigned(first, to) >= 0) {
                return null;
            }
            it.seekForPrev(to);
            if (it.isValid() && Arrays.equals(it.key(), to)) {
                it.prev();
            }
            if (!it.isValid()) {
                return null;
            }
            byte[] last = it.key();
            return Arrays.compareUnsigned(last, first) > 0 ? new byte[][] {first, last} : null;
        } finally {
            store.exit();
        }
    }

    /** The {@link #WIDTH} bytes of {@code key} after {@code offset} (zero-padded) as an unsigned number. */
    private static BigInteger window(byte[] key, int offset) {
        byte[] bytes = new byte[WIDTH + 1]; // leading zero: non-negative
        int n = Math.max(0, Math.min(WIDTH, key.length - offset));
        System.arraycopy(key, offset, bytes, 1, n);
        return new BigInteger(bytes);
    }

    private static byte[] key(byte[] prefix, BigInteger window) {
        byte[] digits = window.toByteArray(); // big-endian, maybe with a sign byte or shorter
        byte[] key = Arrays.copyOf(prefix, prefix.length + WIDTH);
        int n = Math.min(WIDTH, digits.length);
        System.arraycopy(digits, digits.length - n, key, prefix.length + WIDTH - n, n);
        return key;
    }
}
