package io.pglitedb.sql.analyze;

import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Equalities between columns of comma-separated FROM items that the WHERE implies by transitivity
 * ({@code c.k = s.k AND s.k = n.k} implies {@code c.k = n.k}), as PostgreSQL's equivalence classes
 * do: they let the join order reach a table through any member of the class (TPC-H Q5 joins region,
 * nation, customer, orders, lineitem, supplier that way) and become hash join keys. They serve only
 * as join keys; every written term is still applied (at a scan, as a hash key or above the joins),
 * so they can only drop rows that the written terms drop too.
 *
 * <p>Only columns of one and the same built-in type whose {@code =} is an equivalence relation take
 * part (a cross-type or user-defined {@code =} need not be transitive).
 */
final class TransitiveEqualities {
    private static final Set<PgType> TRANSITIVE = Set.of(Types.INT2, Types.INT4, Types.INT8, Types.NUMERIC,
            Types.DATE, Types.TIMESTAMP, Types.TEXT, Types.VARCHAR, Types.BPCHAR);

    /** Whether {@code =} of the type with itself is an equivalence relation (see above). */
    static boolean isTransitive(DataType type) {
        return TRANSITIVE.contains(type.type());
    }

    /** Where a column reference points: its FROM item, its column there, and the column's type. */
    record Column(int item, int index, DataType type) {
    }

    /** Resolves a column reference to exactly one item's column, or null. */
    interface Resolver {
        Column resolve(ColumnRef ref);
    }

    private TransitiveEqualities() {
    }

    /**
     * {@code conjuncts} followed by the equalities they imply between columns of different items
     * that no conjunct states already (the same list when there are none).
     */
    static List<Expr> withImplied(List<Expr> conjuncts, Resolver resolver) {
        Map<Column, ColumnRef> refs = new LinkedHashMap<>();
        Map<Column, Column> parent = new LinkedHashMap<>();
        List<Column[]> stated = new ArrayList<>();
        for (Expr term : conjuncts) {
            if (term instanceof BinaryOp b && b.operator().equals("=") && b.left() instanceof ColumnRef l
                    && b.right() instanceof ColumnRef r) {
                Column a = resolver.resolve(l);
                Column c = resolver.resolve(r);
                if (a == null || c == null || a.item() == c.item() || !a.type().equals(c.type())
                        || !TRANSITIVE.contains(a.type().type())) {
                    continue;
                }
                refs.putIfAbsent(a, l);
                refs.putIfAbsent(c, r);
                union(parent, a, c);
                stated.add(new Column[] {a, c});
            }
        }
        if (stated.size() < 2) {
            return conjuncts;
        }
        List<Column> columns = new ArrayList<>(refs.keySet());
        List<Expr> out = null;
        for (int i = 0; i < columns.size(); i++) {
            for (int j = i + 1; j < columns.size(); j++) {
                Column a = columns.get(i);
                Column c = columns.get(j);
                if (a.item() == c.item() || !find(parent, a).equals(find(parent, c)) || isStated(stated, a, c)) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(conjuncts);
                }
                ColumnRef left = refs.get(a);
                out.add(new BinaryOp("=", left, refs.get(c), left.position()));
            }
        }
        return out == null ? conjuncts : out;
    }

    private static boolean isStated(List<Column[]> stated, Column a, Column c) {
        for (Column[] pair : stated) {
            if (pair[0].equals(a) && pair[1].equals(c) || pair[0].equals(c) && pair[1].equals(a)) {
                return true;
            }
        }
        return false;
    }

    private static Column find(Map<Column, Column> parent, Column c) {
        Column p = parent.getOrDefault(c, c);
        while (!p.equals(c)) {
            c = p;
            p = parent.getOrDefault(c, c);
        }
        return c;
    }

    private static void union(Map<Column, Column> parent, Column a, Column c) {
        Column ra = find(parent, a);
        Column rc = find(parent, c);
        if (!ra.equals(rc)) {
            parent.put(rc, ra);
        }
    }
}
