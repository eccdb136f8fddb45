package io.pglitedb.security;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Client authentication policy for the front ends that accept connections (wire protocol, HTTP):
 * which method the rules ask for, and the password checks. The rules can be replaced while the
 * server runs ({@link #reload}); a connection uses the rules current when it starts.
 */
public final class Authentication {
    private static final byte[] NO_SALT = new byte[16];

    private volatile HbaRules rules;
    /** Seeds mock SCRAM salts, so they are stable per user for this server but not guessable. */
    private final byte[] mockSecret = new byte[32];

    public Authentication(HbaRules rules) {
        this.rules = rules;
        new SecureRandom().nextBytes(mockSecret);
    }

    public HbaRules rules() {
        return rules;
    }

    public void reload(HbaRules newRules) {
        this.rules = newRules;
    }

    /**
     * The method the first matching rule names.
     *
     * @throws PgException FATAL 28000 when no rule matches or the rule says reject (PostgreSQL's texts)
     */
    public HbaRules.Method method(boolean ssl, String database, String user, InetAddress client) {
        HbaRules.Rule rule = rules.match(ssl, database, user, client);
        String where = "host \"" + client.getHostAddress() + "\", user \"" + user + "\", database \"" + database
                + "\", " + (ssl ? "SSL encryption" : "no encryption");
        if (rule == null) {
            throw new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "no pg_hba.conf entry for %s", where)
                    .withSeverity("FATAL");
        }
        if (rule.method() == HbaRules.Method.REJECT) {
            throw new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "pg_hba.conf rejects connection for %s",
                    where).withSeverity("FATAL");
        }
        return rule.method();
    }

    /**
     * A SCRAM exchange against the role's stored password (null or not SCRAM: a mock that fails).
     *
     * @param channelBinding the TLS connection's tls-server-end-point data, null without TLS
     */
    public ScramSha256.ServerExchange scram(String storedPassword, String user, byte[] channelBinding) {
        return new ScramSha256.ServerExchange(storedPassword, user, mockSecret, channelBinding);
    }

    /** The "password" method: checks a cleartext password against the stored SCRAM or md5 form. */
    public static boolean checkCleartext(String stored, String user, String password) {
        if (stored == null) {
            ScramSha256.derive(password, NO_SALT, ScramSha256.DEFAULT_ITERATIONS); // as long as a real check
            return false;
        }
        ScramSha256.Verifier verifier = ScramSha256.Verifier.parse(stored);
        if (verifier != null) {
            return verifier.matches(password);
        }
        if (Md5Password.isMd5(stored)) {
            return MessageDigest.isEqual(Md5Password.encrypt(password, user).getBytes(StandardCharsets.US_ASCII),
                    stored.getBytes(StandardCharsets.US_ASCII));
        }
        return false;
    }

    /** FATAL 28P01, the same text for an unknown role, a missing and a wrong password. */
    public static PgException passwordFailed(String user) {
        return new PgException(SqlState.INVALID_PASSWORD, "password authentication failed for user \"%s\"", user)
                .withSeverity("FATAL");
    }

    /**
     * True when an already encrypted password (md5 hash or SCRAM verifier) is that of the empty
     * string, which PostgreSQL refuses like an empty cleartext password.
     */
    public static boolean isEmptyPassword(String password, String user) {
        ScramSha256.Verifier verifier = ScramSha256.Verifier.parse(password);
        if (verifier != null) {
            return verifier.matches("");
        }
        return Md5Password.isMd5(password) && password.equals(Md5Password.encrypt("", user));
    }

    /**
     * The stored form of a password given in CREATE/ALTER ROLE: kept as is when it is already a
     * SCRAM verifier or md5 hash (as PostgreSQL does), else encrypted per password_encryption.
     */
    public static String storedForm(String password, String user, String passwordEncryption) {
        if (ScramSha256.Verifier.parse(password) != null || Md5Password.isMd5(password)) {
            return password;
        }
        return "md5".equals(passwordEncryption) ? Md5Password.encrypt(password, user) : ScramSha256.encrypt(password);
    }
}
