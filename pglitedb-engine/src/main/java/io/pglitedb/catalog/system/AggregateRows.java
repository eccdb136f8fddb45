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
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * pg_aggregate: PostgreSQL 15's rows (recorded by scripts/record-pg-aggregate.sh into
 * {@code pg_aggregate.tsv}) for the built-in aggregates pg_proc shows, so that a join of the two
 * (psql's \da+, DBeaver's aggregate editor) finds each aggregate's transition function and state type.
 */
final class AggregateRows {
    private AggregateRows() {
    }

    private static final String[] COLUMNS = {"aggfnoid", "aggkind", "aggnumdirectargs", "aggtransfn", "aggfinalfn",
        "aggcombinefn", "aggserialfn", "aggdeserialfn", "aggmtransfn", "aggminvtransfn", "aggmfinalfn",
        "aggfinalextra", "aggmfinalextra", "aggfinalmodify", "aggmfinalmodify", "aggsortop", "aggtranstype",
        "aggtransspace", "aggmtranstype", "aggmtransspace", "agginitval", "aggminitval"};
    /** Column kinds in file order: o oid/regproc, c "char", s smallint, b boolean, i integer, t text. */
    private static final String KINDS = "ocsoooooooobbccooioitt";

    private static final List<String[]> RECORDED = new ArrayList<>();

    static {
        try (InputStream in = AggregateRows.class.getResourceAsStream("pg_aggregate.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                RECORDED.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static void register(Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> m) {
        m.put("pg_aggregate", AggregateRows::aggregates);
    }

    private static void aggregates(SystemContext c, SystemRelation.Rows rows) {
        Set<Long> shown = new HashSet<>();
        for (BuiltinFunctions.Row f : BuiltinFunctions.visible()) {
            shown.add(f.oid());
        }
        for (String[] f : RECORDED) {
            if (!shown.contains(Long.parseLong(f[0]))) {
                continue;
            }
            rows.add();
            for (int i = 0; i < COLUMNS.length; i++) {
                rows.set(COLUMNS[i], value(KINDS.charAt(i), f[i]));
            }
        }
        if (c.view() == null || c.view().catalog() == null) {
            return;
        }
        for (io.pglitedb.catalog.AggregateDescriptor a : c.view().catalog().aggregates().all()) {
            rows.add();
            Object[] values = {(long) a.oid(), String.valueOf(a.kind()), (short) a.directArguments(),
                oid(a.transition()), oid(a.finalFunction()), oid(a.combine()), oid(a.serial()), oid(a.deserial()),
                oid(a.movingTransition()), oid(a.movingInverse()), oid(a.movingFinal()), a.finalExtra(),
                a.movingFinalExtra(), String.valueOf(a.finalModify()), String.valueOf(a.movingFinalModify()), 0L,
                (long) a.transitionType(), a.transitionSpace(), (long) a.movingTransitionType(),
                a.movingTransitionSpace(), a.initialValue(), a.movingInitialValue()};
            for (int i = 0; i < COLUMNS.length; i++) {
                rows.set(COLUMNS[i], values[i]);
            }
        }
    }

    private static long oid(io.pglitedb.catalog.AggregateDescriptor.SupportFunction f) {
        return f == null ? 0L : f.oid();
    }

    private static Object value(char kind, String text) {
        if (text.equals("\\N")) {
            return null;
        }
        return switch (kind) {
            case 'o' -> Long.parseLong(text);
            case 's' -> Short.parseShort(text);
            case 'i' -> Integer.parseInt(text);
            case 'b' -> text.equals("t");
            default -> text;
        };
    }
}
