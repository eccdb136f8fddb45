package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.math.BigDecimal;

/**
 * jsonb (OID 3802): a normalised {@link JsonValue} (keys sorted and unique, numbers as numeric).
 * Text output is {@code {"a": 1, "b": [true, null]}}; binary format is a version byte (1) and
 * the text. Ordering, equality and hashing are jsonb's btree order ({@link JsonValue#compare}),
 * so jsonb works in ORDER BY, GROUP BY, DISTINCT and indexes. Casts to numbers and boolean
 * (explicit) and between json and jsonb (assignment) are here too.
 */
public final class JsonbType extends PgType {
    JsonbType() {
        super(3802, "jsonb", -1, TypeCategory.USER);
    }

    @Override
    public String toText(Object value, int typmod) {
        return JsonValue.toText((JsonValue) value);
    }

    @Override
    public Object fromText(String text, int typmod) {
        return JsonParser.parseJsonb(text);
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return VersionedText.encode(toText(value, typmod));
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        return fromText(VersionedText.decode(bytes, "unsupported jsonb version number %d"), typmod);
    }

    @Override
    public int compare(Object a, Object b) {
        return JsonValue.compare((JsonValue) a, (JsonValue) b);
    }

    // ---- casts

    /** jsonb to numeric/int/float/bool: 22023 "cannot cast jsonb string to type integer" otherwise. */
    static Object scalar(Object value, String targetName, boolean bool) {
        JsonValue v = (JsonValue) value;
        if (bool && v instanceof JsonValue.Bool b) {
            return b.value();
        }
        if (!bool && v instanceof JsonValue.Num n) {
            return n.value();
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot cast jsonb %s to type %s",
                kindForCast(v), targetName);
    }

    private static String kindForCast(JsonValue v) {
        return switch (v) {
            case JsonValue.Null n -> "null";
            case JsonValue.Bool b -> "boolean";
            case JsonValue.Num n -> "numeric";
            case JsonValue.Str s -> "string";
            case JsonValue.Arr a -> "array";
            case JsonValue.Obj o -> "object";
        };
    }

    static void registerCasts() {
        Casts.add(Types.JSON, Types.JSONB, CastContext.ASSIGNMENT, v -> JsonParser.parseJsonb((String) v));
        Casts.add(Types.JSONB, Types.JSON, CastContext.ASSIGNMENT, v -> JsonValue.toText((JsonValue) v));
        Casts.add(Types.JSONB, Types.BOOL, CastContext.EXPLICIT, v -> scalar(v, "boolean", true));
        Casts.add(Types.JSONB, Types.NUMERIC, CastContext.EXPLICIT, v -> scalar(v, "numeric", false));
        Casts.add(Types.JSONB, Types.INT2, CastContext.EXPLICIT, v -> Casts.find(DataType.of(Types.NUMERIC),
                DataType.of(Types.INT2), CastContext.EXPLICIT).apply(scalar(v, "smallint", false)));
        Casts.add(Types.JSONB, Types.INT4, CastContext.EXPLICIT, v -> Casts.find(DataType.of(Types.NUMERIC),
                DataType.of(Types.INT4), CastContext.EXPLICIT).apply(scalar(v, "integer", false)));
        Casts.add(Types.JSONB, Types.INT8, CastContext.EXPLICIT, v -> Casts.find(DataType.of(Types.NUMERIC),
                DataType.of(Types.INT8), CastContext.EXPLICIT).apply(scalar(v, "bigint", false)));
        Casts.add(Types.JSONB, Types.FLOAT4, CastContext.EXPLICIT,
                v -> NumericType.toFloat(scalar(v, "real", false)));
        Casts.add(Types.JSONB, Types.FLOAT8, CastContext.EXPLICIT,
                v -> NumericType.toDouble(scalar(v, "double precision", false)));
    }

    /** A jsonb number from a Java number value (to_jsonb of numeric types). */
    static JsonValue number(BigDecimal d) {
        return new JsonValue.Num(d);
    }
}
