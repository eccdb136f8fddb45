package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.FromItem;
import io.pglitedb.sql.ast.FunctionRef;
import io.pglitedb.sql.ast.JoinExpr;
import io.pglitedb.sql.ast.LockedQuery;
import io.pglitedb.sql.ast.LockingClause;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
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
 * SELECT ... FOR UPDATE / SHARE over joins or several FROM items: the tables locked are every
 * table of FROM (functions and VALUES are passed over) or those OF names. The query is planned
 * with each locked table's primary key columns as hidden trailing select items, from which the
 * lock step rebuilds the keys of the rows each result row joined (PostgreSQL carries their ctids
 * the same way; a table without primary key carries its ctid, which stands for the hidden row id
 * its rows are stored under). PostgreSQL's checks: a table on the nullable side of an outer join,
 * a function or VALUES named by OF. Not yet: locking through a subquery or view in FROM, a table
 * with inheritance children among several.
 */
final class JoinLocking {
    private JoinLocking() {
    }

    /** A table of FROM as the query names it: its visible name and column aliases. */
    private record Candidate(TableRef ref, String visibleName, boolean nullable) {
    }

    static StatementPlan analyze(LockedQuery locked, Select select, LockingClause strongest,
            AnalyzerContext context) {
        String what = "FOR " + locked.clauses().get(0).strength();
        List<QualifiedName> of = new ArrayList<>();
        for (LockingClause c : locked.clauses()) {
            of.addAll(c.of());
        }
        List<Candidate> candidates = new ArrayList<>();
        List<QualifiedName> matched = new ArrayList<>();
        for (FromItem item : select.from()) {
            collect(item, false, of, matched, candidates, what);
        }
        for (QualifiedName name : of) {
            if (!matched.contains(name)) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" in %s clause not found in FROM clause",
                        name.name(), what).withPosition(name.position() + 1);
            }
        }
        if (candidates.isEmpty()) {
            return new QueryAnalyzer(context, Level.TOP).plan(select); // OF named only VALUES: nothing to lock
        }
        List<SelectItem> items = new ArrayList<>(select.items());
        List<TableDescriptor> tables = new ArrayList<>();
        List<DataType[]> keyTypes = new ArrayList<>();
        for (Candidate candidate : candidates) {
            TableDescriptor table = Tables.resolve(context, candidate.ref().name());
            if (table.view() != null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s of a view among several tables is not supported yet",
                        what).withPosition(candidate.ref().position() + 1);
            }
            int[] pk = table.primaryKey();
            if (!candidate.ref().only() && context.catalog().withDescendants(table).size() > 1) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "%s of table \"%s\" among several tables is not supported yet", what, table.name())
                        .withDetail("The table has inheritance children.")
                        .withPosition(candidate.ref().position() + 1);
            }
            // FOR UPDATE / SHARE needs UPDATE on the table or one of its columns (ACL_SELECT_FOR_UPDATE)
            context.access().modify(table.oid(), table.name(), io.pglitedb.catalog.Privileges.UPDATE);
            // a table without primary key: its rows' ctid, which stands for their hidden row id
            List<String> keyColumns = new ArrayList<>();
            DataType[] types = new DataType[Math.max(1, pk.length)];
            if (pk.length == 0) {
                keyColumns.add("ctid");
                types[0] = DataType.of(io.pglitedb.types.Types.TID);
            }
            for (int i = 0; i < pk.length; i++) {
                List<String> aliases = candidate.ref().columnAliases();
                keyColumns.add(pk[i] < aliases.size() ? aliases.get(pk[i]) : table.columns().get(pk[i]).name());
                types[i] = table.columnTypes()[pk[i]];
            }
            for (int i = 0; i < keyColumns.size(); i++) {
                // named so that no ORDER BY or output name of the query's own can mean it
                items.add(new SelectItem(new ColumnRef(List.of(candidate.visibleName(), keyColumns.get(i)),
                        candidate.ref().position()), "?locked " + tables.size() + "." + i + "?", candidate.ref().position()));
            }
            tables.add(table);
            keyTypes.add(types);
        }
        Select withKeys = new Select(select.distinct(), select.distinctOn(), items, select.from(), select.where(),
                select.groupBy(), select.having(), select.windows(), select.orderBy(), select.limit(), select.offset());
        QueryPlan plan = new QueryAnalyzer(context, Level.TOP).plan(withKeys);
        int hidden = items.size() - select.items().size();
        List<io.pglitedb.session.ResultColumn> shown = plan.columns().subList(0, plan.columns().size() - hidden);
        List<LockingQueryPlan.LockedTable> lockedTables = new ArrayList<>();
        int at = shown.size();
        for (int i = 0; i < tables.size(); i++) {
            lockedTables.add(new LockingQueryPlan.LockedTable(tables.get(i), at, keyTypes.get(i)));
            at += keyTypes.get(i).length;
        }
        return new LockingQueryPlan(new QueryPlan(plan.root(), List.copyOf(shown)), null, strongest.strength(),
                strongest.waitPolicy(), lockedTables);
    }

    /** Adds the tables of a FROM item that the clauses lock, checking what PostgreSQL refuses. */
    private static void collect(FromItem item, boolean nullable, List<QualifiedName> of, List<QualifiedName> matched,
            List<Candidate> out, String what) {
        switch (item) {
            case TableRef ref -> {
                String visible = ref.alias() != null ? ref.alias() : ref.name().name();
                if (named(of, visible, ref.alias() == null, matched) || of.isEmpty()) {
                    if (nullable) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                "%s cannot be applied to the nullable side of an outer join", what);
                    }
                    out.add(new Candidate(ref, visible, false));
                }
            }
            case JoinExpr join -> {
                boolean leftNullable = nullable || join.type() == JoinExpr.Type.RIGHT || join.type() == JoinExpr.Type.FULL;
                boolean rightNullable = nullable || join.type() == JoinExpr.Type.LEFT || join.type() == JoinExpr.Type.FULL;
                if (join.alias() != null) {
                    // its tables are hidden behind the alias: PostgreSQL locks them all when OF names it
                    if (of.isEmpty() || named(of, join.alias(), false, matched)) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                "%s of the tables of an aliased join is not supported yet", what);
                    }
                    return;
                }
                collect(join.left(), leftNullable, of, matched, out, what);
                collect(join.right(), rightNullable, of, matched, out, what);
            }
            case FunctionRef f -> {
                String visible = f.alias() != null ? f.alias() : f.call().name();
                if (named(of, visible, false, matched)) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s cannot be applied to a function", what)
                            .withPosition(position(of, visible) + 1);
                }
            }
            case SubqueryRef sub -> {
                boolean named = sub.alias() != null && named(of, sub.alias(), false, matched);
                if (!(sub.query() instanceof Values) && (named || of.isEmpty())) { // VALUES has no rows to lock
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s of a subquery in FROM is not supported yet",
                            what).withPosition(sub.position() + 1);
                }
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s is not supported with this query yet",
                    what);
        }
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
