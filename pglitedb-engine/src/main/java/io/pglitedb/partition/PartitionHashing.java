package io.pglitedb.partition;

import io.pglitedb.types.DataType;
import java.nio.charset.StandardCharsets;

/**
 * The hash a row's key gets for hash partitioning, computed as PostgreSQL does
 * (compute_partition_hash_value: each non-null part's extended hash with the seed
 * HASH_PARTITION_SEED, combined by hash_combine64), so a row lands in the same partition as it would
 * there. Integer, boolean and text parts hash like hashint4/8extended and hashtextextended (Bob
 * Jenkins' lookup3, as in hashfn.c); other types hash their text form.
 */
final class PartitionHashing {
    private static final long SEED = 0x7A5B22367996DCFDL;

    private PartitionHashing() {
    }

    static long rowHash(Object[] key, DataType[] types) {
        long rowHash = 0;
        for (int i = 0; i < key.length; i++) {
            if (key[i] != null) {
                rowHash = combine(rowHash, hash(key[i], types[i]));
            }
        }
        return rowHash;
    }

    private static long combine(long a, long b) {
        a ^= b + 0x49a0f4dd15e5a8e3L + (a << 54) + (a >>> 7);
        return a;
    }

    private static long hash(Object value, DataType type) {
        if (value instanceof Long l) {
            long v = l;
            int lo = (int) v;
            int hi = (int) (v >>> 32);
            lo ^= v >= 0 ? hi : ~hi;
            return hashUint32(lo, SEED);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return hashUint32(((Number) value).intValue(), SEED);
        }
        if (value instanceof Boolean b) {
            return hashUint32(b ? 1 : 0, SEED);
        }
        String text = value instanceof String s ? s : type.type().toText(value, type.typmod());
        if (type.type().oid() == 1042) { // bpchar hashes without its trailing spaces
            text = text.stripTrailing();
        }
        return hashBytes(text.getBytes(StandardCharsets.UTF_8), SEED);
    }

    /** hash_uint32_extended. */
    static long hashUint32(int k, long seed) {
        int a = 0x9e3779b9 + 4 + 3923095;
        int b = a;
        int c = a;
        if (seed != 0) {
            a += (int) (seed >>> 32);
            b += (int) seed;
            int[] s = mix(a, b, c);
            a = s[0];
            b = s[1];
            c = s[2];
        }
        a += k;
        int[] f = fin(a, b, c);
        return ((long) f[1] << 32) | (f[2] & 0xffffffffL);
    }

    /** hash_any_extended, little-endian byte order. */
    static long hashBytes(byte[] k, long seed) {
        int len = k.length;
        int a = 0x9e3779b9 + len + 3923095;
        int b = a;
        int c = a;
        if (seed != 0) {
            a += (int) (seed >>> 32);
            b += (int) seed;
            int[] s = mix(a, b, c);
            a = s[0];
            b = s[1];
            c = s[2];
        }
        int p = 0;
        while (len >= 12) {
            a += word(k, p);
            b += word(k, p + 4);
            c += word(k, p + 8);
            int[] s = mix(a, b, c);
            a = s[0];
            b = s[1];
            c = s[2];
            p += 12;
            len -= 12;
        }
        switch (len) {
            case 11: c += (k[p + 10] & 0xff) << 24; // fall through
            case 10: c += (k[p + 9] & 0xff) << 16; // fall through
            case 9: c += (k[p + 8] & 0xff) << 8; // fall through
            case 8: b += (k[p + 7] & 0xff) << 24; // fall through
            case 7: b += (k[p + 6] & 0xff) << 16; // fall through
            case 6: b += (k[p + 5] & 0xff) << 8; // fall through
            case 5: b += k[p + 4] & 0xff; // fall through
            case 4: a += (k[p + 3] & 0xff) << 24; // fall through
            case 3: a += (k[p + 2] & 0xff) << 16; // fall through
            case 2: a += (k[p + 1] & 0xff) << 8; // fall through
            case 1: a += k[p] & 0xff; // fall through
            default: break;
        }
        int[] f = fin(a, b, c);
        return ((long) f[1] << 32) | (f[2] & 0xffffffffL);
    }

    private static int word(byte[] k, int p) {
        return (k[p] & 0xff) | (k[p + 1] & 0xff) << 8 | (k[p + 2] & 0xff) << 16 | (k[p + 3] & 0xff) << 24;
    }

    private static int[] mix(int a, int b, int c) {
        a -= c; a ^= Integer.rotateLeft(c, 4); c += b;
        b -= a; b ^= Integer.rotateLeft(a, 6); a += c;
        c -= b; c ^= Integer.rotateLeft(b, 8); b += a;
        a -= c; a ^= Integer.rotateLeft(c, 16); c += b;
        b -= a; b ^= Integer.rotateLeft(a, 19); a += c;
        c -= b; c ^= Integer.rotateLeft(b, 4); b += a;
        return new int[] {a, b, c};
    }

    private static int[] fin(int a, int b, int c) {
        c ^= b; c -= Integer.rotateLeft(b, 14);
        a ^= c; a -= Integer.rotateLeft(c, 11);
        b ^= a; b -= Integer.rotateLeft(a, 25);
        c ^= b; c -= Integer.rotateLeft(b, 16);
        a ^= c; a -= Integer.rotateLeft(c, 4);
        b ^= a; b -= Integer.rotateLeft(a, 14);
        c ^= b; c -= Integer.rotateLeft(b, 24);
        return new int[] {a, b, c};
    }
}
