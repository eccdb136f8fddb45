package io.pglitedb.wire;

/**
 * Every message type byte of protocol v3, both directions, in one place (PostgreSQL manual,
 * "Message Formats"). Startup-phase packets have no type byte; they are told apart by the code in
 * their first four body bytes ({@link #PROTOCOL_3_0}, {@link #SSL_REQUEST_CODE} ...).
 */
final class MessageType {
    private MessageType() {
    }

    // ---- startup packets (length, then a 32-bit code) ----------------------------------------

    /** Protocol 3.0: major version in the high 16 bits, minor in the low 16 bits. */
    static final int PROTOCOL_3_0 = 3 << 16;
    static final int CANCEL_REQUEST_CODE = 80877102;
    static final int SSL_REQUEST_CODE = 80877103;
    static final int GSSENC_REQUEST_CODE = 80877104;

    // ---- frontend (client to server) ----------------------------------------------------------

    static final byte BIND = 'B';
    static final byte CLOSE = 'C';
    static final byte COPY_DATA = 'd';
    static final byte COPY_DONE = 'c';
    static final byte COPY_FAIL = 'f';
    static final byte DESCRIBE = 'D';
    static final byte EXECUTE = 'E';
    static final byte FLUSH = 'H';
    static final byte FUNCTION_CALL = 'F';
    static final byte PARSE = 'P';
    /** Also PasswordMessage / SASLInitialResponse / SASLResponse / GSSResponse during authentication. */
    static final byte PASSWORD_MESSAGE = 'p';
    static final byte QUERY = 'Q';
    static final byte SYNC = 'S';
    static final byte TERMINATE = 'X';

    /** Describe / Close target: a prepared statement. */
    static final byte TARGET_STATEMENT = 'S';
    /** Describe / Close target: a portal. */
    static final byte TARGET_PORTAL = 'P';

    // ---- backend (server to client) -----------------------------------------------------------

    static final byte AUTHENTICATION = 'R';
    static final byte BACKEND_KEY_DATA = 'K';
    static final byte BIND_COMPLETE = '2';
    /** CopyInResponse: overall format, column count, per-column formats. */
    static final byte COPY_IN_RESPONSE = 'G';
    /** CopyOutResponse: as CopyInResponse. CopyData ('d') and CopyDone ('c') go both ways. */
    static final byte COPY_OUT_RESPONSE = 'H';
    static final byte CLOSE_COMPLETE = '3';
    static final byte COMMAND_COMPLETE = 'C';
    static final byte DATA_ROW = 'D';
    static final byte EMPTY_QUERY_RESPONSE = 'I';
    static final byte ERROR_RESPONSE = 'E';
    static final byte NEGOTIATE_PROTOCOL_VERSION = 'v';
    static final byte NO_DATA = 'n';
    static final byte NOTICE_RESPONSE = 'N';
    static final byte PARAMETER_DESCRIPTION = 't';
    static final byte PARAMETER_STATUS = 'S';
    static final byte PARSE_COMPLETE = '1';
    static final byte PORTAL_SUSPENDED = 's';
    static final byte READY_FOR_QUERY = 'Z';
    static final byte ROW_DESCRIPTION = 'T';

    /** Sub-codes of an Authentication ('R') message. */
    static final int AUTH_OK = 0;
    static final int AUTH_CLEARTEXT_PASSWORD = 3;
    static final int AUTH_MD5_PASSWORD = 5;
    static final int AUTH_SASL = 10;
    static final int AUTH_SASL_CONTINUE = 11;
    static final int AUTH_SASL_FINAL = 12;

    /** The single byte answering SSLRequest / GSSENCRequest: "not supported, go on in plain text". */
    static final byte ENCRYPTION_REFUSED = 'N';
    /** The answer to SSLRequest when the server has a certificate: the TLS handshake follows. */
    static final byte ENCRYPTION_ACCEPTED = 'S';

    // ---- ErrorResponse / NoticeResponse field codes --------------------------------------------

    static final byte FIELD_SEVERITY = 'S';
    static final byte FIELD_SEVERITY_NONLOCALIZED = 'V';
    static final byte FIELD_SQLSTATE = 'C';
    static final byte FIELD_MESSAGE = 'M';
    static final byte FIELD_DETAIL = 'D';
    static final byte FIELD_HINT = 'H';
    static final byte FIELD_POSITION = 'P';
    static final byte FIELD_CONTEXT = 'W';
    static final byte FIELD_INTERNAL_POSITION = 'p';
    static final byte FIELD_INTERNAL_QUERY = 'q';
    static final byte FIELD_SCHEMA = 's';
    static final byte FIELD_TABLE = 't';
    static final byte FIELD_COLUMN = 'c';
    static final byte FIELD_CONSTRAINT = 'n';
    static final byte FIELD_FILE = 'F';
    static final byte FIELD_LINE = 'L';
    static final byte FIELD_ROUTINE = 'R';
}
