package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.RowSecurity;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.exec.expr.LogicalAnd;
import io.pglitedb.exec.expr.LogicalOr;
import io.pglitedb.security.RowLevelSecurity;
import io.pglitedb.sql.ast.Expr;
import io.pglitedb.sql.plan.RowChecks;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Row-level security in a statement (PostgreSQL's get_row_security_policies): the USING
 * conditions that filter the rows a statement reads, updates or deletes (security quals: the
 * permissive policies OR-ed, AND the restrictive ones; no permissive policy means no row), and
 * the WITH CHECK conditions new rows of INSERT and UPDATE must pass. Policy conditions are stored
 * as text, parsed again and bound over the table's row; they read other tables with the
 * privileges of whoever the statement (or the view it reads through) is checked as.
 */
final class RowSecurityQuals {
    private RowSecurityQuals() {
    }

    private static final BoundExpr FALSE = new Constant(DataType.of(Types.BOOL), Boolean.FALSE);

    /** The role row security is decided for: a view's owner inside a view, else current_user. */
    private static int role(AnalyzerContext context) {
        int asUser = context.access().checkAsUser();
        if (asUser >= 0) {
            return asUser;
        }
        RoleDescriptor r = context.catalog().role(context.user());
        return r == null ? -1 : r.oid();
    }

    private static RowSecurity applicable(AnalyzerContext context, TableDescriptor table) {
        if (table.isView() || context.access().definingView()) {
            return null;
        }
        return RowLevelSecurity.forRole(context.catalog(), table, role(context), context.access().rowSecurity());
    }

    /**
     * The security quals for reading rows of {@code table} for each of {@code commands} (AND-ed), or
     * null when row security does not apply.
     */
    static BoundExpr using(AnalyzerContext context, TableDescriptor table, char... commands) {
        RowSecurity rls = applicable(context, table);
        if (rls == null) {
            return null;
        }
        List<BoundExpr> terms = new ArrayList<>();
        for (char command : commands) {
            RowLevelSecurity.Applicable policies = RowLevelSecurity.policies(context.catalog(), rls, role(context), command);
            List<BoundExpr> permissive = new ArrayList<>();
            for (RowSecurity.Policy p : policies.permissive()) {
                if (p.using() != null) {
                    permissive.add(bind(context, table, p.using()));
                }
            }
            if (permissive.isEmpty()) {
                return FALSE; // default deny
            }
            terms.add(permissive.size() == 1 ? permissive.get(0) : new LogicalOr(permissive.toArray(new BoundExpr[0])));
            for (RowSecurity.Policy p : policies.restrictive()) {
                if (p.using() != null) {
                    terms.add(bind(context, table, p.using()));
                }
            }
        }
        return terms.size() == 1 ? terms.get(0) : new LogicalAnd(terms.toArray(new BoundExpr[0]));
    }

    /**
     * The checks new rows of an INSERT ('a') or UPDATE ('w') must pass: the command's policies'
     * WITH CHECK (or USING when they have none), and when the statement also reads the table
     * (RETURNING, a WHERE over its columns) the SELECT policies' USING as well. Empty when row
     * security does not apply.
     */
    static List<RowChecks.PolicyCheck> withChecks(AnalyzerContext context, TableDescriptor table, char command,
            boolean reads) {
        RowSecurity rls = applicable(context, table);
        if (rls == null) {
            return List.of();
        }
        List<RowChecks.PolicyCheck> checks = new ArrayList<>();
        add(context, table, RowLevelSecurity.policies(context.catalog(), rls, role(context), command), false, checks);
        if (reads) {
            add(context, table, RowLevelSecurity.policies(context.catalog(), rls, role(context), RowSecurity.SELECT),
                    true, checks);
        }
        return checks;
    }

    private static void add(AnalyzerContext context, TableDescriptor table, RowLevelSecurity.Applicable policies,
            boolean forceUsing, List<RowChecks.PolicyCheck> checks) {
        List<BoundExpr> permissive = new ArrayList<>();
        for (RowSecurity.Policy p : policies.permissive()) {
            String condition = forceUsing || p.withCheck() == null ? p.using() : p.withCheck();
            if (condition != null) {
                permissive.add(bind(context, table, condition));
            }
        }
        BoundExpr any = permissive.isEmpty() ? FALSE
                : permissive.size() == 1 ? permissive.get(0) : new LogicalOr(permissive.toArray(new BoundExpr[0]));
        checks.add(new RowChecks.PolicyCheck(table.name(), null, any));
        for (RowSecurity.Policy p : policies.restrictive()) {
            String condition = forceUsing || p.withCheck() == null ? p.using() : p.withCheck();
            if (condition != null) {
                checks.add(new RowChecks.PolicyCheck(table.name(), p.name(), bind(context, table, condition)));
            }
        }
    }

    /** A policy condition over the table's row; 42P17 when expanding it needs the same table's policies again. */
    private static BoundExpr bind(AnalyzerContext context, TableDescriptor table, String sql) {
        if (!context.access().enterPolicies(table.oid())) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                    "infinite recursion detected in policy for relation \"%s\"", table.name());
        }
        try {
            Expr expr = DefaultValues.parseExpression(sql);
            ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Tables.scopeOf(table, table.name(), 0), null,
                    "POLICY");
            return Coercions.toBoolean(analyzer.analyze(expr), "POLICY", context.parameters(), expr.position());
        } finally {
            context.access().leavePolicies(table.oid());
        }
    }
}
