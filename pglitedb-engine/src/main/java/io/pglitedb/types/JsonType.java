package io.pglitedb.types;

import java.nio.charset.StandardCharsets;

/**
 * json (OID 114): the input text exactly as written (a {@link String}), checked by
 * {@link JsonParser#validateJson}. Binary format is the UTF-8 text. json has no ordering or
 * equality in PostgreSQL; {@link #compare} exists only for the engine's internal needs (text
 * order).
 */
public final class JsonType extends PgType {
    JsonType() {
        super(114, "json", -1, TypeCategory.USER);
    }

    @Override
    public String toText(Object value, int typmod) {
        return (String) value;
    }

    @Override
    public Object fromText(String text, int typmod) {
        JsonParser.validateJson(text);
        return text;
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return ((String) value).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return fromText(new String(bytes, StandardCharsets.UTF_8), typmod);
    }

    @Override
    public int compare(Object a, Object b) {
        return PgTypeSupport.compareCodePoints((String) a, (String) b);
    }
}
