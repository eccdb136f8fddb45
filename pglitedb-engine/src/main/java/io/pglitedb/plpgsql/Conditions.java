package io.pglitedb.plpgsql;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's condition names (errcodes.txt, in conditions.tsv beside this class) and how an
 * EXCEPTION clause's WHEN matches an error: by code, a class code ({@code XX000}) matching its
 * whole class, OTHERS matching all but query_canceled and assert_failure.
 */
final class Conditions {
    private static final Map<String, List<String>> CODES = load();

    private Conditions() {
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> map = new HashMap<>();
        try (InputStream in = Conditions.class.getResourceAsStream("conditions.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    map.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    /** The SQLSTATE of a condition name, or null. */
    static String code(String name) {
        List<String> codes = CODES.get(name);
        return codes == null ? null : codes.get(0);
    }

    static PlStatement.Handler handlerFor(List<PlStatement.Handler> handlers, PgException e) {
        String code = e.code();
        for (PlStatement.Handler h : handlers) {
            for (String condition : h.conditions()) {
                if (matches(condition, code)) {
                    return h;
                }
            }
        }
        return null;
    }

    private static boolean matches(String condition, String code) {
        if (condition.equals("others")) {
            return !code.equals(SqlState.QUERY_CANCELED.code()) && !code.equals(SqlState.ASSERT_FAILURE.code());
        }
        List<String> codes = condition.length() == 5 && !CODES.containsKey(condition) ? List.of(condition)
                : CODES.get(condition);
        if (codes == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized exception condition \"" + condition + "\"");
        }
        for (String c : codes) {
            if (c.equals(code) || c.endsWith("000") && code.startsWith(c.substring(0, 2))) {
                return true;
            }
        }
        return false;
    }
}
