package io.pglitedb.wire;

import io.pglitedb.error.PgException;
import io.pglitedb.session.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The startup phase, before any typed message:
 *
 * <pre>
 *   [SSLRequest → 'N'] [GSSENCRequest → 'N']      (each at most once, in any order)
 *   StartupMessage(3.x, user, database, ...) → [NegotiateProtocolVersion] → openSession
 *       → AuthenticationOk, ParameterStatus*, BackendKeyData, ReadyForQuery
 *   CancelRequest(pid, key) → Database.cancel, close without a reply
 * </pre>
 *
 * Authentication is "trust". Errors here are FATAL: {@link ClientConnection} sends the
 * ErrorResponse and closes.
 */
final class StartupHandshake {
    private static final int NEWEST_MINOR = 0;

    private final MessageReader in;
    private final MessageWriter out;
    private final SessionOpener opener;

    StartupHandshake(MessageReader in, MessageWriter out, SessionOpener opener) {
        this.in = in;
        this.out = out;
        this.opener = opener;
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
                refuseEncryption();
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

    /** Authentication succeeded (trust): tell the client everything it needs, then wait for a query. */
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
