package io.pglitedb.catalog.system;

import io.pglitedb.error.PgException;
import io.pglitedb.types.Types;
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
 * pg_type's rows for the built-in types this engine has (and their array types, and the
 * pseudo-types), with PostgreSQL 15's OIDs and properties, read from {@code pg_type.tsv}
 * (recorded from PostgreSQL's pg_type).
 */
final class BuiltinTypes {
    private BuiltinTypes() {
    }

    /** One pg_type row; the I/O functions are regproc OIDs. */
    record Row(long oid, String name, short length, boolean byValue, char kind, char category, boolean preferred,
            char delimiter, long element, long array, long input, long output, long receive, long send,
            long modIn, long modOut, char align, char storage, long collation, long subscript) {
    }

    private static final Map<Long, Row> ALL = new LinkedHashMap<>();

    static {
        try (InputStream in = BuiltinTypes.class.getResourceAsStream("pg_type.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                Row row = new Row(Long.parseLong(f[0]), f[1], Short.parseShort(f[2]), f[3].equals("t"), f[4].charAt(0),
                        f[5].charAt(0), f[6].equals("t"), f[7].charAt(0), Long.parseLong(f[8]), Long.parseLong(f[9]),
                        Long.parseLong(f[10]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                        Long.parseLong(f[14]), Long.parseLong(f[15]), f[16].charAt(0), f[17].charAt(0),
                        Long.parseLong(f[18]), Long.parseLong(f[19]));
                ALL.put(row.oid(), row);
            }
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    /** The row of the type with this OID (any of PostgreSQL's built-in types), or null. */
    static Row byOid(long oid) {
        return ALL.get(oid);
    }

    /** The rows pg_type shows: types the engine has, arrays of them it has, pseudo-types. */
    static List<Row> visible() {
        List<Row> out = new ArrayList<>();
        for (Row row : ALL.values()) {
            if (Types.byOid((int) row.oid()) != null || row.kind() == 'p') {
                out.add(row);
            }
        }
        return out;
    }

    /** The type named {@code name} in pg_catalog, or null. */
    static Row byName(String name) {
        for (Row row : ALL.values()) {
            if (row.name().equals(name)) {
                return row;
            }
        }
        return null;
    }
}
