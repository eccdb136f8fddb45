package io.pglitedb.catalog.system;

import io.pglitedb.error.PgException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The comments initdb gives built-in objects (pg_description of functions, types, access methods,
 * schemas, languages and the plpgsql extension), read from {@code pg_description.tsv}, recorded
 * from PostgreSQL 15; pg_description shows those of the objects this engine has (getFunctions'
 * REMARKS, psql's \df+, \dT and \dx Description columns).
 */
final class BuiltinDescriptions {
    private BuiltinDescriptions() {
    }

    static final long PG_PROC = 1255;
    static final long PG_TYPE = 1247;
    static final long PG_NAMESPACE = 2615;

    record Row(long objoid, long classoid, int objsubid, String description) {
    }

    private static final List<Row> ALL = new ArrayList<>();
    /** The rows by (objoid, objsubid), for obj_description and col_description. */
    private static final java.util.Map<Long, List<Row>> BY_OID = new java.util.HashMap<>();

    static {
        try (InputStream in = BuiltinDescriptions.class.getResourceAsStream("pg_description.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", 4);
                Row row = new Row(Long.parseLong(f[0]), Long.parseLong(f[1]), Integer.parseInt(f[2]), f[3]);
                ALL.add(row);
                BY_OID.computeIfAbsent(row.objoid(), k -> new ArrayList<>(1)).add(row);
            }
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static void rows(SystemContext c, SystemRelation.Rows rows) {
        Set<Long> functions = new HashSet<>();
        for (BuiltinFunctions.Row f : BuiltinFunctions.visible()) {
            functions.add(f.oid());
        }
        Set<Long> types = new HashSet<>();
        for (BuiltinTypes.Row t : BuiltinTypes.visible()) {
            types.add(t.oid());
        }
        for (Row r : ALL) {
            boolean exists = r.classoid() == PG_PROC ? functions.contains(r.objoid())
                    : r.classoid() == PG_TYPE ? types.contains(r.objoid())
                    : r.classoid() != PG_NAMESPACE || c.view().schema((int) r.objoid()) != null;
            if (exists) {
                rows.add().oid("objoid", r.objoid()).oid("classoid", r.classoid()).set("objsubid", r.objsubid())
                        .set("description", r.description());
            }
        }
    }

    /** The built-in comment on (oid, class, sub-id) (class -1: any), or null. */
    static String description(long oid, long classOid, int subId) {
        for (Row r : BY_OID.getOrDefault(oid, List.of())) {
            if (r.objsubid() == subId && (classOid == -1 || classOid == r.classoid())) {
                return r.description();
            }
        }
        return null;
    }
}
