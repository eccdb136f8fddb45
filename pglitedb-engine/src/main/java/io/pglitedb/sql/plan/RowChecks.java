package io.pglitedb.sql.plan;

import io.pglitedb.catalog.CheckConstraint;
import io.pglitedb.catalog.ForeignKey;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.partition.PartitionConstraint;
import io.pglitedb.partition.PartitionRouter;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What a statement that writes rows of {@code table} must check and do besides storing them:
 * its CHECK constraints (bound over the row, in the table's order), the foreign keys its rows
 * must satisfy ({@code references}), and the foreign keys of other tables that reference it
 * ({@code referencedBy}), whose actions run when a referenced row is deleted or its key changes.
 * {@code others} gives the same for another table by OID (for rows changed by cascading
 * actions), built on first use, as the statement's transaction saw the catalog.
 *
 * @param defaults each column's DEFAULT over no row (for ON DELETE SET DEFAULT), or null
 * @param viewChecks the CHECK OPTIONs of the views a statement writes through (over the table's row)
 * @param generated each stored generated column's expression over the row (null elsewhere), or null when
 *     the table has none; computed before the row's constraints are checked
 * @param policyChecks row-level security's WITH CHECK conditions for new rows (checked before
 *     constraints, as PostgreSQL's WCO_RLS_INSERT_CHECK / WCO_RLS_UPDATE_CHECK)
 * @param router for a partitioned table, where its rows go (null otherwise)
 * @param partitionConstraint for a partition, what its rows must satisfy (null otherwise)
 */
public record RowChecks(TableDescriptor table, BoundExpr[] checks, List<Reference> references,
        List<Reference> referencedBy, BoundExpr[] defaults, IntFunction<RowChecks> others,
        List<ViewCheck> viewChecks, BoundExpr[] generated, List<PolicyCheck> policyChecks,
        PartitionRouter router, PartitionConstraint partitionConstraint) {
    /** A view's WITH CHECK OPTION condition: a new row it does not return (false or null) is refused. */
    public record ViewCheck(String viewName, BoundExpr condition) {
    }

    /**
     * A row-level security check: a new row for which it is not true is refused with 42501.
     *
     * @param policyName a restrictive policy's name; null for the permissive policies together
     */
    public record PolicyCheck(String tableName, String policyName, BoundExpr condition) {
    }

    public RowChecks(TableDescriptor table, BoundExpr[] checks, List<Reference> references,
            List<Reference> referencedBy, BoundExpr[] defaults, IntFunction<RowChecks> others) {
        this(table, checks, references, referencedBy, defaults, others, List.of(), null, List.of(), null, null);
    }

    public RowChecks withPartitioning(PartitionRouter newRouter, PartitionConstraint newConstraint) {
        return new RowChecks(table, checks, references, referencedBy, defaults, others, viewChecks, generated,
                policyChecks, newRouter, newConstraint);
    }

    public RowChecks withViewChecks(List<ViewCheck> newViewChecks) {
        return new RowChecks(table, checks, references, referencedBy, defaults, others, newViewChecks, generated,
                policyChecks, router, partitionConstraint);
    }

    public RowChecks withGenerated(BoundExpr[] newGenerated) {
        return new RowChecks(table, checks, references, referencedBy, defaults, others, viewChecks, newGenerated,
                policyChecks, router, partitionConstraint);
    }

    public RowChecks withPolicyChecks(List<PolicyCheck> newPolicyChecks) {
        return new RowChecks(table, checks, references, referencedBy, defaults, others, viewChecks, generated,
                newPolicyChecks, router, partitionConstraint);
    }

    /** Stores the generated columns' values into the row (in place). */
    public void computeGenerated(Object[] row, Object[] params) {
        if (generated == null) {
            return;
        }
        for (int i = 0; i < generated.length; i++) {
            if (generated[i] != null) {
                row[i] = generated[i].eval(row, params);
            }
        }
    }

    /** A foreign key with both of its tables. */
    public record Reference(ForeignKey key, TableDescriptor referencing, TableDescriptor referenced) {
    }

    public RowChecks {
        references = List.copyOf(references);
        referencedBy = List.copyOf(referencedBy);
        viewChecks = List.copyOf(viewChecks);
        policyChecks = List.copyOf(policyChecks);
    }

    public static RowChecks none(TableDescriptor table) {
        return new RowChecks(table, new BoundExpr[0], List.of(), List.of(), null, oid -> null);
    }

    public CheckConstraint check(int i) {
        return table.checks().get(i);
    }
}
