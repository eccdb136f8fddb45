package io.pglitedb.sql.analyze;

import io.pglitedb.sql.plan.TableScans;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.SetFunctionCall;
import io.pglitedb.exec.expr.SetFunctionValue;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.sql.ast.CastExpr;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.Literal;
import io.pglitedb.sql.ast.CaseExpr;
import io.pglitedb.sql.ast.OrderItem;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.SetOperation;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.sql.ast.SubqueryExpr;
import io.pglitedb.sql.ast.Values;
import io.pglitedb.sql.ast.WindowCall;
import io.pglitedb.sql.ast.WithQuery;
import io.pglitedb.sql.plan.Aggregate;
import io.pglitedb.sql.plan.Distinct;
import io.pglitedb.sql.plan.DistinctOn;
import io.pglitedb.sql.plan.Filter;
import io.pglitedb.sql.plan.Limit;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.Sort;
import io.pglitedb.sql.plan.SortKey;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.RecordType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses and plans a SELECT:
 * FROM (scans, cross joins) → WHERE (pushed into the scan; primary key lookups) → GROUP BY /
 * aggregates → HAVING → select list (plus hidden ORDER BY columns) → DISTINCT → ORDER BY →
 * OFFSET/LIMIT → drop hidden columns.
 */
final class SelectAnalyzer {
    private final AnalyzerContext context;
    private final Level level;
    private final boolean resolveUnknown;

    SelectAnalyzer(AnalyzerContext context, Level level, boolean resolveUnknown) {
        this.context = context;
        this.level = level;
        this.resolveUnknown = resolveUnknown;
    }

    /**
     * The WHERE without the terms the FROM clause already applied to its items (null: nothing
     * left); the terms applied inside explicit JOINs are still analysed here, for their errors.
     */
    private static Expr remainingWhere(Expr where, FromAnalyzer from, ExpressionAnalyzer whereAnalyzer) {
        if (where == null) {
            return null;
        }
        Expr left = null;
        boolean dropped = false;
        for (Expr term : ExprTrees.conjuncts(where)) {
            if (from.applied(term)) {
                dropped = true;
            } else if (from.appliedInJoin(term)) {
                whereAnalyzer.analyze(term);
                dropped = true;
            } else {
                left = left == null ? term
                        : new io.pglitedb.sql.ast.BoolExpr(io.pglitedb.sql.ast.BoolExpr.Op.AND, left, term, left.position());
            }
        }
        return dropped ? left : where;
    }

    AnalyzedQuery analyze(Select select) {
        int ranges = context.ranges().mark();
        try {
            return analyze(select, false);
        } catch (OuterAggregates.Found found) {
            // a subquery in the select list holds an aggregate of this query: it is aggregated
            context.ranges().release(ranges);
            return analyze(select, true);
        } finally {
            context.ranges().release(ranges);
        }
    }

    private AnalyzedQuery analyze(Select select, boolean aggregatedBySubquery) {
        FromAnalyzer fromAnalyzer = new FromAnalyzer(context, level, select);
        FromAnalyzer.Relation relation = fromAnalyzer.analyze(select.from(), select.where());
        Scope scope = relation.scope();
        PlanNode from = relation.plan();
        TableDescriptor single = select.from().size() == 1 ? relation.table() : null;

        ExpressionAnalyzer whereAnalyzer = new ExpressionAnalyzer(context, scope, null, "WHERE", level);
        Expr whereLeft = remainingWhere(select.where(), fromAnalyzer, whereAnalyzer);
        if (whereLeft != null) {
            BoundExpr where = Coercions.toBoolean(whereAnalyzer.analyze(whereLeft), "WHERE",
                    context.parameters(), whereLeft.position());
            if (single != null) {
                from = AccessPaths.chooseForQuery(single, TableScans.alias(from), whereLeft, where, whereAnalyzer);
            } else if (from instanceof io.pglitedb.sql.plan.SystemColumnsScan s && s.tid() == null) {
                from = TidScans.scan(s.table(), s.alias(), where); // the query reads ctid: WHERE ctid = ... reads one row
            } else {
                from = new Filter(from, where);
            }
        }

        List<Expr> itemExprs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Scope.Column> starColumns = new ArrayList<>();
        expandItems(select.items(), whereAnalyzer, itemExprs, names, starColumns);
        List<Integer> positions = new ArrayList<>(itemExprs.size());
        for (Expr e : itemExprs) {
            positions.add(io.pglitedb.sql.parser.ExprPositions.leftmost(e));
        }

        boolean aggregated = aggregatedBySubquery || !select.groupBy().isEmpty() || select.having() != null
                || itemExprs.stream().anyMatch(e -> OuterAggregates.findLocal(e, scope, level, context) != null)
                || select.orderBy().stream().anyMatch(o -> OuterAggregates.findLocal(o.expr(), scope, level, context) != null);

        ExpressionAnalyzer output;
        GroupingBinder grouping = null;
        io.pglitedb.sql.plan.GroupingSetsAggregate.Rollup[] rollups = null;
        if (aggregated) {
            grouping = new GroupingBinder(new ExpressionAnalyzer(context, scope, null, "GROUP BY", level));
            List<List<Expr>> sets = GroupingSets.expand(select.groupBy());
            if (sets == null) {
                for (Expr group : select.groupBy()) {
                    grouping.addGroup(groupItem(group, itemExprs, names, scope));
                }
            } else {
                grouping.useGroupingSets();
                List<int[]> keySets = new ArrayList<>(sets.size());
                for (List<Expr> set : sets) {
                    java.util.LinkedHashSet<Integer> keys = new java.util.LinkedHashSet<>();
                    for (Expr group : set) {
                        keys.add(grouping.addGroupOnce(groupItem(group, itemExprs, names, scope)));
                    }
                    keySets.add(keys.stream().mapToInt(Integer::intValue).toArray());
                }
                if (GroupingSets.isDistinct(select.groupBy())) {
                    keySets = GroupingSets.distinct(keySets);
                }
                rollups = GroupingSets.rollups(keySets);
            }
            output = new ExpressionAnalyzer(context, scope, grouping, null, level);
        } else {
            output = new ExpressionAnalyzer(context, scope, null, ExpressionAnalyzer.SELECT_LIST, level);
        }
        WindowBinder windows = new WindowBinder(output, select.windows());
        List<SetFunctionCall> nestedSets = new ArrayList<>();
        output = output.withWindows(windows).withNestedSets(nestedSets);

        List<BoundExpr> projections = new ArrayList<>();
        boolean setReturning = false;
        for (int i = 0; i < itemExprs.size(); i++) {
            Expr e = itemExprs.get(i);
            Scope.Column star = starColumns.get(i);
            BoundExpr bound = star != null ? output.column(star, e.position()) : null;
            if (bound == null) {
                bound = SetReturningFunctions.inSelectList(e, output, context);
                setReturning |= bound != null;
            }
            if (bound == null) {
                bound = output.analyze(e);
            }
            if (bound.type().type() == Types.UNKNOWN && resolveUnknown) {
                bound = Coercions.coerce(bound, DataType.of(Types.TEXT), CastContext.IMPLICIT, context.parameters(),
                        e.position());
            }
            projections.add(bound);
        }
        int visible = projections.size();

        BoundExpr having = null;
        if (select.having() != null) {
            ExpressionAnalyzer havingAnalyzer = new ExpressionAnalyzer(context, scope, grouping, "HAVING", level);
            having = Coercions.toBoolean(havingAnalyzer.analyze(select.having()), "HAVING", context.parameters(),
                    select.having().position());
        }

        boolean plainDistinct = select.distinct() && select.distinctOn().isEmpty();
        List<SortKey> sortKeys = new ArrayList<>();
        for (OrderItem item : select.orderBy()) {
            int column = orderColumn(item, itemExprs, names, projections, output, plainDistinct);
            DataType type = projections.get(column).type();
            boolean nullsFirst = item.nullsFirst() != null ? item.nullsFirst() : item.descending();
            sortKeys.add(new SortKey(column, type, item.descending(), nullsFirst));
        }
        int[] distinctOn = new int[select.distinctOn().size()];
        for (int i = 0; i < distinctOn.length; i++) {
            Expr e = select.distinctOn().get(i);
            distinctOn[i] = orderColumn(new OrderItem(e, false, null, e.position()), itemExprs, names, projections,
                    output, false);
        }
        if (distinctOn.length > 0) {
            sortKeys = DistinctOnClause.sortKeys(distinctOn, sortKeys, projections, select.distinctOn());
        }

        PlanNode plan = from;
        if (aggregated) {
            plan = rollups != null
                    ? new io.pglitedb.sql.plan.GroupingSetsAggregate(plan, grouping.groupKeys(), rollups,
                            grouping.aggregates())
                    : new Aggregate(plan, grouping.groupKeys(), grouping.aggregates());
            if (rollups == null) {
                plan = sortedLikeGroupAggregate(plan, grouping);
            }
            if (having != null) {
                plan = new Filter(plan, having);
            }
        }
        plan = windows.plan(plan, sortGroupTexts(select, itemExprs, names, plainDistinct));
        List<SortKey> keysBeforeSets = (setReturning || !nestedSets.isEmpty()) && !plainDistinct
                && distinctOn.length == 0 ? inputColumns(sortKeys, projections) : null;
        boolean setsAfterSort = keysBeforeSets != null;
        if (setsAfterSort && !keysBeforeSets.isEmpty()) {
            // PostgreSQL sorts before it expands set-returning functions when the keys do not need
            // them: each row's expansion then stays together and in order
            plan = new Sort(plan, keysBeforeSets);
        }
        if (!nestedSets.isEmpty()) {
            // some functions are nested in expressions: the top-level ones join them, read like them
            for (int i = 0; i < projections.size(); i++) {
                if (projections.get(i) instanceof SetFunctionCall call) {
                    nestedSets.add(call);
                    projections.set(i, new SetFunctionValue(call.type(), nestedSets.size() - 1));
                }
            }
            plan = new io.pglitedb.sql.plan.ProjectSet(plan, projections.toArray(new BoundExpr[0]),
                    nestedSets.toArray(new SetFunctionCall[0]));
        } else {
            plan = setReturning ? new io.pglitedb.sql.plan.ProjectSet(plan, projections.toArray(new BoundExpr[0]))
                    : new Project(plan, projections.toArray(new BoundExpr[0]));
        }
        if (plainDistinct) {
            DataType[] types = new DataType[visible];
            for (int i = 0; i < visible; i++) {
                types[i] = projections.get(i).type();
            }
            plan = new Distinct(plan, types);
        }
        if (!sortKeys.isEmpty() && !setsAfterSort) {
            plan = new Sort(plan, sortKeys);
        }
        if (distinctOn.length > 0) {
            DataType[] keyTypes = new DataType[distinctOn.length];
            for (int i = 0; i < distinctOn.length; i++) {
                keyTypes[i] = projections.get(distinctOn[i]).type();
            }
            plan = new DistinctOn(plan, distinctOn, keyTypes);
        }
        if (select.limit() != null || select.offset() != null) {
            SortKey[] ties = null;
            Expr limit = select.limit();
            if (limit instanceof io.pglitedb.sql.ast.LimitWithTies withTies) {
                if (sortKeys.isEmpty()) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "WITH TIES cannot be specified without ORDER BY clause");
                }
                ties = sortKeys.toArray(new SortKey[0]);
                limit = withTies.count();
            }
            plan = new Limit(plan, count(context, limit, "LIMIT", scope, level),
                    count(context, select.offset(), "OFFSET", scope, level), ties);
        }
        if (projections.size() > visible) {
            BoundExpr[] keep = new BoundExpr[visible];
            for (int i = 0; i < visible; i++) {
                keep[i] = new ColumnValue(projections.get(i).type(), i);
            }
            plan = new Project(plan, keep);
        }

        List<ResultColumn> columns = new ArrayList<>(visible);
        for (int i = 0; i < visible; i++) {
            BoundExpr p = projections.get(i);
            int tableOid = 0;
            short attnum = 0;
            if (!aggregated && p instanceof ColumnValue c) {
                Scope.Column source = scope.columnAt(c.index());
                if (source != null) {
                    tableOid = source.tableOid();
                    attnum = source.attributeNumber();
                }
            }
            columns.add(new ResultColumn(names.get(i), tableOid, attnum, p.type()));
        }
        return new AnalyzedQuery(plan, columns, positions);
    }

    /** Expands * and t.* of the items over {@code here}'s scope into column references and names every output column. */
    static void expandItems(List<SelectItem> items, ExpressionAnalyzer here, List<Expr> exprs, List<String> names) {
        expandItems(items, here, exprs, names, new ArrayList<>());
    }

    /** ... and for each item the column a {@code *} expanded to (else null), bound without looking the name up again. */
    static void expandItems(List<SelectItem> items, ExpressionAnalyzer here, List<Expr> exprs, List<String> names,
            List<Scope.Column> starColumns) {
        Scope scope = here.scope();
        for (SelectItem item : items) {
            if (item.expr() instanceof Star star) {
                if (star.qualifier() != null && !scope.hasTable(star.qualifier())) {
                    List<Scope.Column> outer = outerRangeColumns(here, star.qualifier());
                    if (outer == null) {
                        throw here.missingTable(star.qualifier(), star.position() + 1);
                    }
                    for (Scope.Column c : outer) { // an enclosing query's t.*: its columns, as outer references
                        exprs.add(new ColumnRef(List.of(star.qualifier(), c.name()), star.position()));
                        names.add(c.name());
                        starColumns.add(null);
                    }
                    continue;
                }
                if (scope.columns().isEmpty() && star.qualifier() == null && !scope.hasAnyTable()) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "SELECT * with no tables specified is not valid")
                            .withPosition(star.position() + 1);
                }
                List<Scope.Column> expanded = star.qualifier() == null ? scope.columns()
                        : scope.rangeColumns(star.qualifier());
                Annotations.expanded(star, expanded);
                for (Scope.Column c : expanded) {
                    // merged USING columns have no table alias: their bare name is unambiguous
                    List<String> parts = c.tableAlias() == null ? List.of(c.name()) : List.of(c.tableAlias(), c.name());
                    exprs.add(new ColumnRef(parts, star.position()));
                    names.add(c.name());
                    starColumns.add(c);
                }
            } else if (item.expr() instanceof io.pglitedb.sql.ast.FieldStar star) {
                // (row).*: one (row).field item per field of the row's type, as PostgreSQL's ExpandRowReference
                RecordType row = rowTypeOf(star, here);
                for (String field : row.fieldNames()) {
                    exprs.add(new io.pglitedb.sql.ast.FieldSelect(star.arg(), field, star.position()));
                    names.add(field);
                    starColumns.add(null);
                }
            } else {
                exprs.add(item.expr());
                names.add(item.alias() != null ? item.alias() : columnName(item.expr()));
                starColumns.add(null);
            }
        }
    }

    /** The row type whose fields {@code (expr).*} expands to. @throws PgException 42809 when it is no row type */
    private static RecordType rowTypeOf(io.pglitedb.sql.ast.FieldStar star, ExpressionAnalyzer here) {
        BoundExpr value = SetReturningFunctions.isCall(star.arg(), here.context())
                ? SetReturningFunctions.inSelectList(star.arg(), here, here.context()) : null;
        if (value == null) {
            value = here.analyze(star.arg());
        }
        if (!(value.type().type() instanceof RecordType row)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "type %s is not composite", value.type().baseName());
        }
        if (row.fieldNames().isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "record type has not been registered")
                    .withPosition(star.position() + 1);
        }
        return row;
    }

    /** The columns of an enclosing query's range {@code alias} (innermost first), or null when none reaches it. */
    private static List<Scope.Column> outerRangeColumns(ExpressionAnalyzer here, String alias) {
        List<Scope> scopes = here.scopesInReach();
        for (Scope s : scopes.subList(1, scopes.size())) {
            List<Scope.Column> columns = s.rangeColumns(alias);
            if (columns != null) {
                return columns;
            }
        }
        return null;
    }

    /** PostgreSQL's FigureColname: the name an unaliased output column gets. */
    static String columnName(Expr expr) {
        String name = strongName(expr);
        if (name != null) {
            return name;
        }
        if (expr instanceof io.pglitedb.sql.ast.Subscript s) {
            return columnName(s.base());
        }
        if (expr instanceof CastExpr cast) {
            try {
                io.pglitedb.types.DomainType domain = Types.domain(cast.type().name(), cast.type().arrayDimensions());
                if (domain != null) {
                    return domain.name();
                }
                return Types.resolve(cast.type().name(), cast.type().modifiers()).type().name();
            } catch (io.pglitedb.error.PgException e) {
                return cast.type().name(); // the cast's own analysis reports the unknown type
            }
        }
        if (expr instanceof Literal l && l.kind() == Literal.Kind.BOOLEAN) {
            return "bool";
        }
        if (expr instanceof CaseExpr c) {
            // a CASE is named after its ELSE result when that has a real name
            String named = c.elseResult() == null ? null : strongName(c.elseResult());
            return named != null ? named : "case";
        }
        return "?column?";
    }

    private static String strongName(Expr expr) {
        return switch (expr) {
            case ColumnRef c -> c.column();
            case FuncCall f -> f.name().substring(f.name().lastIndexOf('.') + 1);
            case WindowCall w -> w.call().name();
            case CastExpr c -> strongName(c.operand());
            case SubqueryExpr s when s.kind() == SubqueryExpr.Kind.EXISTS -> "exists";
            case SubqueryExpr s when s.kind() == SubqueryExpr.Kind.ARRAY -> "array";
            case io.pglitedb.sql.ast.Subscript s -> strongName(s.base());
            case io.pglitedb.sql.ast.FieldSelect f -> f.field();
            case io.pglitedb.sql.ast.ArrayExpr a -> "array";
            case io.pglitedb.sql.ast.RowExpr r -> "row";
            case SubqueryExpr s when s.kind() == SubqueryExpr.Kind.SCALAR -> firstColumnName(s.query());
            default -> null;
        };
    }

    /** The name of a query's first output column, when it has a real one (a scalar subquery's name). */
    private static String firstColumnName(Query query) {
        return switch (query) {
            case Select s -> {
                if (s.items().isEmpty() || s.items().get(0).expr() instanceof Star) {
                    yield null;
                }
                SelectItem first = s.items().get(0);
                String name = first.alias() != null ? first.alias() : columnName(first.expr());
                yield name.equals("?column?") ? null : name;
            }
            case Values v -> "column1";
            case SetOperation o -> firstColumnName(o.left());
            case WithQuery w -> firstColumnName(w.body());
        };
    }

    /** GROUP BY 1 and GROUP BY alias refer to select-list items (input columns win over aliases). */
    private static Expr groupItem(Expr group, List<Expr> items, List<String> names, Scope scope) {
        if (group instanceof Literal l && l.kind() == Literal.Kind.INTEGER) {
            int n = Integer.parseInt(l.text());
            if (n < 1 || n > items.size()) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "GROUP BY position %d is not in select list", n)
                        .withPosition(l.position() + 1);
            }
            return items.get(n - 1);
        }
        if (group instanceof ColumnRef ref && ref.parts().size() == 1 && scope.find(null, ref.column(), ref.position()) == null) {
            int index = names.indexOf(ref.column());
            if (index >= 0) {
                return items.get(index);
            }
        }
        return group;
    }

    /** The output column an ORDER BY item sorts by, adding a hidden one for other expressions. */
    private int orderColumn(OrderItem item, List<Expr> items, List<String> names, List<BoundExpr> projections,
            ExpressionAnalyzer output, boolean distinct) {
        Expr e = item.expr();
        if (e instanceof Literal l && l.kind() == Literal.Kind.INTEGER) {
            int n = Integer.parseInt(l.text());
            if (n < 1 || n > items.size()) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "ORDER BY position %d is not in select list", n)
                        .withPosition(l.position() + 1);
            }
            return n - 1;
        }
        if (e instanceof ColumnRef ref && ref.parts().size() == 1) {
            int found = -1;
            for (int i = 0; i < items.size(); i++) {
                if (names.get(i).equals(ref.column())) {
                    if (found >= 0 && !SqlText.of(items.get(found)).equals(SqlText.of(items.get(i)))) {
                        throw new PgException(SqlState.AMBIGUOUS_COLUMN, "ORDER BY \"%s\" is ambiguous", ref.column())
                                .withPosition(ref.position() + 1);
                    }
                    if (found < 0) {
                        found = i;
                    }
                }
            }
            if (found >= 0) {
                return found;
            }
        }
        String text = SqlText.of(e);
        for (int i = 0; i < items.size(); i++) {
            if (SqlText.of(items.get(i)).equals(text)) {
                return i;
            }
        }
        if (distinct) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                    "for SELECT DISTINCT, ORDER BY expressions must appear in select list").withPosition(e.position() + 1);
        }
        BoundExpr bound = output.analyze(e);
        if (bound.type().type() == Types.UNKNOWN) {
            bound = Coercions.coerce(bound, DataType.of(Types.TEXT), CastContext.IMPLICIT, context.parameters(),
                    e.position());
        }
        projections.add(bound);
        return projections.size() - 1;
    }

    static BoundExpr count(AnalyzerContext context, Expr expr, String clause) {
        return count(context, expr, clause, Scope.empty(), context.slots().statementLevel());
    }

    /**
     * LIMIT/OFFSET: evaluated once, before any row, so it may read an enclosing query's columns
     * and call volatile functions, but not this query's columns ({@code scope}).
     */
    static BoundExpr count(AnalyzerContext context, Expr expr, String clause, Scope scope, Level level) {
        if (expr == null) {
            return null;
        }
        BoundExpr bound = ExpressionAnalyzer.beforeRows(context, expr, clause, clause, scope, level);
        return Coercions.coerce(bound, DataType.of(Types.INT8), CastContext.IMPLICIT, context.parameters(),
                expr.position());
    }

    /** The sort keys as columns of the projection's input, or null when one is not a plain input column. */
    private static List<SortKey> inputColumns(List<SortKey> keys, List<BoundExpr> projections) {
        List<SortKey> input = new ArrayList<>(keys.size());
        for (SortKey key : keys) {
            if (!(projections.get(key.column()) instanceof ColumnValue c)) {
                return null;
            }
            input.add(new SortKey(c.index(), key.type(), key.descending(), key.nullsFirst()));
        }
        return input;
    }

    /**
     * PostgreSQL 15 cannot hash-aggregate when an aggregate has DISTINCT or ORDER BY: it sorts by
     * the group keys and aggregates group after group, so the groups come out in key order.
     */
    private static PlanNode sortedLikeGroupAggregate(PlanNode aggregate, GroupingBinder grouping) {
        BoundExpr[] keys = grouping.groupKeys();
        boolean ordered = false;
        for (io.pglitedb.sql.plan.AggregateCall call : grouping.aggregates()) {
            ordered |= call.distinct() || call.order().length > 0;
        }
        if (keys.length == 0 || !ordered) {
            return aggregate;
        }
        List<SortKey> sortKeys = new ArrayList<>(keys.length);
        for (int i = 0; i < keys.length; i++) {
            sortKeys.add(new SortKey(i, keys[i].type(), false, false));
        }
        return new Sort(aggregate, sortKeys);
    }

    /**
     * The texts of the expressions ORDER BY, GROUP BY and DISTINCT name, in the order PostgreSQL's
     * parse analysis numbers them (tleSortGroupRef); an ordinal or output name stands for its item.
     */
    private static List<String> sortGroupTexts(Select select, List<Expr> itemExprs, List<String> names,
            boolean distinct) {
        List<String> texts = new ArrayList<>();
        for (OrderItem o : select.orderBy()) {
            texts.add(SqlText.of(outputItem(o.expr(), itemExprs, names)));
        }
        for (Expr g : select.groupBy()) {
            texts.add(SqlText.of(outputItem(g, itemExprs, names)));
        }
        if (distinct) {
            for (Expr e : itemExprs) {
                texts.add(SqlText.of(e));
            }
        }
        return texts;
    }

    /** The select item an ORDER BY/GROUP BY entry names by ordinal or output name, else the entry. */
    private static Expr outputItem(Expr e, List<Expr> itemExprs, List<String> names) {
        if (e instanceof io.pglitedb.sql.ast.Literal l && l.kind() == io.pglitedb.sql.ast.Literal.Kind.INTEGER) {
            int n = Integer.parseInt(l.text());
            return n >= 1 && n <= itemExprs.size() ? itemExprs.get(n - 1) : e;
        }
        if (e instanceof io.pglitedb.sql.ast.ColumnRef c && c.parts().size() == 1) {
            int i = names.indexOf(c.column());
            if (i >= 0 && names.lastIndexOf(c.column()) == i) {
                return itemExprs.get(i);
            }
        }
        return e;
    }
}
