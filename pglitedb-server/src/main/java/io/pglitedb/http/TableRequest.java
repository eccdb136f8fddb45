package io.pglitedb.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table endpoints' statements. Table and column names from the request only ever appear as
 * quoted identifiers ({@link #identifier}: the name PostgreSQL resolves against the catalog, or
 * 42P01/42703), operators and keywords only from fixed tables here, and every value as a $n
 * parameter whose type PostgreSQL infers from the column. The filter grammar (docs/http.md):
 *
 * <pre>
 *   ?col=OP.VALUE          OP: eq neq gt gte lt lte like ilike (* in like patterns means %)
 *   ?col=in.(a,b,"c,d")    a list; "..." quotes commas, \" a quote
 *   ?col=is.null           is.null is.notnull is.true is.false is.unknown
 *   ?col=not.OP.VALUE      negation of any of the above
 *   ?select=a,b            columns to return (GET)
 *   ?order=a.desc.nullslast,b   asc desc nullsfirst nullslast
 *   ?limit=10&offset=20
 * </pre>
 *
 * Several filters are ANDed; a column can be filtered several times.
 */
final class TableRequest {
    /** Query keys that are not column filters. */
    static final Set<String> RESERVED = Set.of("select", "order", "limit", "offset");
    /** PostgreSQL's limit on the parameters of one statement. */
    static final int MAX_PARAMETERS = 65_535;

    private static final Map<String, String> COMPARISONS = Map.of("eq", "=", "neq", "<>", "gt", ">", "gte", ">=",
            "lt", "<", "lte", "<=", "like", "LIKE", "ilike", "ILIKE");
    private static final Map<String, String> IS_TESTS = Map.of("null", "IS NULL", "notnull", "IS NOT NULL", "true",
            "IS TRUE", "false", "IS FALSE", "unknown", "IS UNKNOWN");

    private final StringBuilder sql = new StringBuilder();
    private final List<JsonNode> params = new ArrayList<>();

    private TableRequest() {
    }

    static SqlStatement select(String table, List<Map.Entry<String, String>> query) {
        TableRequest r = new TableRequest();
        String columns = "*";
        String order = null;
        String limit = null;
        String offset = null;
        for (Map.Entry<String, String> e : query) {
            switch (e.getKey()) {
                case "select" -> columns = e.getValue();
                case "order" -> order = e.getValue();
                case "limit" -> limit = e.getValue();
                case "offset" -> offset = e.getValue();
                default -> {
                }
            }
        }
        r.sql.append("SELECT ");
        if (columns.equals("*")) {
            r.sql.append('*');
        } else {
            r.appendColumnList(columns, "select");
        }
        r.sql.append(" FROM ").append(identifier(table));
        r.where(query, false);
        if (order != null) {
            r.orderBy(order);
        }
        if (limit != null) {
            r.sql.append(" LIMIT ").append(r.param(TextNode.valueOf(count(limit, "limit"))));
        }
        if (offset != null) {
            r.sql.append(" OFFSET ").append(r.param(TextNode.valueOf(count(offset, "offset"))));
        }
        return r.finish();
    }

    /** INSERT of one object or an array of objects; a key missing in some rows takes DEFAULT there. */
    static SqlStatement insert(String table, JsonNode body) {
        List<JsonNode> rows = new ArrayList<>();
        if (body != null && body.isObject()) {
            rows.add(body);
        } else if (body != null && body.isArray() && !body.isEmpty()) {
            body.forEach(rows::add);
        } else {
            throw HttpFailure.badRequest("the body must be a JSON object or a non-empty array of objects");
        }
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode row : rows) {
            if (!row.isObject()) {
                throw HttpFailure.badRequest("each row must be a JSON object");
            }
            row.fieldNames().forEachRemaining(columns::add);
        }
        if ((long) columns.size() * rows.size() > MAX_PARAMETERS) {
            throw new HttpFailure(413, new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "too many values in one insert (at most %d)", MAX_PARAMETERS));
        }
        TableRequest r = new TableRequest();
        r.sql.append("INSERT INTO ").append(identifier(table));
        if (columns.isEmpty()) {
            if (rows.size() > 1) {
                throw HttpFailure.badRequest("rows without columns can only be inserted one at a time");
            }
            r.sql.append(" DEFAULT VALUES");
        } else {
            r.sql.append(" (");
            appendIdentifiers(r.sql, columns);
            r.sql.append(") VALUES ");
            for (int i = 0; i < rows.size(); i++) {
                r.sql.append(i == 0 ? "(" : ", (");
                int c = 0;
                for (String column : columns) {
                    r.sql.append(c++ == 0 ? "" : ", ");
                    JsonNode value = rows.get(i).get(column);
                    r.sql.append(value == null ? "DEFAULT" : r.param(value));
                }
                r.sql.append(')');
            }
        }
        r.sql.append(" RETURNING *");
        return r.finish();
    }

    /** UPDATE ... SET from a JSON object, WHERE the filters (at least one is required). */
    static SqlStatement update(String table, JsonNode body, List<Map.Entry<String, String>> query) {
        if (body == null || !body.isObject() || body.isEmpty()) {
            throw HttpFailure.badRequest("the body must be a JSON object with the columns to set");
        }
        TableRequest r = new TableRequest();
        r.sql.append("UPDATE ").append(identifier(table)).append(" SET ");
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        boolean first = true;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            r.sql.append(first ? "" : ", ").append(identifier(field.getKey())).append(" = ")
                    .append(r.param(field.getValue()));
            first = false;
        }
        r.where(query, true);
        r.sql.append(" RETURNING *");
        return r.finish();
    }

    /** DELETE ... WHERE the filters (at least one is required). */
    static SqlStatement delete(String table, List<Map.Entry<String, String>> query) {
        TableRequest r = new TableRequest();
        r.sql.append("DELETE FROM ").append(identifier(table));
        r.where(query, true);
        r.sql.append(" RETURNING *");
        return r.finish();
    }

    /**
     * A name as a quoted identifier: exactly that name, never SQL. NUL cannot be in a name.
     */
    static String identifier(String name) {
        if (name == null || name.isEmpty()) {
            throw HttpFailure.badRequest("empty table or column name");
        }
        if (name.indexOf('\0') >= 0) {
            throw HttpFailure.badRequest("table and column names cannot contain NUL");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private SqlStatement finish() {
        return new SqlStatement(sql.toString(), params);
    }

    private String param(JsonNode value) {
        params.add(value);
        if (params.size() > MAX_PARAMETERS) {
            throw new HttpFailure(413, new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "too many values in one request (at most %d)", MAX_PARAMETERS));
        }
        return "$" + params.size();
    }

    private void where(List<Map.Entry<String, String>> query, boolean required) {
        boolean first = true;
        for (Map.Entry<String, String> e : query) {
            if (RESERVED.contains(e.getKey())) {
                if (required && !e.getKey().equals("select")) {
                    throw HttpFailure.badRequest("\"%s\" is only for GET", e.getKey());
                }
                continue;
            }
            sql.append(first ? " WHERE " : " AND ");
            first = false;
            condition(e.getKey(), e.getValue());
        }
        if (first && required) {
            throw HttpFailure.badRequest("PATCH and DELETE need at least one filter (e.g. ?id=eq.5)");
        }
    }

    private void condition(String column, String filter) {
        String rest = filter;
        boolean negated = false;
        if (rest.startsWith("not.")) {
            negated = true;
            rest = rest.substring(4);
        }
        int dot = rest.indexOf('.');
        if (dot < 0) {
            throw HttpFailure.badRequest("filter \"%s=%s\" needs an operator, e.g. %s=eq.%s", column, filter, column,
                    filter);
        }
        String op = rest.substring(0, dot);
        String value = rest.substring(dot + 1);
        sql.append(negated ? "NOT (" : "(").append(identifier(column)).append(' ');
        if (COMPARISONS.containsKey(op)) {
            if (op.endsWith("like")) {
                value = value.replace('*', '%');
            }
            sql.append(COMPARISONS.get(op)).append(' ').append(param(TextNode.valueOf(value)));
        } else if (op.equals("in")) {
            List<String> items = list(value, column);
            sql.append("IN (");
            for (int i = 0; i < items.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(param(TextNode.valueOf(items.get(i))));
            }
            sql.append(')');
        } else if (op.equals("is") && IS_TESTS.containsKey(value)) {
            sql.append(IS_TESTS.get(value));
        } else {
            throw HttpFailure.badRequest("unknown filter operator \"%s\" in \"%s=%s\"", op.equals("is") ? "is." + value
                    : op, column, filter);
        }
        sql.append(')');
    }

    /** {@code (a,b,"c,d")}: the items; "..." may hold commas and parentheses, \x escapes x. */
    static List<String> list(String text, String column) {
        if (text.length() < 2 || text.charAt(0) != '(' || text.charAt(text.length() - 1) != ')') {
            throw HttpFailure.badRequest("the in filter of \"%s\" needs a list in parentheses, e.g. in.(1,2)", column);
        }
        List<String> items = new ArrayList<>();
        String body = text.substring(1, text.length() - 1);
        if (body.isEmpty()) {
            throw HttpFailure.badRequest("the in filter of \"%s\" has an empty list", column);
        }
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                item.append(body.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        if (quoted) {
            throw HttpFailure.badRequest("unterminated quote in the in filter of \"%s\"", column);
        }
        items.add(item.toString());
        return items;
    }

    private void orderBy(String order) {
        sql.append(" ORDER BY ");
        String[] terms = order.split(",", -1);
        for (int i = 0; i < terms.length; i++) {
            String[] parts = terms[i].split("\\.", -1);
            // the column is everything before the modifiers at the end
            int end = parts.length;
            while (end > 1 && isOrderModifier(parts[end - 1])) {
                end--;
            }
            String column = String.join(".", java.util.Arrays.copyOfRange(parts, 0, end));
            sql.append(i == 0 ? "" : ", ").append(identifier(column));
            for (int m = end; m < parts.length; m++) {
                sql.append(switch (parts[m]) {
                    case "asc" -> " ASC";
                    case "desc" -> " DESC";
                    case "nullsfirst" -> " NULLS FIRST";
                    default -> " NULLS LAST";
                });
            }
        }
    }

    private static boolean isOrderModifier(String word) {
        return word.equals("asc") || word.equals("desc") || word.equals("nullsfirst") || word.equals("nullslast");
    }

    private void appendColumnList(String list, String what) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : list.split(",", -1)) {
            if (name.isEmpty()) {
                throw HttpFailure.badRequest("empty column name in \"%s\"", what);
            }
            names.add(name);
        }
        appendIdentifiers(sql, names);
    }

    private static void appendIdentifiers(StringBuilder sql, Iterable<String> names) {
        boolean first = true;
        for (String name : names) {
            sql.append(first ? "" : ", ").append(identifier(name));
            first = false;
        }
    }

    private static String count(String text, String what) {
        if (!text.matches("[0-9]{1,18}")) {
            throw HttpFailure.badRequest("\"%s\" must be a non-negative integer", what);
        }
        return text;
    }
}
