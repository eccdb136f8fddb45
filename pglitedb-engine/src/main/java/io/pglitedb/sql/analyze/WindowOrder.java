package io.pglitedb.sql.analyze;

import io.pglitedb.exec.PostgresQuicksort;
import io.pglitedb.sql.plan.WindowAgg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order PostgreSQL evaluates a query's windows in (planner.c's select_active_windows): each
 * window's sort keys are its PARTITION BY then ORDER BY expressions, numbered like PostgreSQL's
 * tleSortGroupRef (ORDER BY, GROUP BY and DISTINCT expressions first, then the windows' in
 * definition order); windows with a higher-numbered key come first, and of two where one's keys
 * are a prefix of the other's, the longer. Each window sorts the previous one's output, so this
 * order decides which of the rows equal in a window's keys comes first.
 */
final class WindowOrder {
    private WindowOrder() {
    }

    /** One sort key: PostgreSQL's SortGroupClause as far as common_prefix_cmp looks at it. */
    private record Key(int ref, boolean descending, boolean nullsFirst) {
    }

    static int[] evaluationOrder(List<WindowAgg.Window> windows, List<Integer> definitionRanks,
            List<List<String>> partitionTexts, List<List<String>> orderTexts, List<String> sortGroupTexts) {
        int n = windows.size();
        Integer[] byDefinition = new Integer[n];
        for (int i = 0; i < n; i++) {
            byDefinition[i] = i;
        }
        Arrays.sort(byDefinition, Comparator.comparing(definitionRanks::get));
        Map<String, Integer> refs = new LinkedHashMap<>();
        for (String text : sortGroupTexts) {
            refs.putIfAbsent(text, refs.size() + 1);
        }
        for (int w : byDefinition) {
            for (String text : partitionTexts.get(w)) {
                refs.putIfAbsent(text, refs.size() + 1);
            }
            for (String text : orderTexts.get(w)) {
                refs.putIfAbsent(text, refs.size() + 1);
            }
        }
        List<List<Key>> keys = new ArrayList<>(n);
        for (int w = 0; w < n; w++) {
            List<Key> unique = new ArrayList<>();
            for (String text : partitionTexts.get(w)) {
                Key k = new Key(refs.get(text), false, false);
                if (!unique.contains(k)) {
                    unique.add(k);
                }
            }
            WindowAgg.Window window = windows.get(w);
            for (int i = 0; i < orderTexts.get(w).size(); i++) {
                Key k = new Key(refs.get(orderTexts.get(w).get(i)), window.descending()[i], window.nullsFirst()[i]);
                if (!unique.contains(k)) {
                    unique.add(k);
                }
            }
            keys.add(unique);
        }
        PostgresQuicksort.sort(byDefinition, n, (a, b) -> commonPrefixCompare(keys.get(a), keys.get(b)));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = byDefinition[i];
        }
        return order;
    }

    /** planner.c's common_prefix_cmp; a descending key's sort operator (">") has the larger OID. */
    private static int commonPrefixCompare(List<Key> a, List<Key> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Key x = a.get(i);
            Key y = b.get(i);
            if (x.ref() != y.ref()) {
                return x.ref() > y.ref() ? -1 : 1;
            }
            if (x.descending() != y.descending()) {
                return x.descending() ? -1 : 1;
            }
            if (x.nullsFirst() != y.nullsFirst()) {
                return x.nullsFirst() ? -1 : 1;
            }
        }
        return Integer.compare(b.size(), a.size());
    }
}
