package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.sql.ast.Assignment;
import io.pglitedb.sql.ast.DefaultExpr;
import io.pglitedb.sql.ast.Delete;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.Insert;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.Update;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.plan.RowChecks;
import io.pglitedb.sql.plan.ConflictAction;
import io.pglitedb.sql.plan.DeletePlan;
import io.pglitedb.sql.plan.InsertPlan;
import io.pglitedb.sql.plan.PlanNode;
import io.pglitedb.sql.plan.Project;
import io.pglitedb.sql.plan.QueryPlan;
import io.pglitedb.sql.plan.SystemColumnsScan;
import io.pglitedb.sql.plan.UpdatePlan;
import io.pglitedb.sql.plan.ValuesScan;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Analyses INSERT, UPDATE and DELETE (and their RETURNING lists). */
final class ModifyAnalyzer {
    private final AnalyzerContext context;

    ModifyAnalyzer(AnalyzerContext context) {
        this.context = context;
    }

    InsertPlan insert(Insert insert) {
        TableDescriptor table = Tables.resolve(context, insert.table());
        if (table.isView()) {
            return viewInsert(insert, table);
        }
        checkWritable(table);
        List<ColumnDescriptor> columns = table.columns();
        List<Integer> targets = new ArrayList<>();
        if (insert.columns().isEmpty()) {
            // without a column list, VALUES rows may give fewer values: the leading columns
            int given = columns.size();
            if (insert.values() != null) {
                given = 0;
                for (List<Expr> row : insert.values()) {
                    given = Math.max(given, row.size());
                }
                given = Math.min(given, columns.size());
            }
            for (int i = 0; i < given; i++) {
                targets.add(i);
            }
        } else {
            for (int i = 0; i < insert.columns().size(); i++) {
                String name = insert.columns().get(i);
                int position = insert.columnPositions().get(i) + 1;
                int index = table.columnIndex(name);
                if (index < 0) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist",
                            name, table.name()).withPosition(position);
                }
                if (targets.contains(index) && (insert.subscriptsOf(i).isEmpty()
                        || insert.subscriptsOf(targets.indexOf(index)).isEmpty())) {
                    throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"%s\" specified more than once", name)
                            .withPosition(position);
                }
                targets.add(index);
            }
        }
        context.access().modify(table.oid(), table.name(), io.pglitedb.catalog.Privileges.INSERT);
        if (!insert.defaultValues()) {
            for (int index : targets) {
                context.access().inserted(table.oid(), table.name(), columns.get(index).attributeNumber());
            }
        }
        for (int index : targets) {
            if (columns.get(index).generated() && !allDefault(insert, targets.indexOf(index))) {
                throw GeneratedColumns.insertError(columns.get(index));
            }
        }
        if (!insert.overridingSystemValue()) {
            for (int index : targets) {
                ColumnDescriptor column = columns.get(index);
                if (column.identity() == ColumnDescriptor.IDENTITY_ALWAYS && !allDefault(insert, targets.indexOf(index))) {
                    throw new PgException(SqlState.GENERATED_ALWAYS, "cannot insert a non-DEFAULT value into column \"%s\"",
                            column.name())
                            .withDetail("Column \"" + column.name() + "\" is an identity column defined as GENERATED ALWAYS.")
                            .withHint("Use OVERRIDING SYSTEM VALUE to override.");
                }
            }
        }

        PlanNode source;
        if (insert.defaultValues()) {
            source = new ValuesScan(List.of(new BoundExpr[][] {new BoundExpr[0]}), 0);
            targets.clear();
        } else if (insert.values() != null && !expandsSets(insert)) {
            source = values(insert, table, targets);
        } else {
            Query written = insert.values() != null ? targetList(insert.values().get(0)) : insert.query();
            QueryPlan query = new QueryAnalyzer(context, context.slots().statementLevel()).plan(written);
            if (query.columns().size() > targets.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns");
            }
            if (query.columns().size() < targets.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions");
            }
            BoundExpr[] converted = new BoundExpr[targets.size()];
            for (int i = 0; i < converted.length; i++) {
                BoundExpr value = new ColumnValue(query.columns().get(i).type(), i);
                ColumnDescriptor column = columns.get(targets.get(i));
                io.pglitedb.sql.ast.Literal untyped = untypedStringItem(written, i, query.columns().size());
                if (untyped != null && column.type().type().category() != io.pglitedb.types.TypeCategory.STRING) {
                    // the literal was never typed: it goes through the column type's input function
                    BoundExpr input = Coercions.tryCoerce(value, column.type(), CastContext.EXPLICIT,
                            context.parameters(), untyped.position());
                    value = input != null ? input : value;
                }
                converted[i] = insert.subscriptsOf(i).isEmpty()
                        ? DefaultValues.assign(value, itemPosition(written, i), column, context)
                        : SubscriptAssignments.source(value, 0, columns.get(targets.get(i)), insert.subscriptsOf(i),
                                insert.columnPositions().get(i), context.parameters());
            }
            source = new Project(query.root(), converted);
        }

        BoundExpr[] newRow = new BoundExpr[columns.size()];
        ExpressionAnalyzer subscripts = new ExpressionAnalyzer(context, Scope.empty(), null, "INSERT");
        for (int i = 0; i < newRow.length; i++) {
            int position = targets.indexOf(i);
            newRow[i] = position >= 0 ? new ColumnValue(columns.get(i).type(), position)
                    : DefaultValues.of(context, columns.get(i));
            if (position >= 0 && !insert.subscriptsOf(position).isEmpty()) {
                // INSERT INTO t (a[1], a[2:3]): the brackets apply in order to a NULL array
                BoundExpr value = new io.pglitedb.exec.expr.Constant(columns.get(i).type(), null);
                for (int k = position; k < targets.size(); k++) {
                    if (targets.get(k) == i) {
                        value = SubscriptAssignments.assign(subscripts, value, columns.get(i), insert.subscriptsOf(k),
                                new ColumnValue(columns.get(i).type(), k));
                    }
                }
                newRow[i] = value;
            }
        }
        Scope returningScope = Tables.targetScope(table, insert.alias(), 0, !table.isPartitioned());
        // RETURNING ctid: the key of the row stored, known where the table itself stores it
        boolean systemColumns = !table.isPartitioned() && insert.onConflict() == null
                && readsSystemColumns(returningScope, table, insert.alias());
        Returning returning = returning(insert.returning(), table, returningScope);
        ConflictAction conflict = insert.onConflict() == null ? null
                : Conflicts.analyze(insert.onConflict(), table, insert.alias(), context);
        RowChecks checks = ConstraintBinder.of(table, context);
        List<RowChecks.PolicyCheck> policies = RowSecurityQuals.withChecks(context, table,
                io.pglitedb.catalog.RowSecurity.INSERT, !insert.returning().isEmpty());
        if (!policies.isEmpty()) {
            checks = checks.withPolicyChecks(policies);
        }
        return new InsertPlan(table, source, newRow, returning.exprs, returning.columns, checks, conflict,
                systemColumns && returning.exprs != null);
    }

    /** 42809 for a materialized view (a plain view is written through to its base table). */
    private static void checkWritable(TableDescriptor table) {
        if (table.isMaterializedView()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change materialized view \"%s\"", table.name());
        }
    }

    /** INSERT into an updatable view: the same INSERT into its base table, with the view's CHECK OPTIONs. */
    /** The base table of an updatable view is written with the privileges of the view's owner. */
    private void baseWrite(TableDescriptor view, TableDescriptor base, int privilege) {
        context.access().asOwner(viewOwner(view)).modify(base.oid(), base.name(), privilege);
    }

    private int viewOwner(TableDescriptor view) {
        return context.catalog().security().aclOrDefault(view.oid(), io.pglitedb.catalog.ObjectAcl.TABLE).owner();
    }

    private InsertPlan viewInsert(Insert insert, TableDescriptor view) {
        context.access().modify(view.oid(), view.name(), io.pglitedb.catalog.Privileges.INSERT);
        UpdatableViews.Target target = UpdatableViews.resolve(view, context, UpdatableViews.Operation.INSERT);
        TableDescriptor base = target.base();
        List<String> viewColumns = new ArrayList<>(insert.columns());
        List<Integer> positions = new ArrayList<>(insert.columnPositions());
        if (viewColumns.isEmpty() && !insert.defaultValues()) {
            int given = view.columns().size();
            if (insert.values() != null) {
                given = 0;
                for (List<Expr> row : insert.values()) {
                    given = Math.max(given, row.size());
                }
                given = Math.min(given, view.columns().size());
            }
            for (int i = 0; i < given; i++) {
                viewColumns.add(view.columns().get(i).name());
                positions.add(insert.table().position());
            }
        }
        List<String> baseColumns = new ArrayList<>();
        for (int i = 0; i < viewColumns.size(); i++) {
            int index = target.baseColumn(viewColumns.get(i), UpdatableViews.Operation.INSERT, positions.get(i) + 1);
            baseColumns.add(base.columns().get(index).name());
        }
        Insert rewritten = new Insert(new QualifiedName(base.schema(), base.name(), insert.table().position()), null,
                baseColumns, positions, insert.values(), insert.query(), insert.defaultValues(), List.of(),
                insert.overridingSystemValue(), insert.onConflict());
        InsertPlan plan = insert(rewritten);
        context.access().moveWrites(base.oid(), context.access().asOwner(viewOwner(view)));
        Returning returning = returning(insert.returning(), base, target.scope(insert.alias(), 0));
        return new InsertPlan(plan.table(), plan.source(), plan.newRow(), returning.exprs, returning.columns,
                plan.checks().withViewChecks(target.checks()), plan.onConflict());
    }

    /** True when every VALUES row gives DEFAULT for target position i (an identity ALWAYS column may take that). */
    private static boolean allDefault(Insert insert, int i) {
        if (insert.defaultValues()) {
            return true;
        }
        if (insert.values() == null) {
            return false;
        }
        for (List<Expr> row : insert.values()) {
            if (i < row.size() && !(row.get(i) instanceof DefaultExpr)) {
                return false;
            }
        }
        return true;
    }

    /**
     * INSERT ... VALUES (one row) with a set-returning function in it: PostgreSQL plans a one-row
     * VALUES as a target list, so {@code VALUES (generate_series(1, 3))} inserts three rows.
     */
    private boolean expandsSets(Insert insert) {
        if (insert.values().size() != 1) {
            return false;
        }
        List<Expr> row = insert.values().get(0);
        boolean sets = false;
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i) instanceof DefaultExpr || !insert.subscriptsOf(i).isEmpty()) {
                return false;
            }
            sets |= SetReturningFunctions.occursIn(row.get(i), context);
        }
        return sets;
    }

    /** The one-row VALUES as {@code SELECT cells}. */
    private static Select targetList(List<Expr> row) {
        List<SelectItem> items = new ArrayList<>(row.size());
        for (Expr cell : row) {
            items.add(new SelectItem(cell, null, cell.position()));
        }
        return new Select(false, List.of(), items, List.of(), null, List.of(), null, List.of(),
                List.of(), null, null);
    }

    private ValuesScan values(Insert insert, TableDescriptor table, List<Integer> targets) {
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Scope.empty(), null, "VALUES");
        List<BoundExpr[]> rows = new ArrayList<>(insert.values().size());
        for (List<Expr> row : insert.values()) {
            if (row.size() > targets.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns")
                        .withPosition(row.get(targets.size()).position() + 1);
            }
            if (row.size() < targets.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions")
                        .withPosition(row.isEmpty() ? 0 : row.get(0).position() + 1);
            }
            BoundExpr[] cells = new BoundExpr[row.size()];
            for (int i = 0; i < cells.length; i++) {
                ColumnDescriptor column = table.columns().get(targets.get(i));
                Expr cell = row.get(i);
                List<io.pglitedb.sql.ast.Subscript.Index> brackets = insert.subscriptsOf(i);
                if (!brackets.isEmpty()) {
                    if (cell instanceof DefaultExpr) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot set an array element to DEFAULT")
                                .withPosition(insert.columnPositions().get(i) + 1);
                    }
                    cells[i] = SubscriptAssignments.source(analyzer.analyze(cell), cell.position(), column, brackets,
                            insert.columnPositions().get(i), context.parameters());
                    continue;
                }
                cells[i] = cell instanceof DefaultExpr ? DefaultValues.of(context, column)
                        : DefaultValues.assign(analyzer, cell, column, context);
            }
            rows.add(cells);
        }
        return new ValuesScan(rows, targets.size());
    }

    UpdatePlan update(Update update) {
        TableDescriptor table = Tables.resolve(context, update.table());
        context.access().modify(table.oid(), table.name(), io.pglitedb.catalog.Privileges.UPDATE);
        for (Assignment assignment : update.assignments()) {
            int index = table.columnIndex(assignment.column());
            if (index >= 0) {
                context.access().updated(table.oid(), table.name(), table.columns().get(index).attributeNumber());
            }
        }
        UpdatableViews.Target target = table.isView()
                ? UpdatableViews.resolve(table, context, UpdatableViews.Operation.UPDATE) : null;
        checkWritable(table);
        Scope scope = target != null ? target.scope(update.alias(), update.table().position())
                : Tables.targetScope(table, update.alias(), update.table().position(), true);
        boolean systemColumns = target == null && readsSystemColumns(scope, table, update.alias());
        context.ranges().add(update.alias() != null ? update.alias() : table.name(), table.name(), scope);
        if (target != null) {
            baseWrite(table, target.base(), io.pglitedb.catalog.Privileges.UPDATE);
            table = target.base();
        }
        FromAnalyzer.Relation from = null;
        if (!update.from().isEmpty()) {
            from = others(update.from(), target, scope, "UPDATE ... FROM");
            scope = joined(scope, targetWidth(table, systemColumns), from);
        }
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, scope, null, "UPDATE");
        BoundExpr[] newRow = new BoundExpr[table.columns().size()];
        boolean changesKey = false;
        for (Assignment assignment : update.assignments()) {
            int index = target != null
                    ? target.baseColumn(assignment.column(), UpdatableViews.Operation.UPDATE, assignment.position() + 1)
                    : table.columnIndex(assignment.column());
            if (index < 0) {
                throw Assignments.missingColumn(table, assignment);
            }
            Assignments.bind(newRow, index, assignment, table, analyzer, context);
            for (int k : table.primaryKey()) {
                changesKey |= k == index;
            }
        }
        Assignments.keepUnassigned(newRow, table);
        BoundExpr where = withViewFilter(where(update.where(), analyzer), target);
        Returning returning = returning(update.returning(), table, scope);
        boolean reads = context.access().selects(table.oid());
        where = withSecurityQuals(where, table, reads, io.pglitedb.catalog.RowSecurity.UPDATE);
        PlanNode scan = systemColumns ? TidScans.scan(table, update.alias(), from == null ? where : null)
                : from != null ? new io.pglitedb.sql.plan.TableScan(table, null)
                : AccessPaths.choose(table, update.where(), where, analyzer);
        RowChecks checks = ConstraintBinder.of(table, context);
        if (target != null) {
            checks = checks.withViewChecks(target.checks());
        }
        List<RowChecks.PolicyCheck> policies = RowSecurityQuals.withChecks(context, table,
                io.pglitedb.catalog.RowSecurity.UPDATE, reads);
        if (!policies.isEmpty()) {
            checks = checks.withPolicyChecks(policies);
        }
        UpdatePlan plan = new UpdatePlan(table, scan, where, newRow, changesKey, returning.exprs, returning.columns,
                checks, from == null ? null : from.plan());
        if (update.only() || target != null) {
            return plan;
        }
        List<TableDescriptor> below = context.catalog().withDescendants(table);
        if (below.size() == 1) {
            return plan;
        }
        List<UpdatePlan> children = new ArrayList<>();
        ModifyAnalyzer childAnalyzer = forChildren();
        for (TableDescriptor child : below.subList(1, below.size())) {
            UpdatePlan childPlan = childAnalyzer.update(update.onTable(new QualifiedName(child.schema(), child.name(),
                    update.table().position())).withAlias(update.alias() != null ? update.alias() : table.name()));
            if (table.isPartitioned()) {
                childPlan = childPlan.withInherited(List.of(), new UpdatePlan.Movement(checks, columnMap(child, table)));
            }
            children.add(childPlan);
        }
        return plan.withInherited(children, null);
    }

    /** The analyzer of an UPDATE's or DELETE's inheritance children: their privileges are not checked. */
    private ModifyAnalyzer forChildren() {
        return new ModifyAnalyzer(context.withAccess(context.access().unchecked()));
    }

    /** For each column of {@code from}, the index of the column of the same name in {@code to} (-1: none). */
    static int[] columnMap(TableDescriptor from, TableDescriptor to) {
        int[] map = new int[from.columns().size()];
        for (int i = 0; i < map.length; i++) {
            map[i] = to.columnIndex(from.columns().get(i).name());
        }
        return map;
    }

    DeletePlan delete(Delete delete) {
        TableDescriptor table = Tables.resolve(context, delete.table());
        context.access().modify(table.oid(), table.name(), io.pglitedb.catalog.Privileges.DELETE);
        UpdatableViews.Target target = table.isView()
                ? UpdatableViews.resolve(table, context, UpdatableViews.Operation.DELETE) : null;
        checkWritable(table);
        Scope scope = target != null ? target.scope(delete.alias(), delete.table().position())
                : Tables.targetScope(table, delete.alias(), delete.table().position(), true);
        boolean systemColumns = target == null && readsSystemColumns(scope, table, delete.alias());
        context.ranges().add(delete.alias() != null ? delete.alias() : table.name(), table.name(), scope);
        if (target != null) {
            baseWrite(table, target.base(), io.pglitedb.catalog.Privileges.DELETE);
            table = target.base();
        }
        FromAnalyzer.Relation using = null;
        if (!delete.using().isEmpty()) {
            using = others(delete.using(), target, scope, "DELETE ... USING");
            scope = joined(scope, targetWidth(table, systemColumns), using);
        }
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, scope, null, "WHERE");
        BoundExpr where = withViewFilter(where(delete.where(), analyzer), target);
        Returning returning = returning(delete.returning(), table, scope);
        where = withSecurityQuals(where, table, context.access().selects(table.oid()),
                io.pglitedb.catalog.RowSecurity.DELETE);
        PlanNode scan = systemColumns ? TidScans.scan(table, delete.alias(), using == null ? where : null)
                : using != null ? new io.pglitedb.sql.plan.TableScan(table, null)
                : AccessPaths.choose(table, delete.where(), where, analyzer);
        DeletePlan plan = new DeletePlan(table, scan, where, returning.exprs, returning.columns,
                ConstraintBinder.of(table, context), using == null ? null : using.plan());
        if (delete.only() || target != null) {
            return plan;
        }
        List<TableDescriptor> below = context.catalog().withDescendants(table);
        List<DeletePlan> children = new ArrayList<>();
        ModifyAnalyzer childAnalyzer = forChildren();
        for (TableDescriptor child : below.subList(1, below.size())) {
            children.add(childAnalyzer.delete(delete.onTable(new QualifiedName(child.schema(), child.name(),
                    delete.table().position())).withAlias(delete.alias() != null ? delete.alias() : table.name())));
        }
        return children.isEmpty() ? plan : plan.withChildren(children);
    }

    /** The FROM (UPDATE) or USING (DELETE) items: planned as a FROM clause of their own. */
    private FromAnalyzer.Relation others(List<io.pglitedb.sql.ast.FromItem> items, UpdatableViews.Target target,
            Scope targetScope, String what) {
        if (target != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s through a view is not supported yet", what);
        }
        return FromAnalyzer.besideTarget(context, context.slots().statementLevel(), targetScope).analyze(items, null);
    }

    /**
     * Gives the target table's range its ctid and xmin: read after the table's columns when the
     * statement is analysed with them (it named one), else {@link RowSystemColumns#NOT_READ}.
     *
     * @return whether the target's rows carry them (read by a {@link SystemColumnsScan})
     */
    private boolean readsSystemColumns(Scope scope, TableDescriptor table, String alias) {
        boolean read = context.rowSystemColumns();
        RowSystemColumns.addToScope(scope, table, alias != null ? alias : table.name(),
                read ? table.columns().size() : RowSystemColumns.NOT_READ);
        return read;
    }

    /** The width of the target's rows as found: its columns, then its system columns when read. */
    private static int targetWidth(TableDescriptor table, boolean systemColumns) {
        return table.columns().size() + (systemColumns ? SystemColumnsScan.COLUMNS : 0);
    }

    /** The target's row (targetWidth wide) followed by the other items' columns: the rows the statement's expressions see. */
    static Scope joined(Scope targetScope, int targetWidth, FromAnalyzer.Relation others) {
        Scope scope = new Scope();
        scope.addAll(targetScope, 0);
        scope.addAll(others.scope(), targetWidth);
        return scope;
    }

    /**
     * Row-level security's USING conditions for the command (and SELECT's when the statement reads
     * the table) come before the statement's own WHERE.
     */
    private BoundExpr withSecurityQuals(BoundExpr where, TableDescriptor table, boolean reads, char command) {
        BoundExpr quals = reads ? RowSecurityQuals.using(context, table, command, io.pglitedb.catalog.RowSecurity.SELECT)
                : RowSecurityQuals.using(context, table, command);
        if (quals == null) {
            return where;
        }
        return where == null ? quals : new io.pglitedb.exec.expr.LogicalAnd(quals, where);
    }

    /** A write through a view sees only the rows the view shows: its WHERE conditions join the statement's. */
    private static BoundExpr withViewFilter(BoundExpr where, UpdatableViews.Target target) {
        if (target == null || target.filter() == null) {
            return where;
        }
        return where == null ? target.filter() : new io.pglitedb.exec.expr.LogicalAnd(target.filter(), where);
    }

    private BoundExpr where(Expr where, ExpressionAnalyzer analyzer) {
        if (where == null) {
            return null;
        }
        if (ExprTrees.findAggregate(where) != null) {
            throw new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in WHERE")
                    .withPosition(ExprTrees.findAggregate(where).position() + 1);
        }
        return Coercions.toBoolean(analyzer.analyze(where), "WHERE", context.parameters(), where.position());
    }

    private record Returning(BoundExpr[] exprs, List<ResultColumn> columns) {
    }

    /** RETURNING is a select list over the table's (new, inserted or deleted) row. */
    private Returning returning(List<SelectItem> items, TableDescriptor table, Scope scope) {
        if (items.isEmpty()) {
            return new Returning(null, null);
        }
        List<Expr> exprs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, scope, null, "RETURNING");
        SelectAnalyzer.expandItems(items, analyzer, exprs, names);
        BoundExpr[] bound = new BoundExpr[exprs.size()];
        List<ResultColumn> columns = new ArrayList<>(bound.length);
        for (int i = 0; i < bound.length; i++) {
            if (ExprTrees.findAggregate(exprs.get(i)) != null) {
                throw new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in RETURNING")
                        .withPosition(ExprTrees.findAggregate(exprs.get(i)).position() + 1);
            }
            bound[i] = analyzer.analyze(exprs.get(i));
            if (bound[i].type().type() == Types.UNKNOWN) {
                bound[i] = Coercions.coerce(bound[i], DataType.of(Types.TEXT), CastContext.IMPLICIT,
                        context.parameters(), exprs.get(i).position());
            }
            int tableOid = 0;
            short attnum = 0;
            if (bound[i] instanceof ColumnValue c && c.index() < table.columns().size()) {
                tableOid = table.oid();
                attnum = (short) table.columns().get(c.index()).attributeNumber();
            }
            columns.add(new ResultColumn(names.get(i), tableOid, attnum, bound[i].type()));
        }
        return new Returning(bound, columns);
    }

    /** Where output column {@code i} of an INSERT's query is written (its first SELECT's item), else 0. */
    private static int itemPosition(Query written, int i) {
        Query q = written;
        while (q instanceof io.pglitedb.sql.ast.SetOperation op) {
            q = op.left();
        }
        if (q instanceof Select s && i < s.items().size()) {
            int at = io.pglitedb.sql.parser.ExprPositions.leftmost(s.items().get(i).expr());
            return Math.max(at, 0);
        }
        return 0;
    }

    /**
     * Output column {@code i} of an INSERT's query when it is a bare string literal that PostgreSQL
     * leaves of type unknown (transformInsertStmt analyses the SELECT without resolving unknowns),
     * so the target column's input function reads it. Only a plain SELECT keeps it unknown:
     * DISTINCT, grouping, ORDER BY and set operations resolve it to text first. Null otherwise.
     */
    private static io.pglitedb.sql.ast.Literal untypedStringItem(Query written, int i, int outputColumns) {
        if (!(written instanceof Select s) || s.distinct() || (s.distinctOn() != null && !s.distinctOn().isEmpty())
                || (s.groupBy() != null && !s.groupBy().isEmpty()) || s.having() != null
                || (s.orderBy() != null && !s.orderBy().isEmpty()) || s.items().size() != outputColumns) {
            return null;
        }
        return s.items().get(i).expr() instanceof io.pglitedb.sql.ast.Literal l
                && l.kind() == io.pglitedb.sql.ast.Literal.Kind.STRING ? l : null;
    }
}
