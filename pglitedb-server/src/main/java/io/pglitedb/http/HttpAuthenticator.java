package io.pglitedb.http;

import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.security.Authentication;
import io.pglitedb.security.HbaRules;
import io.pglitedb.session.Database;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who an HTTP request is: HTTP Basic credentials (or a bearer token from {@link BearerTokens})
 * checked by the same pg_hba-style rules as the wire server ({@link Authentication#method}). {@code trust} accepts the named role without a
 * password (and a request without credentials as {@code postgres}); {@code password}, {@code md5}
 * and {@code scram-sha-256} all check the Basic password against the role's stored SCRAM or md5
 * verifier ({@link Authentication#checkCleartext}); {@code reject} and no matching rule refuse
 * (403, 28000). A request that needs a password and has none gets 401 with
 * {@code WWW-Authenticate: Basic}. Wrong password, unknown role and expired role look alike (28P01).
 *
 * <p>A SCRAM check costs a PBKDF2 derivation (4096 rounds), too much for every request, so a
 * successful check is remembered as an HMAC of (role, stored verifier, password) under a key
 * that lives only in this process; a changed password or verifier misses the cache.
 */
final class HttpAuthenticator {
    /** The role of requests without credentials, where the rules trust them. */
    static final String ANONYMOUS_ROLE = RoleDescriptor.BOOTSTRAP_SUPERUSER;
    private static final int CACHE_LIMIT = 10_000;

    private final Database database;
    private final Authentication authentication;
    private final byte[] cacheKey = new byte[32];
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();
    private final BearerTokens tokens;
    private volatile TokenFile tokenFile = TokenFile.EMPTY;

    HttpAuthenticator(Database database, Authentication authentication) {
        this.database = database;
        this.authentication = authentication;
        this.tokens = new BearerTokens(database);
        new SecureRandom().nextBytes(cacheKey);
    }

    /**
     * What an Authorization header carries: Basic user and password, or a bearer token (then user
     * and password are null). Null when there is no header.
     */
    record Credentials(String user, String password, String token) {
        static Credentials parse(String header) {
            if (header == null) {
                return null;
            }
            String trimmed = header.trim();
            if (trimmed.length() > 7 && trimmed.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return new Credentials(null, null, trimmed.substring(7).trim());
            }
            if (trimmed.length() < 6 || !trimmed.regionMatches(true, 0, "Basic ", 0, 6)) {
                throw new HttpFailure(401, new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                        "unsupported authorization scheme (use HTTP Basic or a bearer token)"));
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(trimmed.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new HttpFailure(401, new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                        "malformed Basic credentials"));
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw new HttpFailure(401, new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                        "malformed Basic credentials"));
            }
            return new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1), null);
        }
    }

    /**
     * Who a request is.
     *
     * @param passwordChecked the request proved the role's password (Basic under a password
     *        method), which is what {@code POST /v1/tokens} requires
     */
    record Identity(String user, boolean passwordChecked) {
    }

    /**
     * Checks the request and returns the role name it runs as.
     *
     * @throws HttpFailure 401 (credentials missing or wrong) or 403 (the rules refuse)
     */
    String authenticate(Credentials credentials, String databaseName, InetAddress client, boolean tls) {
        return identify(credentials, databaseName, client, tls).user();
    }

    /**
     * As {@link #authenticate}, telling also how. A bearer token stands for the password check it
     * was issued after; the rules still decide whether its role may connect from here (403).
     */
    Identity identify(Credentials credentials, String databaseName, InetAddress client, boolean tls) {
        String user = credentials == null ? ANONYMOUS_ROLE
                : credentials.token() != null ? tokenRole(credentials.token()) : credentials.user();
        HbaRules.Method method;
        try {
            method = authentication.method(tls, databaseName, user, client);
        } catch (PgException e) {
            throw new HttpFailure(403, e.withSeverity("ERROR"));
        }
        if (credentials != null && credentials.token() != null) {
            return new Identity(user, false);
        }
        if (method == HbaRules.Method.TRUST) {
            return new Identity(user, false);
        }
        if (credentials == null) {
            throw new HttpFailure(401, new PgException(SqlState.INVALID_PASSWORD,
                    "password authentication required (HTTP Basic)"));
        }
        RoleDescriptor role = database.role(user);
        String stored = role == null || expired(role) ? null : role.password();
        if (stored == null || credentials.password().isEmpty() || !check(stored, user, credentials.password())) {
            throw new HttpFailure(401, Authentication.passwordFailed(user).withSeverity("ERROR"));
        }
        return new Identity(user, true);
    }

    /**
     * The role of a bearer token: a signed one from {@code POST /v1/tokens} (it has a dot), else
     * one of the {@code --http-tokens} file, whose role must still exist and not be expired.
     */
    private String tokenRole(String token) {
        if (token.indexOf('.') >= 0) {
            return tokens.verify(token);
        }
        String role = tokenFile.roleOf(token);
        RoleDescriptor descriptor = role == null ? null : database.role(role);
        if (descriptor == null || expired(descriptor)) {
            throw new HttpFailure(401, new PgException(SqlState.INVALID_PASSWORD, "invalid or expired bearer token"));
        }
        return role;
    }

    /** Replaces the long-lived tokens (at start and on SIGHUP). */
    void tokenFile(TokenFile file) {
        tokenFile = java.util.Objects.requireNonNull(file);
    }

    /** Issues bearer tokens (POST /v1/tokens) and checks them. */
    BearerTokens tokens() {
        return tokens;
    }

    private boolean check(String stored, String user, String password) {
        byte[] fingerprint = fingerprint(user, stored, password);
        byte[] known = verified.get(user);
        if (known != null && MessageDigest.isEqual(known, fingerprint)) {
            return true;
        }
        if (!Authentication.checkCleartext(stored, user, password)) {
            return false;
        }
        if (verified.size() >= CACHE_LIMIT) {
            verified.clear();
        }
        verified.put(user, fingerprint);
        return true;
    }

    private byte[] fingerprint(String user, String stored, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            return mac.doFinal((user + '\0' + stored + '\0' + password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw PgException.internal(e);
        }
    }

    private static boolean expired(RoleDescriptor role) {
        return role.validUntil() != null && role.validUntil().isBefore(Instant.now());
    }
}
