package io.pglitedb.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.pglitedb.types.DataType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * PostgreSQL values as JSON, and JSON parameter values as PostgreSQL values. The encoding, by type
 * (documented in docs/http.md):
 *
 * <pre>
 *   boolean                          true / false
 *   smallint, integer, oid           number
 *   real, double precision           number; "NaN", "Infinity", "-Infinity" as strings
 *   bigint, numeric                  string (exact, the default) or number (option "exactNumbers": "number");
 *                                    numeric NaN and infinities always as strings
 *   date                             "2025-01-31"                      (ISO-8601; "infinity", "-infinity")
 *   timestamp                        "2025-01-31T12:00:00.5"           (ISO-8601 local date-time)
 *   timestamptz                      "2025-01-31T12:00:00.5Z"          (ISO-8601 in UTC)
 *   bytea                            base64 string
 *   json, jsonb                      the JSON value itself
 *   anything else                    PostgreSQL's text output as a string
 *   NULL                             null
 * </pre>
 *
 * A parameter is turned into the text PostgreSQL's input function reads (a JSON string as is,
 * numbers and booleans as written, objects and arrays as JSON text) and decoded with the type
 * PostgreSQL inferred for it, so a value is always data and never SQL.
 */
final class JsonValues {
    static final int BOOL = 16;
    static final int BYTEA = 17;
    static final int INT8 = 20;
    static final int INT2 = 21;
    static final int INT4 = 23;
    static final int OID = 26;
    static final int JSON = 114;
    static final int FLOAT4 = 700;
    static final int FLOAT8 = 701;
    static final int DATE = 1082;
    static final int TIMESTAMP = 1114;
    static final int TIMESTAMPTZ = 1184;
    static final int NUMERIC = 1700;
    static final int JSONB = 3802;

    /** Days from 1970-01-01 to PostgreSQL's epoch 2000-01-01. */
    private static final long EPOCH_DAY_2000 = 10_957L;
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private JsonValues() {
    }

    /** Writes one value; {@code exactAsString}: bigint and numeric as strings. */
    static void write(JsonGenerator json, DataType type, Object value, boolean exactAsString) throws IOException {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (type.oid()) {
            case BOOL -> json.writeBoolean((Boolean) value);
            case INT2, INT4 -> json.writeNumber(((Number) value).intValue());
            case OID -> json.writeNumber(((Number) value).longValue());
            case INT8 -> {
                if (exactAsString) {
                    json.writeString(value.toString());
                } else {
                    json.writeNumber((Long) value);
                }
            }
            case FLOAT4, FLOAT8 -> {
                double d = ((Number) value).doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    json.writeString(type.type().toText(value, type.typmod()));
                } else if (value instanceof Float f) {
                    json.writeNumber(f);
                } else {
                    json.writeNumber(d);
                }
            }
            case NUMERIC -> {
                String text = type.type().toText(value, type.typmod());
                boolean finite = !text.isEmpty() && (Character.isDigit(text.charAt(text.length() - 1)));
                if (exactAsString || !finite) {
                    json.writeString(text);
                } else {
                    json.writeNumber(text);
                }
            }
            case BYTEA -> json.writeBinary(type.type().toBinary(value, type.typmod()));
            case JSON, JSONB -> json.writeRawValue(type.type().toText(value, type.typmod()));
            case DATE -> json.writeString(date((Integer) value));
            case TIMESTAMP -> json.writeString(timestamp((Long) value, false));
            case TIMESTAMPTZ -> json.writeString(timestamp((Long) value, true));
            default -> json.writeString(type.type().toText(value, type.typmod()));
        }
    }

    static String date(int days) {
        if (days == Integer.MAX_VALUE) {
            return "infinity";
        }
        if (days == Integer.MIN_VALUE) {
            return "-infinity";
        }
        return LocalDate.ofEpochDay(days + EPOCH_DAY_2000).toString();
    }

    static String timestamp(long micros, boolean withZone) {
        if (micros == Long.MAX_VALUE) {
            return "infinity";
        }
        if (micros == Long.MIN_VALUE) {
            return "-infinity";
        }
        long seconds = Math.floorDiv(micros, MICROS_PER_SECOND) + EPOCH_DAY_2000 * 86_400L;
        int nanos = (int) Math.floorMod(micros, MICROS_PER_SECOND) * 1000;
        if (withZone) {
            return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(seconds, nanos));
        }
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.ofEpochSecond(seconds, nanos,
                ZoneOffset.UTC));
    }

    /** The text a parameter's input function reads, or null for JSON null. */
    static String parameterText(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return node.decimalValue().toString();
        }
        return node.toString(); // objects and arrays: JSON text (for json/jsonb parameters)
    }

    /** Decodes a parameter with its inferred type (PostgreSQL's input errors, e.g. 22P02). */
    static Object parameter(JsonNode node, DataType type) {
        String text = parameterText(node);
        return text == null ? null : type.type().fromText(text, type.typmod());
    }
}
