package io.pglitedb.catalog.system;

import io.pglitedb.error.PgException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL 15's pg_proc entries of pg_catalog (OID, name, kind, strictness, volatility,
 * argument and result types), read from {@code pg_proc.tsv}, recorded from PostgreSQL: the names
 * regproc values print as, and the rows pg_proc shows for the functions this engine has.
 */
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    record Row(long oid, String name, char kind, boolean strict, boolean returnsSet, char volatility, short argumentCount,
            long resultType, String argumentTypes) {
    }

    /**
     * pg_proc's proargmodes, proargnames and proallargtypes of a function that has them (OUT,
     * INOUT, VARIADIC or named parameters), each null when PostgreSQL's is.
     */
    record Arguments(String[] modes, String[] names, Long[] allTypes) {
    }

    private static final Map<Long, Row> ALL = new LinkedHashMap<>();
    private static final Map<Long, Arguments> ARGUMENTS = new java.util.HashMap<>();

    static {
        try (InputStream in = BuiltinFunctions.class.getResourceAsStream("pg_proc.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                Row row = new Row(Long.parseLong(f[0]), f[1], f[2].charAt(0), f[3].equals("t"), f[4].equals("t"),
                        f[5].charAt(0), Short.parseShort(f[6]), Long.parseLong(f[7]), f[8]);
                ALL.put(row.oid(), row);
            }
        } catch (IOException e) {
            throw PgException.internal(e);
        }
        // oid, then proargmodes, proargnames and proallargtypes as comma-separated lists (empty: null)
        try (InputStream in = BuiltinFunctions.class.getResourceAsStream("pg_proc_arguments.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                Long[] allTypes = null;
                if (!f[3].isEmpty()) {
                    String[] types = f[3].split(",", -1);
                    allTypes = new Long[types.length];
                    for (int i = 0; i < types.length; i++) {
                        allTypes[i] = Long.parseLong(types[i]);
                    }
                }
                ARGUMENTS.put(Long.parseLong(f[0]), new Arguments(f[1].isEmpty() ? null : f[1].split(",", -1),
                        f[2].isEmpty() ? null : f[2].split(",", -1), allTypes));
            }
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    /** The function's parameter modes and names, or null when PostgreSQL lists none (all IN, unnamed). */
    static Arguments arguments(long oid) {
        return ARGUMENTS.get(oid);
    }

    static Row byOid(long oid) {
        return ALL.get(oid);
    }

    /** The OIDs of the pg_catalog functions named {@code name}. */
    static List<Long> byName(String name) {
        List<Long> out = new ArrayList<>();
        for (Row row : ALL.values()) {
            if (row.name().equals(name)) {
                out.add(row.oid());
            }
        }
        return out;
    }

    /** True when PostgreSQL has a function of this name and none of its forms is IMMUTABLE (now(), random()). */
    public static boolean neverImmutable(String name) {
        boolean found = false;
        for (Row row : ALL.values()) {
            if (row.name().equals(name)) {
                if (row.volatility() == 'i') {
                    return false;
                }
                found = true;
            }
        }
        return found;
    }

    /** The rows pg_proc shows: PostgreSQL's functions of the names this engine can call. */
    static List<Row> visible() {
        List<Row> out = new ArrayList<>();
        for (Row row : ALL.values()) {
            if (io.pglitedb.sql.analyze.BuiltinFunctionNames.callable(row.name())) {
                out.add(row);
            }
        }
        return out;
    }

    /**
     * The OID of pg_catalog's function {@code name} with exactly these argument type OIDs, or 0
     * (what pg_aggregate shows for an aggregate's built-in support function).
     */
    public static long oidOf(String name, java.util.List<Integer> argumentTypes) {
        StringBuilder wanted = new StringBuilder();
        for (int oid : argumentTypes) {
            wanted.append(wanted.isEmpty() ? "" : " ").append(oid);
        }
        for (Row row : ALL.values()) {
            if (row.name().equals(name) && row.argumentTypes().contentEquals(wanted)) {
                return row.oid();
            }
        }
        return 0;
    }
}
