package io.pglitedb.sql.analyze;

import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.GroupingSet;
import io.pglitedb.sql.plan.GroupingSetsAggregate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Expands GROUP BY with ROLLUP/CUBE/GROUPING SETS into its list of grouping sets (PostgreSQL's
 * semantics: the elements of the GROUP BY list multiply, nested GROUPING SETS concatenate,
 * duplicates stay) and arranges the sets into sort-based rollups.
 */
final class GroupingSets {
    private GroupingSets() {
    }

    /** @return the grouping sets, or null when the GROUP BY list is plain expressions only */
    static List<List<Expr>> expand(List<Expr> groupBy) {
        if (isDistinct(groupBy)) {
            return expand(((GroupingSet) groupBy.get(0)).items());
        }
        if (groupBy.stream().noneMatch(e -> e instanceof GroupingSet)) {
            return null;
        }
        List<List<Expr>> result = List.of(List.of());
        for (Expr element : groupBy) {
            List<List<Expr>> product = new ArrayList<>();
            for (List<Expr> left : result) {
                for (List<Expr> right : setsOf(element)) {
                    List<Expr> set = new ArrayList<>(left);
                    set.addAll(right);
                    product.add(set);
                }
            }
            result = product;
        }
        return result;
    }

    /** Whether the list is GROUP BY DISTINCT's one element: duplicate grouping sets are dropped. */
    static boolean isDistinct(List<Expr> groupBy) {
        return groupBy.size() == 1 && groupBy.get(0) instanceof GroupingSet g && g.kind() == GroupingSet.Kind.DISTINCT;
    }

    /** The sets (of group key indexes) without those equal as sets to an earlier one. */
    static List<int[]> distinct(List<int[]> sets) {
        List<int[]> out = new ArrayList<>();
        java.util.Set<java.util.List<Integer>> seen = new java.util.HashSet<>();
        for (int[] set : sets) {
            if (seen.add(Arrays.stream(set).sorted().boxed().toList())) {
                out.add(set);
            }
        }
        return out;
    }

    private static List<List<Expr>> setsOf(Expr element) {
        if (!(element instanceof GroupingSet g)) {
            return List.of(List.of(element));
        }
        return switch (g.kind()) {
            case EMPTY, DISTINCT -> List.of(List.of());
            case LIST -> List.of(g.items());
            case SETS -> {
                List<List<Expr>> out = new ArrayList<>();
                for (Expr item : g.items()) {
                    out.addAll(setsOf(item));
                }
                yield out;
            }
            case ROLLUP -> {
                List<List<Expr>> out = new ArrayList<>();
                for (int n = g.items().size(); n >= 0; n--) {
                    List<Expr> set = new ArrayList<>();
                    for (Expr item : g.items().subList(0, n)) {
                        set.addAll(members(item));
                    }
                    out.add(set);
                }
                yield out;
            }
            case CUBE -> {
                // PostgreSQL's order: all items, then subsets dropping later items first
                int n = g.items().size();
                List<List<Expr>> out = new ArrayList<>();
                for (int mask = (1 << n) - 1; mask >= 0; mask--) {
                    List<Expr> set = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if ((mask & (1 << (n - 1 - i))) != 0) {
                            set.addAll(members(g.items().get(i)));
                        }
                    }
                    out.add(set);
                }
                yield out;
            }
        };
    }

    private static List<Expr> members(Expr item) {
        if (item instanceof GroupingSet g && (g.kind() == GroupingSet.Kind.LIST || g.kind() == GroupingSet.Kind.EMPTY)) {
            return g.items();
        }
        return List.of(item);
    }

    /**
     * Chains the sets (lists of distinct group key indexes) so that each chain's sets nest: the
     * longest sets come first, each joins the first chain whose last set contains it.
     */
    static GroupingSetsAggregate.Rollup[] rollups(List<int[]> sets) {
        List<int[]> bySize = new ArrayList<>(sets);
        bySize.sort((a, b) -> Integer.compare(b.length, a.length));
        List<List<int[]>> chains = new ArrayList<>();
        for (int[] set : bySize) {
            List<int[]> target = null;
            for (List<int[]> chain : chains) {
                if (contains(chain.get(chain.size() - 1), set)) {
                    target = chain;
                    break;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                chains.add(target);
            }
            target.add(set);
        }
        GroupingSetsAggregate.Rollup[] out = new GroupingSetsAggregate.Rollup[chains.size()];
        for (int c = 0; c < out.length; c++) {
            List<int[]> chain = chains.get(c);
            List<Integer> order = new ArrayList<>();
            for (int s = chain.size() - 1; s >= 0; s--) {
                for (int key : chain.get(s)) {
                    if (!order.contains(key)) {
                        order.add(key);
                    }
                }
            }
            int[] lengths = new int[chain.size()];
            for (int s = 0; s < lengths.length; s++) {
                lengths[s] = chain.get(s).length;
            }
            out[c] = new GroupingSetsAggregate.Rollup(order.stream().mapToInt(Integer::intValue).toArray(), lengths);
        }
        return out;
    }

    private static boolean contains(int[] outer, int[] inner) {
        for (int key : inner) {
            if (Arrays.stream(outer).noneMatch(k -> k == key)) {
                return false;
            }
        }
        return true;
    }
}
