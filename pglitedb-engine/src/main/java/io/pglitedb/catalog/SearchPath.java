package io.pglitedb.catalog;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * The search_path setting of a session, as PostgreSQL's namespace.c uses it: unqualified names
 * are looked up in pg_catalog first (unless the path names it elsewhere), then in each listed
 * schema that exists ({@code "$user"} is the schema named like the current user, if any); objects
 * are created in the first listed schema that exists.
 *
 * @param elements the listed names in order, {@code $user} kept as written
 * @param user the current user, what {@code "$user"} stands for
 * @param tempSchema the session's schema for temporary tables ({@code pg_temp_N}, what
 *     {@code pg_temp} stands for; searched first for relations unless listed), or null
 * @param usable which existing schemas the path may use (null: all; the temporary schema always)
 */
public record SearchPath(List<String> elements, String user, String tempSchema,
        BiPredicate<CatalogView, SchemaDescriptor> usable) {
    public static final String DEFAULT_SETTING = "\"$user\", public";
    public static final SearchPath DEFAULT = new SearchPath(List.of("$user", "public"), "postgres");
    /** The alias of a session's own temporary schema. */
    public static final String PG_TEMP = "pg_temp";

    public SearchPath {
        elements = List.copyOf(elements);
    }

    /** A path over every schema that exists, whatever the user's privileges. */
    public SearchPath(List<String> elements, String user) {
        this(elements, user, null, null);
    }

    /** The same path leaving out the schemas {@code usable} refuses (those without USAGE, as recomputeNamespacePath). */
    public SearchPath withUsable(BiPredicate<CatalogView, SchemaDescriptor> filter) {
        return new SearchPath(elements, user, tempSchema, filter);
    }

    /** Parses the setting's text: comma-separated identifiers, double-quoted ones keep their case. */
    public static SearchPath parse(String setting, String user) {
        return new SearchPath(splitIdentifiers(setting), user);
    }

    /** The same path for a session whose temporary schema is {@code schema}. */
    public SearchPath withTempSchema(String schema) {
        return new SearchPath(elements, user, schema, usable);
    }

    /** A written schema name with {@code pg_temp} meaning the session's temporary schema. */
    public String resolveSchema(String written) {
        return PG_TEMP.equals(written) && tempSchema != null ? tempSchema : written;
    }

    /** True for a schema that holds some session's temporary tables. */
    public static boolean isTempSchema(String schema) {
        return schema.startsWith("pg_temp_");
    }

    /** The setting's comma-separated identifiers; 22023 for a malformed list. */
    public static List<String> splitIdentifiers(String text) {
        List<String> out = splitIdentifiers(text, ',');
        if (out == null) {
            throw invalid(text);
        }
        return out;
    }

    /**
     * PostgreSQL's SplitIdentifierString: identifiers separated by {@code separator}, blanks
     * around them ignored, unquoted ones folded to lower case, double-quoted ones kept as written
     * ("" inside is one quote). An empty text is an empty list.
     *
     * @return the identifiers, or null when the list syntax is invalid
     */
    public static List<String> splitIdentifiers(String text, char separator) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return out;
        }
        while (true) {
            StringBuilder name = new StringBuilder();
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            name.append('"');
                            i++;
                            continue;
                        }
                        break;
                    }
                    name.append(c);
                }
            } else {
                int start = i;
                while (i < n && text.charAt(i) != separator && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (start == i) {
                    return null;
                }
                name.append(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
            out.add(name.toString());
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                return out;
            }
            if (text.charAt(i) != separator) {
                return null;
            }
            i++;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                return null; // a separator at the end
            }
        }
    }

    private static PgException invalid(String text) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE,
                "invalid value for parameter \"search_path\": \"%s\"", text)
                .withDetail("List syntax is invalid.");
    }

    /** The listed schemas that exist, in order, without duplicates ({@code current_schemas(false)}). */
    public List<String> explicitSchemas(CatalogView view) {
        List<String> out = new ArrayList<>();
        for (String element : elements) {
            String name = element.equals("$user") ? user : element.equals(PG_TEMP) ? tempSchema : element;
            SchemaDescriptor schema = name == null ? null : view.schema(name);
            if (schema != null && !out.contains(name)
                    && (usable == null || name.equals(tempSchema) || usable.test(view, schema))) {
                out.add(name);
            }
        }
        return out;
    }

    /** Where unqualified names are looked up: pg_catalog first unless listed ({@code current_schemas(true)}). */
    public List<String> lookupOrder(CatalogView view) {
        List<String> explicit = explicitSchemas(view);
        List<String> out = new ArrayList<>(explicit.size() + 2);
        if (tempSchema != null && !explicit.contains(tempSchema) && view.schema(tempSchema) != null) {
            out.add(tempSchema); // the session's temporary tables hide others of their names
        }
        if (!explicit.contains(SchemaDescriptor.PG_CATALOG)) {
            out.add(SchemaDescriptor.PG_CATALOG);
        }
        out.addAll(explicit);
        return out;
    }

    /** The schema new objects go to, or null when none of the listed schemas exists (never the temporary one). */
    public String creationSchema(CatalogView view) {
        for (String schema : explicitSchemas(view)) {
            if (!schema.equals(tempSchema)) {
                return schema;
            }
        }
        return null;
    }
}
