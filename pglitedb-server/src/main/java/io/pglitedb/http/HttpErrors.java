package io.pglitedb.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.pglitedb.error.PgException;
import java.io.IOException;

/**
 * The error contract of the HTTP door: every failure is
 * {@code {"error":{"sqlstate","message","detail","hint","position"}}} (plus context, schema,
 * table, column and constraint when PostgreSQL would send them), with an HTTP status chosen from
 * the SQLSTATE. Texts come from the {@link PgException} only; no Java class or stack frame.
 *
 * <pre>
 *   28P01 (password)                 401    42501 (privilege), other 28xxx   403
 *   3D000 (no such database)         404    23xxx, 40xxx, 25xxx, 55P03      409
 *   22xxx, 42xxx, 0Axxx, 08P01, ...  400    53xxx, 57P01..57P03             503
 *   57014 (statement timeout/cancel) 504    anything else (XX000, 58xxx)    500
 * </pre>
 */
final class HttpErrors {
    private HttpErrors() {
    }

    static int statusOf(PgException e) {
        String code = e.code();
        String sqlClass = code.substring(0, 2);
        if (code.equals("28P01")) {
            return 401;
        }
        if (code.equals("42501") || sqlClass.equals("28")) {
            return 403;
        }
        if (code.equals("3D000")) {
            return 404;
        }
        if (code.equals("57014")) {
            return 504;
        }
        if (code.equals("55P03")) {
            return 409;
        }
        return switch (sqlClass) {
            case "23", "40", "25" -> 409;
            case "53", "57" -> 503;
            case "22", "42", "0A", "08", "0B", "21", "24", "26", "2B", "2F", "34", "3B", "3F", "44", "54", "55",
                    "P0" -> 400;
            default -> 500;
        };
    }

    /** Writes {@code "error": {...}} as a field of the object being generated. */
    static void writeErrorField(JsonGenerator json, PgException e) throws IOException {
        writeErrorField(json, e, null);
    }

    /**
     * As {@link #writeErrorField(JsonGenerator, PgException)}, with {@code "statement"}: the index
     * of the failed statement of a batch (null: not a batch).
     */
    static void writeErrorField(JsonGenerator json, PgException e, Integer statement) throws IOException {
        json.writeFieldName("error");
        json.writeStartObject();
        json.writeStringField("sqlstate", e.code());
        json.writeStringField("message", e.getMessage() == null ? "" : e.getMessage());
        json.writeStringField("detail", e.detail());
        json.writeStringField("hint", e.hint());
        if (e.position() > 0) {
            json.writeNumberField("position", e.position());
        } else {
            json.writeNullField("position");
        }
        optional(json, "context", e.context());
        optional(json, "schema", e.schemaName());
        optional(json, "table", e.tableName());
        optional(json, "column", e.columnName());
        optional(json, "constraint", e.constraintName());
        if (statement != null) {
            json.writeNumberField("statement", statement);
        }
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
