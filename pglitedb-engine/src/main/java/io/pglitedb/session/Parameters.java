package io.pglitedb.session;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL 15's description of the run-time parameters a session can see (pg_settings.tsv,
 * recorded by scripts/record-pg-settings.sh): type, unit, range, allowed values, category,
 * descriptions and context. Checks a value as SET does (guc.c's parse_bool, parse_int, parse_real
 * and enum lookup, with its messages), prints it as SHOW does (integers with units in the largest
 * unit that divides them exactly) and gives pg_settings.setting (the number in the base unit).
 */
final class Parameters {
    /** One parameter as pg_settings describes it; min/max/enumValues null where it has none. */
    record Parameter(String name, String vartype, String unit, String category, String shortDesc, String extraDesc,
            String context, String min, String max, List<String> enumValues, String bootValue) {
    }

    private static final Map<String, Parameter> BY_NAME = load();

    private Parameters() {
    }

    /** PostgreSQL's description of the parameter named (case-insensitively) {@code name}, or null. */
    static Parameter of(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every described parameter, by name. */
    static Iterable<Parameter> all() {
        return BY_NAME.values();
    }

    private static Map<String, Parameter> load() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        try (InputStream in = Parameters.class.getResourceAsStream("pg_settings.tsv")) {
            if (in == null) {
                throw new IllegalStateException("pg_settings.tsv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].equals("\\N") ? null : f[i].replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\");
                }
                List<String> enums = f[9] == null ? null : arrayElements(f[9]);
                out.put(f[0].toLowerCase(Locale.ROOT),
                        new Parameter(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], enums, f[10]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The elements of a text[] literal as COPY wrote it: {a,"b c"}. */
    private static List<String> arrayElements(String literal) {
        List<String> out = new ArrayList<>();
        String body = literal.substring(1, literal.length() - 1);
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && i + 1 < body.length()) {
                current.append(body.charAt(++i));
            } else if (c == ',' && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!body.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    // ---------------------------------------------------------------- checking values

    /** {@code value} checked for {@code p} as SET checks it, in the form SHOW prints. @throws PgException 22023 */
    static String normalise(Parameter p, String value) {
        return switch (p.vartype()) {
            case "bool" -> bool(p.name(), value) ? "on" : "off";
            case "integer" -> show(p, integer(p, value));
            case "real" -> real(p, value);
            case "enum" -> enumValue(p, value);
            default -> value;
        };
    }

    /** PostgreSQL's parse_bool: on/off, true/false, yes/no, 1/0 and unique prefixes. */
    static boolean bool(String name, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!v.isEmpty() && ("true".startsWith(v) || "yes".startsWith(v) || v.equals("on") || v.equals("1"))) {
            return true;
        }
        if (!v.isEmpty() && ("false".startsWith(v) || "no".startsWith(v) || v.equals("off") || v.equals("of")
                || v.equals("0"))) {
            return false;
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "parameter \"%s\" requires a Boolean value", name);
    }

    private static String enumValue(Parameter p, String value) {
        String v = value.trim();
        for (String allowed : p.enumValues()) {
            if (allowed.equalsIgnoreCase(v)) {
                return allowed;
            }
        }
        // on/off enums (force_parallel_mode, constraint_exclusion ...) also take hidden boolean spellings
        if (p.enumValues().contains("on") && p.enumValues().contains("off")) {
            switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> {
                    return "on";
                }
                case "false", "no", "0" -> {
                    return "off";
                }
                default -> {
                }
            }
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": \"%s\"",
                p.name(), value).withHint("Available values: " + String.join(", ", p.enumValues()) + ".");
    }

    private static final Pattern NUMBER_WITH_UNIT =
            Pattern.compile("\\s*([-+]?(?:0[xX][0-9a-fA-F]+|[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+"
                    + "(?:[eE][-+]?[0-9]+)?))\\s*([A-Za-z]*)\\s*");

    /** Memory units in bytes and time units in microseconds, as guc.c's conversion tables. */
    private static final Map<String, Double> MEMORY = Map.of("B", 1.0, "kB", 1024.0, "MB", 1024.0 * 1024,
            "GB", 1024.0 * 1024 * 1024, "TB", 1024.0 * 1024 * 1024 * 1024);
    private static final Map<String, Double> TIME = Map.of("us", 1.0, "ms", 1000.0, "s", 1e6, "min", 60e6,
            "h", 3600e6, "d", 86400e6);
    private static final String MEMORY_HINT = "Valid units for this parameter are \"B\", \"kB\", \"MB\", \"GB\", and \"TB\".";
    private static final String TIME_HINT =
            "Valid units for this parameter are \"us\", \"ms\", \"s\", \"min\", \"h\", and \"d\".";

    /** The value in the parameter's base unit (a number with an optional unit), before rounding. */
    private static double inBaseUnit(Parameter p, String value) {
        Matcher m = NUMBER_WITH_UNIT.matcher(value);
        if (!m.matches()) {
            throw invalid(p, value, null);
        }
        String digits = m.group(1);
        double number;
        if (digits.matches("[-+]?0[xX].*")) {
            boolean negative = digits.startsWith("-");
            number = Long.parseLong(digits.replaceFirst("^[-+]?0[xX]", ""), 16) * (negative ? -1 : 1);
        } else {
            number = Double.parseDouble(digits);
        }
        String unit = m.group(2);
        if (unit.isEmpty()) {
            return number;
        }
        if (p.unit() == null) {
            throw invalid(p, value, null);
        }
        boolean memory = isMemoryUnit(p.unit());
        Double factor = (memory ? MEMORY : TIME).get(unit);
        if (factor == null) {
            throw invalid(p, value, memory ? MEMORY_HINT : TIME_HINT);
        }
        return number * factor / baseFactor(p.unit());
    }

    private static boolean isMemoryUnit(String unit) {
        return unit.endsWith("B");
    }

    /** The base unit in bytes (memory: B, kB, 8kB, MB) or microseconds (time: ms, s, min). */
    private static double baseFactor(String unit) {
        if (isMemoryUnit(unit)) {
            return unit.equals("8kB") ? 8192 : MEMORY.get(unit);
        }
        return TIME.get(unit);
    }

    private static long integer(Parameter p, String value) {
        double base = inBaseUnit(p, value);
        double rounded = Math.rint(base);
        if (rounded > Integer.MAX_VALUE || rounded < Integer.MIN_VALUE) {
            throw invalid(p, value, "Value exceeds integer range.");
        }
        long n = (long) rounded;
        long min = Long.parseLong(p.min());
        long max = Long.parseLong(p.max());
        if (n < min || n > max) {
            String unit = p.unit() == null ? "" : " " + p.unit();
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "%d%s is outside the valid range for parameter \"%s\" (%d .. %d)", n, unit, p.name(), min, max);
        }
        return n;
    }

    private static String real(Parameter p, String value) {
        double d = inBaseUnit(p, value);
        double min = Double.parseDouble(p.min());
        double max = Double.parseDouble(p.max());
        if (Double.isNaN(d) || d < min || d > max) {
            String unit = p.unit() == null ? "" : " " + p.unit();
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "%s%s is outside the valid range for parameter \"%s\" (%s .. %s)", number(d), unit, p.name(),
                    number(min), number(max));
        }
        String shown = number(d);
        return p.unit() == null || d == 0 ? shown : shown + p.unit();
    }

    /** A real as C's %g prints it: six significant digits, no trailing zeros, exponent form outside 1e-4 .. 1e6. */
    private static String number(double d) {
        if (d == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= -4 && exponent < 6) {
            return rounded.toPlainString();
        }
        String mantissa = rounded.movePointLeft(exponent).toPlainString();
        return mantissa + (exponent < 0 ? "e-" : "e+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }

    private static PgException invalid(Parameter p, String value, String hint) {
        PgException e = new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": \"%s\"",
                p.name(), value);
        return hint == null ? e : e.withHint(hint);
    }

    // ---------------------------------------------------------------- printing values

    /** Units SHOW may print a memory value in (bytes each), largest first. */
    private static final String[] MEMORY_UNITS = {"TB", "GB", "MB", "kB", "B"};
    private static final String[] TIME_UNITS = {"d", "h", "min", "s", "ms", "us"};

    /**
     * An integer in the base unit as SHOW prints it: with the largest unit that divides it exactly
     * (4096 kB is "4MB"), not below the base unit; zero and negative values without a unit.
     */
    static String show(Parameter p, long n) {
        if (p.unit() == null || n <= 0) {
            return Long.toString(n);
        }
        boolean memory = isMemoryUnit(p.unit());
        double base = baseFactor(p.unit());
        double total = n * base;
        String[] units = memory ? MEMORY_UNITS : TIME_UNITS;
        Map<String, Double> factors = memory ? MEMORY : TIME;
        for (String unit : units) {
            double factor = factors.get(unit);
            if (factor < base) {
                break;
            }
            if (total % factor == 0) {
                return (long) (total / factor) + unit;
            }
        }
        return n + p.unit();
    }

    /** pg_settings.setting: the value in the parameter's base unit, without the unit. */
    static String setting(Parameter p, String shown) {
        if (p.unit() == null || !(p.vartype().equals("integer") || p.vartype().equals("real"))) {
            return shown;
        }
        double base = inBaseUnit(p, shown);
        return p.vartype().equals("integer") ? Long.toString((long) Math.rint(base)) : number(base);
    }
}
