package io.pglitedb.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A user routine's signature as PostgreSQL prints it: pg_get_function_arguments (modes, names,
 * types and defaults), pg_get_function_identity_arguments (the input arguments without defaults)
 * and pg_get_function_result ({@code integer}, {@code SETOF text}, {@code TABLE(a integer)}).
 * Built from {@link RoutineDescriptor#argumentsText()}, the parameter list as CREATE FUNCTION
 * gave it with type names resolved.
 */
public final class RoutineText {
    private RoutineText() {
    }

    /** pg_get_function_arguments (a procedure's arguments show their mode, IN included). */
    public static String arguments(RoutineDescriptor r) {
        String text = r.argumentsText() == null ? "" : r.argumentsText();
        if (r.kind() != 'p') {
            return text;
        }
        List<String> out = new ArrayList<>();
        for (String item : items(text)) {
            boolean moded = item.startsWith("OUT ") || item.startsWith("INOUT ") || item.startsWith("VARIADIC ")
                    || item.startsWith("IN ");
            out.add(moded ? item : "IN " + item);
        }
        return String.join(", ", out);
    }

    /** pg_get_function_identity_arguments: the arguments without defaults (OUT ones included, as PostgreSQL 15). */
    public static String identityArguments(RoutineDescriptor r) {
        List<String> out = new ArrayList<>();
        for (String item : items(arguments(r))) {
            int d = topLevel(item, " DEFAULT ");
            out.add(d < 0 ? item : item.substring(0, d));
        }
        return String.join(", ", out);
    }

    /** True when OUT or INOUT parameters (rather than RETURNS TABLE) make the result columns. */
    private static boolean hasOutParameters(RoutineDescriptor r) {
        for (String item : items(arguments(r))) {
            if (item.startsWith("OUT ") || item.startsWith("INOUT ")) {
                return true;
            }
        }
        return false;
    }

    /** pg_get_function_result; null for a procedure. */
    public static String result(RoutineDescriptor r, IntFunction<String> typeName) {
        if (r.kind() == 'p') {
            return null;
        }
        if (!r.outNames().isEmpty() && r.returnsSet() && !hasOutParameters(r)) {
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < r.outNames().size(); i++) {
                columns.add(r.outNames().get(i) + " " + typeName.apply(r.outTypes().get(i)));
            }
            return "TABLE(" + String.join(", ", columns) + ")";
        }
        return (r.returnsSet() ? "SETOF " : "") + typeName.apply(r.returnType());
    }

    /** The comma-separated items of a parameter list, commas inside parentheses and quotes kept. */
    static List<String> items(String list) {
        List<String> out = new ArrayList<>();
        if (list.isBlank()) {
            return out;
        }
        int depth = 0;
        boolean quoted = false;
        boolean doubleQuoted = false;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char ch = list.charAt(i);
            if (ch == '\'' && !doubleQuoted) {
                quoted = !quoted;
            } else if (ch == '"' && !quoted) {
                doubleQuoted = !doubleQuoted;
            } else if (quoted || doubleQuoted) {
                continue;
            } else if (ch == '(' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == ']') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(list.substring(start).strip());
        return out;
    }

    /** Where {@code word} first occurs outside quotes and parentheses, or -1. */
    private static int topLevel(String text, String word) {
        boolean quoted = false;
        boolean doubleQuoted = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\'' && !doubleQuoted) {
                quoted = !quoted;
            } else if (ch == '"' && !quoted) {
                doubleQuoted = !doubleQuoted;
            } else if (!quoted && !doubleQuoted) {
                if (ch == '(') {
                    depth++;
                } else if (ch == ')') {
                    depth--;
                } else if (depth == 0 && text.startsWith(word, i)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
