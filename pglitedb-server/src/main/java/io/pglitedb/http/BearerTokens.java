package io.pglitedb.http;

import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.Database;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bearer tokens for a role, handed out by {@code POST /v1/tokens} to a request that authenticated
 * (HTTP Basic or trust), so that clients need not send the password every time and the server need
 * not check it every time. A token is {@code base64url(expiry, role name) "." base64url(HMAC)},
 * signed with a key made when the door starts: tokens end with the process, at their expiry, and
 * when the role's stored password changes (the HMAC covers it) or the role is dropped. No state is
 * kept per token.
 */
final class BearerTokens {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Database database;
    private final byte[] key = new byte[32];

    BearerTokens(Database database) {
        this.database = database;
        new SecureRandom().nextBytes(key);
    }

    /** A token for {@code role} valid for {@code seconds}. */
    String issue(String role, long seconds) {
        RoleDescriptor descriptor = database.role(role);
        long expiry = System.currentTimeMillis() / 1000 + seconds;
        byte[] name = role.getBytes(StandardCharsets.UTF_8);
        byte[] payload = ByteBuffer.allocate(8 + name.length).putLong(expiry).put(name).array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload, descriptor));
    }

    /**
     * The role a token stands for.
     *
     * @throws HttpFailure 401 (28P01) when it is malformed, forged, expired or no longer matches the role
     */
    String verify(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            throw invalid();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (payload.length <= 8) {
            throw invalid();
        }
        long expiry = ByteBuffer.wrap(payload).getLong();
        String role = new String(payload, 8, payload.length - 8, StandardCharsets.UTF_8);
        RoleDescriptor descriptor = database.role(role);
        if (descriptor == null || !MessageDigest.isEqual(sign(payload, descriptor), signature)
                || expiry < System.currentTimeMillis() / 1000
                || descriptor.validUntil() != null && descriptor.validUntil().isBefore(java.time.Instant.now())) {
            throw invalid();
        }
        return role;
    }

    private byte[] sign(byte[] payload, RoleDescriptor role) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(payload);
            mac.update((byte) 0);
            if (role != null) {
                mac.update(Integer.toString(role.oid()).getBytes(StandardCharsets.US_ASCII));
                mac.update((byte) 0);
                if (role.password() != null) {
                    mac.update(role.password().getBytes(StandardCharsets.UTF_8));
                }
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw PgException.internal(e);
        }
    }

    private static HttpFailure invalid() {
        return new HttpFailure(401, new PgException(SqlState.INVALID_PASSWORD, "invalid or expired bearer token"));
    }
}
