package io.pglitedb.wire;

import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.security.Authentication;
import io.pglitedb.security.HbaRules;
import io.pglitedb.security.Md5Password;
import io.pglitedb.security.ScramSha256;
import io.pglitedb.session.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The startup phase, before any typed message:
 *
 * <pre>
 *   [SSLRequest → 'S' + TLS handshake, or 'N' without a certificate] [GSSENCRequest → 'N']
 *                                                  (each at most once, in any order)
 *   StartupMessage(3.x, user, database, ...) → [NegotiateProtocolVersion]
 *       → authentication (the first matching pg_hba rule's method):
 *           trust:         nothing
 *           password:      AuthenticationCleartextPassword ← PasswordMessage
 *           md5:           AuthenticationMD5Password(salt) ← PasswordMessage("md5…")
 *                          (SCRAM instead when the role's password is a SCRAM verifier, as PostgreSQL)
 *           scram-sha-256: AuthenticationSASL ← SASLInitialResponse → SASLContinue ← SASLResponse
 *                          → SASLFinal (over TLS SCRAM-SHA-256-PLUS is offered too: channel binding)
 *       → openSession (role exists and may log in) → AuthenticationOk, ParameterStatus*,
 *         BackendKeyData, ReadyForQuery
 *   CancelRequest(pid, key) → Database.cancel, close without a reply
 * </pre>
 *
 * A wrong password, a missing password and an unknown role fail alike (28P01, after the same
 * exchange: a mock SCRAM exchange for roles without a verifier). Errors here are FATAL:
 * {@link ClientConnection} sends the ErrorResponse and closes.
 */
final class StartupHandshake {
    private static final int NEWEST_MINOR = 0;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Switches the connection to TLS after 'S' was sent, returning the encrypted streams. */
    interface TlsUpgrade {
        Streams upgrade() throws IOException;
    }

    record Streams(MessageReader in, MessageWriter out) {
    }

    private MessageReader in;
    private MessageWriter out;
    private final SessionOpener opener;
    private final TlsConfig tls;
    private final TlsUpgrade upgrade;
    private boolean encrypted;

    /** @param tls null when the server has no certificate (SSLRequest is refused) */
    StartupHandshake(MessageReader in, MessageWriter out, SessionOpener opener, TlsConfig tls, TlsUpgrade upgrade) {
        this.in = in;
        this.out = out;
        this.opener = opener;
        this.tls = tls;
        this.upgrade = upgrade;
    }

    /** The streams after startup (encrypted ones once TLS started). */
    Streams streams() {
        return new Streams(in, out);
    }

    /**
     * Reads startup packets until a StartupMessage and returns its parameters, or null when the
     * connection should end quietly (CancelRequest, or the client left).
     */
    Map<String, String> readStartupMessage() throws IOException {
        boolean sslAnswered = false;
        boolean gssAnswered = false;
        while (true) {
            MessageBody body = in.readStartupPacket();
            if (body == null) {
                return null;
            }
            int code = body.readInt32();
            if (code == MessageType.CANCEL_REQUEST_CODE) {
                if (body.remaining() == 8) {
                    int processId = body.readInt32();
                    int secretKey = body.readInt32();
                    opener.cancel(processId, secretKey);
                }
                return null;
            }
            if (code == MessageType.SSL_REQUEST_CODE && !sslAnswered) {
                sslAnswered = true;
                if (tls == null) {
                    refuseEncryption();
                    continue;
                }
                if (in.buffered() > 0) {
                    throw ProtocolViolation.fatal(SqlState.PROTOCOL_VIOLATION,
                            "received unencrypted data after SSL request");
                }
                out.rawByte(MessageType.ENCRYPTION_ACCEPTED);
                out.flush();
                Streams streams = upgrade.upgrade();
                in = streams.in();
                out = streams.out();
                encrypted = true;
                gssAnswered = true; // no GSSAPI request inside TLS
                continue;
            }
            if (code == MessageType.GSSENC_REQUEST_CODE && !gssAnswered) {
                gssAnswered = true;
                refuseEncryption();
                continue;
            }
            if ((code >>> 16) != 3) {
                throw ProtocolViolation.unsupportedProtocol(code);
            }
            return readParameters(body, code & 0xFFFF);
        }
    }

    /**
     * Runs the authentication exchange the rules ask for; returns when the client is who it says.
     *
     * @throws PgException FATAL 28000 (no rule, reject) or 28P01 (password check failed)
     */
    void authenticate(Map<String, String> parameters, java.net.InetAddress client) throws IOException {
        String user = parameters.get("user");
        String database = parameters.get("database");
        Authentication authentication = opener.authentication();
        HbaRules.Method method = authentication.method(encrypted, database, user, client);
        if (method == HbaRules.Method.TRUST) {
            return;
        }
        RoleDescriptor role = opener.role(user);
        String stored = role == null || expired(role) ? null : role.password();
        switch (method) {
            case PASSWORD -> {
                out.authenticationRequest(MessageType.AUTH_CLEARTEXT_PASSWORD, new byte[0]);
                out.flush();
                String password = readPasswordMessage().readCString();
                if (password.isEmpty() || !Authentication.checkCleartext(stored, user, password)) {
                    throw Authentication.passwordFailed(user);
                }
            }
            case MD5 -> {
                if (Md5Password.isMd5(stored)) {
                    byte[] salt = new byte[4];
                    RANDOM.nextBytes(salt);
                    out.authenticationRequest(MessageType.AUTH_MD5_PASSWORD, salt);
                    out.flush();
                    if (!Md5Password.checkResponse(stored, salt, readPasswordMessage().readCString())) {
                        throw Authentication.passwordFailed(user);
                    }
                } else {
                    scram(authentication, stored, user);
                }
            }
            default -> scram(authentication, stored, user);
        }
    }

    private void scram(Authentication authentication, String stored, String user) throws IOException {
        byte[] binding = encrypted ? tls.endPointBinding() : null;
        ScramSha256.ServerExchange exchange = authentication.scram(stored, user, binding);
        String offered = (encrypted ? ScramSha256.MECHANISM_PLUS + "\0" : "") + ScramSha256.MECHANISM + "\0\0";
        out.authenticationRequest(MessageType.AUTH_SASL, offered.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        MessageBody initial = readPasswordMessage();
        String mechanism = initial.readCString();
        if (!mechanism.equals(ScramSha256.MECHANISM) && !(encrypted && mechanism.equals(ScramSha256.MECHANISM_PLUS))) {
            throw ProtocolViolation.fatal(SqlState.PROTOCOL_VIOLATION,
                    "client selected an invalid SASL authentication mechanism");
        }
        int length = initial.readInt32();
        if (length < 0 || length != initial.remaining()) {
            throw ProtocolViolation.invalidMessageFormat();
        }
        String clientFirst = new String(initial.readBytes(length), StandardCharsets.UTF_8);
        out.authenticationRequest(MessageType.AUTH_SASL_CONTINUE,
                exchange.serverFirst(mechanism, clientFirst).getBytes(StandardCharsets.UTF_8));
        out.flush();
        MessageBody response = readPasswordMessage();
        String clientFinal = new String(response.readBytes(response.remaining()), StandardCharsets.UTF_8);
        out.authenticationRequest(MessageType.AUTH_SASL_FINAL,
                exchange.serverFinal(clientFinal, user).getBytes(StandardCharsets.UTF_8));
        // AuthenticationOk follows in greet()
    }

    private static boolean expired(RoleDescriptor role) {
        return role.validUntil() != null && role.validUntil().isBefore(java.time.Instant.now());
    }

    /** The client's next message, which must be a PasswordMessage / SASL response ('p'). */
    private MessageBody readPasswordMessage() throws IOException {
        int type = in.readType();
        if (type < 0) {
            throw new java.io.EOFException("client left during authentication");
        }
        if (type != MessageType.PASSWORD_MESSAGE) {
            throw ProtocolViolation.fatal(SqlState.PROTOCOL_VIOLATION,
                    "expected password response, got message type " + type);
        }
        return in.readAuthenticationBody(type);
    }

    /** Authentication succeeded: tell the client everything it needs, then wait for a query. */
    void greet(Session session) throws IOException {
        out.authenticationOk();
        out.parameterStatuses(session.reportedParameters());
        out.backendKeyData(session.processId(), session.secretKey());
        out.readyForQuery(session.transactionStatus().indicator());
        out.flush();
    }

    private void refuseEncryption() throws IOException {
        out.rawByte(MessageType.ENCRYPTION_REFUSED);
        out.flush();
    }

    private Map<String, String> readParameters(MessageBody body, int minor) throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> unrecognized = new ArrayList<>();
        while (true) {
            String name = body.readCString();
            if (name.isEmpty()) {
                break;
            }
            String value = body.readCString();
            if (name.startsWith("_pq_.")) {
                unrecognized.add(name); // protocol extensions: none supported
            } else {
                parameters.put(name, value);
            }
        }
        if (body.remaining() != 0) {
            throw ProtocolViolation.fatal(io.pglitedb.error.SqlState.PROTOCOL_VIOLATION,
                    "invalid startup packet layout: expected terminator as last byte");
        }
        if (minor > NEWEST_MINOR || !unrecognized.isEmpty()) {
            out.negotiateProtocolVersion((3 << 16) | NEWEST_MINOR, unrecognized);
        }
        String user = parameters.get("user");
        if (user == null || user.isEmpty()) {
            throw ProtocolViolation.noUserName();
        }
        String database = parameters.get("database");
        if (database == null || database.isEmpty()) {
            parameters.put("database", user); // PostgreSQL's default
        }
        return parameters;
    }

    static PgException asFatal(PgException e) {
        return ProtocolViolation.isFatal(e) ? e : e.withSeverity("FATAL");
    }
}
