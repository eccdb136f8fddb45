package io.pglitedb.exec;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.IndexScan;
import io.pglitedb.sql.plan.KeyLookup;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.PrimaryKeyScan;
import io.pglitedb.sql.plan.TableScan;
import java.util.ArrayList;
import java.util.List;

/**
 * What an index, primary-key or key-lookup scan reads through its index, as EXPLAIN's
 * {@code Index Cond} shows it, and what is left of its WHERE as its {@code Filter}: the scan's
 * conjuncts less those on an index key with a row-independent value, less those a partial
 * index's predicate implies (PostgreSQL drops them).
 */
final class ExplainScanConditions {
    private ExplainScanConditions() {
    }

    /** A scan's own Filter: its WHERE less what its index reads. */
    static List<BoundExpr> filter(PlanNode node) {
        return switch (node) {
            case TableScan s -> ExplainExpressions.conjuncts(s.filter());
            case IndexScan s -> withoutImplied(s.table(), s.index().predicate(),
                    withoutIndexConds(s.table(), s.filter(), indexKeyNames(s.table(), s.index(), s.ranges())));
            case PrimaryKeyScan s -> withoutIndexConds(s.table(), s.filter(), keyNames(s.table(), s.table().primaryKey()));
            case KeyLookup s -> withoutIndexConds(s.table(), s.filter(), keyNames(s.table(), s.table().primaryKey()));
            default -> List.of();
        };
    }

    /**
     * A scan's Index Cond terms ({@code a = 5}, {@code a = ANY ('{1,2}'::integer[])}), their values
     * deparsed over {@code names} (no columns: a subquery's outer values); empty for other nodes.
     */
    static List<String> indexConds(PlanNode node, List<String> names) {
        TableDescriptor table = table(node);
        List<String> conds = new ArrayList<>();
        switch (node) {
            case IndexScan s -> {
                if (s.ranges().size() == 1) {
                    range(table, s.index(), s.ranges().get(0), conds, names);
                } else {
                    String column = columnName(table, s.index(), 0);
                    BoundExpr[] values = new BoundExpr[s.ranges().size()];
                    for (int i = 0; i < values.length; i++) {
                        IndexScan.Range r = s.ranges().get(i);
                        values[i] = r.equal().length == 1 ? r.equal()[0] : null;
                    }
                    conds.add(column + " = ANY (" + ExplainExpressions.array(values, values[0] == null
                            ? table.columns().get(s.index().column(0)).type() : values[0].type(), names) + ")");
                }
            }
            case PrimaryKeyScan s -> range(table, table.primaryKey(), null, s.range(), conds, names);
            case KeyLookup s -> {
                int[] pk = table.primaryKey();
                if (s.keys().size() == 1) {
                    for (int i = 0; i < pk.length; i++) {
                        conds.add(table.columns().get(pk[i]).name() + " = " + literal(s.keys().get(0)[i], names));
                    }
                } else if (pk.length == 1) {
                    BoundExpr[] values = new BoundExpr[s.keys().size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = s.keys().get(i)[0];
                    }
                    conds.add(table.columns().get(pk[0]).name() + " = ANY ("
                            + ExplainExpressions.array(values, table.columns().get(pk[0]).type(), names) + ")");
                }
            }
            default -> {
            }
        }
        return conds;
    }

    /**
     * Conditions less those a partial index's predicate states (PostgreSQL drops them as implied):
     * the predicate itself, or one of its top-level AND terms, by text.
     */
    private static List<BoundExpr> withoutImplied(TableDescriptor table, String predicate, List<BoundExpr> conds) {
        if (predicate == null) {
            return conds;
        }
        List<String> plain = columnNames(table, null);
        List<BoundExpr> rest = new ArrayList<>();
        for (BoundExpr c : conds) {
            String text = ExplainExpressions.deparse(c, plain);
            boolean implied = predicate.equals(text) || predicate.equals("(" + text + ")")
                    || predicate.startsWith("((") && (predicate.contains("(" + text + " AND ")
                    || predicate.contains(" AND " + text + " AND ") || predicate.endsWith(" AND " + text + ")"));
            if (!implied) {
                rest.add(c);
            }
        }
        return rest;
    }

    /** The names of the index columns an index scan's ranges bound. */
    private static List<String> indexKeyNames(TableDescriptor table, IndexDescriptor index, List<IndexScan.Range> ranges) {
        int used = 1;
        for (IndexScan.Range r : ranges) {
            used = Math.max(used, r.equal().length + 1);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(used, index.columns().length); i++) {
            names.add(columnName(table, index, i));
        }
        return names;
    }

    private static List<String> keyNames(TableDescriptor table, int[] columns) {
        List<String> names = new ArrayList<>();
        for (int c : columns) {
            names.add(table.columns().get(c).name());
        }
        return names;
    }

    /**
     * A scan's WHERE without the conjuncts its index reads: comparisons and IN lists of an
     * index key (by its unqualified text) with a value that does not depend on the row.
     */
    private static List<BoundExpr> withoutIndexConds(TableDescriptor table, BoundExpr where, List<String> keys) {
        List<String> plain = columnNames(table, null);
        List<BoundExpr> rest = new ArrayList<>();
        for (BoundExpr c : ExplainExpressions.conjuncts(where)) {
            boolean indexed = false;
            if (c instanceof io.pglitedb.exec.expr.OperatorCall o && o.left() != null
                    && List.of("=", "<", "<=", ">", ">=").contains(o.name())) {
                indexed = keys.contains(ExplainExpressions.deparse(o.left(), plain)) && o.right().isRowIndependent()
                        || keys.contains(ExplainExpressions.deparse(o.right(), plain)) && o.left().isRowIndependent();
            } else if (c instanceof io.pglitedb.exec.expr.InTest in && !in.negated()) {
                indexed = keys.contains(ExplainExpressions.deparse(in.operand(), plain));
            }
            if (!indexed) {
                rest.add(c);
            }
        }
        return rest;
    }

    /** A relation's column names, qualified by {@code qualifier} unless it is null. */
    static List<String> columnNames(TableDescriptor table, String qualifier) {
        List<String> names = new ArrayList<>();
        if (table == null) {
            return names;
        }
        for (io.pglitedb.catalog.ColumnDescriptor c : table.columns()) {
            names.add(qualifier != null ? qualifier + "." + c.name() : c.name());
        }
        return names;
    }

    /** {@code (a)} for one condition, {@code ((a) AND (b))} for several, as PostgreSQL prints them. */
    static String conditions(List<String> conds) {
        String and = "(" + String.join(") AND (", conds) + ")";
        return conds.size() == 1 ? and : "(" + and + ")";
    }

    private static void range(TableDescriptor table, IndexDescriptor index, IndexScan.Range range,
            List<String> conds, List<String> names) {
        range(table, index.columns(), index, range, conds, names);
    }

    /** Index column i's name, or its expression's text. */
    private static String columnName(TableDescriptor table, IndexDescriptor index, int i) {
        return index.expression(i) != null ? index.expression(i) : table.columns().get(index.column(i)).name();
    }

    private static void range(TableDescriptor table, int[] columns, IndexDescriptor index,
            IndexScan.Range range, List<String> conds, List<String> names) {
        for (int i = 0; i < range.equal().length; i++) {
            String name = index != null ? columnName(table, index, i) : table.columns().get(columns[i]).name();
            conds.add(name + " = " + literal(range.equal()[i], names));
        }
        if (range.equal().length < columns.length) {
            int k = range.equal().length;
            String column = index != null ? columnName(table, index, k) : table.columns().get(columns[k]).name();
            if (range.lower() != null) {
                conds.add(column + (range.lowerInclusive() ? " >= " : " > ") + literal(range.lower(), names));
            }
            if (range.upper() != null) {
                conds.add(column + (range.upperInclusive() ? " <= " : " < ") + literal(range.upper(), names));
            }
        }
    }

    /** A row-independent bound (a constant or parameter) as PostgreSQL prints it. */
    private static String literal(BoundExpr e, List<String> names) {
        return ExplainExpressions.deparse(e, names);
    }

    static TableDescriptor table(PlanNode node) {
        return switch (node) {
            case IndexScan s -> s.table();
            case PrimaryKeyScan s -> s.table();
            case KeyLookup s -> s.table();
            case TableScan s -> s.table();
            case io.pglitedb.sql.plan.SystemColumnsScan s -> s.table();
            default -> null;
        };
    }
}
