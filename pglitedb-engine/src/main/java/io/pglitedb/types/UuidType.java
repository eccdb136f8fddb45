package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * uuid (OID 2950): a {@link UUID}. Text input as uuid.c's string_to_uuid takes it: 32 hex digits,
 * either case, optionally in braces, with an optional hyphen after any group of four digits
 * ({@code a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}, {@code {A0EEBC999C0B4EF8BB6D6BB9BD380A11}},
 * {@code a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11}); output is the lower-case 8-4-4-4-12 form.
 * Binary format is the 16 bytes; ordering is memcmp of those bytes (unsigned, unlike
 * {@link UUID#compareTo}).
 */
public final class UuidType extends PgType {
    UuidType() {
        super(2950, "uuid", 16, TypeCategory.USER);
    }

    static void registerOperators() {
        Operators.comparisons(Types.UUID);
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toText(Object value, int typmod) {
        return value.toString();
    }

    @Override
    public Object fromText(String text, int typmod) {
        int i = 0;
        int n = text.length();
        boolean braces = n > 0 && text.charAt(0) == '{';
        if (braces) {
            i++;
        }
        long hi = 0;
        long lo = 0;
        for (int b = 0; b < 16; b++) {
            if (i + 1 >= n) {
                throw PgTypeSupport.invalidSyntax("uuid", text);
            }
            int h = hexDigit(text.charAt(i));
            int l = hexDigit(text.charAt(i + 1));
            if (h < 0 || l < 0) {
                throw PgTypeSupport.invalidSyntax("uuid", text);
            }
            int v = (h << 4) | l;
            if (b < 8) {
                hi = (hi << 8) | v;
            } else {
                lo = (lo << 8) | v;
            }
            i += 2;
            if (i < n && text.charAt(i) == '-' && (b % 2) == 1 && b < 15) {
                i++;
            }
        }
        if (braces) {
            if (i >= n || text.charAt(i) != '}') {
                throw PgTypeSupport.invalidSyntax("uuid", text);
            }
            i++;
        }
        if (i != n) {
            throw PgTypeSupport.invalidSyntax("uuid", text);
        }
        return new UUID(hi, lo);
    }

    private static int hexDigit(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        UUID u = (UUID) value;
        byte[] out = new byte[16];
        System.arraycopy(PgTypeSupport.int64(u.getMostSignificantBits()), 0, out, 0, 8);
        System.arraycopy(PgTypeSupport.int64(u.getLeastSignificantBits()), 0, out, 8, 8);
        return out;
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        if (bytes.length != 16) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid uuid length");
        }
        return new UUID(PgTypeSupport.readInt64(bytes, 0), PgTypeSupport.readInt64(bytes, 8));
    }

    @Override
    public int compare(Object a, Object b) {
        UUID x = (UUID) a;
        UUID y = (UUID) b;
        int c = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
    }

    /** gen_random_uuid(): a version 4 UUID from a cryptographic random source. */
    public static UUID random() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        return new UUID(PgTypeSupport.readInt64(b, 0), PgTypeSupport.readInt64(b, 8));
    }
}
