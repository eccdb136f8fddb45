package io.pglitedb.security;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SCRAM-SHA-256 (RFC 5802, RFC 7677) as PostgreSQL uses it: the stored verifier
 * {@code SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>} (base64 parts), and the
 * server side of the exchange. The password itself is never stored; a verifier lets the server
 * check a proof but not act as the client.
 *
 * <p>Passwords are used as their UTF-8 bytes (PostgreSQL applies SASLprep first, which changes
 * only non-ASCII passwords that contain characters it maps or prohibits).
 */
public final class ScramSha256 {
    public static final String MECHANISM = "SCRAM-SHA-256";
    /** With channel binding (tls-server-end-point), offered over TLS. */
    public static final String MECHANISM_PLUS = "SCRAM-SHA-256-PLUS";
    /** PostgreSQL's scram_iterations default. */
    public static final int DEFAULT_ITERATIONS = 4096;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ScramSha256() {
    }

    /** A stored verifier's parts. */
    public record Verifier(int iterations, byte[] salt, byte[] storedKey, byte[] serverKey) {
        /** @return the verifier, or null when {@code text} is not a SCRAM-SHA-256 verifier */
        public static Verifier parse(String text) {
            if (text == null || !text.startsWith(MECHANISM + "$")) {
                return null;
            }
            try {
                String[] parts = text.substring(MECHANISM.length() + 1).split("\\$");
                String[] head = parts[0].split(":");
                String[] keys = parts[1].split(":");
                if (parts.length != 2 || head.length != 2 || keys.length != 2) {
                    return null;
                }
                Base64.Decoder b64 = Base64.getDecoder();
                Verifier v = new Verifier(Integer.parseInt(head[0]), b64.decode(head[1]), b64.decode(keys[0]),
                        b64.decode(keys[1]));
                return v.iterations > 0 && v.storedKey.length == 32 && v.serverKey.length == 32 ? v : null;
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                return null;
            }
        }

        public String text() {
            Base64.Encoder b64 = Base64.getEncoder();
            return MECHANISM + "$" + iterations + ":" + b64.encodeToString(salt) + "$" + b64.encodeToString(storedKey)
                    + ":" + b64.encodeToString(serverKey);
        }

        /** True when {@code password} is the one this verifier was made from (password authentication). */
        public boolean matches(String password) {
            Verifier other = derive(password, salt, iterations);
            return MessageDigest.isEqual(other.storedKey, storedKey) && MessageDigest.isEqual(other.serverKey, serverKey);
        }
    }

    /** A new verifier for {@code password} with a random salt (CREATE/ALTER ROLE … PASSWORD). */
    public static String encrypt(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return derive(password, salt, DEFAULT_ITERATIONS).text();
    }

    static Verifier derive(String password, byte[] salt, int iterations) {
        byte[] salted = hi(password.getBytes(StandardCharsets.UTF_8), salt, iterations);
        byte[] clientKey = hmac(salted, "Client Key".getBytes(StandardCharsets.US_ASCII));
        byte[] serverKey = hmac(salted, "Server Key".getBytes(StandardCharsets.US_ASCII));
        return new Verifier(iterations, salt, sha256(clientKey), serverKey);
    }

    /** RFC 5802's Hi(): PBKDF2 with HMAC-SHA-256 and one output block. */
    private static byte[] hi(byte[] password, byte[] salt, int iterations) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key(password));
            mac.update(salt);
            byte[] u = mac.doFinal(new byte[] {0, 0, 0, 1});
            byte[] result = u.clone();
            for (int i = 1; i < iterations; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < result.length; j++) {
                    result[j] ^= u[j];
                }
            }
            return result;
        } catch (GeneralSecurityException e) {
            throw PgException.internal(e);
        }
    }

    /** SecretKeySpec refuses an empty key; HMAC pads keys with zeros, so one zero byte is the same key. */
    private static SecretKeySpec key(byte[] bytes) {
        return new SecretKeySpec(bytes.length == 0 ? new byte[1] : bytes, "HmacSHA256");
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key(key));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw PgException.internal(e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw PgException.internal(e);
        }
    }

    /**
     * The server side of one exchange: {@link #serverFirst} answers the client-first-message,
     * {@link #serverFinal} checks the client's proof and returns the server-final-message.
     * Without a usable verifier (unknown role, no or non-SCRAM password) it runs a mock exchange
     * with a salt derived from the user name, so a client learns nothing and waits as long as for
     * a wrong password; the proof then always fails.
     */
    public static final class ServerExchange {
        private final Verifier verifier;
        private final boolean mock;
        /** tls-server-end-point data when the connection is TLS, else null. */
        private final byte[] channelBinding;
        private boolean bound;
        private String clientFirstBare;
        private String serverFirst;
        private String nonce;
        private String gs2Header;

        /**
         * @param verifierText the role's stored password, or null
         * @param user the user name (seeds the mock salt)
         * @param mockSecret a per-server secret for mock salts
         * @param channelBinding the connection's tls-server-end-point data, null without TLS
         */
        public ServerExchange(String verifierText, String user, byte[] mockSecret, byte[] channelBinding) {
            this.channelBinding = channelBinding;
            Verifier v = Verifier.parse(verifierText);
            this.mock = v == null;
            if (mock) {
                byte[] seed = sha256((user + "\0" + Base64.getEncoder().encodeToString(mockSecret))
                        .getBytes(StandardCharsets.UTF_8));
                byte[] salt = java.util.Arrays.copyOf(seed, SALT_BYTES);
                v = new Verifier(DEFAULT_ITERATIONS, salt, new byte[32], new byte[32]);
            }
            this.verifier = v;
        }

        /**
         * @param mechanism what the client chose: {@link #MECHANISM} or, over TLS, {@link #MECHANISM_PLUS}
         * @return the server-first-message for the client-first-message
         */
        public String serverFirst(String mechanism, String clientFirst) {
            // gs2-header: cbind-flag "," [authzid] ","
            int first = clientFirst.indexOf(',');
            int second = first < 0 ? -1 : clientFirst.indexOf(',', first + 1);
            if (second < 0) {
                throw malformed("Attribute expected, but found end of string.");
            }
            String flag = clientFirst.substring(0, first);
            boolean plus = mechanism.equals(MECHANISM_PLUS);
            if (flag.startsWith("p=")) {
                if (!plus) {
                    throw negotiation("The client selected SCRAM-SHA-256 without channel binding, but the SCRAM "
                            + "message includes channel binding data.");
                }
                if (!flag.equals("p=tls-server-end-point")) {
                    throw new PgException(SqlState.PROTOCOL_VIOLATION, "unsupported SCRAM channel-binding type \"%s\"",
                            flag.substring(2)).withSeverity("FATAL");
                }
                bound = true;
            } else if (plus) {
                throw negotiation("The client selected SCRAM-SHA-256-PLUS, but the SCRAM message does not include "
                        + "channel binding data.");
            } else if (flag.equals("y") && channelBinding != null) {
                throw negotiation("The client supports SCRAM channel binding but thinks the server does not.  "
                        + "However, this server does support channel binding.");
            } else if (!flag.equals("n") && !flag.equals("y")) {
                throw malformed("Unexpected channel-binding flag \"" + flag + "\".");
            }
            if (second > first + 1) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "client uses authorization identity, but it is not supported").withSeverity("FATAL");
            }
            gs2Header = clientFirst.substring(0, second + 1);
            clientFirstBare = clientFirst.substring(second + 1);
            String clientNonce = null;
            for (String attribute : clientFirstBare.split(",")) {
                if (attribute.startsWith("r=")) {
                    clientNonce = attribute.substring(2);
                } else if (attribute.startsWith("m=")) {
                    throw malformed("Unsupported mandatory extension.");
                }
            }
            if (!clientFirstBare.startsWith("n=") || clientNonce == null || clientNonce.isEmpty()) {
                throw malformed("Could not parse client nonce.");
            }
            byte[] serverNonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(serverNonce);
            nonce = clientNonce + Base64.getEncoder().encodeToString(serverNonce);
            serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(verifier.salt()) + ",i="
                    + verifier.iterations();
            return serverFirst;
        }

        /**
         * @return the server-final-message
         * @throws PgException 28P01 when the proof is wrong (or the exchange was a mock one)
         */
        public String serverFinal(String clientFinal, String user) {
            int proofAt = clientFinal.lastIndexOf(",p=");
            if (serverFirst == null || proofAt < 0) {
                throw malformed("Could not find the proof in the client-final-message.");
            }
            String withoutProof = clientFinal.substring(0, proofAt);
            String clientBinding = null;
            String finalNonce = null;
            for (String attribute : withoutProof.split(",")) {
                if (attribute.startsWith("c=")) {
                    clientBinding = attribute.substring(2);
                } else if (attribute.startsWith("r=")) {
                    finalNonce = attribute.substring(2);
                }
            }
            byte[] header = gs2Header.getBytes(StandardCharsets.US_ASCII);
            if (bound) { // c= carries the header followed by the binding data
                byte[] withBinding = java.util.Arrays.copyOf(header, header.length + channelBinding.length);
                System.arraycopy(channelBinding, 0, withBinding, header.length, channelBinding.length);
                header = withBinding;
            }
            String expectedBinding = Base64.getEncoder().encodeToString(header);
            if (!expectedBinding.equals(clientBinding)) {
                throw malformed("Unexpected SCRAM channel-binding attribute in client-final-message.");
            }
            if (!nonce.equals(finalNonce)) {
                throw malformed("Unexpected SCRAM nonce in client-final-message.");
            }
            byte[] proof;
            try {
                proof = Base64.getDecoder().decode(clientFinal.substring(proofAt + 3));
            } catch (IllegalArgumentException e) {
                throw malformed("Malformed proof in client-final-message.");
            }
            byte[] authMessage = (clientFirstBare + "," + serverFirst + "," + withoutProof)
                    .getBytes(StandardCharsets.UTF_8);
            byte[] clientSignature = hmac(verifier.storedKey(), authMessage);
            boolean ok = proof.length == clientSignature.length;
            if (ok) {
                byte[] clientKey = new byte[proof.length];
                for (int i = 0; i < proof.length; i++) {
                    clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
                }
                ok = MessageDigest.isEqual(sha256(clientKey), verifier.storedKey()) && !mock;
            }
            if (!ok) {
                throw Authentication.passwordFailed(user);
            }
            return "v=" + Base64.getEncoder().encodeToString(hmac(verifier.serverKey(), authMessage));
        }

        private static PgException negotiation(String detail) {
            return new PgException(SqlState.PROTOCOL_VIOLATION, "SCRAM channel binding negotiation error")
                    .withDetail(detail).withSeverity("FATAL");
        }

        private static PgException malformed(String detail) {
            return new PgException(SqlState.PROTOCOL_VIOLATION, "malformed SCRAM message").withDetail(detail)
                    .withSeverity("FATAL");
        }
    }
}
