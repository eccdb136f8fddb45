package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.ast.FromItem;
import io.pglitedb.sql.ast.FunctionRef;
import io.pglitedb.sql.ast.JoinExpr;
import io.pglitedb.sql.ast.LockedQuery;
import io.pglitedb.sql.ast.LockingClause;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.Star;
import io.pglitedb.sql.ast.SubqueryRef;
import io.pglitedb.sql.ast.TableRef;
import io.pglitedb.sql.ast.Values;
import io.pglitedb.sql.plan.LockingQueryPlan;
import io.pglitedb.sql.plan.QueryPlan;
import io.pglitedb.sql.plan.StatementPlan;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * SELECT ... FOR UPDATE / SHARE over joins, several FROM items or subqueries: the tables locked are
 * every table of FROM, inside subqueries too (functions and VALUES are passed over), or those of
 * the items OF names. The query is planned with each locked table's primary key columns as hidden
 * trailing select items, from which the lock step rebuilds the keys of the rows each result row
 * joined (PostgreSQL carries their ctids the same way; a table without primary key carries its
 * ctid, which stands for the hidden row id its rows are stored under). A subquery passes the keys
 * of its tables up as hidden columns of its own ({@link #HIDDEN}: not seen by {@code *} or a
 * whole-row reference). PostgreSQL's checks: a table on the nullable side of an outer join, a
 * function or VALUES named by OF, a subquery that cannot be locked (DISTINCT, GROUP BY, ...).
 * A view is locked as its query in FROM would be. Not yet: a table with inheritance children
 * among several.
 */
final class JoinLocking {
    /** The name prefix of the hidden select items carrying the keys of locked rows. */
    static final String HIDDEN = "?locked ";

    private JoinLocking() {
    }

    /**
     * A table whose rows are locked: the expressions (over the FROM item it is collected at) of the
     * key of the row a result row joined, and their types.
     */
    private record Target(TableDescriptor table, List<Expr> keys, DataType[] keyTypes) {
    }

    /** What the FROM items are searched for: the OF names, those found, and the hidden columns made. */
    private static final class Search {
        final String what;
        final AnalyzerContext context;
        int hiddenColumns;

        Search(String what, AnalyzerContext context) {
            this.what = what;
            this.context = context;
        }
    }

    static StatementPlan analyze(LockedQuery locked, Select select, LockingClause strongest,
            AnalyzerContext context) {
        String what = "FOR " + locked.clauses().get(0).strength();
        List<QualifiedName> of = new ArrayList<>();
        for (LockingClause c : locked.clauses()) {
            of.addAll(c.of());
        }
        Search search = new Search(what, context);
        List<Target> targets = new ArrayList<>();
        List<QualifiedName> matched = new ArrayList<>();
        List<FromItem> from = new ArrayList<>();
        for (FromItem item : select.from()) {
            from.add(collect(item, false, of, matched, targets, search));
        }
        for (QualifiedName name : of) {
            if (!matched.contains(name)) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" in %s clause not found in FROM clause",
                        name.name(), what).withPosition(name.position() + 1);
            }
        }
        if (targets.isEmpty()) {
            return new QueryAnalyzer(context, Level.TOP).plan(select); // OF named only VALUES: nothing to lock
        }
        List<SelectItem> items = new ArrayList<>(select.items());
        for (int t = 0; t < targets.size(); t++) {
            for (int i = 0; i < targets.get(t).keys().size(); i++) {
                // named so that no ORDER BY or output name of the query's own can mean it
                Expr key = targets.get(t).keys().get(i);
                items.add(new SelectItem(key, HIDDEN + t + "." + i + "?", io.pglitedb.sql.parser.ExprPositions.leftmost(key)));
            }
        }
        Select withKeys = new Select(select.distinct(), select.distinctOn(), items, from, select.where(),
                select.groupBy(), select.having(), select.windows(), select.orderBy(), select.limit(), select.offset());
        QueryPlan plan = new QueryAnalyzer(context, Level.TOP).plan(withKeys);
        int hidden = items.size() - select.items().size();
        List<io.pglitedb.session.ResultColumn> shown = plan.columns().subList(0, plan.columns().size() - hidden);
        List<LockingQueryPlan.LockedTable> lockedTables = new ArrayList<>();
        int at = shown.size();
        for (Target target : targets) {
            lockedTables.add(new LockingQueryPlan.LockedTable(target.table(), at, target.keyTypes()));
            at += target.keyTypes().length;
        }
        return new LockingQueryPlan(new QueryPlan(plan.root(), List.copyOf(shown)), null, strongest.strength(),
                strongest.waitPolicy(), lockedTables);
    }

    /** A table of FROM locked: its key columns as the query names them, after the checks of the table. */
    private static Target target(TableRef ref, String visible, Search search) {
        TableDescriptor table = Tables.resolve(search.context, ref.name());
        if (!ref.only() && search.context.catalog().withDescendants(table).size() > 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "%s of table \"%s\" among several tables is not supported yet", search.what, table.name())
                    .withDetail("The table has inheritance children.")
                    .withPosition(ref.position() + 1);
        }
        // FOR UPDATE / SHARE needs UPDATE on the table or one of its columns (ACL_SELECT_FOR_UPDATE)
        search.context.access().modify(table.oid(), table.name(), io.pglitedb.catalog.Privileges.UPDATE);
        int[] pk = table.primaryKey();
        List<Expr> keys = new ArrayList<>();
        DataType[] types = new DataType[Math.max(1, pk.length)];
        if (pk.length == 0) { // a table without primary key: its rows' ctid, which stands for their hidden row id
            keys.add(new ColumnRef(List.of(visible, "ctid"), ref.position()));
            types[0] = DataType.of(io.pglitedb.types.Types.TID);
        }
        for (int i = 0; i < pk.length; i++) {
            List<String> aliases = ref.columnAliases();
            String column = pk[i] < aliases.size() ? aliases.get(pk[i]) : table.columns().get(pk[i]).name();
            keys.add(new ColumnRef(List.of(visible, column), ref.position()));
            types[i] = table.columnTypes()[pk[i]];
        }
        return new Target(table, keys, types);
    }

    /**
     * Adds the tables of a FROM item that the clauses lock, checking what PostgreSQL refuses; returns
     * the item as planned (a subquery with the keys of its locked rows as hidden columns).
     */
    private static FromItem collect(FromItem item, boolean nullable, List<QualifiedName> of, List<QualifiedName> matched,
            List<Target> out, Search search) {
        String what = search.what;
        switch (item) {
            case TableRef ref -> {
                String visible = ref.alias() != null ? ref.alias() : ref.name().name();
                if (named(of, visible, ref.alias() == null, matched) || of.isEmpty()) {
                    TableDescriptor view = Tables.resolve(search.context, ref.name());
                    if (view.isView()) { // its query as a subquery under the view's name and column names
                        List<String> columns = new ArrayList<>();
                        for (int i = 0; i < view.columns().size(); i++) {
                            columns.add(i < ref.columnAliases().size() ? ref.columnAliases().get(i)
                                    : view.columns().get(i).name());
                        }
                        SubqueryRef locked = lockedSubquery(new SubqueryRef(Views.query(view), false, visible, columns,
                                ref.position()), nullable, List.of(), new ArrayList<>(), out, search);
                        return locked != null ? locked : ref;
                    }
                    if (nullable) {
                        throw nullableSide(what);
                    }
                    out.add(target(ref, visible, search));
                }
                return ref;
            }
            case JoinExpr join -> {
                boolean leftNullable = nullable || join.type() == JoinExpr.Type.RIGHT || join.type() == JoinExpr.Type.FULL;
                boolean rightNullable = nullable || join.type() == JoinExpr.Type.LEFT || join.type() == JoinExpr.Type.FULL;
                String joinName = join.alias() != null ? join.alias() : join.usingAlias();
                if (joinName != null && named(of, joinName, false, matched)) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s cannot be applied to a join", what)
                            .withPosition(position(of, joinName) + 1);
                }
                if (join.alias() != null) {
                    // its tables (all, or those OF names) are locked through the join as the subquery
                    // (SELECT * FROM join) under its alias, which carries their keys
                    // (its USING alias goes: the join's name is its alias, which hides the other)
                    JoinExpr bare = new JoinExpr(join.type(), join.left(), join.right(), join.natural(), join.on(),
                            join.using(), null, null, List.of(), join.position());
                    Select all = new Select(false, List.of(), List.of(new SelectItem(new Star(null, join.position()), null,
                            join.position())), List.of(bare), null, List.of(), null, List.of(), List.of(), null, null);
                    SubqueryRef locked = lockedSubquery(new SubqueryRef(all, false, join.alias(), join.columnAliases(),
                            join.position()), nullable, of, matched, out, search);
                    return locked != null ? locked : join;
                }
                FromItem left = collect(join.left(), leftNullable, of, matched, out, search);
                FromItem right = collect(join.right(), rightNullable, of, matched, out, search);
                return new JoinExpr(join.type(), left, right, join.natural(), join.on(), join.using(), join.usingAlias(),
                        join.alias(), join.columnAliases(), join.position());
            }
            case FunctionRef f -> {
                String visible = f.alias() != null ? f.alias() : f.call().name();
                if (named(of, visible, false, matched)) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s cannot be applied to a function", what)
                            .withPosition(position(of, visible) + 1);
                }
                return f;
            }
            case SubqueryRef sub -> {
                boolean named = sub.alias() != null && named(of, sub.alias(), false, matched);
                if (sub.query() instanceof Values || !(named || of.isEmpty())) { // VALUES has no rows to lock
                    return sub;
                }
                SubqueryRef locked = lockedSubquery(sub, nullable, List.of(), new ArrayList<>(), out, search);
                return locked != null ? locked : sub;
            }
        }
    }

    /**
     * A subquery whose tables are locked (PostgreSQL pushes the clause down into it: all of them when
     * {@code of} is empty): it selects the keys of their rows too, as hidden columns the query above
     * reads. Null when it locks nothing.
     */
    private static SubqueryRef lockedSubquery(SubqueryRef sub, boolean nullable, List<QualifiedName> of,
            List<QualifiedName> matched, List<Target> out, Search search) {
        Select inner = LockingAnalyzer.lockable(sub.query(), search.what);
        if (sub.alias() == null || !inner.windows().isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s of a subquery in FROM is not supported yet",
                    search.what).withPosition(sub.position() + 1);
        }
        List<Target> inside = new ArrayList<>();
        List<FromItem> from = new ArrayList<>();
        for (FromItem f : inner.from()) {
            from.add(collect(f, nullable, of, matched, inside, search));
        }
        if (inside.isEmpty()) {
            return null;
        }
        List<SelectItem> items = new ArrayList<>(inner.items());
        for (Target target : inside) {
            List<Expr> keys = new ArrayList<>();
            for (Expr key : target.keys()) {
                String name = HIDDEN + "key " + search.hiddenColumns++ + "?";
                items.add(new SelectItem(key, name, sub.position()));
                keys.add(new ColumnRef(List.of(sub.alias(), name), sub.position()));
            }
            out.add(new Target(target.table(), keys, target.keyTypes()));
        }
        Select withKeys = new Select(inner.distinct(), inner.distinctOn(), items, from, inner.where(), inner.groupBy(),
                inner.having(), inner.windows(), inner.orderBy(), inner.limit(), inner.offset());
        return new SubqueryRef(withKeys, sub.lateral(), sub.alias(), sub.columnAliases(), sub.position());
    }

    private static PgException nullableSide(String what) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s cannot be applied to the nullable side of an outer join",
                what);
    }

    /** Whether OF names this item (a table's schema-qualified name counts only when it has no alias). */
    private static boolean named(List<QualifiedName> of, String visible, boolean qualifiable, List<QualifiedName> matched) {
        boolean found = false;
        for (QualifiedName name : of) {
            if (name.name().equals(visible) && (name.schema() == null || qualifiable)) {
                matched.add(name);
                found = true;
            }
        }
        return found;
    }

    private static int position(List<QualifiedName> of, String visible) { // of a name named() found
        for (QualifiedName name : of) {
            if (name.name().equals(visible)) {
                return name.position();
            }
        }
        return 0;
    }
}
