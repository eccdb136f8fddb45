package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.LockedQuery;
import io.pglitedb.sql.ast.LockingClause;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Query;
import io.pglitedb.sql.ast.Select;
import io.pglitedb.sql.ast.SelectItem;
import io.pglitedb.sql.ast.SetOperation;
import io.pglitedb.sql.ast.TableRef;
import io.pglitedb.sql.plan.LockingQueryPlan;
import io.pglitedb.sql.plan.QueryPlan;
import io.pglitedb.sql.plan.StatementPlan;
import java.util.List;

/**
 * SELECT ... FOR UPDATE and friends: PostgreSQL's checks (no set operations, DISTINCT, GROUP BY,
 * HAVING or aggregates; OF names a table of the FROM list), then the query's plan with the row
 * lock to take. A query without FROM locks nothing; one over joins or several tables is
 * {@link JoinLocking}'s.
 */
final class LockingAnalyzer {
    private static final List<String> STRENGTHS = List.of("KEY SHARE", "SHARE", "NO KEY UPDATE", "UPDATE");

    private LockingAnalyzer() {
    }

    static StatementPlan analyze(LockedQuery locked, AnalyzerContext context) {
        LockingClause clause = locked.clauses().get(0);
        for (LockingClause c : locked.clauses()) {
            if (STRENGTHS.indexOf(c.strength()) > STRENGTHS.indexOf(clause.strength())) {
                clause = c;
            }
        }
        String what = "FOR " + locked.clauses().get(0).strength();
        Query query = locked.query();
        Select select = lockable(query, what);
        QueryPlan plan = new QueryAnalyzer(context, Level.TOP).plan(query);
        if (select.from().isEmpty()) {
            return plan;
        }
        if (select.from().size() != 1 || !(select.from().get(0) instanceof TableRef ref)) {
            return JoinLocking.analyze(locked, select, clause, context);
        }
        String visibleName = ref.alias() != null ? ref.alias() : ref.name().name();
        for (LockingClause c : locked.clauses()) {
            for (QualifiedName of : c.of()) {
                if (!of.name().equals(visibleName) || (of.schema() != null && ref.alias() != null)) {
                    throw new PgException(SqlState.UNDEFINED_TABLE,
                            "relation \"%s\" in %s clause not found in FROM clause", of.name(), "FOR " + c.strength())
                            .withPosition(of.position() + 1);
                }
            }
        }
        TableDescriptor table = Tables.resolve(context, ref.name());
        if (table.isView()) {
            return JoinLocking.analyze(locked, select, clause, context); // the rows of the tables it reads
        }
        // FOR UPDATE / SHARE needs UPDATE on the table or one of its columns (ACL_SELECT_FOR_UPDATE)
        context.access().modify(table.oid(), table.name(), io.pglitedb.catalog.Privileges.UPDATE);
        return new LockingQueryPlan(plan, table, clause.strength(), clause.waitPolicy());
    }

    /** The query as a SELECT whose rows can be locked, or PostgreSQL's error (also for a subquery in FROM). */
    static Select lockable(Query query, String what) {
        if (query instanceof SetOperation) {
            throw notAllowed(what, "UNION/INTERSECT/EXCEPT");
        }
        if (!(query instanceof Select select)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s is not supported with this query yet", what);
        }
        if (select.distinct()) {
            throw notAllowed(what, "DISTINCT clause");
        }
        if (!select.groupBy().isEmpty()) {
            throw notAllowed(what, "GROUP BY clause");
        }
        if (select.having() != null) {
            throw notAllowed(what, "HAVING clause");
        }
        for (SelectItem item : select.items()) {
            if (ExprTrees.findAggregate(item.expr()) != null) {
                throw notAllowed(what, "aggregate functions");
            }
        }
        return select;
    }

    static PgException notAllowed(String what, String with) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s is not allowed with %s", what, with);
    }
}
