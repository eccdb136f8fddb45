package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.Namespaces;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.ViewDefinition;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.DmlExecutor;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.Executor;
import io.pglitedb.exec.RowIterator;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.UpdatableViews;
import io.pglitedb.sql.analyze.ViewDefinitions;
import io.pglitedb.sql.ast.AlterTable;
import io.pglitedb.sql.ast.AlterView;
import io.pglitedb.sql.ast.CreateView;
import io.pglitedb.sql.ast.DropObjects;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.RefreshMaterializedView;
import io.pglitedb.sql.plan.QueryPlan;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.WaitPolicy;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * CREATE [OR REPLACE] VIEW, CREATE MATERIALIZED VIEW, DROP [MATERIALIZED] VIEW, REFRESH
 * MATERIALIZED VIEW and ALTER [MATERIALIZED] VIEW ... RENAME. A view is a relation
 * ({@link TableDescriptor} with a {@link ViewDefinition}) without storage; a materialized view
 * keeps its rows like a table and REFRESH replaces them with new storage, as TRUNCATE does.
 */
final class ViewCommands {
    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final ResultSink sink;
    private final AnalyzerContext context;

    ViewCommands(Session session, Catalog catalog, Transaction transaction, CatalogView catalogView, ResultSink sink,
            AnalyzerContext context) {
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.sink = sink;
        this.context = context;
    }

    /** "table", "view" or "materialized view", as dependency messages name a relation. */
    static String kindName(TableDescriptor relation) {
        return switch (relation.relkind()) {
            case TableDescriptor.VIEW -> "view";
            case TableDescriptor.MATERIALIZED_VIEW -> "materialized view";
            default -> "table";
        };
    }

    /** "view v", or "view s.v" when search_path does not find it unqualified, as PostgreSQL describes objects. */
    String describe(TableDescriptor relation) {
        return kindName(relation) + " " + qualifiedIfHidden(relation);
    }

    String qualifiedIfHidden(TableDescriptor relation) {
        boolean visible = Namespaces.relationSchema(catalogView, session.searchPath(), null, relation.name())
                .equals(relation.schema());
        return visible ? relation.name() : relation.schema() + "." + relation.name();
    }

    String create(CreateView create) {
        String tag = create.materialized() ? "CREATE MATERIALIZED VIEW" : "CREATE VIEW";
        String schema = UtilityCommands.creationSchema(catalogView, session.searchPath(), create.name());
        String name = create.name().name();
        TableDescriptor existing = catalogView.table(schema, name);
        boolean taken = existing != null || catalogView.relationExists(schema, name);
        if (!taken && transaction.lockForUpdate(catalog.nameKey(schema, name)) != null) {
            taken = true; // created by a transaction that committed after this one's catalog view
        }
        if (taken && !(create.orReplace() && existing != null)) {
            if (create.orReplace()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a view", name);
            }
            if (create.ifNotExists()) {
                sink.notice(new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists, skipping", name)
                        .withSeverity("NOTICE"));
                return tag;
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", name);
        }
        if (existing != null && !existing.isView()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a view", name);
        }
        ViewDefinitions.Defined defined = ViewDefinitions.define(create, context);
        if (create.materialized()) {
            ViewDefinitions.checkStoredColumnNames(defined);
        }
        if (create.checkOption() != ViewDefinition.NO_CHECK) {
            UpdatableViews.checkCheckOptionAllowed(create.query(), context);
        }
        if (existing != null) {
            return replace(existing, create, defined);
        }
        int oid = catalog.allocateOid();
        TableDescriptor view = new TableDescriptor(oid, schema, name, defined.columns(), new int[0], null, 1, oid,
                List.of(), List.of(), List.of(), new ViewDefinition(create.queryText(), create.materialized(),
                        create.withData(), create.checkOption(), defined.dependsOn(), defined.references()));
        catalog.writeTable(transaction, view);
        catalogView.created(view);
        if (create.materialized()) {
            TableStorage.created(catalog.databaseOid(), transaction, view);
            if (create.withData()) {
                return "SELECT " + fill(view, defined.plan()); // PostgreSQL's tag, as for CREATE TABLE AS
            }
        }
        return tag;
    }

    /** CREATE OR REPLACE VIEW: the new query may only add columns at the end (PostgreSQL's rule). */
    private String replace(TableDescriptor existing, CreateView create, ViewDefinitions.Defined defined) {
        List<ColumnDescriptor> before = existing.columns();
        List<ColumnDescriptor> after = defined.columns();
        if (after.size() < before.size()) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot drop columns from view");
        }
        for (int i = 0; i < before.size(); i++) {
            ColumnDescriptor old = before.get(i);
            ColumnDescriptor now = after.get(i);
            if (!old.name().equals(now.name())) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                        "cannot change name of view column \"%s\" to \"%s\"", old.name(), now.name())
                        .withHint("Use ALTER VIEW ... RENAME COLUMN ... to change name of view column instead.");
            }
            if (!old.type().equals(now.type())) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                        "cannot change data type of view column \"%s\" from %s to %s", old.name(),
                        old.type().displayName(), now.type().displayName());
            }
        }
        if (dependsOnTransitively(defined.dependsOn(), existing.oid(), new ArrayList<>())) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                    "infinite recursion detected in rules for relation \"%s\"", existing.name());
        }
        transaction.lockForUpdate(catalog.nameKey(existing.schema(), existing.name()));
        TableDescriptor replaced = existing.withColumns(after, existing.schemaVersion() + 1)
                .withView(new ViewDefinition(create.queryText(), false, true, create.checkOption(),
                        defined.dependsOn(), defined.references()));
        catalog.writeTable(transaction, replaced);
        catalogView.created(replaced);
        return "CREATE VIEW";
    }

    private boolean dependsOnTransitively(List<Integer> oids, int target, List<Integer> seen) {
        for (int oid : oids) {
            if (oid == target) {
                return true;
            }
            if (seen.contains(oid)) {
                continue;
            }
            seen.add(oid);
            TableDescriptor relation = catalogView.table(oid);
            if (relation != null && relation.view() != null
                    && dependsOnTransitively(relation.view().dependsOn(), target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Runs the materialized view's query into its (new, private) storage; returns the row count. */
    private long fill(TableDescriptor view, QueryPlan plan) {
        long count = 0;
        ExecContext exec = new ExecContext(transaction, new Object[0], catalog, catalog.databaseOid());
        exec.setSystemContext(session::systemContext);
        DataType[] types = view.columnTypes();
        int[] noKey = new int[0];
        try (RowIterator rows = Executor.open(plan.root(), exec)) {
            Object[] row;
            while ((row = rows.next()) != null) {
                DmlExecutor.insertRow(view, types, noKey, row.clone(), exec);
                count++;
            }
        }
        return count;
    }

    /** The schema of the existing relation {@code name} names through the search path. */
    private String schemaOf(QualifiedName name) {
        return UtilityCommands.schemaOf(catalogView, session.searchPath(), name);
    }

    String refresh(RefreshMaterializedView refresh) {
        QualifiedName name = refresh.name();
        TableDescriptor view = catalogView.table(schemaOf(name), name.name());
        if (view == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name.name())
                    .withPosition(name.position() + 1);
        }
        if (!view.isMaterializedView()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a table or materialized view", name.name());
        }
        if (refresh.concurrently() && !view.view().populated()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "CONCURRENTLY cannot be used when the materialized view is not populated");
        }
        if (refresh.concurrently() && !refresh.withData()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "REFRESH options CONCURRENTLY and WITH NO DATA cannot be used together");
        }
        transaction.lockForUpdate(catalog.nameKey(view.schema(), view.name()));
        transaction.lockTable(catalog.databaseOid(), view.oid(), LockMode.ACCESS_EXCLUSIVE, WaitPolicy.BLOCK);
        TableDescriptor renewed = TableStorage.renewed(catalog, transaction, view)
                .withView(view.view().withPopulated(refresh.withData()));
        catalog.writeTable(transaction, renewed);
        catalogView.created(renewed);
        if (refresh.withData()) {
            fill(renewed, ViewDefinitions.plan(renewed, context));
        }
        return "REFRESH MATERIALIZED VIEW";
    }

    String drop(DropObjects drop) {
        boolean materialized = drop.kind() == DropObjects.Kind.MATERIALIZED_VIEW;
        String kind = materialized ? "materialized view" : "view";
        List<TableDescriptor> views = new ArrayList<>();
        for (QualifiedName name : drop.names()) {
            String schema = schemaOf(name);
            TableDescriptor view = catalogView.table(schema, name.name());
            if (view != null && (materialized ? view.isMaterializedView() : view.isView())) {
                views.add(view);
                continue;
            }
            if (view != null || catalogView.relationExists(schema, name.name())) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a %s", name.name(), kind)
                        .withHint(dropHint(view, schema, name.name()));
            }
            if (drop.ifExists()) {
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "%s \"%s\" does not exist, skipping", kind,
                        name.name()).withSeverity("NOTICE"));
                continue;
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "%s \"%s\" does not exist", kind, name.name());
        }
        List<Integer> dropping = new ArrayList<>();
        for (TableDescriptor view : views) {
            dropping.add(view.oid());
        }
        for (TableDescriptor view : views) {
            Dependents dependents = new Dependents();
            List<TableDescriptor> cascaded = dependentViews(view, dependents, dropping);
            dependents.check(describe(view), drop.cascade(), sink);
            dropRelations(cascaded);
        }
        dropRelations(views);
        return materialized ? "DROP MATERIALIZED VIEW" : "DROP VIEW";
    }

    private String dropHint(TableDescriptor relation, String schema, String name) {
        if (relation == null) {
            return catalogView.sequence(schema, name) != null ? "Use DROP SEQUENCE to remove a sequence."
                    : "Use DROP INDEX to remove an index.";
        }
        return switch (relation.relkind()) {
            case TableDescriptor.VIEW -> "Use DROP VIEW to remove a view.";
            case TableDescriptor.MATERIALIZED_VIEW -> "Use DROP MATERIALIZED VIEW to remove a materialized view.";
            default -> "Use DROP TABLE to remove a table.";
        };
    }

    /**
     * The views that read {@code relation}, directly or through other views, in dependency order,
     * each added to {@code dependents}; those in {@code skip} (dropped anyway) are left out.
     */
    List<TableDescriptor> dependentViews(TableDescriptor relation, Dependents dependents, List<Integer> skip) {
        List<TableDescriptor> found = new ArrayList<>();
        collect(relation, dependents, skip, found);
        return found;
    }

    private void collect(TableDescriptor relation, Dependents dependents, List<Integer> skip,
            List<TableDescriptor> found) {
        List<TableDescriptor> all = new ArrayList<>(catalogView.tables());
        all.sort(Comparator.comparingInt(TableDescriptor::oid));
        for (TableDescriptor other : all) {
            if (other.view() == null || !other.view().dependsOn().contains(relation.oid())
                    || skip.contains(other.oid()) || contains(found, other)) {
                continue;
            }
            dependents.add(describe(other), "depends on " + describe(relation));
            found.add(other);
            collect(other, dependents, skip, found);
        }
    }

    private static boolean contains(List<TableDescriptor> list, TableDescriptor relation) {
        for (TableDescriptor t : list) {
            if (t.oid() == relation.oid()) {
                return true;
            }
        }
        return false;
    }

    /** Removes views (and materialized views with their rows) from the catalog. */
    void dropRelations(List<TableDescriptor> relations) {
        for (TableDescriptor relation : relations) {
            TableDescriptor current = catalogView.table(relation.oid());
            if (current == null) {
                continue; // dropped already (reached twice through cascades)
            }
            transaction.lockForUpdate(catalog.nameKey(current.schema(), current.name()));
            transaction.lockTable(catalog.databaseOid(), current.oid(), LockMode.ACCESS_EXCLUSIVE, WaitPolicy.BLOCK);
            catalog.deleteTable(transaction, current);
            catalogView.dropped(current);
            if (current.isMaterializedView()) {
                TableStorage.dropped(catalog.databaseOid(), transaction, current);
            }
        }
    }

    String alter(AlterView alter) {
        String tag = alter.materialized() ? "ALTER MATERIALIZED VIEW" : "ALTER VIEW";
        QualifiedName name = alter.name();
        TableDescriptor relation = catalogView.table(schemaOf(name), name.name());
        if (relation != null && !(alter.materialized() ? relation.isMaterializedView() : relation.isView())) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a %s", name.name(),
                    alter.materialized() ? "materialized view" : "view");
        }
        new AlterTableCommand(session, catalog, transaction, catalogView, sink)
                .run(new AlterTable(name, alter.ifExists(), List.of(alter.action())));
        return tag;
    }
}
