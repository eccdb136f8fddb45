package io.pglitedb.catalog.system;

import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * regprocedure's and regproc's input and output for user-defined routines: {@code name(type, ...)}
 * (regprocedurein: the argument types must match exactly; a qualified name or the first schema of
 * the search path that has one) and {@code name} (regprocin: the only routine of that name).
 */
final class RoutineSignatures {
    private RoutineSignatures() {
    }

    /** The user routine the text names, or null when none has that name (built-ins may). */
    static RoutineDescriptor find(SystemContext c, String text, boolean withArguments) {
        if (c.view() == null || c.view().catalog() == null) {
            return null;
        }
        int open = text.indexOf('(');
        String namePart = open < 0 ? text : text.substring(0, open);
        List<String> parts = SystemOidNames.splitName(namePart.strip());
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
        List<RoutineDescriptor> named = c.view().catalog().routines().named(name);
        if (named.isEmpty()) {
            return null;
        }
        List<Integer> types = null;
        if (withArguments && open >= 0) {
            int close = text.lastIndexOf(')');
            if (close < open) {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "expected a right parenthesis");
            }
            types = new ArrayList<>();
            for (String arg : splitArguments(text.substring(open + 1, close))) {
                types.add(typeOid(arg));
            }
        }
        List<String> order = schema != null ? List.of(schema) : c.searchPath().lookupOrder(c.view());
        List<RoutineDescriptor> matches = new ArrayList<>();
        for (String s : order) {
            for (RoutineDescriptor r : named) {
                if (r.schema().equals(s) && (types == null || r.argumentTypes().equals(types))) {
                    matches.add(r);
                }
            }
            if (!matches.isEmpty()) {
                break;
            }
        }
        if (matches.size() > 1) {
            throw new PgException(SqlState.AMBIGUOUS_FUNCTION, "more than one function named \"%s\"", text);
        }
        if (matches.isEmpty() && types != null) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function \"%s\" does not exist", text);
        }
        return matches.isEmpty() ? null : matches.get(0);
    }

    /** regprocedureout / regprocout of a user routine: {@code name(integer, text)} or {@code name}; null if none. */
    static String name(SystemContext c, long oid, boolean withArguments) {
        if (c.view() == null || c.view().catalog() == null || oid > Integer.MAX_VALUE || oid < 0) {
            return null;
        }
        RoutineDescriptor r = c.view().catalog().routines().byOid((int) oid);
        if (r == null) {
            return null;
        }
        if (!withArguments) {
            return r.name();
        }
        List<String> names = new ArrayList<>();
        for (int type : r.argumentTypes()) {
            io.pglitedb.types.PgType t = Types.byOid(type);
            names.add(t == null ? Integer.toString(type) : Types.formatType(DataType.of(t)));
        }
        return r.name() + "(" + String.join(",", names) + ")";
    }

    static int typeOid(String written) {
        String t = written.strip();
        int dims = 0;
        while (t.endsWith("[]")) {
            dims++;
            t = t.substring(0, t.length() - 2).strip();
        }
        int paren = t.indexOf('(');
        if (paren > 0) {
            t = t.substring(0, paren).strip(); // type modifiers do not take part in a signature
        }
        return Types.resolve(t, List.of(), dims).type().oid();
    }

    static List<String> splitArguments(String list) {
        List<String> out = new ArrayList<>();
        if (list.isBlank()) {
            return out;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char ch = list.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(list.substring(start, i));
                start = i + 1;
            }
        }
        out.add(list.substring(start));
        return out;
    }
}
