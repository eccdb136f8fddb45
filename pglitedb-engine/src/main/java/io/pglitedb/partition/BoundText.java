package io.pglitedb.partition;

import io.pglitedb.types.DataType;
import java.util.List;

/**
 * The SQL text PostgreSQL's deparser gives partition bounds and keys: pg_get_expr(relpartbound)
 * ({@code FOR VALUES IN ('a', 'b')}, {@code FOR VALUES FROM (MINVALUE) TO (10)},
 * {@code FOR VALUES WITH (modulus 4, remainder 1)}, {@code DEFAULT}) and pg_get_partkeydef
 * ({@code RANGE (a, b)}). Numbers and booleans are written bare (a negative number quoted), other
 * values as string literals, as get_const_expr does without a type.
 */
public final class BoundText {
    private BoundText() {
    }

    /** @param keyTypes the key parts' types (for how to write each value) */
    public static String of(PartitionBound bound, DataType[] keyTypes) {
        return switch (bound.strategy()) {
            case PartitionBound.DEFAULT -> "DEFAULT";
            case PartitionKey.LIST -> {
                StringBuilder out = new StringBuilder("FOR VALUES IN (");
                for (int i = 0; i < bound.listValues().size(); i++) {
                    out.append(i > 0 ? ", " : "").append(constant(bound.listValues().get(i),
                            keyTypes.length > 0 ? keyTypes[0] : null));
                }
                yield out.append(')').toString();
            }
            case PartitionKey.RANGE -> "FOR VALUES FROM " + datums(bound.lower(), keyTypes) + " TO "
                    + datums(bound.upper(), keyTypes);
            default -> "FOR VALUES WITH (modulus " + bound.modulus() + ", remainder " + bound.remainder() + ")";
        };
    }

    private static String datums(List<PartitionBound.Datum> datums, DataType[] types) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < datums.size(); i++) {
            PartitionBound.Datum d = datums.get(i);
            out.append(i > 0 ? ", " : "").append(switch (d.kind()) {
                case MINVALUE -> "MINVALUE";
                case MAXVALUE -> "MAXVALUE";
                case VALUE -> constant(d.value(), i < types.length ? types[i] : null);
            });
        }
        return out.append(')').toString();
    }

    /** A value as get_const_expr writes it without its type. */
    public static String constant(String text, DataType type) {
        if (text == null) {
            return "NULL";
        }
        int oid = type == null ? 0 : type.oid();
        switch (oid) {
            case 20, 21, 23, 26, 700, 701, 1700 -> {
                boolean plain = !text.startsWith("-") && text.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.'
                        || ch == 'e' || ch == 'E' || ch == '+' || ch == '-');
                if (plain) {
                    return text;
                }
            }
            case 16 -> {
                return text.equals("t") ? "true" : text.equals("f") ? "false" : text;
            }
            default -> {
            }
        }
        return "'" + text.replace("'", "''") + "'";
    }

    /** pg_get_partkeydef: {@code RANGE (a, (b + 1))}. */
    public static String keyDefinition(PartitionKey key, List<String> columnNames) {
        StringBuilder out = new StringBuilder(key.strategyName()).append(" (");
        for (int i = 0; i < key.size(); i++) {
            out.append(i > 0 ? ", " : "");
            int column = key.column(i);
            if (column >= 0) {
                out.append(io.pglitedb.sql.parser.Identifiers.quote(columnNames.get(column)));
            } else {
                String e = key.expressions().get(i);
                boolean call = e.matches("^[A-Za-z_][A-Za-z_0-9.]*\\(.*\\)$");
                out.append(call ? e : "(" + e + ")");
            }
        }
        return out.append(')').toString();
    }
}
