package io.pglitedb.types;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Byte positions of containers in PostgreSQL's jsonb binary image (JsonbContainer: a 4-byte
 * header, a 4-byte JEntry per array element or per object key and value, then the keys and values;
 * numerics and nested containers aligned to 4 bytes). jsonpath's .keyvalue() derives its "id"
 * from these offsets, so matching PostgreSQL's ids needs the same layout.
 */
final class JsonbLayout {
    private JsonbLayout() {
    }

    /** Lays out container {@code c} at {@code start}, records each container's offset, and returns its end. */
    static int containerSize(JsonValue c, int start, Map<JsonValue, Integer> offsets) {
        offsets.put(c, start);
        if (c instanceof JsonValue.Obj o) {
            int pos = start + 4 + 8 * o.size();
            for (String k : o.keys()) {
                pos += k.getBytes(StandardCharsets.UTF_8).length;
            }
            for (JsonValue v : o.values()) {
                pos = value(v, pos, offsets);
            }
            return pos;
        }
        JsonValue.Arr a = (JsonValue.Arr) c;
        int pos = start + 4 + 4 * a.elements().size();
        for (JsonValue v : a.elements()) {
            pos = value(v, pos, offsets);
        }
        return pos;
    }

    private static int align(int pos) {
        return (pos + 3) & ~3;
    }

    private static int value(JsonValue v, int pos, Map<JsonValue, Integer> offsets) {
        return switch (v) {
            case JsonValue.Null n -> pos;
            case JsonValue.Bool b -> pos;
            case JsonValue.Str s -> pos + s.value().getBytes(StandardCharsets.UTF_8).length;
            case JsonValue.Num n -> align(pos) + numericSize(n.value());
            case JsonValue.Arr a -> containerSize(a, align(pos), offsets);
            case JsonValue.Obj o -> containerSize(o, align(pos), offsets);
        };
    }

    /** VARSIZE of a numeric datum: short or long header and two bytes per base-10000 digit. */
    static int numericSize(BigDecimal d) {
        String plain = d.abs().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String fracPart = dot < 0 ? "" : plain.substring(dot + 1);
        while (intPart.length() % 4 != 0) {
            intPart = "0" + intPart;
        }
        StringBuilder frac = new StringBuilder(fracPart);
        while (frac.length() % 4 != 0) {
            frac.append('0');
        }
        String all = intPart + frac;
        int groups = all.length() / 4;
        int intGroups = intPart.length() / 4;
        int first = 0;
        while (first < groups && all.startsWith("0000", first * 4)) {
            first++;
        }
        int last = groups;
        while (last > first && all.startsWith("0000", (last - 1) * 4)) {
            last--;
        }
        int ndigits = last - first;
        int weight = ndigits == 0 ? 0 : intGroups - 1 - first;
        int scale = Math.max(0, d.scale());
        boolean shortHeader = scale <= 63 && weight <= 63 && weight >= -64;
        return (shortHeader ? 6 : 8) + 2 * ndigits;
    }
}
