package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.CheckConstraint;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.Inheritance;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.TableValidation;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.partition.PartitionBound;
import io.pglitedb.partition.PartitionConstraint;
import io.pglitedb.partition.TypedBound;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.PartitionBinder;
import io.pglitedb.sql.analyze.PartitionDefinitions;
import io.pglitedb.sql.ast.AttachPartition;
import io.pglitedb.sql.ast.ChangeInheritance;
import io.pglitedb.sql.ast.DetachPartition;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.WaitPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER TABLE ... ATTACH PARTITION / DETACH PARTITION and INHERIT / NO INHERIT: an existing table
 * joins or leaves a hierarchy. Joining needs the parent's columns with the same types (NOT NULL
 * where the parent has it) and the parent's CHECK constraints; an attached partition's rows must
 * satisfy its bound, and the default partition may not hold rows the new partition would take.
 */
final class InheritanceCommands {
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final AnalyzerContext context;
    private final ExecContext execContext;
    private final io.pglitedb.catalog.SearchPath searchPath;

    InheritanceCommands(Catalog catalog, Transaction transaction, CatalogView catalogView, AnalyzerContext context,
            ExecContext execContext, io.pglitedb.catalog.SearchPath searchPath) {
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.context = context;
        this.execContext = execContext;
        this.searchPath = searchPath;
    }

    private TableDescriptor relation(QualifiedName name) {
        String schema = UtilityCommands.schemaOf(catalogView, searchPath, name);
        TableDescriptor table = catalogView.table(schema, name.name());
        if (table == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name.name());
        }
        if (table.view() != null) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a table", name.name());
        }
        return table;
    }

    private void write(TableDescriptor table) {
        transaction.lockForUpdate(catalog.nameKey(table.schema(), table.name()));
        transaction.lockTable(catalog.databaseOid(), table.oid(), LockMode.ACCESS_EXCLUSIVE, WaitPolicy.BLOCK);
        catalog.writeTable(transaction, table);
        catalogView.created(table);
    }

    void attach(TableDescriptor parent, AttachPartition attach) {
        if (!parent.isPartitioned()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "table \"%s\" is not partitioned", parent.name());
        }
        TableDescriptor child = relation(attach.partition());
        if (child.isPartition()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is already a partition", child.name());
        }
        if (!child.parents().isEmpty()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot attach inheritance child as partition");
        }
        if (!child.isPartitioned() && !catalogView.children(child.oid()).isEmpty()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot attach inheritance parent as partition");
        }
        if (child.oid() == parent.oid() || catalogView.withDescendants(child).stream().anyMatch(t -> t.oid() == parent.oid())) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "circular inheritance not allowed")
                    .withDetail("\"" + parent.name() + "\" is already a child of \"" + child.name() + "\".");
        }
        for (ColumnDescriptor c : child.columns()) {
            if (parent.columnIndex(c.name()) < 0) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "table \"%s\" contains column \"%s\" not found in parent \"%s\"",
                        child.name(), c.name(), parent.name())
                        .withDetail("The new partition may contain only the columns present in parent.");
            }
        }
        checkParentColumnsAndChecks(parent, child);
        PartitionBound bound = PartitionDefinitions.bound(attach.bound(), parent, context);
        PartitionDefinitions.checkBound(parent, child.name(), bound, attach.bound(), context);
        TableDescriptor attached = child.withInheritance(new Inheritance(List.of(parent.oid()),
                child.inheritance().partitionKey(), bound));
        if (!child.isPartitioned()) {
            PartitionConstraint constraint = PartitionBinder.constraint(attached, context);
            if (constraint != null
                    && TableValidation.anyRow(child, row -> !constraint.accepts(row, new Object[0]), execContext)) {
                throw new PgException(SqlState.CHECK_VIOLATION, "partition constraint of relation \"%s\" is violated by some row",
                        child.name()).withTable(child.schema(), child.name());
            }
        } else {
            List<TypedBound> siblings = new ArrayList<>();
            TypedBound own = typed(parent, bound);
            for (TableDescriptor sibling : catalogView.children(parent.oid())) {
                if (sibling.isPartition()) {
                    siblings.add(typed(parent, sibling.inheritance().bound()));
                }
            }
            TableDescriptor offending = firstOffender(parent, child, values -> own.isDefault()
                    ? siblings.stream().anyMatch(s -> !s.isDefault() && s.contains(values)) : !own.contains(values));
            if (offending != null) {
                throw new PgException(SqlState.CHECK_VIOLATION, "partition constraint of relation \"%s\" is violated by some row",
                        offending.name()).withTable(offending.schema(), offending.name());
            }
        }
        checkDefaultPartition(parent, bound);
        write(attached);
    }

    /**
     * A new partition may not take rows the parent's DEFAULT partition already holds (PostgreSQL
     * checks the default's updated constraint).
     */
    void checkDefaultPartition(TableDescriptor parent, PartitionBound bound) {
        if (bound.isDefault()) {
            return;
        }
        for (TableDescriptor sibling : catalogView.children(parent.oid())) {
            if (!sibling.isPartition() || !sibling.inheritance().bound().isDefault()) {
                continue;
            }
            TypedBound typed = typed(parent, bound);
            if (firstOffender(parent, sibling, typed::contains) != null) {
                throw new PgException(SqlState.CHECK_VIOLATION,
                        "updated partition constraint for default partition \"%s\" would be violated by some row",
                        sibling.name()).withTable(sibling.schema(), sibling.name());
            }
        }
    }

    private TypedBound typed(TableDescriptor parent, PartitionBound bound) {
        BoundExpr[] key = PartitionDefinitions.keyExpressions(parent, context);
        io.pglitedb.types.DataType[] types = new io.pglitedb.types.DataType[key.length];
        for (int i = 0; i < key.length; i++) {
            types[i] = key[i].type();
        }
        return new TypedBound(bound, types);
    }

    /**
     * The first leaf table at or below {@code top} with a row whose key under {@code parent}'s
     * partition key (columns matched by name) passes the test, or null.
     */
    private TableDescriptor firstOffender(TableDescriptor parent, TableDescriptor top,
            java.util.function.Predicate<Object[]> test) {
        BoundExpr[] key = PartitionDefinitions.keyExpressions(parent, context);
        for (TableDescriptor leaf : catalogView.withDescendants(top)) {
            if (leaf.isPartitioned()) {
                continue;
            }
            int[] map = new int[parent.columns().size()];
            for (int i = 0; i < map.length; i++) {
                map[i] = leaf.columnIndex(parent.columns().get(i).name());
            }
            boolean found = TableValidation.anyRow(leaf, row -> {
                Object[] parentRow = new Object[map.length];
                for (int i = 0; i < map.length; i++) {
                    parentRow[i] = map[i] < 0 ? null : row[map[i]];
                }
                Object[] values = new Object[key.length];
                for (int i = 0; i < key.length; i++) {
                    values[i] = key[i].eval(parentRow, new Object[0]);
                }
                return test.test(values);
            }, execContext);
            if (found) {
                return leaf;
            }
        }
        return null;
    }

    void detach(TableDescriptor parent, DetachPartition detach) {
        TableDescriptor child = relation(detach.partition());
        if (!child.isPartition() || !child.parents().contains(parent.oid())) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" is not a partition of relation \"%s\"",
                    child.name(), parent.name());
        }
        write(child.withInheritance(new Inheritance(List.of(), child.inheritance().partitionKey(), null)));
    }

    TableDescriptor change(TableDescriptor child, ChangeInheritance change) {
        TableDescriptor parent = relation(change.parent());
        if (!change.inherit()) {
            if (child.isPartition()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change inheritance of a partition");
            }
            if (!child.parents().contains(parent.oid())) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" is not a parent of relation \"%s\"",
                        parent.name(), child.name());
            }
            List<Integer> parents = new ArrayList<>(child.parents());
            parents.remove(Integer.valueOf(parent.oid()));
            return child.withInheritance(new Inheritance(parents, child.inheritance().partitionKey(), null));
        }
        if (child.isPartition()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change inheritance of a partition");
        }
        if (child.isPartitioned()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change inheritance of partitioned table");
        }
        if (parent.isPartitioned()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot inherit from partitioned table \"%s\"",
                    parent.name());
        }
        if (parent.isPartition()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot inherit from a partition");
        }
        if (child.parents().contains(parent.oid())) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" would be inherited from more than once",
                    parent.name());
        }
        if (child.oid() == parent.oid() || catalogView.withDescendants(child).stream().anyMatch(t -> t.oid() == parent.oid())) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "circular inheritance not allowed")
                    .withDetail("\"" + parent.name() + "\" is already a child of \"" + child.name() + "\".");
        }
        checkParentColumnsAndChecks(parent, child);
        List<Integer> parents = new ArrayList<>(child.parents());
        parents.add(parent.oid());
        return child.withInheritance(new Inheritance(parents, child.inheritance().partitionKey(), null));
    }

    /** The child must have every column of the parent (same type, NOT NULL where the parent's is) and its CHECKs. */
    private static void checkParentColumnsAndChecks(TableDescriptor parent, TableDescriptor child) {
        for (ColumnDescriptor p : parent.columns()) {
            int index = child.columnIndex(p.name());
            if (index < 0) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "child table is missing column \"%s\"", p.name());
            }
            ColumnDescriptor c = child.columns().get(index);
            if (!c.type().equals(p.type())) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "child table \"%s\" has different type for column \"%s\"",
                        child.name(), p.name());
            }
            if (p.notNull() && !c.notNull()) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "column \"%s\" in child table must be marked NOT NULL",
                        p.name());
            }
        }
        for (CheckConstraint check : parent.checks()) {
            boolean found = false;
            for (CheckConstraint own : child.checks()) {
                if (own.name().equals(check.name())) {
                    if (!own.expressionSql().equals(check.expressionSql())) {
                        throw new PgException(SqlState.DATATYPE_MISMATCH,
                                "child table \"%s\" has different definition for check constraint \"%s\"", child.name(),
                                check.name());
                    }
                    found = true;
                }
            }
            if (!found) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "child table is missing constraint \"%s\"",
                        check.name());
            }
        }
    }
}
