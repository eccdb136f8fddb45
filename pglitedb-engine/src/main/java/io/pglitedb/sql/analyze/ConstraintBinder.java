package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ForeignKey;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.RowChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link RowChecks} of a table a statement writes, as the statement's transaction sees the catalog. */
public final class ConstraintBinder {
    private final AnalyzerContext context;
    private final Map<Integer, RowChecks> built = new HashMap<>();

    private ConstraintBinder(AnalyzerContext context) {
        this.context = context;
    }

    public static RowChecks of(TableDescriptor table, AnalyzerContext context) {
        return new ConstraintBinder(context).build(table);
    }

    private RowChecks byOid(int oid) {
        RowChecks checks = built.get(oid);
        if (checks == null) {
            TableDescriptor table = context.catalog().table(oid);
            if (table == null) {
                return null;
            }
            checks = build(table);
        }
        return checks;
    }

    private RowChecks build(TableDescriptor table) {
        List<RowChecks.Reference> references = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            TableDescriptor referenced = fk.referencedTable() == table.oid() ? table
                    : context.catalog().table(fk.referencedTable());
            if (referenced != null) {
                references.add(new RowChecks.Reference(fk, table, referenced));
            }
        }
        List<RowChecks.Reference> referencedBy = new ArrayList<>();
        boolean setDefault = false;
        for (TableDescriptor other : context.catalog().tables()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (fk.referencedTable() == table.oid()) {
                    referencedBy.add(new RowChecks.Reference(fk, other.oid() == table.oid() ? table : other, table));
                }
            }
        }
        for (ForeignKey fk : table.foreignKeys()) {
            setDefault |= fk.onDelete() == ForeignKey.Action.SET_DEFAULT
                    || fk.onUpdate() == ForeignKey.Action.SET_DEFAULT;
        }
        BoundExpr[] defaults = null;
        if (setDefault) {
            defaults = new BoundExpr[table.columns().size()];
            for (int i = 0; i < defaults.length; i++) {
                defaults[i] = DefaultValues.of(context, table.columns().get(i));
            }
        }
        RowChecks checks = new RowChecks(table, Checks.bindAll(table, context), references, referencedBy, defaults,
                this::byOid).withGenerated(GeneratedColumns.bindAll(table, context))
                .withPartitioning(PartitionBinder.router(table, context), PartitionBinder.constraint(table, context));
        built.put(table.oid(), checks);
        return checks;
    }
}
