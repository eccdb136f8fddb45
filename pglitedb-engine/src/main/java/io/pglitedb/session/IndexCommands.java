package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.ObjectNames;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.TableValidation;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.IndexExpressions;
import io.pglitedb.sql.analyze.SqlText;
import io.pglitedb.sql.ast.CreateIndex;
import io.pglitedb.sql.ast.FuncCall;
import io.pglitedb.sql.ast.DropObjects;
import io.pglitedb.sql.ast.IndexElement;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.txn.Transaction;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE INDEX and DROP INDEX, in the transaction's batch: the index is part of its table's
 * descriptor, and its entries are written (or deleted) in the same batch. Concurrent writers of
 * the table are not blocked while an index is built (no table locks yet): CREATE INDEX should
 * not run while other sessions write the table.
 */
final class IndexCommands {
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final io.pglitedb.catalog.SearchPath searchPath;
    private final ResultSink sink;
    private final java.util.function.Supplier<AnalyzerContext> analyzer;

    IndexCommands(Catalog catalog, Transaction transaction, CatalogView catalogView,
            io.pglitedb.catalog.SearchPath searchPath, ResultSink sink,
            java.util.function.Supplier<AnalyzerContext> analyzer) {
        this.analyzer = analyzer;
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.searchPath = searchPath;
        this.sink = sink;
    }

    String create(CreateIndex create) {
        String schema = UtilityCommands.schemaOf(catalogView, searchPath, create.table());
        TableDescriptor table = catalogView.table(schema, create.table().name());
        if (table == null) {
            if (catalogView.relationExists(schema, create.table().name())) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot create index on relation \"%s\"",
                        create.table().name()).withDetail("This operation is not supported for sequences.");
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", create.table().name());
        }
        if (table.isView()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot create index on relation \"%s\"",
                    create.table().name()).withDetail("This operation is not supported for views.");
        }
        checkAccessMethod(create);
        List<String> options = RelationOptions.index(create.options()); // before the columns, as in PostgreSQL
        int n = create.elements().size();
        int[] columns = new int[n];
        boolean[] descending = new boolean[n];
        boolean[] nullsFirst = new boolean[n];
        String[] expressions = null;
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            IndexElement e = create.elements().get(i);
            if (e.expression() != null) {
                IndexExpressions.checkExpression(table, e.expression(), analyzer.get());
                if (expressions == null) {
                    expressions = new String[n];
                }
                expressions[i] = SqlText.of(e.expression());
                columns[i] = -1;
                names.add(e.expression() instanceof FuncCall f ? f.name() : "expr");
            } else {
                columns[i] = table.columnIndex(e.column());
                if (columns[i] < 0) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" does not exist", e.column());
                }
                names.add(e.column());
            }
            descending[i] = e.descending();
            nullsFirst[i] = e.nullsFirst() != null ? e.nullsFirst() : e.descending();
        }
        int[] included = new int[create.included().size()];
        for (int i = 0; i < included.length; i++) {
            IndexElement e = create.included().get(i);
            if (e.expression() != null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "expressions are not supported in included columns");
            }
            included[i] = table.columnIndex(e.column());
            if (included[i] < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" does not exist", e.column());
            }
            if (e.hasOrderingOptions()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        e.nullsFirst() != null && !e.ascOrDescWritten()
                                ? "including column does not support NULLS FIRST/LAST options"
                                : "including column does not support ASC/DESC options");
            }
            names.add(e.column());
        }
        String predicate = null;
        if (create.predicate() != null) {
            IndexExpressions.checkPredicate(table, create.predicate(), analyzer.get());
            predicate = SqlText.of(create.predicate());
        }
        String name = create.name();
        if (name != null) {
            if (catalogView.relationExists(schema, name)
                    || transaction.lockForUpdate(catalog.nameKey(schema, name)) != null) {
                if (create.ifNotExists()) {
                    sink.notice(new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists, skipping",
                            name).withSeverity("NOTICE"));
                    return "CREATE INDEX";
                }
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", name);
            }
        } else {
            name = ObjectNames.choose(table.name(), String.join("_", ObjectNames.distinctColumnNames(names)), "idx",
                    candidate -> catalogView.relationExists(schema, candidate));
            transaction.lockForUpdate(catalog.nameKey(schema, name));
        }
        transaction.lockForUpdate(catalog.nameKey(table.schema(), table.name()));
        IndexDescriptor index = new IndexDescriptor(catalog.allocateOid(), name, columns, descending, nullsFirst,
                create.unique(), false, false, false, expressions, predicate, included, create.method(),
                create.nullsNotDistinct(), options);
        TableStorage.indexCreated(catalog.databaseOid(), transaction, index);
        TableValidation.buildIndex(table, index, buildContext(table));
        TableDescriptor altered = table.withIndex(index);
        catalog.writeTable(transaction, altered);
        catalog.writeIndexName(transaction, schema, index);
        catalogView.created(altered);
        if (altered.isPartitioned()) { // PostgreSQL's partitioned index: one on each partition
            for (TableDescriptor partition : catalogView.children(altered.oid())) {
                indexPartition(altered, index, partition);
            }
        }
        return "CREATE INDEX";
    }

    /**
     * ALTER INDEX [IF EXISTS] name RENAME TO new: the index (a UNIQUE or PRIMARY KEY constraint's
     * index renames its constraint too). PostgreSQL also lets ALTER INDEX rename a table: null then,
     * for the caller to run ALTER TABLE ... RENAME.
     */
    String rename(io.pglitedb.sql.ast.AlterIndex alter) {
        String schema = UtilityCommands.schemaOf(catalogView, searchPath, alter.name());
        String from = alter.name().name();
        TableDescriptor table = catalogView.tableOfIndex(schema, from);
        TableDescriptor keyed = table != null ? null : tableWithPrimaryKey(schema, from);
        if (table == null && keyed == null) {
            if (catalogView.table(schema, from) != null) {
                return null;
            }
            if (alter.ifExists()) {
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "relation \"%s\" does not exist, skipping",
                        from).withSeverity("NOTICE"));
                return "ALTER INDEX";
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", from);
        }
        String to = alter.newName();
        if (catalogView.relationExists(schema, to) || tableWithPrimaryKey(schema, to) != null) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", to);
        }
        TableDescriptor owner = table != null ? table : keyed;
        transaction.lockForUpdate(catalog.nameKey(owner.schema(), owner.name()));
        TableDescriptor altered;
        if (table != null) {
            IndexDescriptor index = table.index(from);
            catalog.deleteIndexName(transaction, schema, index);
            IndexDescriptor renamed = index.withName(to);
            catalog.writeIndexName(transaction, schema, renamed);
            List<IndexDescriptor> indexes = new ArrayList<>(table.indexes());
            indexes.set(indexes.indexOf(index), renamed);
            altered = table.withIndexes(indexes);
        } else {
            altered = keyed.withPrimaryKey(keyed.primaryKey(), to);
        }
        catalog.writeTable(transaction, altered);
        catalogView.created(altered);
        return "ALTER INDEX";
    }

    /** The table of {@code schema} whose primary key's index is named {@code name}, or null. */
    private TableDescriptor tableWithPrimaryKey(String schema, String name) {
        for (TableDescriptor t : catalogView.tables()) {
            if (t.schema().equals(schema) && name.equals(t.primaryKeyName())) {
                return t;
            }
        }
        return null;
    }

    /** PostgreSQL's DefineIndex checks of what the access method supports (hash: one key column, equality only). */
    private static void checkAccessMethod(CreateIndex create) {
        if (!create.method().equals(IndexDescriptor.HASH)) {
            return;
        }
        String refusal = create.unique() ? "unique indexes"
                : !create.included().isEmpty() ? "included columns"
                : create.elements().size() > 1 ? "multicolumn indexes"
                : create.elements().get(0).ascOrDescWritten() ? "ASC/DESC options"
                : create.elements().get(0).nullsFirst() != null ? "NULLS FIRST/LAST options"
                : null;
        if (refusal != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "access method \"%s\" does not support %s",
                    create.method(), refusal);
        }
    }

    /**
     * Gives a partition of {@code parent} the index {@code index} of the parent stands for: an index
     * of the same definition it has already, or a new one named after the partition.
     */
    void indexPartition(TableDescriptor parent, IndexDescriptor index, TableDescriptor partition) {
        if (partition.isPartition() && !index.constraint()
                && io.pglitedb.catalog.PartitionIndexes.matching(parent, index, partition) == null) {
            create(io.pglitedb.sql.analyze.IndexStatements.recreate(parent, index,
                    new QualifiedName(partition.schema(), partition.name(), -1), null));
        }
    }

    /** Gives a new or attached partition the indexes of its partitioned parent. */
    void indexNewPartition(TableDescriptor partition) {
        TableDescriptor parent = partition.isPartition() ? catalogView.tableByOid(partition.parents().get(0)) : null;
        if (parent == null) {
            return;
        }
        for (IndexDescriptor index : parent.indexes()) {
            indexPartition(parent, index, catalogView.tableByOid(partition.oid()));
        }
    }

    /** ALTER INDEX [IF EXISTS] name SET|RESET (options): the index's storage parameters. */
    String alterOptions(io.pglitedb.sql.ast.AlterIndexOptions alter) {
        QualifiedName name = alter.index();
        String schema = UtilityCommands.schemaOf(catalogView, searchPath, name);
        TableDescriptor table = catalogView.tableOfIndex(schema, name.name());
        if (table == null) {
            if (catalogView.relationExists(schema, name.name())) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not an index", name.name());
            }
            if (alter.ifExists()) {
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "relation \"%s\" does not exist, skipping",
                        name.name()).withSeverity("NOTICE"));
                return "ALTER INDEX";
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name.name());
        }
        IndexDescriptor index = table.index(name.name());
        List<String> options = alter.options().reset()
                ? RelationOptions.reset(index.options(), alter.options().options())
                : RelationOptions.setIndex(index.options(), alter.options().options());
        transaction.lockForUpdate(catalog.nameKey(table.schema(), table.name()));
        List<IndexDescriptor> indexes = new ArrayList<>();
        for (IndexDescriptor i : table.indexes()) {
            indexes.add(i.name().equals(index.name()) ? i.withOptions(options) : i);
        }
        TableDescriptor altered = table.withIndexes(indexes);
        catalog.writeTable(transaction, altered);
        catalogView.created(altered);
        return "ALTER INDEX";
    }

    String drop(DropObjects drop) {
        List<QualifiedName> found = new ArrayList<>();
        for (QualifiedName name : drop.names()) {
            String schema = UtilityCommands.schemaOf(catalogView, searchPath, name);
            TableDescriptor table = catalogView.tableOfIndex(schema, name.name());
            if (table == null) {
                if (catalogView.relationExists(schema, name.name())) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not an index", name.name())
                            .withHint(catalogView.table(schema, name.name()) != null
                                    ? "Use DROP TABLE to remove a table." : "Use DROP SEQUENCE to remove a sequence.");
                }
                if (drop.ifExists()) {
                    sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "index \"%s\" does not exist, skipping",
                            name.name()).withSeverity("NOTICE"));
                    continue;
                }
                throw new PgException(SqlState.UNDEFINED_OBJECT, "index \"%s\" does not exist", name.name());
            }
            IndexDescriptor index = table.index(name.name());
            if (index.constraint()) {
                throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                        "cannot drop index %s because constraint %s on table %s requires it", index.name(),
                        index.name(), table.name())
                        .withHint("You can drop constraint " + index.name() + " on table " + table.name()
                                + " instead.");
            }
            TableDescriptor parent = table.isPartition() ? catalogView.tableByOid(table.parents().get(0)) : null;
            IndexDescriptor parentIndex = parent == null ? null
                    : io.pglitedb.catalog.PartitionIndexes.parentOf(parent, table, index);
            if (parentIndex != null) {
                throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                        "cannot drop index %s because index %s requires it", index.name(), parentIndex.name())
                        .withHint("You can drop index " + parentIndex.name() + " instead.");
            }
            found.add(name);
        }
        for (QualifiedName name : found) {
            String schema = UtilityCommands.schemaOf(catalogView, searchPath, name);
            TableDescriptor table = catalogView.tableOfIndex(schema, name.name());
            transaction.lockForUpdate(catalog.nameKey(table.schema(), table.name()));
            dropIndex(table, table.index(name.name()));
        }
        return "DROP INDEX";
    }

    /** Removes an index (entries, name, and from its table's descriptor), and its partitions' indexes. */
    void dropIndex(TableDescriptor table, IndexDescriptor index) {
        if (table.isPartitioned()) {
            for (TableDescriptor partition : catalogView.children(table.oid())) {
                IndexDescriptor own = partition.isPartition()
                        ? io.pglitedb.catalog.PartitionIndexes.matching(table, index, partition) : null;
                if (own != null) {
                    transaction.lockForUpdate(catalog.nameKey(partition.schema(), partition.name()));
                    dropIndex(partition, own);
                }
            }
        }
        TableStorage.indexDropped(catalog.databaseOid(), transaction, index);
        List<IndexDescriptor> remaining = new ArrayList<>(table.indexes());
        remaining.removeIf(i -> i.oid() == index.oid());
        TableDescriptor altered = table.withIndexes(remaining);
        catalog.deleteIndexName(transaction, table.schema(), index);
        catalog.writeTable(transaction, altered);
        catalogView.created(altered);
    }

    /**
     * The context an index of {@code table} is built in: as the table's owner, whoever runs the
     * command, so its expressions and predicate see the owner as current_user (PostgreSQL's
     * DefineIndex and reindex_index switch to the owner with SetUserIdAndSecContext).
     */
    private ExecContext buildContext(TableDescriptor table) {
        ExecContext context = new ExecContext(transaction, new Object[0], catalog, catalog.databaseOid());
        AnalyzerContext a = analyzer.get();
        int ownerOid = catalogView.security().aclOrDefault(table.oid(), io.pglitedb.catalog.ObjectAcl.TABLE).owner();
        io.pglitedb.catalog.RoleDescriptor owner = catalogView.roleByOid(ownerOid);
        String user = owner != null ? owner.name() : a.user();
        context.setSystemContext(() -> new io.pglitedb.catalog.system.SystemContext(catalogView, searchPath,
                a.database(), user, java.util.Map.of(), null));
        return context;
    }
}
