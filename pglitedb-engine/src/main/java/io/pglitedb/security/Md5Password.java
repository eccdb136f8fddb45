package io.pglitedb.security;

import io.pglitedb.error.PgException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * PostgreSQL's older password format, {@code "md5" + md5(password + user)}, and the md5
 * challenge-response over it: the client answers a 4-byte salt with
 * {@code "md5" + md5(md5(password + user) + salt)}.
 */
public final class Md5Password {
    private Md5Password() {
    }

    public static String encrypt(String password, String user) {
        return "md5" + md5Hex((password + user).getBytes(StandardCharsets.UTF_8));
    }

    /** True for a stored md5 password (also how CREATE ROLE recognises one given already encrypted). */
    public static boolean isMd5(String stored) {
        return stored != null && stored.length() == 35 && stored.startsWith("md5")
                && stored.substring(3).chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** Checks an md5 challenge response against a stored md5 password. */
    public static boolean checkResponse(String stored, byte[] salt, String response) {
        if (!isMd5(stored)) {
            return false;
        }
        byte[] inner = stored.substring(3).getBytes(StandardCharsets.US_ASCII);
        byte[] salted = new byte[inner.length + salt.length];
        System.arraycopy(inner, 0, salted, 0, inner.length);
        System.arraycopy(salt, 0, salted, inner.length, salt.length);
        String expected = "md5" + md5Hex(salted);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                response.getBytes(StandardCharsets.US_ASCII));
    }

    private static String md5Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (GeneralSecurityException e) {
            throw PgException.internal(e);
        }
    }
}
