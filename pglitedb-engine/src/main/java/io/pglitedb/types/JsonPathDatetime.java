package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/** jsonpath's .datetime(): strings read as date/time values, and comparisons between them. */
final class JsonPathDatetime {
    private JsonPathDatetime() {
    }

    static Object parse(String text, String template, boolean useTz) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "jsonpath item method .datetime() is not supported yet");
    }

    /** @return the comparison, or null when the two values cannot be compared */
    static Integer compare(JsonPathExecutor.DateTimeItem a, JsonPathExecutor.DateTimeItem b, boolean useTz) {
        return null;
    }

    /** The jsonb form of a datetime item (an ISO 8601 string, as JsonEncodeDateTime writes it). */
    static JsonValue toJson(JsonPathExecutor.DateTimeItem item) {
        return new JsonValue.Str(item.type().toText(item.value(), item.typmod()));
    }
}
