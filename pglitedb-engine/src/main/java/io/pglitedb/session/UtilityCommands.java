package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.ParameterTypes;
import io.pglitedb.sql.analyze.TableDefinitions;
import io.pglitedb.sql.ast.AlterRole;
import io.pglitedb.sql.ast.AlterTable;
import io.pglitedb.sql.ast.Copy;
import io.pglitedb.sql.ast.CreateRole;
import io.pglitedb.sql.ast.CreateTable;
import io.pglitedb.sql.ast.DropRole;
import io.pglitedb.sql.ast.DropTable;
import io.pglitedb.sql.ast.Maintenance;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.ResetVariable;
import io.pglitedb.sql.ast.SetVariable;
import io.pglitedb.sql.ast.ShowVariable;
import io.pglitedb.sql.ast.Statement;
import io.pglitedb.sql.ast.Truncate;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Statements the session runs itself: CREATE TABLE and DROP TABLE (written into the transaction's
 * batch with the catalog rows, so they commit or roll back with it), SET, RESET and SHOW.
 */
final class UtilityCommands {
    private final Session session;
    private final Settings settings;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final ResultSink sink;

    UtilityCommands(Session session, Settings settings, Catalog catalog, Transaction transaction,
            CatalogView catalogView, ResultSink sink) {
        this.session = session;
        this.settings = settings;
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.sink = sink;
    }

    /** The schema an unqualified name resolves to (search_path "$user", public: no user schemas yet). */
    static String schemaOf(QualifiedName name) {
        return name.schema() == null ? "public" : name.schema();
    }

    /** DDL needs a transaction; SET/SHOW do not. */
    static boolean isTransactional(Statement statement) {
        return statement instanceof CreateTable || statement instanceof DropTable || statement instanceof Truncate
                || statement instanceof AlterTable || statement instanceof Copy || statement instanceof CreateRole
                || statement instanceof AlterRole || statement instanceof DropRole;
    }

    /** The name a read-only transaction's 25006 error gives the statement, or null if it may run. */
    static String writeCommandName(Statement statement) {
        return switch (statement) {
            case CreateTable c -> "CREATE TABLE";
            case DropTable d -> "DROP TABLE";
            case Truncate t -> "TRUNCATE TABLE";
            case AlterTable a -> "ALTER TABLE";
            case Copy c -> c.from() ? "COPY FROM" : null;
            default -> null;
        };
    }

    /** @return the command tag */
    String run(Statement statement) {
        return switch (statement) {
            case CreateTable create -> createTable(create);
            case Copy copy -> new CopyCommand(session, catalog, transaction, catalogView, sink).run(copy);
            case DropTable drop -> dropTable(drop);
            case SetVariable set -> set(set);
            case ResetVariable reset -> reset(reset);
            case ShowVariable show -> show(show);
            case Truncate truncate -> truncate(truncate);
            case AlterTable alter -> new AlterTableCommand(catalog, transaction, catalogView).run(alter);
            case Maintenance maintenance -> maintenance(maintenance);
            case CreateRole create -> roles().create(create);
            case AlterRole alter -> roles().alter(alter);
            case DropRole drop -> roles().drop(drop);
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "statement not supported: %s",
                    statement.getClass().getSimpleName());
        };
    }

    private String createTable(CreateTable create) {
        String schema = schemaOf(create.name());
        String name = create.name().name();
        if (catalogView.table(schema, name) != null || transaction.lockForUpdate(Catalog.nameKey(schema, name)) != null) {
            if (create.ifNotExists()) {
                sink.notice(new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists, skipping", name)
                        .withSeverity("NOTICE"));
                return "CREATE TABLE";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", name);
        }
        AnalyzerContext context = new AnalyzerContext(catalogView, new ParameterTypes(null), session.user(),
                session.databaseName());
        TableDescriptor table = TableDefinitions.define(create, context, catalog.allocateOid());
        catalog.writeTable(transaction, table);
        catalogView.created(table);
        TableStorage.created(transaction, table);
        return "CREATE TABLE";
    }

    private String dropTable(DropTable drop) {
        List<TableDescriptor> tables = new ArrayList<>();
        for (QualifiedName name : drop.names()) {
            String schema = schemaOf(name);
            TableDescriptor table = catalogView.table(schema, name.name());
            if (table == null) {
                if (drop.ifExists()) {
                    sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                            "table \"%s\" does not exist, skipping", name.name()).withSeverity("NOTICE"));
                    continue;
                }
                throw new PgException(SqlState.UNDEFINED_TABLE, "table \"%s\" does not exist", name.name());
            }
            tables.add(table);
        }
        for (TableDescriptor table : tables) {
            transaction.lockForUpdate(Catalog.nameKey(table.schema(), table.name()));
            catalog.deleteTable(transaction, table);
            catalogView.dropped(table);
            TableStorage.dropped(transaction, table);
        }
        return "DROP TABLE";
    }

    private RoleCommand roles() {
        return new RoleCommand(session, settings, catalog, transaction, catalogView, sink);
    }

    /** TRUNCATE gives each table new, empty storage; the old rows are deleted after commit. */
    private String truncate(Truncate truncate) {
        List<TableDescriptor> tables = new ArrayList<>();
        for (QualifiedName name : truncate.tables()) {
            tables.add(existingTable(name));
        }
        for (TableDescriptor table : tables) {
            transaction.lockForUpdate(Catalog.nameKey(table.schema(), table.name()));
            TableDescriptor emptied = TableStorage.renewed(catalog, transaction, table);
            catalog.writeTable(transaction, emptied);
            catalogView.created(emptied);
        }
        return "TRUNCATE TABLE";
    }

    /** VACUUM and ANALYZE have nothing to do yet (no dead tuples, no statistics); CHECKPOINT neither. */
    private String maintenance(Maintenance maintenance) {
        if (maintenance.kind() != Maintenance.Kind.ANALYZE && maintenance.kind() != Maintenance.Kind.CHECKPOINT
                && session.inTransactionBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "VACUUM cannot run inside a transaction block");
        }
        for (QualifiedName name : maintenance.tables()) {
            existingTable(name);
        }
        return switch (maintenance.kind()) {
            case VACUUM, VACUUM_ANALYZE -> "VACUUM";
            case ANALYZE -> "ANALYZE";
            case CHECKPOINT -> "CHECKPOINT";
        };
    }

    private TableDescriptor existingTable(QualifiedName name) {
        CatalogView view = catalogView != null ? catalogView : new CatalogView(catalog);
        TableDescriptor table = view.table(schemaOf(name), name.name());
        if (table == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name.name())
                    .withPosition(name.position() + 1);
        }
        return table;
    }

    private String set(SetVariable set) {
        if (set.local() && !session.inTransactionBlock()) {
            sink.notice(new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                    "SET LOCAL can only be used in transaction blocks").withSeverity("WARNING"));
            return "SET";
        }
        String name = settings.canonicalName(set.name());
        if (TransactionCharacteristics.isTransactionSetting(name)) {
            session.setTransactionSetting(name, set.values().isEmpty() ? null : String.join(", ", set.values()));
            return "SET";
        }
        String previous = settings.set(name, set.values());
        session.settingChanged(name, previous, set.local());
        return "SET";
    }

    private String reset(ResetVariable reset) {
        if (reset.name().equals("all")) {
            settings.resetAll();
            return "RESET";
        }
        String name = settings.canonicalName(reset.name());
        if (TransactionCharacteristics.isTransactionSetting(name)) {
            session.setTransactionSetting(name, null);
            return "RESET";
        }
        String previous = settings.set(name, List.of());
        session.settingChanged(name, previous, false);
        return "RESET";
    }

    private String show(ShowVariable show) {
        if (show.name().equals("all")) {
            for (Map.Entry<String, String> e : settings.all().entrySet()) {
                String value = TransactionCharacteristics.isTransactionSetting(e.getKey())
                        ? session.showTransactionSetting(e.getKey()) : e.getValue();
                sink.row(new Object[] {e.getKey(), value, ""});
            }
            return "SHOW";
        }
        String name = settings.canonicalName(show.name());
        if (TransactionCharacteristics.isTransactionSetting(name)) {
            sink.row(new Object[] {session.showTransactionSetting(name)});
            return "SHOW";
        }
        sink.row(new Object[] {settings.get(show.name())});
        return "SHOW";
    }

    static List<ResultColumn> showColumns(ShowVariable show, Settings settings) {
        DataType text = DataType.of(Types.TEXT);
        if (show.name().equals("all")) {
            return List.of(new ResultColumn("name", 0, (short) 0, text), new ResultColumn("setting", 0, (short) 0, text),
                    new ResultColumn("description", 0, (short) 0, text));
        }
        return List.of(new ResultColumn(settings.canonicalName(show.name()), 0, (short) 0, text));
    }
}
