package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.SearchPath;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.DmlExecutor;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.Executor;
import io.pglitedb.exec.RowIterator;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.ViewDefinitions;
import io.pglitedb.sql.ast.CreateTableAs;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * CREATE TABLE AS and SELECT INTO: a table with the query's columns (no constraints, no
 * defaults, as PostgreSQL makes it), filled with the query's rows in the same transaction.
 */
final class TableAsCommand {
    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final AnalyzerContext context;
    private final UtilityCommands utility;

    TableAsCommand(Session session, Catalog catalog, Transaction transaction, CatalogView catalogView,
            AnalyzerContext context, UtilityCommands utility) {
        this.utility = utility;
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.context = context;
    }

    /** @return PostgreSQL's command tag: "SELECT n", or "CREATE TABLE AS" when nothing was filled */
    String run(CreateTableAs create) {
        boolean temporary = create.temporary() || SearchPath.PG_TEMP.equals(create.name().schema());
        QualifiedName target = temporary ? utility.temporaryName(create.name()) : create.name();
        String schema = UtilityCommands.creationSchema(catalogView, session.searchPath(), target);
        String name = create.name().name();
        boolean exists = utility.relationNameTaken(schema, name);
        if (utility.skipsExisting(exists, create.ifNotExists(), name)) {
            return "CREATE TABLE AS";
        }
        if (exists) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", name);
        }
        List<String> options = RelationOptions.create(create.options(), false);
        ViewDefinitions.Defined defined = ViewDefinitions.define(create.columns(), create.query(),
                "too many column names were specified", context);
        ViewDefinitions.checkStoredColumnNames(defined);
        // the query runs as the current user: it needs the privileges a SELECT would
        new io.pglitedb.security.Authorization(catalogView).check(context.access(), session.currentRoleOid(catalogView));
        int oid = catalog.allocateOid();
        TableDescriptor table = new TableDescriptor(oid, schema, name, defined.columns(), new int[0], null, 1)
                .withOptions(options);
        if (create.unlogged()) {
            table = table.withSettings(table.settings().withPersistence(io.pglitedb.catalog.TableSettings.UNLOGGED));
        }
        catalog.writeTable(transaction, table);
        catalogView.created(table);
        TableStorage.created(catalog.databaseOid(), transaction, table);
        if (temporary) {
            session.onCommit(oid, create.onCommit());
        }
        if (!create.withData()) {
            return "CREATE TABLE AS";
        }
        ExecContext exec = new ExecContext(transaction, new Object[0], catalog, catalog.databaseOid());
        DataType[] types = table.columnTypes();
        int[] noKey = new int[0];
        long rows = 0;
        try (RowIterator it = Executor.open(defined.plan().root(), exec)) {
            Object[] row;
            while ((row = it.next()) != null) {
                DmlExecutor.insertRow(table, types, noKey, row.clone(), exec);
                rows++;
            }
        }
        return "SELECT " + rows;
    }
}
