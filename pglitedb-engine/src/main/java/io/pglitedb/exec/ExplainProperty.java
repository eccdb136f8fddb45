package io.pglitedb.exec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One property of an EXPLAIN node or of the whole plan, as PostgreSQL's ExplainProperty* shows
 * it: {@code key} with a {@code value} for the JSON, YAML and XML formats (a {@link String}, a
 * list of strings, a {@link Long}, a {@link Boolean} or a {@link BigDecimal} printed to its
 * scale; null when those formats omit it) and the {@code text} format's line (null when TEXT
 * omits it, as it does for {@code Inner Unique} or a {@code Rows Removed by Filter} of 0).
 */
record ExplainProperty(String key, Object value, String text) {
    static ExplainProperty text(String key, String value) {
        return new ExplainProperty(key, value, key + ": " + value);
    }

    static ExplainProperty list(String key, List<String> values) {
        return new ExplainProperty(key, List.copyOf(values), key + ": " + String.join(", ", values));
    }

    /** A property only the JSON, YAML and XML formats show. */
    static ExplainProperty structured(String key, Object value) {
        return new ExplainProperty(key, value, null);
    }

    /** A number with {@code scale} decimals, as ExplainPropertyFloat prints it. */
    static BigDecimal decimal(double value, int scale) {
        return new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN);
    }
}
