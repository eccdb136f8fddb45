package io.pglitedb.wire;

import io.pglitedb.error.PgException;
import java.io.IOException;

/**
 * ErrorResponse and NoticeResponse from a {@link PgException}: the fields PostgreSQL sends, in
 * PostgreSQL's order. The SQLSTATE and texts come from the exception only; no Java class name or
 * stack frame ever reaches the client (F/L/R name this server, not Java code).
 */
final class ErrorResponses {
    private static final String FILE = "pglitedb";
    private static final String LINE = "0";

    private ErrorResponses() {
    }

    static void error(MessageWriter out, PgException e, String routine) throws IOException {
        write(out, MessageType.ERROR_RESPONSE, e, severityOf(e, "ERROR"), routine);
    }

    static void notice(MessageWriter out, PgException e, String routine) throws IOException {
        String severity = severityOf(e, "NOTICE");
        if (severity.equals("ERROR") || severity.equals("FATAL") || severity.equals("PANIC")) {
            severity = "WARNING"; // a notice never ends anything
        }
        write(out, MessageType.NOTICE_RESPONSE, e, severity, routine);
    }

    private static void write(MessageWriter out, byte type, PgException e, String severity, String routine)
            throws IOException {
        out.begin(type);
        field(out, MessageType.FIELD_SEVERITY, severity);
        field(out, MessageType.FIELD_SEVERITY_NONLOCALIZED, severity);
        field(out, MessageType.FIELD_SQLSTATE, e.code());
        field(out, MessageType.FIELD_MESSAGE, e.getMessage() == null ? "" : e.getMessage());
        field(out, MessageType.FIELD_DETAIL, e.detail());
        field(out, MessageType.FIELD_HINT, e.hint());
        if (e.position() > 0) {
            field(out, MessageType.FIELD_POSITION, Integer.toString(e.position()));
        }
        if (e.internalQuery() != null) {
            if (e.internalPosition() > 0) {
                field(out, MessageType.FIELD_INTERNAL_POSITION, Integer.toString(e.internalPosition()));
            }
            field(out, MessageType.FIELD_INTERNAL_QUERY, e.internalQuery());
        }
        field(out, MessageType.FIELD_CONTEXT, e.context());
        field(out, MessageType.FIELD_SCHEMA, e.schemaName());
        field(out, MessageType.FIELD_TABLE, e.tableName());
        field(out, MessageType.FIELD_COLUMN, e.columnName());
        field(out, MessageType.FIELD_CONSTRAINT, e.constraintName());
        field(out, MessageType.FIELD_FILE, FILE);
        field(out, MessageType.FIELD_LINE, LINE);
        field(out, MessageType.FIELD_ROUTINE, routine);
        out.int8(0);
        out.end();
    }

    private static String severityOf(PgException e, String fallback) {
        String s = e.severity();
        return s == null || s.isEmpty() ? fallback : s;
    }

    private static void field(MessageWriter out, byte code, String value) {
        if (value != null) {
            out.int8(code);
            out.cstring(value);
        }
    }
}
