package io.pglitedb.session;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A session's run-time parameters (GUCs): SET, SHOW, RESET, and the ones reported to the client
 * with ParameterStatus whenever they change (PostgreSQL's GUC_REPORT set). Names are
 * case-insensitive; dotted names ("myapp.flag") are custom parameters anyone may set.
 */
public final class Settings {
    /** PostgreSQL version we present; clients parse it (pgJDBC, psql). */
    public static final String SERVER_VERSION = "15.0";
    public static final String SERVER_VERSION_NUM = "150000";

    private record Definition(String name, String defaultValue, boolean reported, boolean readOnly) {
    }

    private static final Map<String, Definition> DEFINITIONS = new LinkedHashMap<>();

    private static void define(String name, String defaultValue, boolean reported, boolean readOnly) {
        DEFINITIONS.put(name.toLowerCase(Locale.ROOT), new Definition(name, defaultValue, reported, readOnly));
    }

    static {
        // reported to the client (the order PostgreSQL 15 sends them in)
        define("application_name", "", true, false);
        define("client_encoding", "UTF8", true, false);
        define("DateStyle", "ISO, MDY", true, false);
        define("default_transaction_read_only", "off", true, false);
        define("in_hot_standby", "off", true, true);
        define("integer_datetimes", "on", true, true);
        define("IntervalStyle", "postgres", true, false);
        define("is_superuser", "on", true, true);
        define("server_encoding", "UTF8", true, true);
        define("server_version", SERVER_VERSION, true, true);
        define("session_authorization", "postgres", true, false);
        define("standard_conforming_strings", "on", true, false);
        define("TimeZone", "Etc/UTC", true, false);
        // not reported
        define("server_version_num", SERVER_VERSION_NUM, false, true);
        define("search_path", "\"$user\", public", false, false);
        define("extra_float_digits", "1", false, false);
        define("statement_timeout", "0", false, false);
        define("lock_timeout", "0", false, false);
        define("idle_in_transaction_session_timeout", "0", false, false);
        define("idle_session_timeout", "0", false, false);
        define("log_min_duration_statement", "-1", false, false);
        define("default_transaction_isolation", "read committed", false, false);
        define("transaction_isolation", "read committed", false, false);
        define("transaction_read_only", "off", false, false);
        define("default_transaction_deferrable", "off", false, false);
        define("transaction_deferrable", "off", false, false);
        define("client_min_messages", "notice", false, false);
        define("max_connections", "100", false, true);
        // the memory one statement's operators may keep (0: a quarter of the JVM's heap); server-wide
        define("pglitedb.max_query_memory", "0", false, true);
        define("authentication_timeout", "1min", false, true);
        define("max_identifier_length", "63", false, true);
        define("max_index_keys", "32", false, true);
        define("max_function_args", "100", false, true);
        define("work_mem", "4MB", false, false);
        define("maintenance_work_mem", "64MB", false, false);
        define("synchronous_commit", "on", false, false);
        define("fsync", "on", false, true);
        define("bytea_output", "hex", false, false);
        define("max_stack_depth", "2MB", false, false);
        define("password_encryption", "scram-sha-256", false, false);
        define("escape_string_warning", "on", false, false);
        define("lc_collate", "C", false, true);
        define("lc_ctype", "C", false, true);
        define("lc_messages", "C", false, false);
        define("lc_monetary", "C", false, false);
        define("lc_numeric", "C", false, false);
        define("lc_time", "C", false, false);
        define("row_security", "on", false, false);
        // accepted for pg_dump (SET synchronize_seqscans TO off); scans always start at the beginning
        define("synchronize_seqscans", "on", false, false);
        define("force_parallel_mode", "off", false, false);
        define("role", "none", false, false);
        define("jit", "off", false, false);
        define("block_size", "8192", false, true);
        define("data_directory_mode", "0700", false, true);
        define("deadlock_timeout", "1s", false, false);
        define("default_tablespace", "", false, false);
        define("temp_tablespaces", "", false, false);
        define("xmloption", "content", false, false);
        define("timezone_abbreviations", "Default", false, false);
        // planner settings: accepted and shown, the planner does not consult them (yet)
        for (String planner : List.of("enable_seqscan", "enable_indexscan", "enable_indexonlyscan", "enable_bitmapscan",
                "enable_tidscan", "enable_sort", "enable_incremental_sort", "enable_hashagg", "enable_material",
                "enable_memoize", "enable_nestloop", "enable_hashjoin", "enable_mergejoin", "enable_gathermerge",
                "enable_parallel_append", "enable_parallel_hash", "enable_partition_pruning",
                "enable_partitionwise_join", "enable_partitionwise_aggregate", "enable_async_append", "geqo")) {
            define(planner, planner.startsWith("enable_partitionwise") ? "off" : "on", false, false);
        }
        define("jit_above_cost", "100000", false, false);
        define("parallel_setup_cost", "1000", false, false);
        define("parallel_tuple_cost", "0.1", false, false);
        define("min_parallel_table_scan_size", "8MB", false, false);
        define("seq_page_cost", "1", false, false);
        define("random_page_cost", "4", false, false);
        define("cpu_tuple_cost", "0.01", false, false);
        define("cpu_operator_cost", "0.0025", false, false);
        define("effective_cache_size", "4GB", false, false);
        define("from_collapse_limit", "8", false, false);
        define("join_collapse_limit", "8", false, false);
        define("check_function_bodies", "on", false, false);
        define("max_parallel_workers_per_gather", "2", false, false);
        // every other parameter a PostgreSQL 15 session can set: accepted, checked and shown like
        // PostgreSQL's (its type, unit and range); the engine does not consult them
        for (Parameters.Parameter p : Parameters.all()) {
            if (!DEFINITIONS.containsKey(p.name().toLowerCase(Locale.ROOT))
                    && (p.context().equals("user") || p.context().equals("superuser"))) {
                define(p.name(), Parameters.normalise(p, p.bootValue()), false, false);
            }
        }
    }

    /** Parameters PostgreSQL leaves out of SHOW ALL and pg_settings (GUC_NO_SHOW_ALL). */
    private static final java.util.Set<String> NOT_SHOWN = java.util.Set.of("role", "session_authorization",
            "is_superuser");

    /** The per-statement memory cap (53200 out of memory beyond it), set with serve -c. */
    static final String MAX_QUERY_MEMORY = "pglitedb.max_query_memory";

    /** The values that differ from the definitions' defaults (SET, startup options, custom parameters). */
    private final Map<String, String> values = new LinkedHashMap<>();
    /** Incremented by every change, so that a session can cache values derived from settings. */
    private int version;
    private final Map<String, String> changed = new LinkedHashMap<>();
    /** What RESET returns to: the defaults as the connection's startup packet set them. */
    private final Map<String, String> resetValues = new LinkedHashMap<>();

    Settings(Map<String, String> startup) {
        for (Map.Entry<String, String> e : startup.entrySet()) {
            Definition d = DEFINITIONS.get(e.getKey().toLowerCase(Locale.ROOT));
            if (d != null && !d.readOnly) {
                values.put(d.name, normalise(d.name, e.getValue()));
            } else if (d == null && e.getKey().indexOf('.') > 0) { // a custom (extension) parameter
                values.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
            }
        }
        changed.clear();
        markStartupComplete();
    }

    /**
     * Checks server-wide defaults (what postgresql.conf would set) as PostgreSQL checks its
     * configuration file at start. @throws PgException 42704 for an unknown name, 22023 for a bad value
     */
    static void validate(Map<String, String> defaults) {
        for (Map.Entry<String, String> e : defaults.entrySet()) {
            Definition d = DEFINITIONS.get(e.getKey().toLowerCase(Locale.ROOT));
            if (d == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"%s\"",
                        e.getKey());
            }
            normalise(d.name, e.getValue());
        }
    }

    /** Takes the current values as the ones RESET returns to (after startup options are applied). */
    void markStartupComplete() {
        resetValues.clear();
        resetValues.putAll(values);
    }

    /** The ParameterStatus values to send at startup. */
    Map<String, String> reported() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Definition d : DEFINITIONS.values()) {
            if (d.reported) {
                out.put(d.name, current(d.name));
            }
        }
        return out;
    }

    /** The value of a parameter by canonical name, or null when there is none. */
    private String current(String canonical) {
        String value = values.get(canonical);
        if (value != null) {
            return value;
        }
        Definition d = DEFINITIONS.get(canonical.toLowerCase(Locale.ROOT));
        return d == null || !d.name.equals(canonical) ? null : d.defaultValue;
    }

    Map<String, String> takeChanged() {
        if (changed.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>(changed);
        changed.clear();
        return out;
    }

    /**
     * An ALTER DATABASE / ALTER ROLE ... SET entry as pg_db_role_setting keeps it: the canonical
     * name, '=', the value as written (a list's parts joined by ", "), checked as SET would check it.
     *
     * @throws PgException 42704 unknown parameter, 55P02 read-only one, 22023 / 22P02 bad value
     */
    static String configEntry(String name, List<String> parts) {
        String canonical = canonicalNameOf(name);
        Definition d = DEFINITIONS.get(canonical.toLowerCase(Locale.ROOT));
        if (d != null && d.readOnly) {
            throw new PgException(SqlState.CANT_CHANGE_RUNTIME_PARAM, "parameter \"%s\" cannot be changed", canonical);
        }
        String value = listValue(canonical, parts);
        if (d != null) {
            normalise(canonical, value);
        }
        return canonical + "=" + value;
    }

    /**
     * The entries of {@code config} (name to value, from pg_db_role_setting) a new session can
     * apply: one whose value no longer passes the checks is skipped, as PostgreSQL skips it with a
     * WARNING.
     */
    static Map<String, String> applicable(Map<String, String> config) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : config.entrySet()) {
            try {
                Definition d = DEFINITIONS.get(e.getKey().toLowerCase(Locale.ROOT));
                if (d != null && !d.readOnly) {
                    normalise(d.name, e.getValue());
                }
                out.put(e.getKey(), e.getValue());
            } catch (PgException skipped) {
                // left at its default
            }
        }
        return out;
    }

    /** The canonical name of a parameter (DateStyle for datestyle). @throws PgException 42704 */
    String canonicalName(String name) {
        return canonicalNameOf(name);
    }

    private static String canonicalNameOf(String name) {
        Definition d = DEFINITIONS.get(name.toLowerCase(Locale.ROOT));
        if (d != null) {
            return d.name;
        }
        if (name.indexOf('.') > 0) {
            return name.toLowerCase(Locale.ROOT);
        }
        throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"%s\"", name);
    }

    String get(String name) {
        String direct = current(name); // the engine asks by canonical name, several times per statement
        if (direct != null) {
            return direct;
        }
        String canonical = canonicalName(name);
        String value = current(canonical);
        if (value == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"%s\"", name);
        }
        return value;
    }

    /** @return the previous value (null if the parameter had none) */
    String set(String name, List<String> parts) {
        String canonical = canonicalName(name);
        Definition d = DEFINITIONS.get(canonical.toLowerCase(Locale.ROOT));
        if (d != null && d.readOnly) {
            throw new PgException(SqlState.CANT_CHANGE_RUNTIME_PARAM, "parameter \"%s\" cannot be changed", canonical);
        }
        String value = parts.isEmpty() ? resetValues.getOrDefault(canonical, d == null ? "" : d.defaultValue)
                : canonical.equals("DateStyle") ? dateStyle(current(canonical), listValue(canonical, parts))
                : normalise(canonical, listValue(canonical, parts));
        return put(canonical, value);
    }

    /** set_config(name, value): the value as text (a list setting's list syntax is kept). */
    String setText(String name, String value) {
        String canonical = canonicalName(name);
        Definition d = DEFINITIONS.get(canonical.toLowerCase(Locale.ROOT));
        if (d != null && d.readOnly) {
            throw new PgException(SqlState.CANT_CHANGE_RUNTIME_PARAM, "parameter \"%s\" cannot be changed", canonical);
        }
        String normalised = canonical.equals("search_path") ? value.strip()
                : canonical.equals("DateStyle") ? dateStyle(current(canonical), value) : normalise(canonical, value);
        if (canonical.equals("search_path")) {
            io.pglitedb.catalog.SearchPath.splitIdentifiers(normalised); // 22023 for bad list syntax
        }
        return put(canonical, normalised);
    }

    /** The parts of SET name TO a, b as one value; search_path's are identifiers, quoted as needed. */
    private static String listValue(String canonical, List<String> parts) {
        if (!canonical.equals("search_path")) {
            return String.join(", ", parts);
        }
        List<String> quoted = new java.util.ArrayList<>(parts.size());
        for (String part : parts) {
            quoted.add(io.pglitedb.sql.parser.Identifiers.quote(part));
        }
        return String.join(", ", quoted);
    }

    String put(String canonical, String value) {
        version++;
        String previous = current(canonical);
        values.put(canonical, value);
        Definition d = DEFINITIONS.get(canonical.toLowerCase(Locale.ROOT));
        if (d != null && d.reported && !value.equals(previous)) {
            changed.put(canonical, value);
        }
        return previous;
    }

    void restore(String canonical, String previous) {
        version++;
        if (previous == null) {
            values.remove(canonical);
        } else {
            put(canonical, previous);
        }
    }

    void resetAll() {
        for (Definition d : DEFINITIONS.values()) {
            // role and session_authorization are GUC_NO_RESET_ALL in PostgreSQL
            if (!d.readOnly && !d.name.equals("role") && !d.name.equals("session_authorization")
                    && !java.util.Objects.equals(current(d.name), resetValues.getOrDefault(d.name, d.defaultValue))) {
                put(d.name, resetValues.getOrDefault(d.name, d.defaultValue));
            }
        }
    }

    int version() {
        return version;
    }

    /** A time setting's value in milliseconds (values are stored normalised, e.g. "1s", "250ms", "0"). */
    long millis(String canonical) {
        return parseMillis(canonical, current(canonical));
    }

    private static final String[] TIME_UNITS = {"d", "h", "min", "s", "ms"};
    private static final long[] TIME_UNIT_MILLIS = {86_400_000L, 3_600_000L, 60_000L, 1000L, 1L};

    /** PostgreSQL's time values for a millisecond setting: a number (ms) or a number with a unit. */
    static long parseMillis(String name, String value) {
        String v = value.trim();
        int split = 0;
        while (split < v.length() && (Character.isDigit(v.charAt(split)) || v.charAt(split) == '.'
                || (split == 0 && (v.charAt(0) == '-' || v.charAt(0) == '+')))) {
            split++;
        }
        String unit = v.substring(split).trim();
        double number;
        try {
            number = Double.parseDouble(v.substring(0, split));
        } catch (NumberFormatException e) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": \"%s\"", name,
                    value);
        }
        long factor = 1;
        if (!unit.isEmpty()) {
            int i = java.util.Arrays.asList(TIME_UNITS).indexOf(unit);
            if (i < 0 && !unit.equals("us")) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": \"%s\"",
                        name, value).withHint("Valid units for this parameter are \"us\", \"ms\", \"s\", \"min\", \"h\", and \"d\".");
            }
            factor = i < 0 ? 0 : TIME_UNIT_MILLIS[i];
            if (i < 0) {
                number = number / 1000;
                factor = 1;
            }
        }
        long millis = Math.round(number * factor);
        long min = name.equals("log_min_duration_statement") ? -1 : 0; // -1: off
        if (millis < min || millis > Integer.MAX_VALUE) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "%d ms is outside the valid range for parameter \"%s\" (%d .. %d)", millis, name, min,
                    Integer.MAX_VALUE);
        }
        return millis;
    }


    /** All parameters in name order, for SHOW ALL: name, value. */
    Map<String, String> all() {
        Map<String, String> all = new java.util.TreeMap<>();
        for (Definition d : DEFINITIONS.values()) {
            all.put(d.name, d.defaultValue);
        }
        all.putAll(values);
        return all;
    }

    /**
     * What SHOW ALL and pg_settings list, in PostgreSQL's order (by name, case-insensitively), each
     * with its value as {@code show} gives it (transaction settings come from the session).
     */
    List<io.pglitedb.catalog.system.SystemContext.SettingRow> rows(java.util.function.UnaryOperator<String> show) {
        List<String> names = new java.util.ArrayList<>(all().keySet());
        names.removeAll(NOT_SHOWN);
        names.sort(String.CASE_INSENSITIVE_ORDER);
        List<io.pglitedb.catalog.system.SystemContext.SettingRow> rows = new java.util.ArrayList<>(names.size());
        for (String name : names) {
            String value = show.apply(name);
            Definition d = DEFINITIONS.get(name.toLowerCase(Locale.ROOT));
            Parameters.Parameter p = Parameters.of(name);
            String source = !values.containsKey(name) ? "default"
                    : value.equals(resetValues.get(name)) ? "client" : "session";
            String boot = d == null ? null : d.defaultValue;
            String reset = resetValues.getOrDefault(name, boot == null ? value : boot);
            if (p == null) {
                // ours (pglitedb.*) and custom (dotted) parameters: strings, as PostgreSQL shows placeholders
                rows.add(new io.pglitedb.catalog.system.SystemContext.SettingRow(name, value, null,
                        "Customized Options", "", null, d != null && d.readOnly ? "postmaster" : "user", "string",
                        source, null, null, null, boot, reset));
                continue;
            }
            rows.add(new io.pglitedb.catalog.system.SystemContext.SettingRow(name, setting(p, value), p.unit(),
                    p.category(), p.shortDesc(), p.extraDesc(), p.context(), p.vartype(), source, p.min(), p.max(),
                    p.enumValues(), setting(p, boot), setting(p, reset)));
        }
        return rows;
    }

    /** pg_settings.setting of a shown value; a value the generic checks cannot read stays as shown. */
    private static String setting(Parameters.Parameter p, String shown) {
        try {
            return Parameters.setting(p, shown);
        } catch (PgException notANumber) {
            return shown;
        }
    }

    /** True for a boolean setting's value that means on (values are stored normalised). */
    static boolean isOn(String value) {
        return value == null || !value.equals("off");
    }

    private static final java.util.regex.Pattern MEMORY_VALUE =
            java.util.regex.Pattern.compile("\\s*([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)\\s*([A-Za-z]*)\\s*");

    /**
     * A memory setting whose unit is the kilobyte (work_mem): a number with an optional unit B, kB,
     * MB, GB or TB, rounded to whole kilobytes, shown as PostgreSQL shows it (the largest unit that
     * divides it exactly: 65536 is "64MB").
     */
    static String memoryKilobytes(String name, String value, long min) {
        java.util.regex.Matcher m = MEMORY_VALUE.matcher(value);
        if (!m.matches()) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": \"%s\"", name,
                    value);
        }
        double factor = switch (m.group(2)) {
            case "" , "kB" -> 1;
            case "B" -> 1.0 / 1024;
            case "MB" -> 1024;
            case "GB" -> 1024 * 1024;
            case "TB" -> 1024.0 * 1024 * 1024;
            default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid value for parameter \"%s\": \"%s\"", name, value)
                    .withHint("Valid units for this parameter are \"B\", \"kB\", \"MB\", \"GB\", and \"TB\".");
        };
        double kilobytes = Math.rint(Double.parseDouble(m.group(1)) * factor);
        if (kilobytes > Integer.MAX_VALUE) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": \"%s\"", name,
                    value).withHint("Value exceeds integer range.");
        }
        long kb = (long) kilobytes;
        if (kb < min) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "%d kB is outside the valid range for parameter \"%s\" (%d .. 2147483647)", kb, name, min);
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        int unit = 0;
        while (unit < units.length - 1 && kb != 0 && kb % 1024 == 0) {
            kb /= 1024;
            unit++;
        }
        return kb + units[unit];
    }

    /** The kilobytes of a value {@link #memoryKilobytes} normalised ("64MB" is 65536). */
    static long kilobytes(String normalised) {
        int i = 0;
        while (i < normalised.length() && Character.isDigit(normalised.charAt(i))) {
            i++;
        }
        long n = Long.parseLong(normalised.substring(0, i));
        return switch (normalised.substring(i)) {
            case "MB" -> n * 1024;
            case "GB" -> n * 1024 * 1024;
            case "TB" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
    }


    /**
     * check_datestyle: each word of the value changes the style or the field order of
     * {@code current}; words not given keep their current value (SET DateStyle = dmy keeps Postgres).
     */
    private static String dateStyle(String current, String value) {
        String[] cur = current.split(",\\s*");
        String style = cur[0];
        String order = cur.length > 1 ? cur[1] : "MDY";
        boolean haveOrder = false;
        for (String word : value.split("[,\\s]+")) {
            switch (word.toUpperCase(Locale.ROOT)) {
                case "" -> {
                }
                case "ISO" -> style = "ISO";
                case "SQL" -> style = "SQL";
                case "POSTGRES" -> style = "Postgres";
                case "GERMAN" -> {
                    style = "German";
                    if (!haveOrder) {
                        order = "DMY";
                    }
                }
                case "YMD" -> {
                    order = "YMD";
                    haveOrder = true;
                }
                case "DMY", "EURO", "EUROPEAN" -> {
                    order = "DMY";
                    haveOrder = true;
                }
                case "MDY", "US", "NONEURO", "NONEUROPEAN" -> {
                    order = "MDY";
                    haveOrder = true;
                }
                case "DEFAULT" -> {
                    style = "ISO";
                    order = "MDY";
                }
                default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "invalid value for parameter \"DateStyle\": \"%s\"", value)
                        .withDetail("Unrecognized key word: \"" + word + "\".");
            }
        }
        return style + ", " + order;
    }

    private static String normalise(String name, String value) {
        switch (name) {
            case "client_encoding" -> {
                String v = value.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
                if (v.equals("UTF8") || v.equals("UNICODE")) {
                    return "UTF8";
                }
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"client_encoding\": \"%s\"",
                        value);
            }
            case "DateStyle" -> {
                return dateStyle("ISO, MDY", value);
            }
            case "IntervalStyle" -> {
                if (io.pglitedb.types.IntervalStyle.of(value) == null) {
                    // PostgreSQL names the parameter as written, which SET lower-cases
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": \"%s\"",
                            name.toLowerCase(Locale.ROOT), value)
                            .withHint("Available values: postgres, postgres_verbose, sql_standard, iso_8601.");
                }
                return value.strip().toLowerCase(Locale.ROOT);
            }
            case "TimeZone" -> {
                io.pglitedb.types.TimeZones.Zone zone = io.pglitedb.types.TimeZones.resolve(value);
                if (zone == null) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"TimeZone\": \"%s\"",
                            value);
                }
                return zone.display();
            }
            case "transaction_isolation", "default_transaction_isolation" -> {
                String v = value.toLowerCase(Locale.ROOT);
                if (!List.of("read committed", "read uncommitted", "repeatable read", "serializable").contains(v)) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": \"%s\"",
                            name, value).withHint("Available values: serializable, repeatable read, read committed, read uncommitted.");
                }
                if (name.equals("default_transaction_isolation")) {
                    TransactionCharacteristics.supported(v);
                }
                return v;
            }
            case "client_min_messages" -> {
                String v = value.toLowerCase(Locale.ROOT);
                if (!List.of("debug5", "debug4", "debug3", "debug2", "debug1", "debug", "log", "notice", "warning",
                        "error").contains(v)) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": \"%s\"",
                            name, value).withHint("Available values: debug5, debug4, debug3, debug2, debug1, log, notice, warning, error.");
                }
                return v.equals("debug") ? "debug2" : v;
            }
            case "synchronous_commit" -> {
                return switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "on", "true", "yes", "1" -> "on";
                    case "off", "false", "no", "0" -> "off";
                    case "local" -> "local";
                    case "remote_write" -> "remote_write";
                    case "remote_apply" -> "remote_apply";
                    default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "invalid value for parameter \"%s\": \"%s\"", name, value)
                            .withHint("Available values: local, remote_write, remote_apply, on, off.");
                };
            }
            case MAX_QUERY_MEMORY -> {
                return memoryKilobytes(name, value, 0);
            }
            case "default_transaction_read_only", "default_transaction_deferrable" -> {
                return TransactionCharacteristics.parseBoolean(name, value) ? "on" : "off";
            }
            default -> {
                // the rest by type, unit and range as PostgreSQL describes the parameter
                Parameters.Parameter p = Parameters.of(name);
                return p == null ? value : Parameters.normalise(p, value);
            }
        }
    }
}
