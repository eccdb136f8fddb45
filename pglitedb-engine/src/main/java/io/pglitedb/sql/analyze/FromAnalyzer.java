package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.system.SystemRelation;
import io.pglitedb.sql.plan.SystemScan;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.Coalesce;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.exec.expr.LogicalAnd;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.sql.ast.BinaryOp;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FromItem;
import io.pglitedb.sql.ast.FunctionRef;
import io.pglitedb.sql.ast.JoinExpr;
import io.pglitedb.sql.ast.SubqueryExpr;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.SubqueryRef;
import io.pglitedb.sql.ast.TableRef;
import io.pglitedb.sql.plan.FunctionScan;
import io.pglitedb.sql.plan.HashJoin;
import io.pglitedb.sql.plan.JoinType;
import io.pglitedb.sql.plan.NestedLoopJoin;
import io.pglitedb.sql.plan.OneRow;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.sql.plan.TableScans;
import io.pglitedb.sql.plan.WorkTableScan;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Operator;
import io.pglitedb.types.Operators;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The FROM clause: tables (with aliases and column aliases), WITH query references, functions,
 * subqueries and VALUES lists, and joins. A join's row is the left row followed by the right row;
 * USING / NATURAL columns are merged (one visible column, first, as in PostgreSQL's {@code SELECT *})
 * and computed after the join when they need a conversion or COALESCE (FULL JOIN). Equality
 * conjuncts between the two sides become a hash join; anything else is a nested loop. A LATERAL
 * item reads the columns to its left through slots and is run again for each left row.
 */
final class FromAnalyzer {
    /**
     * A planned FROM item: its rows, the names over them, the table when it is a plain table (for
     * key lookups), and the boundary of a LATERAL item that reads columns to its left (else null).
     */
    record Relation(PlanNode plan, Scope scope, TableDescriptor table, OuterReferences lateral) {
    }

    /**
     * The clause named by errors about what a LATERAL item reads from the items to its left (an
     * aggregate of them would belong to the query whose FROM is being read).
     */
    private static final String LATERAL_REFERENCES = "FROM clause of their own query level";

    private final AnalyzerContext context;
    private final Level level;
    /**
     * The level LATERAL items are analysed at: {@link #level}, or inside an explicit JOIN after
     * comma-separated items a level that reaches those items too ({@link #joinExpr}).
     */
    private Level lateralLevel;
    /** The WHERE terms the tables of the JOIN being analysed may apply to their own rows. */
    private List<Expr> pushdown = List.of();
    /** WHERE terms already applied to one FROM item, which the WHERE above the joins may leave out. */
    private final Set<Expr> applied = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * WHERE terms applied to the scan of a table inside an explicit JOIN (a table whose rows the
     * join does not null-extend): the WHERE above need not apply them again, but still analyses
     * them as written (a name the join's alias hides is an error there).
     */
    private final Set<Expr> appliedInJoin = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * The names the statement may use as whole rows ({@link ReferencedNames#wholeRowCandidates}), or null when
     * unknown (then every outer join marks its null extensions).
     */
    private final Set<String> wholeRowNames;

    FromAnalyzer(AnalyzerContext context, Level level) {
        this(context, level, null);
    }

    /** @param statement the syntax tree the FROM clause belongs to (nullable: unknown) */
    FromAnalyzer(AnalyzerContext context, Level level, Object statement) {
        this(context, level, statement, null);
    }

    /**
     * UPDATE's FROM or DELETE's USING: {@code target} is the scope of the table written, which
     * their LATERAL items see but must not read (PostgreSQL's error).
     */
    static FromAnalyzer besideTarget(AnalyzerContext context, Level level, Scope target) {
        return new FromAnalyzer(context, level, null, target);
    }

    private FromAnalyzer(AnalyzerContext context, Level level, Object statement, Scope target) {
        this.context = context;
        this.level = level;
        this.lateralLevel = target == null ? level
                : level.nested(OuterReferences.refusing(
                        new ExpressionAnalyzer(context, target, null, LATERAL_REFERENCES, level)));
        this.wholeRowNames = statement == null ? null : ReferencedNames.wholeRowCandidates(statement);
    }

    /**
     * @param where the WHERE clause (nullable): its equality conjuncts between comma-separated items
     *     become hash join keys (the rest of the WHERE is applied above the joins: {@link #applied})
     */
    Relation analyze(List<FromItem> items, Expr where) {
        List<Expr> written = where == null ? List.of() : ExprTrees.conjuncts(where);
        List<Expr> conjuncts = JoinConditions.withImpliedTerms(written);
        pushdown = conjuncts;
        if (items.size() > 1 && items.stream().allMatch(i -> i instanceof TableRef
                || i instanceof JoinExpr j && (i == items.get(0) || !hasLateralItem(j))
                || i instanceof SubqueryRef sub && !sub.lateral())) {
            return joinIndependent(items, conjuncts, written);
        }
        Relation result = null;
        for (FromItem item : items) {
            Relation lateralFirst = result != null && item instanceof JoinExpr j ? lateralFirst(result, j) : null;
            if (lateralFirst != null) {
                result = lateralFirst;
                continue;
            }
            Relation right = item(item, result);
            result = result == null ? right : joinNext(result, right, conjuncts);
        }
        return result == null ? new Relation(new OneRow(), new Scope(), null, null) : result;
    }

    /** The items so far joined with the next comma-separated one, hashed on WHERE equalities between them. */
    private Relation joinNext(Relation result, Relation right, List<Expr> conjuncts) {
        Keys keys = new Keys();
        if (right.lateral() == null) {
            for (Expr term : conjuncts) {
                equalityKey(term, result.scope(), right.scope(), keys);
            }
        }
        return keys.left().isEmpty() ? join(result, right, JoinType.INNER, null, List.of(), null)
                : hashJoin(result, right, keys);
    }

    /**
     * {@code before, L JOIN LATERAL R ON c} (an inner join) as {@code (before, LATERAL R) JOIN L ON c}
     * when R reads nothing of L and c nothing of {@code before} (PostgreSQL moves such an item the
     * same way): R is run for each row of the items before, and L is read once and hashed on c,
     * instead of the whole JOIN being run again for each of their rows. The columns come out in
     * FROM order. Null when the JOIN is not of that form (nothing analysed yet).
     */
    private Relation lateralFirst(Relation before, JoinExpr j) {
        if (j.type() != JoinExpr.Type.INNER && j.type() != JoinExpr.Type.CROSS || j.alias() != null || j.natural()
                || !j.using().isEmpty() || !(j.right() instanceof FunctionRef
                        || j.right() instanceof SubqueryRef sub && sub.lateral())) {
            return null;
        }
        Level saved = lateralLevel;
        OuterReferences reachBefore = new OuterReferences(
                new ExpressionAnalyzer(context, before.scope(), null, LATERAL_REFERENCES, lateralLevel), true);
        lateralLevel = lateralLevel.nested(reachBefore);
        Relation left;
        try {
            left = whereRestricted(item(j.left(), null), pushdown);
            if (!reachBefore.isEmpty() || mayRead(j.right(), left.scope())
                    || j.on() != null && mayRead(j.on(), before.scope())) {
                Relation joined = joinExpr(j, left);
                return joinNext(before, reachBefore.isEmpty() ? joined
                        : new Relation(joined.plan(), joined.scope(), null, reachBefore), pushdown);
            }
        } finally {
            lateralLevel = saved;
        }
        Relation right = item(j.right(), before);
        Relation withRight = join(before, right, JoinType.INNER, null, List.of(), null);
        Relation joined = join(withRight, left, JoinType.INNER, j.on(), List.of(), null);
        int beforeWidth = before.plan().width();
        int rightWidth = right.plan().width();
        int leftWidth = left.plan().width();
        Scope scope = new Scope();
        scope.addAll(before.scope(), 0);
        scope.addAll(left.scope(), beforeWidth);
        scope.addAll(right.scope(), beforeWidth + leftWidth);
        BoundExpr[] columns = new BoundExpr[beforeWidth + leftWidth + rightWidth];
        for (int i = 0; i < beforeWidth; i++) {
            columns[i] = new ColumnValue(typeAt(before.scope(), i), i);
        }
        for (int i = 0; i < leftWidth; i++) {
            columns[beforeWidth + i] = new ColumnValue(typeAt(left.scope(), i), beforeWidth + rightWidth + i);
        }
        for (int i = 0; i < rightWidth; i++) {
            columns[beforeWidth + leftWidth + i] = new ColumnValue(typeAt(right.scope(), i), beforeWidth + i);
        }
        return new Relation(new Project(joined.plan(), columns), scope, null, null);
    }

    /** Whether the expression or FROM item may name a table or column of the scope. */
    private static boolean mayRead(Object ast, Scope scope) {
        Set<String> names = ReferencedNames.tablesAndColumns(ast);
        for (String alias : scope.rangeAliases()) {
            if (names.contains(alias) || scope.rangeColumns(alias).stream().anyMatch(c -> names.contains(c.name()))) {
                return true;
            }
        }
        return scope.columns().stream().anyMatch(c -> names.contains(c.name()));
    }

    /**
     * Comma-separated items none of which reads another (no LATERAL, no functions): each item first
     * reads only its rows that pass the WHERE terms over that item alone (a plain table through
     * {@link AccessPaths}: key lookups, index and primary key ranges); then they are joined in FROM
     * order, except that an item with no equality to the items joined so far waits until one has
     * (no cross product while a connected item remains); equalities the WHERE implies by
     * transitivity ({@link TransitiveEqualities}) connect items too. The columns come out in FROM
     * order again. The WHERE above the joins leaves out ({@link #applied}) the terms applied to one
     * item and the equalities the hash joins match on: each is applied once, as in PostgreSQL (a
     * volatile term is not run twice; joined rows are not checked again).
     */
    private Relation joinIndependent(List<FromItem> items, List<Expr> conjuncts, List<Expr> written) {
        int n = items.size();
        Relation[] relations = new Relation[n];
        for (int i = 0; i < n; i++) {
            relations[i] = item(items.get(i), null);
        }
        conjuncts = TransitiveEqualities.withImplied(conjuncts, ref -> {
            int[] at = columnOf(ref, relations);
            return at == null ? null
                    : new TransitiveEqualities.Column(at[0], at[1], typeAt(relations[at[0]].scope(), at[1]));
        });
        List<List<Expr>> subqueryTerms = subqueryTermsByItem(relations, written);
        for (int i = 0; i < n; i++) {
            relations[i] = restricted(relations[i], relations, conjuncts, subqueryTerms.get(i));
        }
        Set<Expr> writtenTerms = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        writtenTerms.addAll(written);
        for (Expr term : written) {
            for (Relation relation : relations) {
                if (relation.lateral() == null && readsOnly(term, relation, relations)) {
                    applied.add(term); // restricted() applies it to that item's rows
                    break;
                }
            }
        }
        int[] chosen = costBasedOrder(relations, conjuncts, subqueryTerms);
        List<Integer> order = new ArrayList<>(n);
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            remaining.add(chosen == null ? i : chosen[i]);
        }
        Relation result = relations[remaining.get(0)];
        order.add(remaining.remove(0));
        while (!remaining.isEmpty()) {
            int pick = -1;
            Keys keys = null;
            for (int candidate : remaining) {
                Keys k = new Keys();
                List<Expr> keyTerms = new ArrayList<>();
                for (Expr term : conjuncts) {
                    if (equalityKey(term, result.scope(), relations[candidate].scope(), k) && writtenTerms.contains(term)) {
                        keyTerms.add(term);
                    }
                }
                if (!k.left().isEmpty()) {
                    pick = candidate;
                    keys = k;
                    applied.addAll(keyTerms); // the hash join matches on it (as on an ON key)
                    break;
                }
            }
            if (pick < 0) {
                pick = remaining.get(0);
            }
            remaining.remove(Integer.valueOf(pick));
            order.add(pick);
            result = keys == null ? join(result, relations[pick], JoinType.INNER, null, List.of(), null)
                    : hashJoin(result, relations[pick], keys);
        }
        // back to FROM order: each item's columns are one block of the joined row
        int[] start = new int[n];
        int offset = 0;
        for (int item : order) {
            start[item] = offset;
            offset += relations[item].plan().width();
        }
        boolean reordered = false;
        for (int i = 0; i < n; i++) {
            reordered |= order.get(i) != i;
        }
        if (!reordered) {
            return result;
        }
        List<BoundExpr> columns = new ArrayList<>();
        Scope scope = new Scope();
        for (int i = 0; i < n; i++) {
            scope.addAll(relations[i].scope(), columns.size());
            for (int c = 0; c < relations[i].plan().width(); c++) {
                columns.add(new ColumnValue(typeAt(relations[i].scope(), c), start[i] + c));
            }
        }
        return new Relation(new Project(result.plan(), columns.toArray(new BoundExpr[0])), scope, null, null);
    }

    /**
     * The join order chosen from ANALYZE statistics ({@link JoinOrder}), or null (FROM order) when
     * an item is not a plain analysed table or there are too many.
     */
    private int[] costBasedOrder(Relation[] relations, List<Expr> conjuncts, List<List<Expr>> subqueryTerms) {
        int n = relations.length;
        if (n > JoinOrder.MAX_TABLES) {
            return null;
        }
        List<JoinOrder.Table> tables = new ArrayList<>(n);
        List<List<Integer>> joinColumns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TableDescriptor table = relations[i].table();
            io.pglitedb.catalog.TableStatistics stats = table == null || table.isView() ? null
                    : context.catalog().catalog().statistics().of(table.oid());
            if (stats == null) {
                return null;
            }
            joinColumns.add(new ArrayList<>());
        }
        List<JoinOrder.Edge> edges = new ArrayList<>();
        for (Expr term : conjuncts) {
            if (term instanceof BinaryOp b && b.operator().equals("=") && b.left() instanceof ColumnRef l
                    && b.right() instanceof ColumnRef r) {
                int[] left = columnOf(l, relations);
                int[] right = columnOf(r, relations);
                if (left != null && right != null && left[0] != right[0]) {
                    edges.add(new JoinOrder.Edge(left[0], left[1], right[0], right[1]));
                    joinColumns.get(left[0]).add(left[1]);
                    joinColumns.get(right[0]).add(right[1]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            TableDescriptor table = relations[i].table();
            ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, relations[i].scope(), null, "WHERE", level);
            RowEstimates estimates = new RowEstimates(table, context.catalog().catalog().statistics().of(table.oid()),
                    analyzer);
            List<Expr> own = new ArrayList<>();
            for (Expr term : conjuncts) {
                if (readsOnly(term, relations[i], relations)) {
                    own.add(term);
                } else if (term instanceof io.pglitedb.sql.ast.BoolExpr or
                        && or.op() == io.pglitedb.sql.ast.BoolExpr.Op.OR) {
                    Expr restriction = impliedRestriction(or, relations[i], relations);
                    if (restriction != null) {
                        own.add(restriction);
                    }
                }
            }
            double rows = estimates.rows(own) * Math.pow(RowEstimates.DEFAULT_INEQ, subqueryTerms.get(i).size());
            rows = Math.max(1, rows);
            PlanNode plan = relations[i].plan();
            // an index range holding much of the table is read as a full scan at run time (IndexScanIterator)
            double scanCost = plan instanceof TableScan ? estimates.tableRows()
                    : Math.min(estimates.tableRows(), rows * JoinOrder.INDEX_ROW);
            boolean lookupable = !(plan instanceof io.pglitedb.sql.plan.KeyLookup)
                    && !(plan instanceof io.pglitedb.sql.plan.Filter)
                    && !(plan instanceof Project)
                    && JoinOrder.hasIndexLeadingWith(table, joinColumns.get(i));
            tables.add(new JoinOrder.Table(table, rows, estimates.tableRows(), scanCost, lookupable, estimates));
        }
        return JoinOrder.choose(tables, edges);
    }

    /** {item, column index} of the column the reference names in exactly one item, or null. */
    private static int[] columnOf(ColumnRef ref, Relation[] relations) {
        int[] found = null;
        for (int i = 0; i < relations.length; i++) {
            if (in(ref, relations[i].scope())) {
                if (found != null) {
                    return null;
                }
                String qualifier = ref.parts().size() >= 2 ? ref.parts().get(ref.parts().size() - 2) : null;
                found = new int[] {i, relations[i].scope().find(qualifier, ref.column(), ref.position()).index()};
            }
        }
        return found;
    }

    /**
     * Written WHERE terms with an uncorrelated subquery ({@code x IN (SELECT ...)}) whose other
     * columns are all of one item, per item: applied to that item's rows before the joins, as
     * PostgreSQL applies a restriction with a SubPlan at the scan, so the joins see only the rows
     * that pass (TPC-H Q18: six orders instead of all of them). Such a term is left out of the
     * WHERE above the joins ({@link #applied}): its subquery would otherwise be evaluated twice.
     * Correlated subqueries stay above the joins, where the joins have already cut the rows they
     * run for.
     */
    private List<List<Expr>> subqueryTermsByItem(Relation[] relations, List<Expr> written) {
        List<List<Expr>> byItem = new ArrayList<>(relations.length);
        for (int i = 0; i < relations.length; i++) {
            byItem.add(new ArrayList<>());
        }
        Scope whole = null;
        int[] start = new int[relations.length + 1];
        for (Expr term : written) {
            if (!hasOnlyUncorrelatedSubqueries(term)) {
                continue;
            }
            if (whole == null) {
                whole = new Scope();
                for (int i = 0; i < relations.length; i++) {
                    whole.addAll(relations[i].scope(), start[i]);
                    start[i + 1] = start[i] + relations[i].plan().width();
                }
            }
            java.util.BitSet read = new java.util.BitSet();
            try {
                BoundExpr bound = new ExpressionAnalyzer(context, whole, null, "WHERE", level).analyze(term);
                if (!bound.addColumns(read) || read.isEmpty()) {
                    continue;
                }
            } catch (PgException e) {
                continue; // the whole WHERE, analysed later, reports it
            }
            for (int i = 0; i < relations.length; i++) {
                if (relations[i].lateral() == null && read.nextSetBit(0) >= start[i]
                        && read.length() <= start[i + 1]) {
                    byItem.get(i).add(term);
                    applied.add(term);
                }
            }
        }
        return byItem;
    }

    /**
     * True when the term has a subquery and every subquery in it reads nothing of this query's
     * FROM items (it binds with no columns in scope).
     */
    private boolean hasOnlyUncorrelatedSubqueries(Expr term) {
        List<SubqueryExpr> subqueries = new ArrayList<>();
        collectSubqueries(term, subqueries);
        if (subqueries.isEmpty()) {
            return false;
        }
        for (SubqueryExpr s : subqueries) {
            SubqueryExpr query = new SubqueryExpr(SubqueryExpr.Kind.EXISTS, null, null, s.query(), s.position());
            try {
                new ExpressionAnalyzer(context, Scope.empty(), null, "WHERE", level).analyze(query);
            } catch (PgException e) {
                return false;
            }
        }
        return true;
    }

    private static void collectSubqueries(Expr e, List<SubqueryExpr> out) {
        if (e instanceof SubqueryExpr s) {
            out.add(s);
        }
        for (Expr child : ExprTrees.children(e)) {
            collectSubqueries(child, out);
        }
    }

    /** True when the WHERE term was applied below the joins, to the one FROM item it reads. */
    boolean applied(Expr term) {
        return applied.contains(term);
    }

    /** True when the WHERE term was applied to a table's scan inside an explicit JOIN ({@link #appliedInJoin}). */
    boolean appliedInJoin(Expr term) {
        return appliedInJoin.contains(term);
    }

    /**
     * The item with the WHERE terms that read only its columns (and values of enclosing queries)
     * applied to it; the item unchanged if there are none.
     */
    private Relation restricted(Relation relation, Relation[] all, List<Expr> conjuncts, List<Expr> subqueryTerms) {
        if (relation.lateral() != null) {
            return relation;
        }
        List<Expr> own = new ArrayList<>(subqueryTerms);
        List<Expr> implied = new ArrayList<>();
        for (Expr term : conjuncts) {
            if (readsOnly(term, relation, all)) {
                own.add(term);
            } else if (term instanceof io.pglitedb.sql.ast.BoolExpr or && or.op() == io.pglitedb.sql.ast.BoolExpr.Op.OR) {
                Expr restriction = impliedRestriction(or, relation, all);
                if (restriction != null) {
                    implied.add(restriction);
                }
            }
        }
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, relation.scope(), null, "WHERE", level);
        List<BoundExpr> bound = new ArrayList<>(own.size());
        Expr ast = null;
        for (Expr term : own) {
            bound.add(Coercions.toBoolean(analyzer.analyze(term), "WHERE", context.parameters(),
                    io.pglitedb.sql.parser.ExprPositions.leftmost(term)));
            ast = ast == null ? term : new io.pglitedb.sql.ast.BoolExpr(io.pglitedb.sql.ast.BoolExpr.Op.AND, ast, term,
                    term.position());
        }
        for (Expr term : implied) {
            try {
                bound.add(Coercions.toBoolean(analyzer.analyze(term), "WHERE", context.parameters(),
                        io.pglitedb.sql.parser.ExprPositions.leftmost(term)));
            } catch (PgException e) {
                continue; // the whole WHERE, analysed later, reports the error as written
            }
            ast = ast == null ? term : new io.pglitedb.sql.ast.BoolExpr(io.pglitedb.sql.ast.BoolExpr.Op.AND, ast, term,
                    term.position());
        }
        if (bound.isEmpty()) {
            return relation;
        }
        BoundExpr filter = bound.size() == 1 ? bound.get(0) : new LogicalAnd(bound.toArray(new BoundExpr[0]));
        PlanNode plan;
        if (relation.plan() instanceof TableScan scan && scan.filter() != null) {
            // restricted before (WHERE terms, then ON terms): keep what it applies
            plan = new TableScan(scan.table(), new LogicalAnd(new BoundExpr[] {scan.filter(), filter}), scan.columns(),
                    scan.alias());
        } else if (relation.table() != null && relation.plan() instanceof TableScan) {
            plan = AccessPaths.chooseForQuery(relation.table(), TableScans.alias(relation.plan()), ast, filter, analyzer);
        } else {
            plan = new io.pglitedb.sql.plan.Filter(relation.plan(), filter);
        }
        return new Relation(plan, relation.scope(), relation.table(), null);
    }

    /**
     * What an OR implies for one item alone, as PostgreSQL derives it: when every branch has terms
     * that read only this item, the OR of those terms (each branch's AND-ed) holds for every row the
     * whole OR keeps ({@code (p.a = 1 AND l.b = 2) OR (p.a = 3 AND l.b = 4)} implies
     * {@code p.a = 1 OR p.a = 3} for p). Null when some branch says nothing about the item.
     */
    private static Expr impliedRestriction(io.pglitedb.sql.ast.BoolExpr or, Relation relation, Relation[] all) {
        List<Expr> branches = new ArrayList<>();
        JoinConditions.disjuncts(or, branches);
        Expr result = null;
        for (Expr branch : branches) {
            Expr mine = null;
            for (Expr term : ExprTrees.conjuncts(branch)) {
                if (readsOnly(term, relation, all)) {
                    mine = mine == null ? term : new io.pglitedb.sql.ast.BoolExpr(io.pglitedb.sql.ast.BoolExpr.Op.AND,
                            mine, term, term.position());
                }
            }
            if (mine == null) {
                return null;
            }
            result = result == null ? mine : new io.pglitedb.sql.ast.BoolExpr(io.pglitedb.sql.ast.BoolExpr.Op.OR,
                    result, mine, mine.position());
        }
        return result;
    }

    /** One item; {@code left} (nullable) is what a LATERAL item may refer to. */
    private Relation item(FromItem item, Relation left) {
        Relation relation = switch (item) {
            case TableRef ref -> tableRef(ref);
            case FunctionRef function -> functionRef(function, left);
            case SubqueryRef sub -> subquery(sub, left);
            case JoinExpr join -> joinWithBefore(join, left);
        };
        switch (item) { // the statement's range table, for errors naming an item out of reach
            case TableRef ref -> context.ranges().add(ref.alias() != null ? ref.alias() : ref.name().name(),
                    ref.name().name(), relation.scope());
            case FunctionRef function -> context.ranges().add(
                    function.alias() != null ? function.alias() : function.call().name(), null, relation.scope());
            case SubqueryRef sub -> context.ranges().add(sub.alias(), null, relation.scope());
            case JoinExpr join -> {
                if (join.alias() != null) {
                    context.ranges().add(join.alias(), null, relation.scope());
                }
            }
        }
        return relation;
    }

    private Relation tableRef(TableRef ref) {
        if (ref.name().schema() == null) {
            Ctes.Entry cte = level.ctes().find(ref.name().name());
            if (cte != null) {
                return cteRef(cte, ref);
            }
        }
        Query information = InformationSchema.find(ref.name());
        if (information != null) {
            return informationSchemaRef(information, ref);
        }
        SystemRelation system = Tables.findSystem(context, ref.name());
        Query sequence = system == null ? SequenceRelations.find(context, ref.name()) : null;
        if (sequence != null) {
            return informationSchemaRef(sequence, ref);
        }
        TableDescriptor table = system != null ? system.descriptor() : Tables.resolve(context, ref.name());
        if (system == null) { // PUBLIC may read the system catalogs
            context.access().read(table.oid(), table.name());
        }
        if (table.isView()) {
            return viewRef(table, ref);
        }
        Views.checkPopulated(table);
        String alias = ref.alias() != null ? ref.alias() : table.name();
        checkAliasCount(alias, table.columns().size(), ref.columnAliases().size());
        Scope scope = new Scope();
        scope.addTable(alias, ref.position());
        for (int i = 0; i < table.columns().size(); i++) {
            ColumnDescriptor c = table.columns().get(i);
            String name = i < ref.columnAliases().size() ? ref.columnAliases().get(i) : c.name();
            scope.addColumn(new Scope.Column(alias, name, c.type(), i, table.oid(), (short) c.attributeNumber()));
        }
        boolean rowSystemColumns = context.rowSystemColumns();
        if (system != null) {
            Tables.addTableOid(scope, table, alias, -1);
            RowSystemColumns.addToScope(scope, table, alias,
                    rowSystemColumns ? table.columns().size() : RowSystemColumns.NOT_READ);
            return new Relation(new SystemScan(system, rowSystemColumns, ref.alias()), scope, null, null);
        }
        BoundExpr securityQuals = RowSecurityQuals.using(context, table, io.pglitedb.catalog.RowSecurity.SELECT);
        if (!ref.only() && securityQuals == null) {
            List<TableDescriptor> below = context.catalog().withDescendants(table);
            if (below.size() > 1) {
                // each row carries the OID of the table it comes from after the parent's columns, then ctid, xmin
                Tables.addTableOid(scope, table, alias, table.columns().size());
                RowSystemColumns.addToScope(scope, table, alias,
                        rowSystemColumns ? table.columns().size() + 1 : RowSystemColumns.NOT_READ);
                return new Relation(InheritedScans.of(table, below, rowSystemColumns), scope, null, null);
            }
        }
        Tables.addTableOid(scope, table, alias, -1);
        if (securityQuals != null) {
            // filtered before anything the query adds (no key lookups around it, no leaky WHERE first)
            return new Relation(new io.pglitedb.sql.plan.Filter(new TableScan(table, null), securityQuals), scope, null,
                    null);
        }
        String aliasName = ref.alias() != null ? alias : null;
        if (context.rowSystemColumns()) {
            RowSystemColumns.addToScope(scope, table, alias, table.columns().size());
            return new Relation(new io.pglitedb.sql.plan.SystemColumnsScan(table, aliasName), scope, null, null);
        }
        RowSystemColumns.addToScope(scope, table, alias, RowSystemColumns.NOT_READ);
        return new Relation(new TableScan(table, null, null, aliasName), scope, table, null);
    }

    /** A view: its query, analysed on its own, under the view's column names. */
    private Relation viewRef(TableDescriptor view, TableRef ref) {
        AnalyzedQuery query = Views.analyze(context, view);
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < view.columns().size() && i < query.columns().size(); i++) {
            names.add(view.columns().get(i).name());
            types.add(query.columns().get(i).type());
        }
        PlanNode plan = query.root();
        String alias = ref.alias() != null ? ref.alias() : view.name();
        return new Relation(plan, rangeScope(alias, names, types, ref.columnAliases(), ref.position()), null, null);
    }

    /** An information_schema view: its query, analysed on its own like a view's. */
    private Relation informationSchemaRef(Query definition, TableRef ref) {
        AnalyzedQuery query = new QueryAnalyzer(context, Level.TOP).analyze(definition);
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (ResultColumn c : query.columns()) {
            names.add(c.name());
            types.add(c.type());
        }
        String alias = ref.alias() != null ? ref.alias() : ref.name().name();
        return new Relation(query.root(), rangeScope(alias, names, types, ref.columnAliases(), ref.position()), null,
                null);
    }

    private Relation cteRef(Ctes.Entry entry, TableRef ref) {
        String alias = ref.alias() != null ? ref.alias() : entry.cte().name();
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        PlanNode plan;
        if (entry.workTable() != null) {
            Ctes.WorkTable work = entry.workTable();
            if (entry.cte().modify() != null && work.names().isEmpty()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "WITH query \"%s\" does not have a RETURNING clause",
                        entry.cte().name()).withPosition(ref.position() + 1);
            }
            names.addAll(work.names());
            types.addAll(work.types());
            plan = new WorkTableScan(work.slot(), types.size());
        } else {
            AnalyzedQuery query = WithAnalyzer.plan(context, entry);
            List<String> cteColumns = entry.cte().columns();
            if (cteColumns.size() > query.columns().size()) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                        "WITH query \"%s\" has %d columns available but %d columns specified", entry.cte().name(),
                        query.columns().size(), cteColumns.size()).withPosition(entry.cte().position() + 1);
            }
            for (int i = 0; i < query.columns().size(); i++) {
                ResultColumn c = query.columns().get(i);
                names.add(i < cteColumns.size() ? cteColumns.get(i) : c.name());
                types.add(c.type());
            }
            plan = entry.sharedSlot() < 0 ? query.root()
                    : new io.pglitedb.sql.plan.CteScan(entry.cte().name(), query.root(), entry.sharedSlot());
        }
        return new Relation(plan, rangeScope(alias, names, types, ref.columnAliases(), ref.position()), null, null);
    }

    /** A function in FROM: its arguments may read the items to its left (it is implicitly LATERAL). */
    private Relation functionRef(FunctionRef function, Relation left) {
        function = new FunctionRef(function.call().withoutCatalogSchema(), function.ordinality(), function.alias(),
                function.columnAliases(), function.columnTypes(), function.position());
        OuterReferences lateral = null;
        Level argumentLevel = lateralLevel;
        if (left != null) {
            lateral = new OuterReferences(
                    new ExpressionAnalyzer(context, left.scope(), null, LATERAL_REFERENCES, lateralLevel), true);
            argumentLevel = lateralLevel.nested(lateral);
        }
        ExpressionAnalyzer arguments = new ExpressionAnalyzer(context, Scope.empty(), null, "functions in FROM",
                argumentLevel);
        FunctionScan scan = SetReturningFunctions.inFrom(function, context, arguments);
        String alias = function.alias() != null ? function.alias() : function.call().name();
        List<String> names = new ArrayList<>(scan.function().columnNames());
        List<DataType> types = new ArrayList<>(scan.function().columnTypes());
        if (scan.function().scalarResult()) {
            names.set(0, alias); // a function returning a base type names its column after the alias
        }
        if (scan.ordinality()) {
            names.add("ordinality");
            types.add(DataType.of(Types.INT8));
        }
        Scope scope = rangeScope(alias, names, types, function.columnAliases(), function.position());
        return new Relation(scan, scope, null, lateral == null || lateral.isEmpty() ? null : lateral);
    }

    private Relation subquery(SubqueryRef sub, Relation left) {
        OuterReferences lateral = null;
        Level queryLevel = sub.lateral() ? lateralLevel : level;
        if (sub.lateral() && left != null) {
            lateral = new OuterReferences(
                    new ExpressionAnalyzer(context, left.scope(), null, LATERAL_REFERENCES, lateralLevel), true);
            queryLevel = lateralLevel.nested(lateral);
        }
        AnalyzedQuery query = new QueryAnalyzer(context, queryLevel).analyze(sub.query());
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        List<Scope.Column> lockKeys = new ArrayList<>();
        for (ResultColumn c : query.columns()) {
            if (c.name().startsWith(JoinLocking.HIDDEN)) { // found by name only, not by * or as part of the row
                lockKeys.add(new Scope.Column(sub.alias(), c.name(), c.type(), names.size() + lockKeys.size(), 0, (short) 0));
                continue;
            }
            names.add(c.name());
            types.add(c.type());
        }
        Scope scope = rangeScope(sub.alias(), names, types, sub.columnAliases(), sub.position());
        lockKeys.forEach(scope::addSystemColumn);
        return new Relation(query.root(), scope, null, lateral == null || lateral.isEmpty() ? null : lateral);
    }

    private static Scope rangeScope(String alias, List<String> names, List<DataType> types, List<String> aliases,
            int position) {
        checkAliasCount(alias, names.size(), aliases.size());
        Scope scope = new Scope();
        scope.addTable(alias, position);
        for (int i = 0; i < names.size(); i++) {
            String name = i < aliases.size() ? aliases.get(i) : names.get(i);
            scope.addColumn(new Scope.Column(alias, name, types.get(i), i, 0, (short) 0));
        }
        return scope;
    }

    private static void checkAliasCount(String alias, int available, int specified) {
        if (specified > available) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                    "table \"%s\" has %d columns available but %d columns specified", alias, available, specified);
        }
    }

    // ---------------------------------------------------------------- joins

    /**
     * An explicit JOIN; {@code before} (nullable) is the FROM items to its left, which LATERAL items
     * inside it may read (the whole join is then run again for each of their rows, as a LATERAL item is).
     */
    private Relation joinWithBefore(JoinExpr j, Relation before) {
        if (before == null) {
            return joinExpr(j, null);
        }
        Level saved = lateralLevel;
        OuterReferences reachBefore = new OuterReferences(
                new ExpressionAnalyzer(context, before.scope(), null, LATERAL_REFERENCES, lateralLevel), true);
        lateralLevel = lateralLevel.nested(reachBefore);
        try {
            Relation joined = joinExpr(j, null);
            return reachBefore.isEmpty() ? joined : new Relation(joined.plan(), joined.scope(), null, reachBefore);
        } finally {
            lateralLevel = saved;
        }
    }

    /** Whether a JOIN holds a LATERAL subquery or a function (implicitly LATERAL) anywhere inside it. */
    private static boolean hasLateralItem(FromItem item) {
        return switch (item) {
            case TableRef ref -> false;
            case FunctionRef function -> true;
            case SubqueryRef sub -> sub.lateral();
            case JoinExpr join -> hasLateralItem(join.left()) || hasLateralItem(join.right());
        };
    }

    /** @param analysedLeft the left side when already analysed (an inner join's), else null */
    private Relation joinExpr(JoinExpr j, Relation analysedLeft) {
        JoinType type = switch (j.type()) {
            case INNER, CROSS -> JoinType.INNER;
            case LEFT -> JoinType.LEFT;
            case RIGHT -> JoinType.RIGHT;
            case FULL -> JoinType.FULL;
        };
        // WHERE terms reach the tables of a side whose rows the join does not keep unmatched
        List<Expr> where = pushdown;
        pushdown = type == JoinType.INNER || type == JoinType.LEFT ? where : List.of();
        Relation left = analysedLeft != null ? analysedLeft : whereRestricted(item(j.left(), null), pushdown);
        pushdown = type == JoinType.INNER || type == JoinType.RIGHT ? where : List.of();
        Relation right = whereRestricted(item(j.right(), left), pushdown);
        pushdown = where;
        if (right.lateral() != null && (type == JoinType.RIGHT || type == JoinType.FULL)) {
            ColumnRef ref = right.lateral().firstReference(); // null when only an outer aggregate was passed in
            Scope.Column column = ref == null || ref.parts().size() >= 2 ? null
                    : left.scope().find(null, ref.column(), ref.position());
            String table = ref == null ? "" : column != null ? column.tableAlias() : ref.parts().get(ref.parts().size() - 2);
            PgException e = new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                    "invalid reference to FROM-clause entry for table \"%s\"", table)
                    .withDetail("The combining JOIN type must be INNER or LEFT for a LATERAL reference.");
            throw ref == null ? e : e.withPosition(ref.position() + 1);
        }
        JoinType reduced = reducedByWhere(type, left, right, where);
        if (reduced != type) {
            // a side whose rows the join no longer null-extends takes the WHERE terms over it too
            if ((type == JoinType.RIGHT || type == JoinType.FULL) && reduced != JoinType.RIGHT && reduced != JoinType.FULL) {
                left = whereRestricted(left, where);
            }
            if ((type == JoinType.LEFT || type == JoinType.FULL) && reduced != JoinType.LEFT && reduced != JoinType.FULL) {
                right = whereRestricted(right, where);
            }
            type = reduced;
        }
        if (type == JoinType.INNER && j.on() != null) {
            left = whereRestricted(left, impliedThroughOn(j.on(), where, right, left));
            right = whereRestricted(right, impliedThroughOn(j.on(), where, left, right));
        }
        List<String> using = j.natural() ? commonColumnNames(left.scope(), right.scope()) : j.using();
        Relation joined = join(left, right, type, j.on(), using, j);
        if (j.alias() != null) {
            return new Relation(joined.plan(), joined.scope().aliased(j.alias(), j.columnAliases(), j.position()),
                    null, null);
        }
        return joined;
    }

    /**
     * The outer join as the WHERE lets it be (PostgreSQL's reduce_outer_joins): a null-extended row
     * of a side fails a WHERE term that is strict in one of that side's columns (a comparison, IN,
     * BETWEEN, LIKE or IS NOT NULL of the column itself is never true when it is NULL), so the join
     * need not produce such rows: LEFT becomes INNER, FULL becomes LEFT, RIGHT or INNER. {@code where}
     * holds the WHERE terms only when this join's rows are not null-extended by an enclosing join.
     */
    private static JoinType reducedByWhere(JoinType type, Relation left, Relation right, List<Expr> where) {
        if (type == JoinType.INNER || where.isEmpty()) {
            return type;
        }
        boolean nullExtendsRight = (type == JoinType.LEFT || type == JoinType.FULL) && !rejectsNulls(where, right, left);
        boolean nullExtendsLeft = (type == JoinType.RIGHT || type == JoinType.FULL) && !rejectsNulls(where, left, right);
        if (nullExtendsLeft && nullExtendsRight) {
            return JoinType.FULL;
        }
        return nullExtendsRight ? JoinType.LEFT : nullExtendsLeft ? JoinType.RIGHT : JoinType.INNER;
    }

    /**
     * WHERE equalities with a constant carried through an inner join's ON equalities to the other
     * side's column, as PostgreSQL's equivalence classes do: {@code a JOIN b ON a.id = b.id WHERE
     * a.id = 5} implies {@code b.id = 5}, which restricts b's scan (a key lookup instead of a whole
     * table). Only columns of one type whose {@code =} is transitive; the constant is a literal or a
     * parameter. The terms over {@code target}'s columns are returned.
     */
    private static List<Expr> impliedThroughOn(Expr on, List<Expr> where, Relation source, Relation target) {
        List<Expr> implied = new ArrayList<>();
        if (where.isEmpty()) {
            return implied;
        }
        for (Expr term : ExprTrees.conjuncts(on)) {
            if (!(term instanceof BinaryOp b) || !b.operator().equals("=") || !(b.left() instanceof ColumnRef l)
                    || !(b.right() instanceof ColumnRef r)) {
                continue;
            }
            ColumnRef from = onlyIn(l, source, target) && onlyIn(r, target, source) ? l
                    : onlyIn(r, source, target) && onlyIn(l, target, source) ? r : null;
            if (from == null) {
                continue;
            }
            ColumnRef to = from == l ? r : l;
            Scope.Column fromColumn = source.scope().find(qualifier(from), from.column(), from.position());
            Scope.Column toColumn = target.scope().find(qualifier(to), to.column(), to.position());
            if (fromColumn == null || toColumn == null || !fromColumn.type().equals(toColumn.type())
                    || !TransitiveEqualities.isTransitive(fromColumn.type())) {
                continue;
            }
            for (Expr w : where) {
                if (w instanceof BinaryOp eq && eq.operator().equals("=")) {
                    Expr constant = eq.left() instanceof ColumnRef c && c.parts().equals(from.parts()) ? eq.right()
                            : eq.right() instanceof ColumnRef c && c.parts().equals(from.parts()) ? eq.left() : null;
                    if (constant instanceof io.pglitedb.sql.ast.Literal || constant instanceof io.pglitedb.sql.ast.ParamRef) {
                        implied.add(new BinaryOp("=", to, constant, w.position()));
                    }
                }
            }
        }
        return implied;
    }

    /** Whether the reference names a column of {@code side} and of nothing in {@code other}. */
    private static boolean onlyIn(ColumnRef ref, Relation side, Relation other) {
        return in(ref, side.scope()) && !in(ref, other.scope()) && !qualifierIn(ref, other.scope());
    }

    private static String qualifier(ColumnRef ref) {
        return ref.parts().size() >= 2 ? ref.parts().get(ref.parts().size() - 2) : null;
    }

    /** Whether a WHERE term is strict in a column only {@code side} has (not the other side, not merged by USING). */
    private static boolean rejectsNulls(List<Expr> where, Relation side, Relation other) {
        for (Expr term : where) {
            for (Expr operand : strictOperands(term)) {
                if (operand instanceof ColumnRef ref && in(ref, side.scope()) && !in(ref, other.scope())
                        && !qualifierIn(ref, other.scope())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The operands a term is NULL (or false) for when they are NULL: built-in strict operators only. */
    private static List<Expr> strictOperands(Expr term) {
        return switch (term) {
            case BinaryOp b when STRICT_COMPARISONS.contains(b.operator()) -> List.of(b.left(), b.right());
            case io.pglitedb.sql.ast.IsNull n when n.negated() -> List.of(n.operand());
            case io.pglitedb.sql.ast.Between b -> List.of(b.operand());
            case io.pglitedb.sql.ast.InList in -> List.of(in.operand());
            case io.pglitedb.sql.ast.Like like -> List.of(like.operand());
            default -> List.of();
        };
    }

    private static final Set<String> STRICT_COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");

    /**
     * A table inside a join with the WHERE terms that read only its columns applied to its scan
     * too: no subqueries, no volatile functions (they would run twice). Anything but a plain
     * table is left as it is.
     */
    private Relation whereRestricted(Relation relation, List<Expr> where) {
        if (where.isEmpty() || relation.table() == null || relation.lateral() != null) {
            return relation;
        }
        List<Expr> own = new ArrayList<>();
        for (Expr term : where) {
            if (over(term, relation.scope())) {
                int volatileBefore = context.slots().volatileCalls();
                try {
                    new ExpressionAnalyzer(context, relation.scope(), null, "WHERE", level).analyze(term);
                } catch (PgException e) {
                    continue; // the WHERE, analysed as written, reports it
                }
                if (context.slots().volatileCalls() == volatileBefore) {
                    own.add(term);
                }
            }
        }
        appliedInJoin.addAll(own);
        return own.isEmpty() ? relation : restricted(relation, new Relation[] {relation}, own, List.of());
    }

    private Relation hashJoin(Relation left, Relation right, Keys keys) {
        Scope scope = new Scope();
        scope.addAll(left.scope(), 0);
        scope.addAll(right.scope(), left.plan().width());
        PlanNode plan = innerHashJoin(left.plan(), right.plan(), keys, null);
        return new Relation(plan, scope, null, null);
    }

    /** An inner hash join, with index lookups for a side that is a table with an index on its keys. */
    private HashJoin innerHashJoin(PlanNode left, PlanNode right, Keys keys, BoundExpr residual) {
        BoundExpr[] leftKeys = keys.left().toArray(new BoundExpr[0]);
        BoundExpr[] rightKeys = keys.right().toArray(new BoundExpr[0]);
        DataType[] types = keys.types().toArray(new DataType[0]);
        return new HashJoin(left, right, JoinType.INNER, leftKeys, rightKeys, types, residual,
                JoinLookups.lookup(left, leftKeys, types, context.slots()),
                JoinLookups.lookup(right, rightKeys, types, context.slots()));
    }

    private static List<String> commonColumnNames(Scope left, Scope right) {
        Set<String> rightNames = new HashSet<>();
        for (Scope.Column c : right.columns()) {
            rightNames.add(c.name());
        }
        List<String> common = new ArrayList<>();
        for (Scope.Column c : left.columns()) {
            if (rightNames.contains(c.name()) && !common.contains(c.name())) {
                common.add(c.name());
            }
        }
        return common;
    }

    /** Equality keys found in a join condition: left key over the left row, right key over the right row. */
    private record Keys(List<BoundExpr> left, List<BoundExpr> right, List<DataType> types) {
        Keys() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    private Relation join(Relation left, Relation right, JoinType type, Expr on, List<String> using, JoinExpr ast) {
        // a side the join null-extends carries a marker column when a whole row of it may be read
        boolean markLeft = (type == JoinType.RIGHT || type == JoinType.FULL) && readsWholeRows(left.scope());
        boolean markRight = (type == JoinType.LEFT || type == JoinType.FULL) && readsWholeRows(right.scope());
        int leftWidth = left.plan().width() + (markLeft ? 1 : 0);
        int rightWidth = right.plan().width() + (markRight ? 1 : 0);
        Scope scope = new Scope();
        scope.addAll(left.scope(), 0, markLeft ? leftWidth - 1 : -1);
        scope.addAll(right.scope(), leftWidth, markRight ? leftWidth + rightWidth - 1 : -1);
        Keys keys = new Keys();
        List<BoundExpr> residual = new ArrayList<>();
        List<BoundExpr> computed = new ArrayList<>();
        if (!using.isEmpty()) {
            List<Scope.Column> visible = new ArrayList<>();
            Set<String> merged = new HashSet<>();
            for (String name : using) {
                if (!merged.add(name)) {
                    throw new PgException(SqlState.DUPLICATE_COLUMN, "column name \"%s\" appears more than once in USING clause",
                            name);
                }
                Scope.Column l = usingColumn(left.scope(), name, "left");
                Scope.Column r = usingColumn(right.scope(), name, "right");
                DataType common = Coercions.commonType(List.of(new ColumnValue(l.type(), 0), new ColumnValue(r.type(), 0)),
                        "JOIN/USING", ast.position());
                BoundExpr lk = coerce(new ColumnValue(l.type(), l.index()), common);
                BoundExpr rk = coerce(new ColumnValue(r.type(), r.index()), common);
                Operators.binary("=", common, common); // 42883 when the type has no equality
                keys.left().add(lk);
                keys.right().add(rk);
                keys.types().add(common);
                // PostgreSQL's buildMergedJoinVar: an inner join prefers the side needing no cast
                boolean rightValue = type == JoinType.RIGHT
                        || type == JoinType.INNER && !(lk instanceof ColumnValue) && rk instanceof ColumnValue;
                BoundExpr value = switch (type) {
                    case INNER, LEFT, RIGHT -> rightValue ? coerce(new ColumnValue(r.type(), r.index() + leftWidth), common)
                            : coerce(new ColumnValue(l.type(), l.index()), common);
                    case FULL -> new Coalesce(common, new BoundExpr[] {
                            coerce(new ColumnValue(l.type(), l.index()), common),
                            coerce(new ColumnValue(r.type(), r.index() + leftWidth), common)});
                };
                int index;
                if (value instanceof ColumnValue c) {
                    index = c.index();
                } else {
                    index = leftWidth + rightWidth + computed.size();
                    computed.add(value);
                }
                Scope.Column source = rightValue ? r.shifted(leftWidth) : l;
                if (type != JoinType.FULL && !(value instanceof ColumnValue)) {
                    scope.addMergedSource(index, source);
                }
                visible.add(new Scope.Column(null, name, common, index,
                        type == JoinType.FULL || !(value instanceof ColumnValue) ? 0 : source.tableOid(),
                        type == JoinType.FULL || !(value instanceof ColumnValue) ? 0 : source.attributeNumber()));
            }
            for (Scope.Column c : left.scope().columns()) {
                if (!merged.contains(c.name())) {
                    visible.add(c);
                }
            }
            for (Scope.Column c : right.scope().columns()) {
                if (!merged.contains(c.name())) {
                    visible.add(c.shifted(leftWidth));
                }
            }
            scope.setVisible(visible);
            if (ast != null && ast.usingAlias() != null) {
                // USING (...) AS j: j.x names the merged columns only
                scope.addRange(ast.usingAlias(), visible.subList(0, using.size()), ast.position());
            }
        } else if (on != null) {
            ExpressionAnalyzer onAnalyzer = new ExpressionAnalyzer(context, scope, null, "JOIN conditions", level);
            BoundExpr whole = Coercions.toBoolean(onAnalyzer.analyze(on), "JOIN/ON", context.parameters(),
                    io.pglitedb.sql.parser.ExprPositions.leftmost(on));
            if (right.lateral() == null) {
                for (Expr term : ExprTrees.conjuncts(on)) {
                    if (!equalityKey(term, left.scope(), right.scope(), keys)) {
                        residual.add(Coercions.toBoolean(onAnalyzer.analyze(term), "JOIN/ON", context.parameters(),
                                io.pglitedb.sql.parser.ExprPositions.leftmost(term)));
                    }
                }
            }
            if (keys.left().isEmpty()) {
                residual.clear();
                residual.add(whole);
            } else if (right.lateral() == null) {
                // ON terms over one side only restrict that side's rows before the join, where the
                // join type allows it (never the side whose unmatched rows are kept)
                Relation[] sides = {left, right};
                List<Expr> onTerms = ExprTrees.conjuncts(on);
                if (type == JoinType.INNER || type == JoinType.LEFT) {
                    right = restricted(right, sides, onTerms, List.of());
                }
                if (type == JoinType.INNER || type == JoinType.RIGHT) {
                    left = restricted(left, sides, onTerms, List.of());
                }
                residual.clear();
                for (Expr term : ExprTrees.conjuncts(on)) {
                    boolean pushed = (type == JoinType.INNER || type == JoinType.LEFT) && readsOnly(term, right, sides)
                            || (type == JoinType.INNER || type == JoinType.RIGHT) && readsOnly(term, left, sides);
                    if (!pushed && !isEqualityKey(term, left.scope(), right.scope())) {
                        residual.add(Coercions.toBoolean(onAnalyzer.analyze(term), "JOIN/ON", context.parameters(),
                                io.pglitedb.sql.parser.ExprPositions.leftmost(term)));
                    }
                }
                if (type == JoinType.LEFT && buildsLeftSide(left, right)) {
                    return new Relation(swappedLeftJoin(left, markRight ? marked(right) : right, keys, on), scope,
                            null, null);
                }
            }
        }
        left = markLeft ? marked(left) : left;
        right = markRight ? marked(right) : right;
        PlanNode plan;
        BoundExpr rest = residual.isEmpty() ? null
                : residual.size() == 1 ? residual.get(0) : new LogicalAnd(residual.toArray(new BoundExpr[0]));
        if (!keys.left().isEmpty() && right.lateral() == null) {
            plan = type == JoinType.INNER ? innerHashJoin(left.plan(), right.plan(), keys, rest)
                    : new HashJoin(left.plan(), right.plan(), type, keys.left().toArray(new BoundExpr[0]),
                            keys.right().toArray(new BoundExpr[0]), keys.types().toArray(new DataType[0]), rest);
        } else {
            if (!keys.left().isEmpty()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "USING or NATURAL joins with a LATERAL item are not supported yet");
            }
            BoundExpr condition = rest;
            OuterReferences lateral = right.lateral();
            plan = new NestedLoopJoin(left.plan(), right.plan(), type, condition,
                    lateral == null ? new BoundExpr[0] : lateral.args(), lateral == null ? new int[0] : lateral.slots());
        }
        if (!computed.isEmpty()) {
            BoundExpr[] columns = new BoundExpr[leftWidth + rightWidth + computed.size()];
            for (int i = 0; i < leftWidth + rightWidth; i++) {
                columns[i] = new ColumnValue(typeAt(scope, i), i);
            }
            for (int i = 0; i < computed.size(); i++) {
                columns[leftWidth + rightWidth + i] = computed.get(i);
            }
            plan = new Project(plan, columns);
        }
        return new Relation(plan, scope, null, null);
    }

    /** Whether the statement may read a whole row of a range of this join side (t or t.* as a value). */
    private boolean readsWholeRows(Scope side) {
        return wholeRowNames == null || side.rangeAliases().stream().anyMatch(wholeRowNames::contains);
    }

    /**
     * The side with its null-extension marker appended to its rows: a constant true, which the
     * outer join's null-extended rows have as null ({@link Scope#nullExtensionMarkers}).
     */
    private static Relation marked(Relation side) {
        int width = side.plan().width();
        BoundExpr[] columns = new BoundExpr[width + 1];
        for (int i = 0; i < width; i++) {
            columns[i] = new ColumnValue(typeAt(side.scope(), i), i);
        }
        columns[width] = new io.pglitedb.exec.expr.Constant(DataType.of(io.pglitedb.types.Types.BOOL), Boolean.TRUE);
        return new Relation(new Project(side.plan(), columns), side.scope(), null, side.lateral());
    }

    /** True when the term is an equality the join hashes on (it is one of the join's keys). */
    private boolean isEqualityKey(Expr term, Scope left, Scope right) {
        return equalityKey(term, left, right, new Keys());
    }

    /**
     * Whether a LEFT join of two plain tables should hash its left side and stream the right
     * (PostgreSQL's Hash Right Join): when ANALYZE says the right table has more than twice the
     * rows of the left, building the left costs less memory and fewer hash inserts.
     */
    private boolean buildsLeftSide(Relation left, Relation right) {
        if (left.table() == null || right.table() == null || left.table().isView() || right.table().isView()) {
            return false;
        }
        io.pglitedb.catalog.TableStatistics l = context.catalog().catalog().statistics().of(left.table().oid());
        io.pglitedb.catalog.TableStatistics r = context.catalog().catalog().statistics().of(right.table().oid());
        return l != null && r != null && r.rows() > 2 * Math.max(1, l.rows());
    }

    /**
     * {@code left LEFT JOIN right ON on} as {@code right RIGHT JOIN left} (the right join builds
     * its right side, here the left table), its row put back in left-then-right order. The ON
     * terms that are not join keys or pushed into one side are the join filter, over the swapped row.
     */
    private PlanNode swappedLeftJoin(Relation left, Relation right, Keys keys, Expr on) {
        int leftWidth = left.plan().width();
        int rightWidth = right.plan().width();
        Scope swapped = new Scope();
        swapped.addAll(right.scope(), 0);
        swapped.addAll(left.scope(), rightWidth);
        Relation[] sides = {left, right};
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, swapped, null, "JOIN conditions", level);
        List<BoundExpr> residual = new ArrayList<>();
        for (Expr term : ExprTrees.conjuncts(on)) {
            if (!readsOnly(term, right, sides) && !isEqualityKey(term, left.scope(), right.scope())) {
                residual.add(Coercions.toBoolean(analyzer.analyze(term), "JOIN/ON", context.parameters(),
                        io.pglitedb.sql.parser.ExprPositions.leftmost(term)));
            }
        }
        BoundExpr rest = residual.isEmpty() ? null
                : residual.size() == 1 ? residual.get(0) : new LogicalAnd(residual.toArray(new BoundExpr[0]));
        PlanNode join = new HashJoin(right.plan(), left.plan(), JoinType.RIGHT, keys.right().toArray(new BoundExpr[0]),
                keys.left().toArray(new BoundExpr[0]), keys.types().toArray(new DataType[0]), rest);
        BoundExpr[] columns = new BoundExpr[leftWidth + rightWidth];
        for (int i = 0; i < leftWidth; i++) {
            columns[i] = new ColumnValue(typeAt(left.scope(), i), rightWidth + i);
        }
        for (int i = 0; i < rightWidth; i++) {
            columns[leftWidth + i] = new ColumnValue(typeAt(right.scope(), i), i);
        }
        return new Project(join, columns);
    }

    private static DataType typeAt(Scope scope, int index) {
        Scope.Column c = scope.columnAt(index);
        return c == null ? DataType.of(io.pglitedb.types.Types.UNKNOWN) : c.type();
    }

    private BoundExpr coerce(BoundExpr expr, DataType type) {
        return Coercions.coerce(expr, type, CastContext.IMPLICIT, context.parameters(), 0);
    }

    private static Scope.Column usingColumn(Scope scope, String name, String side) {
        Scope.Column found = null;
        for (Scope.Column c : scope.columns()) {
            if (c.name().equals(name)) {
                if (found != null) {
                    throw new PgException(SqlState.AMBIGUOUS_COLUMN, "common column name \"%s\" appears more than once in %s table",
                            name, side);
                }
                found = c;
            }
        }
        if (found == null) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" specified in USING clause does not exist in %s table",
                    name, side);
        }
        return found;
    }

    /**
     * If term is {@code l = r} with one side over the left columns only and the other over the right
     * columns only, adds it to keys (both sides converted to one type) and returns true.
     */
    private boolean equalityKey(Expr term, Scope left, Scope right, Keys keys) {
        if (!(term instanceof BinaryOp b) || !b.operator().equals("=")) {
            return false;
        }
        Expr l = b.left();
        Expr r = b.right();
        if (!over(l, left) || !over(r, right)) {
            if (over(l, right) && over(r, left)) {
                Expr swap = l;
                l = r;
                r = swap;
            } else {
                return false;
            }
        }
        BoundExpr leftValue = new ExpressionAnalyzer(context, left, null, "JOIN conditions", level).analyze(l);
        BoundExpr rightValue = new ExpressionAnalyzer(context, right, null, "JOIN conditions", level).analyze(r);
        BoundExpr lk = leftValue;
        BoundExpr rk = rightValue;
        DataType type;
        if (lk.type().type() == rk.type().type()) {
            type = DataType.of(lk.type().type());
        } else {
            try {
                type = Coercions.commonType(List.of(lk, rk), "JOIN", 0);
                lk = coerce(lk, type);
                rk = coerce(rk, type);
            } catch (PgException e) {
                return false;
            }
        }
        try {
            Operator eq = Operators.binary("=", type, type);
            if (eq.leftType().type() != type.type() || eq.rightType().type() != type.type()) {
                // the common type has no equality of its own (regproc): compare as the operator's type (oid)
                DataType operatorType = equalityArgumentType(type, type);
                if (operatorType == null) {
                    return false;
                }
                type = operatorType;
                lk = coerce(leftValue, type);
                rk = coerce(rightValue, type);
            }
        } catch (PgException e) {
            return false;
        }
        keys.left().add(lk);
        keys.right().add(rk);
        keys.types().add(type);
        return true;
    }

    /** The type both arguments of the {@code =} operator for these operand types take, or null. */
    private static DataType equalityArgumentType(DataType left, DataType right) {
        try {
            Operator eq = Operators.binary("=", left, right);
            return eq.leftType().type() == eq.rightType().type() ? DataType.of(eq.leftType().type()) : null;
        } catch (PgException e) {
            return null;
        }
    }

    /**
     * True when the expression (no subquery) names a column of {@code item} and otherwise only
     * columns that are in none of the items (an enclosing query's, for a correlated subquery).
     */
    private static boolean readsOnly(Expr e, Relation item, Relation[] all) {
        List<ColumnRef> refs = new ArrayList<>();
        if (!collectColumns(e, refs)) {
            return false;
        }
        boolean own = false;
        for (ColumnRef ref : refs) {
            if (in(ref, item.scope())) {
                own = true;
                continue;
            }
            for (Relation other : all) {
                if (other != item && (in(ref, other.scope()) || qualifierIn(ref, other.scope()))) {
                    return false;
                }
            }
        }
        return own;
    }

    private static boolean qualifierIn(ColumnRef ref, Scope scope) {
        String qualifier = ref.parts().size() >= 2 ? ref.parts().get(ref.parts().size() - 2) : null;
        return qualifier != null && scope.hasTable(qualifier);
    }

    private static boolean in(ColumnRef ref, Scope scope) {
        String qualifier = ref.parts().size() >= 2 ? ref.parts().get(ref.parts().size() - 2) : null;
        if (qualifier != null && !scope.hasTable(qualifier)) {
            return false;
        }
        try {
            return scope.find(qualifier, ref.column(), ref.position()) != null;
        } catch (PgException ambiguous) {
            return false;
        }
    }

    /** True when every column the expression names is in scope (and it names at least one, and no subquery). */
    private static boolean over(Expr e, Scope scope) {
        List<ColumnRef> refs = new ArrayList<>();
        if (!collectColumns(e, refs)) {
            return false;
        }
        if (refs.isEmpty()) {
            return false;
        }
        for (ColumnRef ref : refs) {
            String qualifier = ref.parts().size() >= 2 ? ref.parts().get(ref.parts().size() - 2) : null;
            if (qualifier != null && !scope.hasTable(qualifier)) {
                return false;
            }
            try {
                if (scope.find(qualifier, ref.column(), ref.position()) == null) {
                    return false;
                }
            } catch (PgException ambiguous) {
                return false;
            }
        }
        return true;
    }

    private static boolean collectColumns(Expr e, List<ColumnRef> out) {
        if (e instanceof SubqueryExpr) {
            return false;
        }
        if (e instanceof ColumnRef ref) {
            out.add(ref);
            return true;
        }
        for (Expr child : ExprTrees.children(e)) {
            if (!collectColumns(child, out)) {
                return false;
            }
        }
        return true;
    }
}
