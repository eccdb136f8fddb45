package io.pglitedb.functions;

import io.pglitedb.error.PgException;
import io.pglitedb.types.ByteaType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import io.pglitedb.types.UuidType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Functions over bytea and uuid: length, substring, position, overlay, trim, encode/decode,
 * get/set_byte and _bit, md5 and the sha2 family, convert_to/convert_from (UTF-8 only),
 * gen_random_uuid.
 */
final class BinaryFunctions {
    private BinaryFunctions() {
    }

    private static final PgType BYTEA = Types.BYTEA;
    private static final PgType TEXT = Types.TEXT;
    private static final PgType INT4 = Types.INT4;
    private static final PgType INT8 = Types.INT8;

    static void register(Map<String, List<Scalars.Signature>> byName) {
        Map<String, List<Scalars.Signature>> m = byName;
        add(m, "length", INT4, a -> ((byte[]) a[0]).length, BYTEA);
        add(m, "octet_length", INT4, a -> ((byte[]) a[0]).length, BYTEA);
        add(m, "bit_length", INT4, a -> ((byte[]) a[0]).length * 8, BYTEA);
        add(m, "bit_length", INT4, a -> Scalars.utf8Length((String) a[0]) * 8, TEXT);
        for (String name : new String[] {"substr", "substring"}) {
            add(m, name, BYTEA, a -> ByteaType.substring((byte[]) a[0], (Integer) a[1], 0, false), BYTEA, INT4);
            add(m, name, BYTEA, a -> ByteaType.substring((byte[]) a[0], (Integer) a[1], (Integer) a[2], true),
                    BYTEA, INT4, INT4);
        }
        add(m, "position", INT4, a -> ByteaType.position((byte[]) a[0], (byte[]) a[1]), BYTEA, BYTEA);
        add(m, "position", INT4, a -> Scalars.strpos((String) a[0], (String) a[1]), TEXT, TEXT);
        add(m, "overlay", BYTEA, a -> ByteaType.overlay((byte[]) a[0], (byte[]) a[1], (Integer) a[2],
                ((byte[]) a[1]).length), BYTEA, BYTEA, INT4);
        add(m, "overlay", BYTEA, a -> ByteaType.overlay((byte[]) a[0], (byte[]) a[1], (Integer) a[2], (Integer) a[3]),
                BYTEA, BYTEA, INT4, INT4);
        add(m, "overlay", TEXT, a -> overlay((String) a[0], (String) a[1], (Integer) a[2],
                ((String) a[1]).codePointCount(0, ((String) a[1]).length())), TEXT, TEXT, INT4);
        add(m, "overlay", TEXT, a -> overlay((String) a[0], (String) a[1], (Integer) a[2], (Integer) a[3]),
                TEXT, TEXT, INT4, INT4);
        add(m, "btrim", BYTEA, a -> ByteaType.trim((byte[]) a[0], (byte[]) a[1], true, true), BYTEA, BYTEA);
        add(m, "ltrim", BYTEA, a -> ByteaType.trim((byte[]) a[0], (byte[]) a[1], true, false), BYTEA, BYTEA);
        add(m, "rtrim", BYTEA, a -> ByteaType.trim((byte[]) a[0], (byte[]) a[1], false, true), BYTEA, BYTEA);
        add(m, "encode", TEXT, a -> ByteaType.encode((byte[]) a[0], (String) a[1]), BYTEA, TEXT);
        add(m, "decode", BYTEA, a -> ByteaType.decode((String) a[0], (String) a[1]), TEXT, TEXT);
        add(m, "get_byte", INT4, a -> ByteaType.getByte((byte[]) a[0], (Integer) a[1]), BYTEA, INT4);
        add(m, "set_byte", BYTEA, a -> ByteaType.setByte((byte[]) a[0], (Integer) a[1], (Integer) a[2]),
                BYTEA, INT4, INT4);
        add(m, "get_bit", INT4, a -> ByteaType.getBit((byte[]) a[0], (Long) a[1]), BYTEA, INT8);
        add(m, "set_bit", BYTEA, a -> ByteaType.setBit((byte[]) a[0], (Long) a[1], (Integer) a[2]), BYTEA, INT8, INT4);
        add(m, "md5", TEXT, a -> hex(digest("MD5", (byte[]) a[0])), BYTEA);
        add(m, "sha224", BYTEA, a -> digest("SHA-224", (byte[]) a[0]), BYTEA);
        add(m, "sha256", BYTEA, a -> digest("SHA-256", (byte[]) a[0]), BYTEA);
        add(m, "sha384", BYTEA, a -> digest("SHA-384", (byte[]) a[0]), BYTEA);
        add(m, "sha512", BYTEA, a -> digest("SHA-512", (byte[]) a[0]), BYTEA);
        add(m, "convert_to", BYTEA, a -> ((String) a[0]).getBytes(StandardCharsets.UTF_8), TEXT, Types.NAME);
        add(m, "convert_from", TEXT, a -> new String((byte[]) a[0], StandardCharsets.UTF_8), BYTEA, Types.NAME);
        add(m, "gen_random_uuid", Types.UUID, a -> UuidType.random());
    }

    /** overlay(s placing p from start for count) as textoverlay: 22011 for a start below 1. */
    static String overlay(String s, String placing, int start, int count) {
        if (start <= 0) {
            throw new PgException(io.pglitedb.error.SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        String head = Scalars.substring(s, 1, start - 1, true);
        long tailStart = (long) start + count;
        String tail = tailStart > Integer.MAX_VALUE ? "" : Scalars.substring(s, (int) Math.max(tailStart, Integer.MIN_VALUE),
                0, false);
        return head + placing + tail;
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw PgException.internal(e);
        }
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return sb.toString();
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, true, body));
    }

}
