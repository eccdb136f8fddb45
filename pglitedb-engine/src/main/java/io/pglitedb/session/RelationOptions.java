package io.pglitedb.session;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.SetRelationOptions.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A table's storage parameters (CREATE TABLE ... WITH, ALTER TABLE SET / RESET) and a B-tree index's
 * (CREATE INDEX ... WITH), checked as PostgreSQL 15's reloptions.c
 * checks the heap's: known names, value kinds and bounds, with its messages (22023). They are kept
 * and shown (pg_class.reloptions, psql's "Options:") but change nothing here: there is no heap
 * page, vacuum or parallel plan they tune. {@code toast.} options are checked and dropped, as
 * PostgreSQL does for a table without a TOAST table (which keeps no toast options).
 */
final class RelationOptions {
    private RelationOptions() {
    }

    private enum Kind { BOOL, INT, REAL, ENUM }

    private record Spec(Kind kind, double min, double max) {
    }

    private static final double INT_MAX = Integer.MAX_VALUE;
    private static final Map<String, Spec> HEAP = Map.ofEntries(
            Map.entry("autovacuum_enabled", new Spec(Kind.BOOL, 0, 0)),
            Map.entry("user_catalog_table", new Spec(Kind.BOOL, 0, 0)),
            Map.entry("vacuum_truncate", new Spec(Kind.BOOL, 0, 0)),
            Map.entry("fillfactor", new Spec(Kind.INT, 10, 100)),
            Map.entry("autovacuum_vacuum_threshold", new Spec(Kind.INT, 0, INT_MAX)),
            Map.entry("autovacuum_vacuum_insert_threshold", new Spec(Kind.INT, -1, INT_MAX)),
            Map.entry("autovacuum_analyze_threshold", new Spec(Kind.INT, 0, INT_MAX)),
            Map.entry("autovacuum_vacuum_cost_limit", new Spec(Kind.INT, 1, 10000)),
            Map.entry("autovacuum_freeze_min_age", new Spec(Kind.INT, 0, 1000000000)),
            Map.entry("autovacuum_multixact_freeze_min_age", new Spec(Kind.INT, 0, 1000000000)),
            Map.entry("autovacuum_freeze_max_age", new Spec(Kind.INT, 100000, 2000000000)),
            Map.entry("autovacuum_multixact_freeze_max_age", new Spec(Kind.INT, 10000, 2000000000)),
            Map.entry("autovacuum_freeze_table_age", new Spec(Kind.INT, 0, 2000000000)),
            Map.entry("autovacuum_multixact_freeze_table_age", new Spec(Kind.INT, 0, 2000000000)),
            Map.entry("log_autovacuum_min_duration", new Spec(Kind.INT, -1, INT_MAX)),
            Map.entry("toast_tuple_target", new Spec(Kind.INT, 128, 8160)),
            Map.entry("parallel_workers", new Spec(Kind.INT, 0, 1024)),
            Map.entry("autovacuum_vacuum_cost_delay", new Spec(Kind.REAL, 0, 100)),
            Map.entry("autovacuum_vacuum_scale_factor", new Spec(Kind.REAL, 0, 100)),
            Map.entry("autovacuum_vacuum_insert_scale_factor", new Spec(Kind.REAL, 0, 100)),
            Map.entry("autovacuum_analyze_scale_factor", new Spec(Kind.REAL, 0, 100)),
            Map.entry("vacuum_index_cleanup", new Spec(Kind.ENUM, 0, 0)));

    /** A B-tree index's (btoptions). */
    private static final Map<String, Spec> BTREE = Map.of(
            "fillfactor", new Spec(Kind.INT, 10, 100),
            "deduplicate_items", new Spec(Kind.BOOL, 0, 0));

    /**
     * An index's options after ALTER INDEX SET: as {@link #set} for a table, with a B-tree's options;
     * {@code toast.} ones are accepted and dropped (an index has no TOAST table), as in PostgreSQL.
     */
    static List<String> setIndex(List<String> current, List<Option> options) {
        List<Option> own = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Option o : options) {
            if (!named.add(o.name())) {
                throw invalid("parameter \"%s\" specified more than once", o.name());
            }
            int dot = o.name().indexOf('.');
            if (dot < 0) {
                own.add(o);
            } else if (!o.name().substring(0, dot).equals("toast")) {
                throw invalid("unrecognized parameter namespace \"%s\"", o.name().substring(0, dot));
            }
        }
        List<String> out = without(current, named);
        out.addAll(index(own));
        return out;
    }

    /** The options of CREATE INDEX ... WITH (...) (a B-tree's; no namespaces), in written order. */
    static List<String> index(List<Option> options) {
        List<String> out = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Option o : options) {
            int dot = o.name().indexOf('.');
            if (dot >= 0) {
                throw invalid("unrecognized parameter namespace \"%s\"", o.name().substring(0, dot));
            }
            if (!named.add(o.name())) {
                throw invalid("parameter \"%s\" specified more than once", o.name());
            }
            String value = o.value() == null ? "true" : o.value();
            check(BTREE, o.name(), value);
            out.add(o.name() + "=" + value);
        }
        return out;
    }

    /**
     * The options after SET: those not named kept in place, then the named ones in written order.
     * A partitioned table takes none (PostgreSQL 15 knows no partitioned-table options).
     */
    static List<String> set(List<String> current, List<Option> options, boolean partitioned) {
        List<String> added = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Option o : options) {
            if (!named.add(o.name())) {
                throw invalid("parameter \"%s\" specified more than once", o.name());
            }
            if (partitioned) {
                throw invalid("unrecognized parameter \"%s\"", o.name());
            }
            String value = o.value() == null ? "true" : o.value();
            if (check(o.name(), value)) {
                added.add(o.name() + "=" + value);
            }
        }
        List<String> out = without(current, named);
        out.addAll(added);
        return out;
    }

    /**
     * The options of CREATE TABLE ... WITH (...): as SET on a table without any, {@code oids=false}
     * accepted and dropped. @throws PgException 0A000 for {@code oids=true}
     */
    static List<String> create(List<Option> options, boolean partitioned) {
        List<Option> kept = new ArrayList<>();
        for (Option o : options) {
            if (o.name().equals("oids")) {
                if (!Boolean.FALSE.equals(parseBool(o.value() == null ? "true" : o.value()))) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "tables declared WITH OIDS are not supported");
                }
            } else {
                kept.add(o);
            }
        }
        return set(List.of(), kept, partitioned);
    }

    /** The options after RESET: those named removed (unknown names are no error, as in PostgreSQL). */
    static List<String> reset(List<String> current, List<Option> options) {
        Set<String> named = new HashSet<>();
        for (Option o : options) {
            if (o.value() != null) {
                throw new PgException(SqlState.SYNTAX_ERROR, "RESET must not include values for parameters");
            }
            named.add(o.name());
        }
        return without(current, named);
    }

    /** The "name=value" options whose name is not among {@code names}, in order. */
    private static List<String> without(List<String> options, Set<String> names) {
        List<String> out = new ArrayList<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            if (!names.contains(eq < 0 ? option : option.substring(0, eq))) {
                out.add(option);
            }
        }
        return out;
    }

    /** Checks one option; true when the table keeps it (a heap option), false for a toast one. */
    private static boolean check(String qualified, String value) {
        int dot = qualified.indexOf('.');
        boolean toast = dot >= 0;
        if (toast && !qualified.substring(0, dot).equals("toast")) {
            throw invalid("unrecognized parameter namespace \"%s\"", qualified.substring(0, dot));
        }
        String name = toast ? qualified.substring(dot + 1) : qualified;
        check(HEAP, name, value);
        return !toast;
    }

    /** Checks one option's name and value against an access method's options. */
    private static void check(Map<String, Spec> specs, String name, String value) {
        Spec spec = specs.get(name);
        if (spec == null) {
            throw invalid("unrecognized parameter \"%s\"", name);
        }
        switch (spec.kind()) {
            case BOOL -> {
                if (parseBool(value) == null) {
                    throw invalid("invalid value for boolean option \"%s\": %s", name, value);
                }
            }
            case INT -> {
                double v = number(value, "integer", name);
                if (Math.rint(v) < spec.min() || Math.rint(v) > spec.max()) {
                    throw invalid("value %s out of bounds for option \"%s\"", value, name)
                            .withDetail(String.format(Locale.ROOT, "Valid values are between \"%d\" and \"%d\".",
                                    (long) spec.min(), (long) spec.max()));
                }
            }
            case REAL -> {
                double v = number(value, "floating point", name);
                if (v < spec.min() || v > spec.max()) {
                    throw invalid("value %s out of bounds for option \"%s\"", value, name)
                            .withDetail(String.format(Locale.ROOT, "Valid values are between \"%f\" and \"%f\".",
                                    spec.min(), spec.max()));
                }
            }
            case ENUM -> {
                String v = value.toLowerCase(Locale.ROOT);
                if (!v.equals("auto") && parseBool(v) == null) {
                    throw invalid("invalid value for enum option \"%s\": %s", name, value)
                            .withDetail("Valid values are \"on\", \"off\", and \"auto\".");
                }
            }
        }
    }

    private static double number(String value, String kind, String name) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw invalid("invalid value for %s option \"%s\": %s", kind, name, value);
        }
    }

    /** PostgreSQL's parse_bool: true/false, yes/no, on/off, 1/0 and unique prefixes, any case; else null. */
    private static Boolean parseBool(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return null;
        }
        if ("true".startsWith(v) || "yes".startsWith(v) || v.equals("1") || v.length() >= 2 && "on".startsWith(v)) {
            return Boolean.TRUE;
        }
        if ("false".startsWith(v) || "no".startsWith(v) || v.equals("0") || v.length() >= 2 && "off".startsWith(v)) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static PgException invalid(String format, Object... args) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, format, args);
    }
}
