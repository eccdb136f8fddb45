package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.sql.ast.CommonTableExpr;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SetOperation;
import io.pglitedb.sql.ast.WithQuery;
import io.pglitedb.sql.parser.ExprPositions;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.RecursiveUnion;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * WITH queries. The clause only puts the queries in reach of the body ({@link Ctes}); each
 * reference plans its query again where the WITH was written ({@link #plan}). A WITH RECURSIVE
 * query of the form {@code initial UNION [ALL] recursive}, whose recursive part reads its own name,
 * becomes a {@link RecursiveUnion} with a work table.
 */
final class WithAnalyzer {
    private final AnalyzerContext context;
    private final Level level;

    WithAnalyzer(AnalyzerContext context, Level level) {
        this.context = context;
        this.level = level;
    }

    AnalyzedQuery analyze(WithQuery with, boolean resolveUnknown) {
        Ctes ctes = declare(with.recursive(), with.ctes(), context.slots().isTopWith(with), with.body());
        return new QueryAnalyzer(context, level.withCtes(ctes)).analyze(with.body(), resolveUnknown);
    }

    /**
     * The WITH queries of one clause, added to those in reach. A data-modifying one is analysed
     * now, once (its plan runs once per execution, {@link io.pglitedb.sql.plan.ModifyingCtes}); its
     * references read its RETURNING rows from a slot.
     */
    Ctes declare(boolean recursive, List<CommonTableExpr> list, boolean topLevel) {
        return declare(recursive, list, topLevel, null);
    }

    /**
     * @param body the query the clause is written before (null: a data-modifying statement's); a
     *     WITH query it and its sibling queries name more than once is computed once and shared,
     *     as PostgreSQL materialises it, when the clause reads no enclosing query's columns
     */
    private Ctes declare(boolean recursive, List<CommonTableExpr> list, boolean topLevel, Query body) {
        Ctes ctes = level.ctes();
        Set<String> names = new HashSet<>();
        for (CommonTableExpr cte : list) {
            if (!names.add(cte.name())) {
                throw new PgException(SqlState.DUPLICATE_ALIAS, "WITH query name \"%s\" specified more than once",
                        cte.name()).withPosition(cte.position() + 1);
            }
        }
        for (CommonTableExpr cte : recursive ? dependencyOrder(list) : list) {
            if (cte.modify() != null) {
                if (!topLevel) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "WITH clause containing a data-modifying statement must be at the top level")
                            .withPosition(cte.position() + 1);
                }
                ctes = ctes.with(modifying(cte, ctes));
                continue;
            }
            int shared = body != null && level.outer() == null && references(cte, list, body) > 1
                    ? context.slots().allocate() : -1;
            ctes = ctes.with(new Ctes.Entry(cte, recursive, level.withCtes(ctes), null, shared));
        }
        return ctes;
    }

    /**
     * WITH RECURSIVE queries may name siblings written after them: they are declared so that each
     * comes after the siblings it reads (PostgreSQL's makeDependencyGraph), in written order
     * otherwise; siblings reading each other fail as in PostgreSQL.
     */
    private static List<CommonTableExpr> dependencyOrder(List<CommonTableExpr> list) {
        List<CommonTableExpr> ordered = new ArrayList<>();
        List<CommonTableExpr> waiting = new ArrayList<>(list);
        while (!waiting.isEmpty()) {
            CommonTableExpr ready = null;
            for (CommonTableExpr cte : waiting) {
                if (waiting.stream().noneMatch(other -> other != cte && cte.query() != null
                        && !SelfReferences.all(cte.query(), other.name()).isEmpty())) {
                    ready = cte;
                    break;
                }
            }
            if (ready == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "mutual recursion between WITH items is not implemented")
                        .withPosition(waiting.get(0).position() + 1);
            }
            waiting.remove(ready);
            ordered.add(ready);
        }
        return ordered;
    }

    /** How often the body and the other queries of the clause name this WITH query. */
    private static int references(CommonTableExpr cte, List<CommonTableExpr> list, Query body) {
        int count = SelfReferences.all(body, cte.name()).size();
        for (CommonTableExpr other : list) {
            if (other != cte && other.query() != null) {
                count += SelfReferences.all(other.query(), cte.name()).size();
            }
        }
        return count;
    }

    private Ctes.Entry modifying(CommonTableExpr cte, Ctes visible) {
        SlotAllocator state = context.slots();
        Level saved = state.statementLevel();
        state.setStatementCtes(visible);
        io.pglitedb.sql.plan.StatementPlan plan;
        try {
            plan = Analyzer.analyzeStatement(cte.modify(), context);
        } finally {
            state.setStatementCtes(saved.ctes());
        }
        List<io.pglitedb.session.ResultColumn> returning = switch (plan) {
            case io.pglitedb.sql.plan.InsertPlan p -> p.returningColumns();
            case io.pglitedb.sql.plan.UpdatePlan p -> p.returningColumns();
            case io.pglitedb.sql.plan.DeletePlan p -> p.returningColumns();
            default -> throw new IllegalStateException("not a data-modifying plan");
        };
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        if (returning != null) {
            for (int i = 0; i < returning.size(); i++) {
                names.add(i < cte.columns().size() ? cte.columns().get(i) : returning.get(i).name());
                types.add(returning.get(i).type());
            }
        }
        int slot = state.allocate();
        state.addModification(new io.pglitedb.sql.plan.ModifyingCtes.Modification(plan, slot));
        return new Ctes.Entry(cte, false, level.withCtes(visible), new Ctes.WorkTable(slot, names, types));
    }

    /** Plans a reference to a WITH query (not a self-reference, which is a work table scan). */
    static AnalyzedQuery plan(AnalyzerContext context, Ctes.Entry entry) {
        CommonTableExpr cte = entry.cte();
        Level definedIn = entry.definedIn();
        if (definedIn.outer() != null) {
            context.slots().noteNestedCteRead(definedIn.outer());
        }
        if (!entry.recursive() || SelfReferences.all(cte.query(), cte.name()).isEmpty()) {
            if (cte.search() != null || cte.cycle() != null) {
                throw new PgException(SqlState.SYNTAX_ERROR, "WITH query with a %s clause must be recursive",
                        cte.search() != null ? "SEARCH" : "CYCLE").withPosition(cte.position() + 1);
            }
            return new QueryAnalyzer(context, definedIn).analyze(cte.query());
        }
        if (!(cte.query() instanceof SetOperation union) || union.op() != SetOperation.Op.UNION) {
            throw notRecursiveForm(cte);
        }
        if (!union.orderBy().isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "ORDER BY in a recursive query is not implemented")
                    .withPosition(ExprPositions.leftmost(union.orderBy().get(0).expr()) + 1);
        }
        if (union.offset() != null || union.limit() != null) {
            boolean offset = union.offset() != null;
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s in a recursive query is not implemented",
                    offset ? "OFFSET" : "LIMIT")
                    .withPosition(ExprPositions.leftmost(offset ? union.offset() : union.limit()) + 1);
        }
        List<Integer> found = SelfReferences.all(union.left(), cte.name());
        if (!found.isEmpty()) {
            throw recursionError(cte, "recursive reference to query \"%s\" must not appear within its non-recursive term",
                    found.get(0));
        }
        found = SelfReferences.inSubqueries(union.right(), cte.name());
        if (!found.isEmpty()) {
            throw recursionError(cte, "recursive reference to query \"%s\" must not appear within a subquery",
                    found.get(0));
        }
        found = SelfReferences.inOuterJoins(union.right(), cte.name());
        if (!found.isEmpty()) {
            throw recursionError(cte, "recursive reference to query \"%s\" must not appear within an outer join",
                    found.get(0));
        }
        found = SelfReferences.all(union.right(), cte.name());
        if (found.size() > 1) {
            throw recursionError(cte, "recursive reference to query \"%s\" must not appear more than once",
                    found.get(1));
        }
        if (union.right() instanceof Select r && (!r.groupBy().isEmpty() || r.having() != null
                || r.items().stream().anyMatch(item -> ExprTrees.findAggregate(item.expr()) != null))) {
            io.pglitedb.sql.ast.FuncCall aggregate = r.items().stream().map(item -> ExprTrees.findAggregate(item.expr()))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (aggregate != null) {
                throw new PgException(SqlState.GROUPING_ERROR,
                        "aggregate functions are not allowed in a recursive query's recursive term")
                        .withPosition(aggregate.position() + 1);
            }
        }
        AnalyzedQuery initial = new QueryAnalyzer(context, definedIn).analyze(union.left());
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < initial.columns().size(); i++) {
            ResultColumn c = initial.columns().get(i);
            names.add(i < cte.columns().size() ? cte.columns().get(i) : c.name());
            types.add(c.type());
        }
        SearchCycle searchCycle = null;
        io.pglitedb.sql.ast.Query right = union.right();
        List<ResultColumn> columns = new ArrayList<>(initial.columns());
        List<Integer> positions = new ArrayList<>(initial.positions());
        if (cte.search() != null || cte.cycle() != null) {
            searchCycle = new SearchCycle(cte, union, names, types,
                    new ExpressionAnalyzer(context, Scope.empty(), null, "CYCLE", definedIn));
            initial = new AnalyzedQuery(searchCycle.initial(initial.root(), types), initial.columns(),
                    initial.positions());
            for (int i = 0; i < searchCycle.extraNames().size(); i++) {
                columns.add(new ResultColumn(searchCycle.extraNames().get(i), 0, (short) 0,
                        searchCycle.extraTypes().get(i)));
                positions.add(cte.position());
            }
            names.addAll(searchCycle.extraNames());
            types.addAll(searchCycle.extraTypes());
            right = searchCycle.recursiveQuery((Select) right);
        }
        int slot = context.slots().allocate();
        Ctes.WorkTable workTable = new Ctes.WorkTable(slot, names, types);
        Level recursiveLevel = definedIn.withCtes(definedIn.ctes().with(new Ctes.Entry(cte, true, definedIn, workTable)));
        AnalyzedQuery recursive = new QueryAnalyzer(context, recursiveLevel).analyze(right);
        if (searchCycle != null) {
            if (recursive.columns().size() != columns.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "each UNION query must have the same number of columns")
                        .withPosition(recursive.positions().get(0) + 1);
            }
            List<ResultColumn> out = new ArrayList<>(recursive.columns().subList(0,
                    Math.min(recursive.columns().size(), initial.columns().size())));
            for (int i = 0; i < searchCycle.extraNames().size(); i++) {
                out.add(columns.get(initial.columns().size() + i));
            }
            recursive = new AnalyzedQuery(searchCycle.recursive(recursive.root(), recursive.columns()), out,
                    recursive.positions());
            initial = new AnalyzedQuery(initial.root(), columns, positions);
        }
        if (recursive.columns().size() != initial.columns().size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "each UNION query must have the same number of columns")
                    .withPosition(recursive.positions().get(0) + 1);
        }
        BoundExpr[] coerced = new BoundExpr[types.size()];
        boolean changed = false;
        for (int i = 0; i < coerced.length; i++) {
            DataType want = types.get(i);
            DataType got = recursive.columns().get(i).type();
            DataType common = Coercions.commonType(List.of(new ColumnValue(want, i), new ColumnValue(got, i)), "UNION",
                    recursive.positions().get(i));
            if (common.type() != want.type()) {
                throw new PgException(SqlState.DATATYPE_MISMATCH,
                        "recursive query \"%s\" column %d has type %s in non-recursive term but type %s overall",
                        cte.name(), i + 1, want.baseName(), common.baseName())
                        .withHint("Cast the output of the non-recursive term to the correct type.")
                        .withPosition(initial.positions().get(i) + 1);
            }
            coerced[i] = SetOperationAnalyzer.coerceColumn(context, got, i, want);
            changed |= !(coerced[i] instanceof ColumnValue c && c.type().type() == got.type());
        }
        PlanNode recursivePlan = changed ? new Project(recursive.root(), coerced) : recursive.root();
        PlanNode plan = new RecursiveUnion(initial.root(), recursivePlan, union.all(), types.toArray(new DataType[0]),
                slot);
        return new AnalyzedQuery(plan, columns, positions);
    }

    private static PgException recursionError(CommonTableExpr cte, String message, int position) {
        return new PgException(SqlState.INVALID_RECURSION, message, cte.name()).withPosition(position + 1);
    }

    private static PgException notRecursiveForm(CommonTableExpr cte) {
        return new PgException(SqlState.INVALID_RECURSION,
                "recursive query \"%s\" does not have the form non-recursive-term UNION [ALL] recursive-term",
                cte.name()).withPosition(cte.position() + 1);
    }
}
