package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CheckConstraint;
import io.pglitedb.catalog.ForeignKey;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.ObjectNames;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.IndexMaintenance;
import io.pglitedb.exec.TableValidation;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.Checks;
import io.pglitedb.sql.analyze.DefaultValues;
import io.pglitedb.sql.analyze.ForeignKeyDefinitions;
import io.pglitedb.sql.analyze.ParameterTypes;
import io.pglitedb.sql.analyze.TableDefinitions;
import io.pglitedb.sql.ast.AddColumn;
import io.pglitedb.sql.ast.AlterColumn;
import io.pglitedb.sql.ast.ColumnDef;
import io.pglitedb.sql.ast.DropColumn;
import io.pglitedb.sql.ast.DropConstraint;
import io.pglitedb.sql.ast.RenameColumn;
import io.pglitedb.sql.ast.RenameConstraint;
import io.pglitedb.sql.ast.RenameTable;
import io.pglitedb.sql.parser.Parser;
import io.pglitedb.sql.plan.RowChecks;
import java.util.function.Predicate;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.ColumnSettings;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.DmlExecutor;
import io.pglitedb.sql.analyze.ColumnTypeChanges;
import io.pglitedb.sql.ast.AlterColumnType;
import io.pglitedb.exec.RowKeys;
import io.pglitedb.sql.ast.AddConstraint;
import io.pglitedb.sql.ast.AlterTable;
import io.pglitedb.sql.ast.AlterTableAction;
import io.pglitedb.sql.ast.TableConstraint;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.WaitPolicy;
import io.pglitedb.types.DataType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ALTER TABLE, in the transaction's batch like all DDL: ADD/DROP/RENAME COLUMN, ALTER COLUMN
 * SET/DROP DEFAULT and SET/DROP NOT NULL, ADD/DROP/RENAME CONSTRAINT (PRIMARY KEY, UNIQUE, CHECK,
 * FOREIGN KEY; existing rows are checked unless NOT VALID), RENAME TO. Adding a column without a
 * default does not touch the rows (they decode with NULL for it); a default, DROP COLUMN and
 * DROP of the primary key rewrite them ({@link TableValidation#rewrite}); ADD PRIMARY KEY moves
 * every row from its hidden row id to its key.
 */
final class AlterTableCommand {
    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final ResultSink sink;

    AlterTableCommand(Session session, Catalog catalog, Transaction transaction, CatalogView catalogView,
            ResultSink sink) {
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.sink = sink;
    }

    String run(AlterTable alter) {
        String schema = UtilityCommands.schemaOf(catalogView, session.searchPath(), alter.table());
        TableDescriptor table = catalogView.table(schema, alter.table().name());
        if (table == null && alter.actions().size() == 1 && alter.actions().get(0) instanceof RenameTable rename) {
            // ALTER TABLE of an index renames the index, as in PostgreSQL
            String renamed = new IndexCommands(catalog, transaction, catalogView, session.searchPath(), sink,
                    this::analyzerContext).rename(new io.pglitedb.sql.ast.AlterIndex(alter.table(), alter.ifExists(),
                            rename.to()));
            if (renamed != null) {
                return "ALTER TABLE";
            }
        }
        if (table == null) {
            if (alter.ifExists()) {
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "relation \"%s\" does not exist, skipping",
                        alter.table().name()).withSeverity("NOTICE"));
                return "ALTER TABLE";
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", alter.table().name());
        }
        transaction.lockForUpdate(catalog.nameKey(table.schema(), table.name()));
        transaction.lockTable(catalog.databaseOid(), table.oid(), LockMode.ACCESS_EXCLUSIVE, WaitPolicy.BLOCK);
        for (AlterTableAction action : alter.actions()) {
            if (table.view() != null && !(action instanceof RenameTable || action instanceof RenameColumn)) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a table", table.name());
            }
            TableDescriptor before = table;
            table = switch (action) {
                case AddConstraint add -> addConstraint(table, add.constraint());
                case io.pglitedb.sql.ast.AddConstraintUsingIndex add -> addConstraintUsingIndex(table, add);
                case AddColumn add -> addColumn(table, add);
                case DropColumn drop -> dropColumn(table, drop);
                case DropConstraint drop -> dropConstraint(table, drop);
                case io.pglitedb.sql.ast.ValidateConstraint validate -> validateConstraint(table, validate.name());
                case io.pglitedb.sql.ast.AlterConstraint change -> alterConstraint(table, change);
                case io.pglitedb.sql.ast.AttachPartition attach -> {
                    inheritance().attach(table, attach);
                    TableDescriptor attached = catalogView.table(
                            UtilityCommands.schemaOf(catalogView, session.searchPath(), attach.partition()),
                            attach.partition().name());
                    new IndexCommands(catalog, transaction, catalogView, session.searchPath(), sink,
                            this::analyzerContext).indexNewPartition(attached);
                    yield table;
                }
                case io.pglitedb.sql.ast.DetachPartition detach -> {
                    inheritance().detach(table, detach);
                    yield table;
                }
                case io.pglitedb.sql.ast.ChangeInheritance change -> inheritance().change(table, change);
                case AlterColumn change -> alterColumn(table, change);
                case RenameColumn rename -> renameColumn(table, rename);
                case RenameConstraint rename -> renameConstraint(table, rename);
                case RenameTable rename -> renameTable(table, rename);
                case AlterColumnType change -> alterColumnType(table, change);
                case io.pglitedb.sql.ast.SetRelationOptions options -> {
                    yield table.withOptions(options.reset()
                            ? RelationOptions.reset(table.options(), options.options())
                            : RelationOptions.set(table.options(), options.options(), table.isPartitioned()));
                }
                case io.pglitedb.sql.ast.SetPersistence change -> settings().persistence(table, change);
                case io.pglitedb.sql.ast.ReplicaIdentity change -> settings().replicaIdentity(table, change);
                case io.pglitedb.sql.ast.SetColumnStatistics change -> settings().statistics(table, change);
                case io.pglitedb.sql.ast.SetColumnStorage change -> settings().storage(table, change);
                case io.pglitedb.sql.ast.RowSecurityAction rls -> {
                    new PolicyCommands(session, catalog, transaction, catalogView, sink).alterTable(table, rls);
                    yield table;
                }
            };
            table = withoutStaleNotValid(table);
            if (!(action instanceof RenameTable)) {
                catalog.writeTable(transaction, table);
                catalogView.created(table);
            } else if (table != before) {
                catalogView.renamed(before, table);
            }
            if (recursive(action)) {
                if (alter.only()) {
                    checkOnly(table, action);
                } else {
                    recurse(table, before, action);
                }
            }
        }
        return "ALTER TABLE";
    }

    /** The table with its NOT VALID list cut to the constraints it still has (some were dropped). */
    private static TableDescriptor withoutStaleNotValid(TableDescriptor table) {
        List<String> names = new ArrayList<>(table.settings().notValidConstraints());
        if (!names.removeIf(n -> !table.constraintNames().contains(n))) {
            return table;
        }
        return table.withSettings(table.settings().withNotValidConstraints(names));
    }

    /** Actions that PostgreSQL applies to the children too unless ONLY is written. */
    private static boolean recursive(AlterTableAction action) {
        return action instanceof AddColumn || action instanceof DropColumn || action instanceof AlterColumn
                || (action instanceof AddConstraint add && add.constraint().kind() == TableConstraint.Kind.CHECK);
    }

    /** ONLY where the children must change too. */
    private void checkOnly(TableDescriptor table, AlterTableAction action) {
        if (catalogView.children(table.oid()).isEmpty()) {
            return;
        }
        if (action instanceof AddColumn) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "column must be added to child tables too");
        }
        if (action instanceof AddConstraint) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "constraint must be added to child tables too");
        }
    }

    /**
     * The action applied to every table below {@code parent} (which was {@code parentBefore}
     * before it): ADD COLUMN (merged into a child's column of the same name and type), DROP
     * COLUMN (from children that inherit it from no other parent), ALTER COLUMN SET/DROP DEFAULT
     * and NOT NULL, ADD CONSTRAINT CHECK (under the parent's constraint name).
     */
    private void recurse(TableDescriptor parent, TableDescriptor parentBefore, AlterTableAction action) {
        for (TableDescriptor child : catalogView.children(parent.oid())) {
            transaction.lockTable(catalog.databaseOid(), child.oid(), LockMode.ACCESS_EXCLUSIVE, WaitPolicy.BLOCK);
            boolean merged = action instanceof AddColumn add && child.columnIndex(add.column().name()) >= 0;
            TableDescriptor changed = applyToChild(child, parent, parentBefore, action);
            if (changed != child) {
                catalog.writeTable(transaction, changed);
                catalogView.created(changed);
            }
            if (!merged) { // a merged column is already there below the child
                recurse(changed, child, action);
            }
        }
    }

    private TableDescriptor applyToChild(TableDescriptor child, TableDescriptor parent, TableDescriptor parentBefore,
            AlterTableAction action) {
        switch (action) {
            case AddColumn add -> {
                String name = add.column().name();
                int existing = child.columnIndex(name);
                if (existing < 0) {
                    return addColumn(child, add);
                }
                ColumnDescriptor mine = child.columns().get(existing);
                ColumnDescriptor theirs = parent.columns().get(parent.columnIndex(name));
                if (!mine.type().equals(theirs.type())) {
                    throw new PgException(SqlState.DATATYPE_MISMATCH,
                            "child table \"%s\" has different type for column \"%s\"", child.name(), name);
                }
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                        "merging definition of column \"%s\" for child \"%s\"", name, child.name())
                        .withSeverity("NOTICE"));
                return child;
            }
            case DropColumn drop -> {
                if (child.columnIndex(drop.name()) < 0) {
                    return child;
                }
                for (int other : child.parents()) {
                    TableDescriptor p = catalogView.table(other);
                    if (other != parent.oid() && p != null && p.columnIndex(drop.name()) >= 0) {
                        return child; // still inherited from another parent
                    }
                }
                return dropColumn(child, drop);
            }
            case AlterColumn change -> {
                return child.columnIndex(change.column()) < 0 ? child : alterColumn(child, change);
            }
            case AddConstraint add -> {
                String name = null;
                for (CheckConstraint check : parent.checks()) {
                    if (parentBefore.checks().stream().noneMatch(c -> c.name().equals(check.name()))) {
                        name = check.name();
                    }
                }
                if (name == null) {
                    return child;
                }
                for (CheckConstraint check : child.checks()) {
                    if (check.name().equals(name)) {
                        sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                                "merging constraint \"%s\" with inherited definition", name).withSeverity("NOTICE"));
                        return child;
                    }
                }
                return addConstraint(child, add.constraint().withName(name));
            }
            default -> {
                return child;
            }
        }
    }

    private InheritanceCommands inheritance() {
        return new InheritanceCommands(catalog, transaction, catalogView, analyzerContext(), execContext(),
                session.searchPath());
    }

    private ExecContext execContext() {
        ExecContext context = new ExecContext(transaction, new Object[0], catalog, catalog.databaseOid());
        context.setSystemContext(session::systemContext);
        return context;
    }

    private AnalyzerContext analyzerContext() {
        return new AnalyzerContext(catalogView, new ParameterTypes(null), session.currentUser(), session.databaseName(),
                session.sequences(), session.searchPath());
    }

    private Predicate<String> constraintTaken(TableDescriptor table) {
        return candidate -> {
            for (TableDescriptor t : catalogView.tables()) {
                if (t.schema().equals(table.schema()) && (t.oid() == table.oid() ? table : t).constraintNames()
                        .contains(candidate)) {
                    return true;
                }
            }
            return false;
        };
    }

    private TableSettingsCommands settings() {
        return new TableSettingsCommands(catalogView, sink);
    }

    private int column(TableDescriptor table, String name) {
        int index = table.columnIndex(name);
        if (index < 0) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist", name,
                    table.name());
        }
        return index;
    }

    // ---------------------------------------------------------------- constraints

    private TableDescriptor addConstraint(TableDescriptor table, TableConstraint constraint) {
        if (constraint.notValid() && (constraint.kind() == TableConstraint.Kind.PRIMARY_KEY
                || constraint.kind() == TableConstraint.Kind.UNIQUE)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%s constraints cannot be marked NOT VALID",
                    constraint.kind() == TableConstraint.Kind.UNIQUE ? "UNIQUE" : "PRIMARY KEY");
        }
        return switch (constraint.kind()) {
            case PRIMARY_KEY -> {
                TableDefinitions.refuseIncludedPrimaryKey(constraint);
                yield addPrimaryKey(table, constraint);
            }
            case UNIQUE -> addUnique(table, constraint);
            case CHECK -> addCheck(table, constraint);
            case FOREIGN_KEY -> addForeignKey(table, constraint);
        };
    }

    private TableDescriptor addUnique(TableDescriptor table, TableConstraint constraint) {
        int[] cols = keyColumns(table, constraint, constraint.columns());
        int[] included = keyColumns(table, constraint, constraint.include());
        List<String> names = new ArrayList<>(constraint.columns());
        names.addAll(constraint.include());
        String schema = table.schema();
        String name = constraint.name() != null ? constraint.name()
                : ObjectNames.choose(table.name(), String.join("_", names), "key",
                        n -> catalogView.relationExists(schema, n));
        if (catalogView.relationExists(schema, name) || transaction.lockForUpdate(catalog.nameKey(schema, name)) != null) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", name);
        }
        IndexDescriptor index = TableDefinitions.uniqueConstraintIndex(catalog.allocateOid(), name, cols,
                constraint.deferrable(), constraint.initiallyDeferred()).withIncludedAndMethod(included,
                        IndexDescriptor.BTREE).withNullsNotDistinct(constraint.nullsNotDistinct());
        TableStorage.indexCreated(catalog.databaseOid(), transaction, index);
        TableValidation.buildIndex(table, index, execContext());
        catalog.writeIndexName(transaction, schema, index);
        return table.withIndex(index);
    }

    /**
     * ADD [CONSTRAINT name] {UNIQUE | PRIMARY KEY} USING INDEX index: the unique index becomes the
     * constraint's, renamed to the constraint's name (PostgreSQL's index_check_primary_key and
     * checks of what such an index may be). A primary key is the rows' storage key here, so the
     * index is dropped once the rows are stored under the key.
     */
    private TableDescriptor addConstraintUsingIndex(TableDescriptor table, io.pglitedb.sql.ast.AddConstraintUsingIndex add) {
        IndexDescriptor index = table.index(add.index());
        if (index == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "index \"%s\" does not exist", add.index())
                    .withPosition(add.position() + 1);
        }
        if (index.constraint()) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                    "index \"%s\" is already associated with a constraint", index.name()).withPosition(add.position() + 1);
        }
        String refusal = !index.unique() ? "\"" + index.name() + "\" is not a unique index"
                : index.expressions() != null ? "index \"" + index.name() + "\" contains expressions"
                : index.predicate() != null ? "\"" + index.name() + "\" is a partial index"
                : !index.method().equals(IndexDescriptor.BTREE) ? "index \"" + index.name() + "\" is not a btree"
                : null;
        for (int i = 0; refusal == null && i < index.columnCount(); i++) {
            if (index.isDescending(i) || index.isNullsFirst(i)) {
                refusal = "index \"" + index.name() + "\" column number " + (i + 1) + " does not have default sorting behavior";
            }
        }
        if (refusal != null) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, refusal)
                    .withDetail("Cannot create a primary key or unique constraint using such an index.")
                    .withPosition(add.position() + 1);
        }
        String name = add.name() != null ? add.name() : index.name();
        if (!name.equals(index.name())) {
            if (catalogView.relationExists(table.schema(), name)) {
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", name);
            }
            sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                    "ALTER TABLE / ADD CONSTRAINT USING INDEX will rename index \"%s\" to \"%s\"", index.name(), name)
                    .withSeverity("NOTICE"));
        }
        if (add.primaryKey() && table.hasPrimaryKey()) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                    "multiple primary keys for table \"%s\" are not allowed", table.name());
        }
        if (add.primaryKey() && (index.included().length > 0 || index.nullsNotDistinct())) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "a primary key using an index with INCLUDE columns or NULLS NOT DISTINCT is not supported yet");
        }
        List<IndexDescriptor> others = new ArrayList<>(table.indexes());
        others.remove(index);
        catalog.deleteIndexName(transaction, table.schema(), index);
        if (add.primaryKey()) {
            TableStorage.indexDropped(catalog.databaseOid(), transaction, index);
            List<String> columns = new ArrayList<>();
            for (int c : index.columns()) {
                columns.add(table.columns().get(c).name());
            }
            return addPrimaryKey(table.withIndexes(others),
                    new TableConstraint(TableConstraint.Kind.PRIMARY_KEY, name, columns, add.position()));
        }
        IndexDescriptor constraint = new IndexDescriptor(index.oid(), name, index.columns(), index.descending(),
                index.nullsFirst(), true, true, add.deferrable(), add.initiallyDeferred(), null, null, index.included(),
                index.method(), index.nullsNotDistinct(), index.options());
        if (add.deferrable()) { // a deferrable index's entries always carry the row key: build them again
            TableStorage.indexDropped(catalog.databaseOid(), transaction, index);
            TableStorage.indexCreated(catalog.databaseOid(), transaction, constraint);
            TableValidation.buildIndex(table, constraint, execContext());
        }
        catalog.writeIndexName(transaction, table.schema(), constraint);
        others.add(table.indexes().indexOf(index), constraint);
        return table.withIndexes(others);
    }

    /** The table columns a UNIQUE constraint names (42703 for one the table lacks). */
    private static int[] keyColumns(TableDescriptor table, TableConstraint constraint, List<String> names) {
        int[] cols = new int[names.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = table.columnIndex(names.get(i));
            if (cols[i] < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" named in key does not exist",
                        names.get(i)).withPosition(constraint.position() + 1);
            }
        }
        return cols;
    }

    private TableDescriptor addCheck(TableDescriptor table, TableConstraint constraint) {
        AnalyzerContext context = analyzerContext();
        TableDescriptor probe = table.withChecks(List.of());
        CheckConstraint check = Checks.define(constraint, table, context, constraintTaken(table));
        if (!constraint.notValid()) {
            BoundExpr bound = Checks.bindAll(probe.withChecks(List.of(check)), context)[0];
            TableValidation.checkConstraint(table, bound, check.name(), execContext());
        }
        List<CheckConstraint> checks = new ArrayList<>(table.checks());
        checks.add(check);
        return rememberNotValid(table.withChecks(checks), constraint, check.name());
    }

    /** A constraint added NOT VALID is listed as such (convalidated false) until VALIDATE CONSTRAINT. */
    private static TableDescriptor rememberNotValid(TableDescriptor table, TableConstraint constraint, String name) {
        if (!constraint.notValid()) {
            return table;
        }
        List<String> names = new ArrayList<>(table.settings().notValidConstraints());
        names.add(name);
        return table.withSettings(table.settings().withNotValidConstraints(names));
    }

    /** The table without {@code name} among its NOT VALID constraints (validated, dropped or renamed). */
    private static TableDescriptor forgetNotValid(TableDescriptor table, String name) {
        if (!table.settings().notValid(name)) {
            return table;
        }
        List<String> names = new ArrayList<>(table.settings().notValidConstraints());
        names.remove(name);
        return table.withSettings(table.settings().withNotValidConstraints(names));
    }

    private TableDescriptor addForeignKey(TableDescriptor table, TableConstraint constraint) {
        ForeignKey fk = ForeignKeyDefinitions.define(constraint, table, analyzerContext(), constraintTaken(table));
        TableDescriptor referenced = fk.referencedTable() == table.oid() ? table : catalogView.table(fk.referencedTable());
        if (!constraint.notValid()) {
            TableValidation.foreignKey(new RowChecks.Reference(fk, table, referenced), execContext());
        }
        List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
        keys.add(fk);
        return rememberNotValid(table.withForeignKeys(keys), constraint, fk.name());
    }

    /** VALIDATE CONSTRAINT: the table's rows are checked again (constraints added NOT VALID skipped that). */
    /** ALTER CONSTRAINT: a foreign key's deferral. */
    private TableDescriptor alterConstraint(TableDescriptor table, io.pglitedb.sql.ast.AlterConstraint change) {
        List<ForeignKey> keys = new ArrayList<>();
        boolean found = false;
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.name().equals(change.name())) {
                fk = fk.withDeferral(change.deferrable(), change.initiallyDeferred());
                found = true;
            }
            keys.add(fk);
        }
        if (found) {
            return table.withForeignKeys(keys);
        }
        if (table.constraintNames().contains(change.name())) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                    "constraint \"%s\" of relation \"%s\" is not a foreign key constraint", change.name(), table.name());
        }
        throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"%s\" of relation \"%s\" does not exist",
                change.name(), table.name());
    }

    private TableDescriptor validateConstraint(TableDescriptor table, String name) {
        for (CheckConstraint check : table.checks()) {
            if (check.name().equals(name)) {
                BoundExpr bound = Checks.bindAll(table.withChecks(List.of(check)), analyzerContext())[0];
                TableValidation.checkConstraint(table, bound, check.name(), execContext());
                return forgetNotValid(table, name);
            }
        }
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.name().equals(name)) {
                TableDescriptor referenced = fk.referencedTable() == table.oid() ? table
                        : catalogView.table(fk.referencedTable());
                TableValidation.foreignKey(new RowChecks.Reference(fk, table, referenced), execContext());
                return forgetNotValid(table, name);
            }
        }
        if (table.constraintNames().contains(name)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                    "constraint \"%s\" of relation \"%s\" is not a foreign key or check constraint", name, table.name());
        }
        throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"%s\" of relation \"%s\" does not exist", name,
                table.name());
    }

    private TableDescriptor dropConstraint(TableDescriptor table, DropConstraint drop) {
        String name = drop.name();
        if (name.equals(table.primaryKeyName())) {
            dropReferencingKeys(table, table.primaryKey(), drop.cascade());
            TableDescriptor altered = table.withPrimaryKey(new int[0], null);
            altered = TableStorage.renewed(catalog, transaction, altered.withColumns(altered.columns(),
                    table.schemaVersion() + 1));
            TableValidation.rewrite(table, altered, row -> row, execContext());
            return altered;
        }
        IndexDescriptor index = table.index(name);
        if (index != null && index.constraint()) {
            dropReferencingKeys(table, index.columns(), drop.cascade());
            TableStorage.indexDropped(catalog.databaseOid(), transaction, index);
            catalog.deleteIndexName(transaction, table.schema(), index);
            List<IndexDescriptor> indexes = new ArrayList<>(table.indexes());
            indexes.remove(index);
            return table.withIndexes(indexes);
        }
        List<CheckConstraint> checks = new ArrayList<>(table.checks());
        if (checks.removeIf(c -> c.name().equals(name))) {
            return table.withChecks(checks);
        }
        List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
        if (keys.removeIf(k -> k.name().equals(name))) {
            return table.withForeignKeys(keys);
        }
        if (drop.ifExists()) {
            sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                    "constraint \"%s\" of relation \"%s\" does not exist, skipping", name, table.name())
                    .withSeverity("NOTICE"));
            return table;
        }
        throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"%s\" of relation \"%s\" does not exist", name,
                table.name());
    }

    /** Foreign keys of other tables on the given key of this table: 2BP01, or dropped with CASCADE. */
    private void dropReferencingKeys(TableDescriptor table, int[] key, boolean cascade) {
        for (TableDescriptor other : catalogView.tables()) {
            List<ForeignKey> kept = new ArrayList<>();
            TableDescriptor current = other.oid() == table.oid() ? table : other;
            for (ForeignKey fk : current.foreignKeys()) {
                int[] a = fk.referencedColumns().clone();
                int[] b = key.clone();
                Arrays.sort(a);
                Arrays.sort(b);
                if (fk.referencedTable() != table.oid() || !Arrays.equals(a, b)) {
                    kept.add(fk);
                    continue;
                }
                String what = "constraint " + fk.name() + " on table " + current.name();
                if (!cascade) {
                    String constraintName = Arrays.equals(table.primaryKey(), key) ? table.primaryKeyName()
                            : indexName(table, key);
                    throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                            "cannot drop constraint %s on table %s because other objects depend on it", constraintName,
                            table.name())
                            .withDetail(what + " depends on index " + constraintName)
                            .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
                }
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to %s", what)
                        .withSeverity("NOTICE"));
            }
            if (kept.size() != current.foreignKeys().size() && current.oid() != table.oid()) {
                TableDescriptor altered = current.withForeignKeys(kept);
                catalog.writeTable(transaction, altered);
                catalogView.created(altered);
            }
        }
    }

    private static String indexName(TableDescriptor table, int[] key) {
        for (IndexDescriptor index : table.indexes()) {
            if (Arrays.equals(index.columns(), key)) {
                return index.name();
            }
        }
        return "?";
    }

    private TableDescriptor renameConstraint(TableDescriptor table, RenameConstraint rename) {
        String from = rename.from();
        String to = rename.to();
        if (!table.constraintNames().contains(from)) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"%s\" for table \"%s\" does not exist", from,
                    table.name());
        }
        if (constraintTaken(table).test(to)) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "constraint \"%s\" for relation \"%s\" already exists",
                    to, table.name());
        }
        if (from.equals(table.primaryKeyName())) {
            return table.withPrimaryKey(table.primaryKey(), to);
        }
        IndexDescriptor index = table.index(from);
        if (index != null) {
            if (catalogView.relationExists(table.schema(), to)) {
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", to);
            }
            catalog.deleteIndexName(transaction, table.schema(), index);
            IndexDescriptor renamed = index.withName(to);
            catalog.writeIndexName(transaction, table.schema(), renamed);
            List<IndexDescriptor> indexes = new ArrayList<>(table.indexes());
            indexes.set(indexes.indexOf(index), renamed);
            return table.withIndexes(indexes);
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint c : table.checks()) {
            checks.add(c.name().equals(from) ? new CheckConstraint(to, c.expressionSql()) : c);
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (ForeignKey k : table.foreignKeys()) {
            keys.add(k.name().equals(from) ? k.with(to, k.columns(), k.referencedColumns()) : k);
        }
        TableDescriptor renamed = table.withChecks(checks).withForeignKeys(keys);
        if (table.settings().notValid(from)) {
            List<String> notValid = new ArrayList<>(table.settings().notValidConstraints());
            notValid.set(notValid.indexOf(from), to);
            renamed = renamed.withSettings(table.settings().withNotValidConstraints(notValid));
        }
        return renamed;
    }

    // ---------------------------------------------------------------- columns

    private TableDescriptor addColumn(TableDescriptor table, AddColumn add) {
        ColumnDef def = add.column();
        ColumnDescriptor.checkNotSystemName(def.name());
        if (table.columnIndex(def.name()) >= 0) {
            if (add.ifNotExists()) {
                sink.notice(new PgException(SqlState.DUPLICATE_COLUMN,
                        "column \"%s\" of relation \"%s\" already exists, skipping", def.name(), table.name())
                        .withSeverity("NOTICE"));
                return table;
            }
            throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"%s\" of relation \"%s\" already exists",
                    def.name(), table.name());
        }
        AnalyzerContext context = analyzerContext();
        String schema = table.schema();
        TableDefinitions.ColumnResult result = TableDefinitions.column(def, table.columns().size() + 1, table.name(),
                table.oid(), schema, false, context, catalog::allocateOid, n -> catalogView.relationExists(schema, n));
        if (result.sequence() != null) {
            transaction.lockForUpdate(catalog.nameKey(schema, result.sequence().name()));
            catalog.writeSequence(transaction, result.sequence());
            catalogView.createdSequence(result.sequence());
        }
        ColumnDescriptor column = result.descriptor();
        List<ColumnDescriptor> columns = new ArrayList<>(table.columns());
        columns.add(column);
        TableDescriptor altered = table.withColumns(columns, table.schemaVersion() + 1);
        if (column.defaultSql() != null || column.isIdentity()) {
            // existing rows get the default (evaluated per row, as PostgreSQL does for volatile ones)
            catalogView.created(altered);
            altered = TableStorage.renewed(catalog, transaction, altered);
            BoundExpr value = DefaultValues.forColumn(analyzerContext(), column);
            BoundExpr generated = null;
            if (column.generated()) {
                try {
                    io.pglitedb.sql.analyze.GeneratedColumns.validate(altered,
                            java.util.Map.of(def.name(), def.generated()), context);
                } catch (PgException e) {
                    throw e.withPosition(0); // PostgreSQL shows no position for ALTER TABLE's expressions
                }
                generated = io.pglitedb.sql.analyze.GeneratedColumns.bindAll(altered, context)[columns.size() - 1];
            }
            BoundExpr computed = generated;
            Object[] none = new Object[0];
            TableValidation.rewrite(table, altered, row -> {
                Object[] out = Arrays.copyOf(row, row.length + 1);
                out[row.length] = computed != null ? computed.eval(out, none) : value.eval(none, none);
                return out;
            }, execContext());
        }
        if (column.notNull()) {
            TableValidation.notNull(altered, columns.size() - 1, execContext());
        }
        for (TableConstraint c : def.constraints()) {
            altered = addConstraint(altered, c);
        }
        return altered;
    }

    private TableDescriptor dropColumn(TableDescriptor table, DropColumn drop) {
        int index = table.columnIndex(drop.name());
        if (index < 0) {
            if (drop.ifExists()) {
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                        "column \"%s\" of relation \"%s\" does not exist, skipping", drop.name(), table.name())
                        .withSeverity("NOTICE"));
                return table;
            }
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist",
                    drop.name(), table.name());
        }
        io.pglitedb.partition.PartitionKey partitionKey = table.inheritance().partitionKey();
        if (partitionKey != null && contains(partitionKey.columns(), index)) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                    "cannot drop column \"%s\" because it is part of the partition key of relation \"%s\"", drop.name(),
                    table.name());
        }
        for (int parent : table.parents()) {
            TableDescriptor p = catalogView.table(parent);
            if (p != null && p.columnIndex(drop.name()) >= 0) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot drop inherited column \"%s\"",
                        drop.name());
            }
        }
        TableDescriptor current = table;
        // constraints and indexes on the column go with it
        if (contains(current.primaryKey(), index)) {
            current = dropConstraint(current, new DropConstraint(current.primaryKeyName(), false, drop.cascade()));
        }
        List<IndexDescriptor> indexes = new ArrayList<>();
        for (IndexDescriptor i : current.indexes()) {
            if (contains(i.columns(), index) || contains(i.included(), index) || namesColumn(i, drop.name())) {
                if (i.constraint()) {
                    dropReferencingKeys(current, i.columns(), drop.cascade());
                }
                catalog.deleteIndexName(transaction, current.schema(), i);
                TableStorage.indexDropped(catalog.databaseOid(), transaction, i);
            } else {
                indexes.add(i);
            }
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint c : current.checks()) {
            if (!Parser.renameIdentifier(c.expressionSql(), drop.name(), "\u0000").equals(c.expressionSql())) {
                continue; // names the column
            }
            checks.add(c);
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (ForeignKey k : current.foreignKeys()) {
            if (!contains(k.columns(), index) && !(k.referencedTable() == current.oid()
                    && contains(k.referencedColumns(), index))) {
                keys.add(remap(k, current.oid(), index));
            }
        }
        for (SequenceDescriptor sequence : catalogView.sequences()) {
            if (sequence.ownedByTable() == current.oid() && drop.name().equals(sequence.ownedByColumn())) {
                catalog.deleteSequence(transaction, sequence);
                catalogView.droppedSequence(sequence);
            }
        }
        List<ColumnDescriptor> columns = new ArrayList<>();
        for (int i = 0; i < current.columns().size(); i++) {
            if (i != index) {
                ColumnDescriptor c = current.columns().get(i);
                columns.add(new ColumnDescriptor(c.name(), columns.size() + 1, c.type(), c.notNull(), c.defaultSql(),
                        c.sequenceName(), c.identity(), c.generated(), c.domainOid(), c.settings()));
            }
        }
        List<IndexDescriptor> shifted = new ArrayList<>();
        for (IndexDescriptor i : indexes) {
            shifted.add(i.withColumns(shift(i.columns(), index)).withIncludedAndMethod(shift(i.included(), index),
                    i.method()));
        }
        TableDescriptor altered = new TableDescriptor(current.oid(), current.schema(), current.name(), columns,
                shift(current.primaryKey(), index), current.primaryKeyName(), current.schemaVersion() + 1,
                current.storageId(), shifted, checks, keys, current.view(), current.comments(),
                partitionKey == null ? current.inheritance() : new io.pglitedb.catalog.Inheritance(current.parents(),
                        new io.pglitedb.partition.PartitionKey(partitionKey.strategy(),
                                shift(partitionKey.columns(), index), partitionKey.expressions()),
                        current.inheritance().bound()), current.options(), current.settings());
        altered = TableStorage.renewed(catalog, transaction, altered);
        TableValidation.rewrite(current, altered, row -> {
            Object[] out = new Object[row.length - 1];
            System.arraycopy(row, 0, out, 0, index);
            System.arraycopy(row, index + 1, out, index, row.length - index - 1);
            return out;
        }, execContext());
        // foreign keys of other tables that reference columns after the dropped one
        for (TableDescriptor other : catalogView.tables()) {
            if (other.oid() == table.oid()) {
                continue;
            }
            List<ForeignKey> otherKeys = new ArrayList<>();
            boolean changed = false;
            for (ForeignKey k : other.foreignKeys()) {
                ForeignKey r = k.referencedTable() == table.oid() ? remap(k, table.oid(), index) : k;
                changed |= r != k;
                otherKeys.add(r);
            }
            if (changed) {
                TableDescriptor o = other.withForeignKeys(otherKeys);
                catalog.writeTable(transaction, o);
                catalogView.created(o);
            }
        }
        return altered;
    }

    /** Whether an index's expressions or predicate name the column (the index goes with it). */
    private static boolean namesColumn(IndexDescriptor index, String column) {
        java.util.List<String> texts = new ArrayList<>();
        for (int k = 0; k < index.columnCount(); k++) {
            if (index.expression(k) != null) {
                texts.add(index.expression(k));
            }
        }
        if (index.predicate() != null) {
            texts.add(index.predicate());
        }
        for (String sql : texts) {
            if (!Parser.renameIdentifier(sql, column, "\u0000").equals(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static int[] shift(int[] columns, int dropped) {
        int[] out = columns.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] > dropped) {
                out[i]--;
            }
        }
        return out;
    }

    /** A foreign key's column indexes after a column of {@code tableOid} was dropped. */
    private static ForeignKey remap(ForeignKey k, int tableOid, int dropped) {
        return k.with(k.name(), shift(k.columns(), dropped),
                k.referencedTable() == tableOid ? shift(k.referencedColumns(), dropped) : k.referencedColumns());
    }

    private TableDescriptor alterColumn(TableDescriptor table, AlterColumn change) {
        int index = column(table, change.column());
        ColumnDescriptor c = table.columns().get(index);
        ColumnDescriptor changed;
        switch (change.kind()) {
            case SET_DEFAULT -> {
                DefaultValues.validate(analyzerContext(), change.value(), c);
                changed = c.withDefault(io.pglitedb.sql.analyze.SqlText.of(change.value()));
            }
            case DROP_DEFAULT -> changed = c.withDefault(null);
            case SET_NOT_NULL -> {
                TableValidation.notNull(table, index, execContext());
                changed = c.withNotNull(true);
            }
            default -> {
                if (contains(table.primaryKey(), index)) {
                    throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "column \"%s\" is in a primary key",
                            c.name());
                }
                if (c.isIdentity()) {
                    throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                            "column \"%s\" of relation \"%s\" is an identity column", c.name(), table.name());
                }
                changed = c.withNotNull(false);
            }
        }
        List<ColumnDescriptor> columns = new ArrayList<>(table.columns());
        columns.set(index, changed);
        return table.withColumns(columns, table.schemaVersion());
    }

    private TableDescriptor renameColumn(TableDescriptor table, RenameColumn rename) {
        int index = table.columnIndex(rename.from());
        if (index < 0) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" does not exist", rename.from());
        }
        ColumnDescriptor.checkNotSystemName(rename.to());
        if (table.columnIndex(rename.to()) >= 0) {
            throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"%s\" of relation \"%s\" already exists",
                    rename.to(), table.name());
        }
        List<ColumnDescriptor> columns = new ArrayList<>(table.columns());
        columns.set(index, columns.get(index).withName(rename.to()));
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint c : table.checks()) {
            checks.add(new CheckConstraint(c.name(), Parser.renameIdentifier(c.expressionSql(), rename.from(),
                    rename.to())));
        }
        for (SequenceDescriptor sequence : catalogView.sequences()) {
            if (sequence.ownedByTable() == table.oid() && rename.from().equals(sequence.ownedByColumn())) {
                SequenceDescriptor owned = sequence.ownedBy(table.oid(), rename.to());
                catalog.writeSequence(transaction, owned);
                catalogView.createdSequence(owned);
            }
        }
        List<IndexDescriptor> indexes = new ArrayList<>();
        for (IndexDescriptor i : table.indexes()) {
            if (i.hasExpressionsOrPredicate()) {
                String[] expressions = i.expressions();
                if (expressions != null) {
                    for (int k = 0; k < expressions.length; k++) {
                        if (expressions[k] != null) {
                            expressions[k] = Parser.renameIdentifier(expressions[k], rename.from(), rename.to());
                        }
                    }
                }
                i = i.withExpressions(expressions, i.predicate() == null ? null
                        : Parser.renameIdentifier(i.predicate(), rename.from(), rename.to()));
            }
            indexes.add(i);
        }
        return table.withColumns(columns, table.schemaVersion()).withChecks(checks).withIndexes(indexes);
    }

    /**
     * ALTER COLUMN TYPE: every row is rewritten into new storage with the column converted, its
     * indexes rebuilt and its CHECK constraints and NOT NULL checked again, as PostgreSQL's table
     * rewrite does.
     */
    private TableDescriptor alterColumnType(TableDescriptor table, AlterColumnType change) {
        int index = table.columnIndex(change.column());
        if (index < 0) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist",
                    change.column(), table.name());
        }
        ColumnDescriptor column = table.columns().get(index);
        for (TableDescriptor other : catalogView.tables()) {
            if (other.view() != null && other.view().dependsOn().contains(table.oid())
                    && !Parser.renameIdentifier(other.view().query(), column.name(), "\u0000").equals(other.view().query())) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "cannot alter type of a column used by a view or rule")
                        .withDetail("rule _RETURN on " + (other.isView() ? "view " : "materialized view ") + other.name()
                                + " depends on column \"" + column.name() + "\"");
            }
        }
        AnalyzerContext context = analyzerContext();
        DataType type = ColumnTypeChanges.newType(change);
        BoundExpr conversion = ColumnTypeChanges.conversion(table, index, type, change, context);
        ColumnTypeChanges.checkDefault(column, type, context);
        List<ColumnDescriptor> columns = new ArrayList<>(table.columns());
        // as in PostgreSQL: the new type's storage, the COLLATE given or the new type's collation
        ColumnSettings settings = column.settings().withStorage('\0')
                .withCollation(TableDefinitions.collation(change.collate(), type, false));
        columns.set(index, new ColumnDescriptor(column.name(), column.attributeNumber(), type, column.notNull(),
                column.defaultSql(), column.sequenceName(), column.identity(), column.generated(),
                ColumnTypeChanges.newDomain(change), settings));
        TableDescriptor altered = TableStorage.renewed(catalog, transaction,
                table.withColumns(columns, table.schemaVersion() + 1));
        ExecContext exec = execContext();
        // rows first, then each index built over them: duplicates give "could not create unique index"
        TableValidation.rewrite(table, altered.withIndexes(List.of()), row -> {
            Object[] out = row.clone();
            out[index] = conversion.eval(row, exec.params());
            return out;
        }, exec);
        TableValidation.rebuildIndexes(altered, exec);
        if (column.notNull()) {
            TableValidation.notNull(altered, index, exec);
        }
        BoundExpr[] checks = Checks.bindAll(altered, context);
        for (int i = 0; i < checks.length; i++) {
            TableValidation.checkConstraint(altered, checks[i], altered.checks().get(i).name(), exec);
        }
        return altered;
    }

    private TableDescriptor renameTable(TableDescriptor table, RenameTable rename) {
        String to = rename.to();
        if (catalogView.relationExists(table.schema(), to)
                || transaction.lockForUpdate(catalog.nameKey(table.schema(), to)) != null) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", to);
        }
        TableDescriptor renamed = table.withName(to);
        transaction.delete(catalog.nameKey(table.schema(), table.name()));
        catalog.writeTable(transaction, renamed);
        return renamed;
    }

    private TableDescriptor addPrimaryKey(TableDescriptor table, TableConstraint constraint) {
        if (table.hasPrimaryKey()) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "multiple primary keys for table \"%s\" are not allowed",
                    table.name());
        }
        int[] pk = new int[constraint.columns().size()];
        for (int i = 0; i < pk.length; i++) {
            pk[i] = table.columnIndex(constraint.columns().get(i));
            if (pk[i] < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist",
                        constraint.columns().get(i), table.name());
            }
        }
        String schema = table.schema();
        String name = constraint.name() != null ? constraint.name()
                : ObjectNames.choose(table.name(), null, "pkey", n -> catalogView.relationExists(schema, n));
        List<ColumnDescriptor> columns = new ArrayList<>(table.columns());
        for (int index : pk) {
            columns.set(index, columns.get(index).withNotNull(true));
        }
        TableDescriptor altered = table.withColumns(columns, table.schemaVersion() + 1).withPrimaryKey(pk, name);
        TableDescriptor moved = rekeyRows(table, altered, pk, name);
        if (!moved.indexes().isEmpty()) {
            TableValidation.rebuildIndexes(moved, execContext()); // the row keys the entries name changed
        }
        return moved;
    }

    /**
     * Moves every row into new storage under its primary key, checking NOT NULL and uniqueness.
     * The new storage is private to the transaction until commit, so the rows go straight to the
     * store and the heap holds one row at a time: this is the step that gives pgbench's tables
     * their keys after loading, so it must be fast and small at millions of rows. Duplicates are
     * found by counting (a duplicate key overwrites, leaving fewer keys than rows); only then is
     * the table read again to name the duplicated key.
     *
     * @return the table as it is now stored
     */
    private TableDescriptor rekeyRows(TableDescriptor table, TableDescriptor altered, int[] pk, String constraintName) {
        DataType[] types = table.columnTypes();
        TableDescriptor moved = TableStorage.renewed(catalog, transaction, altered);
        byte[] oldPrefix = RowKeys.tablePrefix(catalog.databaseOid(), table);
        long rows = 0;
        try (KeyValueIterator it = transaction.scan(oldPrefix, KeyEncoder.prefixEnd(oldPrefix))) {
            while (it.next()) {
                Object[] row = RowCodec.decode(types, it.value());
                checkKeyNotNull(table, pk, row);
                transaction.put(RowKeys.primaryKey(catalog.databaseOid(), moved, pk, types, row),
                        RowCodec.encode(types, row, moved.schemaVersion(), transaction.id()));
                rows++;
            }
        }
        // ALTER TABLE reads nothing after this: a fresh snapshot may see its own writes
        transaction.newStatementSnapshot();
        byte[] newPrefix = RowKeys.tablePrefix(catalog.databaseOid(), moved);
        long keys = 0;
        try (KeyValueIterator it = transaction.scan(newPrefix, KeyEncoder.prefixEnd(newPrefix))) {
            while (it.next()) {
                keys++;
            }
        }
        if (keys != rows) {
            throw duplicate(table, types, pk, findDuplicate(table, moved, types, pk), constraintName);
        }
        return moved;
    }

    private static void checkKeyNotNull(TableDescriptor table, int[] pk, Object[] row) {
        for (int index : pk) {
            if (row[index] == null) {
                throw new PgException(SqlState.NOT_NULL_VIOLATION, "column \"%s\" of relation \"%s\" contains null values",
                        table.columns().get(index).name(), table.name())
                        .withTable(table.schema(), table.name()).withColumn(table.columns().get(index).name());
            }
        }
    }

    /** A row with the smallest duplicated key (the one a sorting index build meets first); only for the error. */
    private Object[] findDuplicate(TableDescriptor table, TableDescriptor moved, DataType[] types, int[] pk) {
        byte[] oldPrefix = RowKeys.tablePrefix(catalog.databaseOid(), table);
        Set<ByteBuffer> seen = new HashSet<>();
        byte[] smallest = null;
        Object[] found = null;
        try (KeyValueIterator it = transaction.scan(oldPrefix, KeyEncoder.prefixEnd(oldPrefix))) {
            while (it.next()) {
                Object[] row = RowCodec.decode(types, it.value());
                byte[] key = RowKeys.primaryKey(catalog.databaseOid(), moved, pk, types, row);
                if (!seen.add(ByteBuffer.wrap(key)) && (smallest == null || Arrays.compareUnsigned(key, smallest) < 0)) {
                    smallest = key;
                    found = row;
                }
            }
        }
        if (found != null) {
            return found;
        }
        throw new PgException(SqlState.INTERNAL_ERROR, "row count of \"%s\" changed while adding its primary key",
                table.name());
    }

    private static PgException duplicate(TableDescriptor table, DataType[] types, int[] pk, Object[] row,
            String constraintName) {
        return new PgException(SqlState.UNIQUE_VIOLATION, "could not create unique index \"%s\"", constraintName)
                .withDetail("Key " + DmlExecutor.keyText(table, pk, types, row) + " is duplicated.")
                .withTable(table.schema(), table.name()).withConstraint(constraintName);
    }
}
