package io.pglitedb.partition;

import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * pg_get_partition_constraintdef: a partition's implicit constraint as PostgreSQL deparses it
 * (get_qual_for_list / get_qual_for_range / get_qual_for_hash), e.g.
 * {@code ((a IS NOT NULL) AND (a >= 1) AND (a < 10))}. Key parts are plain columns here; a key
 * with expressions gives null.
 */
public final class ConstraintText {
    private ConstraintText() {
    }

    /**
     * @param columns the key parts' column names (quoted as needed)
     * @param types the key parts' types
     * @param siblings the other partitions' bounds (for a DEFAULT partition)
     * @param parentOid the partitioned table (for a hash partition's satisfies_hash_partition call)
     */
    public static String of(PartitionBound bound, String[] columns, DataType[] types, List<PartitionBound> siblings,
            long parentOid) {
        if (bound.isDefault()) {
            List<String> others = new ArrayList<>();
            for (PartitionBound b : siblings) {
                if (!b.isDefault()) {
                    others.add(of(b, columns, types, List.of(), parentOid));
                }
            }
            if (others.isEmpty()) {
                return null;
            }
            return "(NOT " + (others.size() == 1 ? others.get(0) : "(" + String.join(" OR ", others) + ")") + ")";
        }
        return switch (bound.strategy()) {
            case PartitionKey.LIST -> list(bound, columns[0], types[0]);
            case PartitionKey.RANGE -> range(bound, columns, types);
            default -> {
                StringBuilder out = new StringBuilder("satisfies_hash_partition('" + parentOid + "'::oid, "
                        + bound.modulus() + ", " + bound.remainder());
                for (String c : columns) {
                    out.append(", ").append(c);
                }
                yield out.append(')').toString();
            }
        };
    }

    private static String list(PartitionBound bound, String column, DataType type) {
        List<String> values = new ArrayList<>();
        boolean hasNull = false;
        for (String v : bound.listValues()) {
            if (v == null) {
                hasNull = true;
            } else {
                values.add(constant(v, type));
            }
        }
        String in = values.isEmpty() ? null : values.size() == 1 ? "(" + column + " = " + values.get(0) + ")"
                : "(" + column + " = ANY (ARRAY[" + String.join(", ", values) + "]))";
        if (hasNull) {
            return in == null ? "(" + column + " IS NULL)" : "((" + column + " IS NULL) OR " + in + ")";
        }
        return "((" + column + " IS NOT NULL) AND " + in + ")";
    }

    private static String range(PartitionBound bound, String[] columns, DataType[] types) {
        List<String> parts = new ArrayList<>();
        for (String c : columns) {
            parts.add("(" + c + " IS NOT NULL)");
        }
        List<PartitionBound.Datum> lower = bound.lower();
        List<PartitionBound.Datum> upper = bound.upper();
        int n = columns.length;
        int i = 0;
        while (i < n && lower.get(i).kind() == PartitionBound.Datum.Kind.VALUE
                && upper.get(i).kind() == PartitionBound.Datum.Kind.VALUE
                && lower.get(i).value().equals(upper.get(i).value())) {
            parts.add("(" + columns[i] + " = " + constant(lower.get(i).value(), types[i]) + ")");
            i++;
        }
        String lowerOr = arms(lower, columns, types, i, true);
        String upperOr = arms(upper, columns, types, i, false);
        if (lowerOr != null) {
            parts.add(lowerOr);
        }
        if (upperOr != null) {
            parts.add(upperOr);
        }
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(" AND ", parts) + ")";
    }

    /** The OR of one bound's arms from the first differing column on; null when the bound is MINVALUE / MAXVALUE there. */
    private static String arms(List<PartitionBound.Datum> datums, String[] columns, DataType[] types, int from,
            boolean lower) {
        List<String> arms = new ArrayList<>();
        int n = columns.length;
        for (int k = from; k < n; k++) {
            if (datums.get(k).kind() != PartitionBound.Datum.Kind.VALUE) {
                break;
            }
            List<String> terms = new ArrayList<>();
            for (int j = from; j < k; j++) {
                terms.add("(" + columns[j] + " = " + constant(datums.get(j).value(), types[j]) + ")");
            }
            boolean last = k == n - 1;
            PartitionBound.Datum.Kind next = last ? null : datums.get(k + 1).kind();
            String op;
            if (lower) {
                op = last || next == PartitionBound.Datum.Kind.MINVALUE ? ">=" : ">";
            } else {
                op = !last && next == PartitionBound.Datum.Kind.MAXVALUE ? "<=" : "<";
            }
            terms.add("(" + columns[k] + " " + op + " " + constant(datums.get(k).value(), types[k]) + ")");
            arms.add(terms.size() == 1 ? terms.get(0) : "(" + String.join(" AND ", terms) + ")");
            if (!last && next != PartitionBound.Datum.Kind.VALUE) {
                break;
            }
        }
        if (arms.isEmpty()) {
            return null;
        }
        return arms.size() == 1 ? arms.get(0) : "(" + String.join(" OR ", arms) + ")";
    }

    /** A constant as get_const_expr writes it with its type where PostgreSQL shows one. */
    static String constant(String text, DataType type) {
        int oid = type == null ? 0 : type.oid();
        if (oid == 23 && !text.startsWith("-")) {
            return text;
        }
        if (oid == 1700 && !text.startsWith("-") && text.contains(".")) {
            return text;
        }
        if (oid == 16) {
            return text.equals("t") ? "true" : "false";
        }
        String literal = "'" + text.replace("'", "''") + "'";
        return type == null ? literal : literal + "::" + Types.formatType(type);
    }
}
