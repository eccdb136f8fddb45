package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.sql.ast.AlterSchema;
import io.pglitedb.sql.ast.CreateSchema;
import io.pglitedb.sql.ast.DropSchema;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.Namespaces;
import io.pglitedb.catalog.SearchPath;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.catalog.ForeignKey;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.exec.IndexMaintenance;
import io.pglitedb.exec.RowKeys;
import io.pglitedb.sql.analyze.ForeignKeyDefinitions;
import io.pglitedb.sql.ast.AlterSequence;
import io.pglitedb.sql.ast.CreateIndex;
import io.pglitedb.sql.ast.CreateSequence;
import io.pglitedb.sql.ast.DropObjects;
import io.pglitedb.sql.ast.TableConstraint;
import java.util.function.Predicate;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.ParameterTypes;
import io.pglitedb.sql.analyze.TableDefinitions;
import io.pglitedb.sql.ast.AlterDatabase;
import io.pglitedb.sql.ast.AlterSetting;
import io.pglitedb.sql.ast.AlterOwner;
import io.pglitedb.sql.ast.AlterRole;
import io.pglitedb.sql.ast.CreateDatabase;
import io.pglitedb.sql.ast.DropDatabase;
import io.pglitedb.sql.ast.AlterTable;
import io.pglitedb.sql.ast.Copy;
import io.pglitedb.sql.ast.CreateRole;
import io.pglitedb.sql.ast.CreateTable;
import io.pglitedb.sql.ast.AlterView;
import io.pglitedb.sql.ast.CreateView;
import io.pglitedb.sql.ast.CreateTableAs;
import io.pglitedb.sql.ast.RefreshMaterializedView;
import io.pglitedb.sql.ast.DropRole;
import io.pglitedb.sql.ast.GrantPrivileges;
import io.pglitedb.sql.ast.GrantRole;
import io.pglitedb.sql.ast.DropTable;
import io.pglitedb.sql.ast.Maintenance;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.ResetVariable;
import io.pglitedb.sql.ast.SetVariable;
import io.pglitedb.sql.ast.ShowVariable;
import io.pglitedb.sql.ast.Statement;
import io.pglitedb.sql.ast.Truncate;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.WaitPolicy;
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

    /** The schema of the existing relation {@code name} names through the search path. */
    static String schemaOf(CatalogView view, SearchPath path, QualifiedName name) {
        return Namespaces.relationSchema(view, path, name.schema(), name.name());
    }

    private String schemaOf(QualifiedName name) {
        return schemaOf(catalogView != null ? catalogView : new CatalogView(catalog), session.searchPath(), name);
    }

    /** The schema a new relation {@code name} goes to. @throws PgException 3F000 */
    static String creationSchema(CatalogView view, SearchPath path, QualifiedName name) {
        return Namespaces.creationSchema(view, path, name.schema(), name.position());
    }

    /** The same commands reporting to another sink. */
    UtilityCommands withSink(ResultSink other) {
        return new UtilityCommands(session, settings, catalog, transaction, catalogView, other);
    }

    /** DDL needs a transaction; SET/SHOW do not. */
    static boolean isTransactional(Statement statement) {
        return statement instanceof CreateTable || statement instanceof DropTable || statement instanceof Truncate
                || statement instanceof AlterTable || statement instanceof Copy || statement instanceof CreateRole
                || statement instanceof AlterRole || statement instanceof DropRole || statement instanceof CreateSequence
                || statement instanceof AlterSequence || statement instanceof DropObjects
                || statement instanceof CreateIndex || statement instanceof io.pglitedb.sql.ast.AlterIndexOptions
                || statement instanceof CreateSchema
                || statement instanceof DropSchema || statement instanceof AlterSchema
                || statement instanceof CreateView || statement instanceof CreateTableAs
                || statement instanceof RefreshMaterializedView || statement instanceof AlterView
                || statement instanceof io.pglitedb.sql.ast.AlterIndex
                || statement instanceof GrantRole || statement instanceof GrantPrivileges || statement instanceof AlterOwner
                || statement instanceof io.pglitedb.sql.ast.CreateFunction
                || statement instanceof io.pglitedb.sql.ast.CreateAggregate
                || statement instanceof io.pglitedb.sql.ast.CommentOnAggregate
                || statement instanceof io.pglitedb.sql.ast.RenameAggregate
                || statement instanceof io.pglitedb.sql.ast.DropFunction
                || statement instanceof io.pglitedb.sql.ast.CallProcedure
                || statement instanceof io.pglitedb.sql.ast.DoBlock
                || statement instanceof io.pglitedb.sql.ast.CreateTrigger
                || statement instanceof io.pglitedb.sql.ast.DropTrigger
                || statement instanceof io.pglitedb.sql.ast.AlterTrigger
                || statement instanceof io.pglitedb.sql.ast.CreatePolicy || statement instanceof io.pglitedb.sql.ast.AlterPolicy
                || statement instanceof io.pglitedb.sql.ast.DropPolicy
                || statement instanceof io.pglitedb.sql.ast.AlterDefaultPrivileges
                || statement instanceof io.pglitedb.sql.ast.CommentOn
                || statement instanceof io.pglitedb.sql.ast.CreateEnumType
                || statement instanceof io.pglitedb.sql.ast.CreateCompositeType
                || statement instanceof io.pglitedb.sql.ast.CreateRangeType
                || statement instanceof io.pglitedb.sql.ast.AlterType
                || statement instanceof io.pglitedb.sql.ast.DropType
                || statement instanceof io.pglitedb.sql.ast.CreateDomain
                || statement instanceof io.pglitedb.sql.ast.AlterDomain
                || statement instanceof Maintenance m && m.kind() != Maintenance.Kind.VACUUM
                        && m.kind() != Maintenance.Kind.CHECKPOINT; // ANALYZE writes statistics
    }

    /** The name a read-only transaction's 25006 error gives the statement, or null if it may run. */
    static String writeCommandName(Statement statement) {
        return switch (statement) {
            case CreateTable c -> "CREATE TABLE";
            case DropTable d -> "DROP TABLE";
            case Truncate t -> "TRUNCATE TABLE";
            case AlterTable a -> "ALTER TABLE";
            case Copy c -> c.from() ? "COPY FROM" : null;
            case CreateSequence c -> "CREATE SEQUENCE";
            case AlterSequence a -> "ALTER SEQUENCE";
            case AlterOwner a -> a.objectType().equals("table") ? "ALTER TABLE" : "ALTER SEQUENCE";
            case CreateIndex c -> "CREATE INDEX";
            case io.pglitedb.sql.ast.AlterIndexOptions a -> "ALTER INDEX";
            case CreateSchema c -> "CREATE SCHEMA";
            case DropSchema d -> "DROP SCHEMA";
            case AlterSchema a -> "ALTER SCHEMA";
            case DropObjects d -> switch (d.kind()) {
                case SEQUENCE -> "DROP SEQUENCE";
                case INDEX -> "DROP INDEX";
                case VIEW -> "DROP VIEW";
                case MATERIALIZED_VIEW -> "DROP MATERIALIZED VIEW";
            };
            case CreateView c -> c.materialized() ? "CREATE MATERIALIZED VIEW" : "CREATE VIEW";
            case CreateTableAs c -> "CREATE TABLE AS";
            case RefreshMaterializedView r -> "REFRESH MATERIALIZED VIEW";
            case AlterView a -> a.materialized() ? "ALTER MATERIALIZED VIEW" : "ALTER VIEW";
            case io.pglitedb.sql.ast.AlterIndex a -> "ALTER INDEX";
            case AlterSetting a -> a.role() == null && !a.allRoles() ? "ALTER DATABASE" : "ALTER ROLE";
            case io.pglitedb.sql.ast.CreateFunction c -> c.procedure() ? "CREATE PROCEDURE" : "CREATE FUNCTION";
            case io.pglitedb.sql.ast.CreateAggregate c -> "CREATE AGGREGATE";
            case io.pglitedb.sql.ast.CommentOnAggregate c -> "COMMENT";
            case io.pglitedb.sql.ast.RenameAggregate r -> "ALTER AGGREGATE";
            case io.pglitedb.sql.ast.DropFunction d -> "DROP " + d.kind();
            case io.pglitedb.sql.ast.CreateTrigger c -> "CREATE TRIGGER";
            case io.pglitedb.sql.ast.DropTrigger d -> "DROP TRIGGER";
            case io.pglitedb.sql.ast.AlterTrigger a -> "ALTER TABLE";
            case io.pglitedb.sql.ast.CreatePolicy c -> "CREATE POLICY";
            case io.pglitedb.sql.ast.AlterPolicy a -> "ALTER POLICY";
            case io.pglitedb.sql.ast.DropPolicy d -> "DROP POLICY";
            case io.pglitedb.sql.ast.CommentOn c -> "COMMENT";
            case io.pglitedb.sql.ast.CreateEnumType c -> "CREATE TYPE";
            case io.pglitedb.sql.ast.CreateCompositeType c -> "CREATE TYPE";
            case io.pglitedb.sql.ast.CreateRangeType c -> "CREATE TYPE";
            case io.pglitedb.sql.ast.AlterType a -> "ALTER TYPE";
            case io.pglitedb.sql.ast.DropType d -> d.domain() ? "DROP DOMAIN" : "DROP TYPE";
            case io.pglitedb.sql.ast.CreateDomain c -> "CREATE DOMAIN";
            case io.pglitedb.sql.ast.AlterDomain a -> "ALTER DOMAIN";
            default -> null;
        };
    }

    private DomainCommands domains() {
        return new DomainCommands(session, catalog, transaction, catalogView, types(), sink);
    }

    private TypeCommands types() {
        return new TypeCommands(session, catalog, transaction, catalogView, sink);
    }

    private PolicyCommands policies() {
        return new PolicyCommands(session, catalog, transaction, catalogView, sink);
    }

    private Ownership ownership() {
        return new Ownership(session, catalog, transaction, catalogView);
    }

    /** @return the command tag */
    String run(Statement statement) {
        checkOwnership(statement);
        String tag = dispatch(statement);
        recordOwnership(statement);
        return tag;
    }

    /** Owner checks before DDL on existing objects (the commands report missing objects themselves). */
    private void checkOwnership(Statement statement) {
        Ownership owners;
        switch (statement) {
            case DropTable drop -> {
                owners = ownership();
                for (QualifiedName name : drop.names()) {
                    owners.checkTableOwner(owners.table(name));
                }
            }
            case AlterTable alter -> {
                owners = ownership();
                owners.checkTableOwner(owners.table(alter.table()));
                owners.checkIndexOwner(schemaOf(alter.table()), alter.table().name()); // ALTER TABLE index RENAME
            }
            case io.pglitedb.sql.ast.AlterIndex alter -> {
                owners = ownership();
                owners.checkIndexOwner(schemaOf(alter.name()), alter.name().name());
                owners.checkTableOwner(owners.table(alter.name()));
            }
            case CreateIndex create -> {
                owners = ownership();
                owners.checkTableOwner(owners.table(create.table()));
            }
            case io.pglitedb.sql.ast.AlterIndexOptions alter ->
                    ownership().checkIndexOwner(schemaOf(alter.index()), alter.index().name());
            case AlterSequence alter -> {
                owners = ownership();
                owners.checkSequenceOwner(owners.sequence(alter.name()));
            }
            case DropObjects drop -> {
                owners = ownership();
                for (QualifiedName name : drop.names()) {
                    if (drop.kind() == DropObjects.Kind.SEQUENCE) {
                        owners.checkSequenceOwner(owners.sequence(name));
                    } else if (drop.kind() == DropObjects.Kind.VIEW) {
                        owners.checkRelationOwner(owners.table(name), "view");
                    } else if (drop.kind() == DropObjects.Kind.MATERIALIZED_VIEW) {
                        owners.checkRelationOwner(owners.table(name), "materialized view");
                    } else {
                        owners.checkIndexOwner(schemaOf(name), name.name());
                    }
                }
            }
            case CreateTable create -> ownership().checkCreateIn(create.name(), true, create.temporary());
            case CreateSequence create -> ownership().checkCreateIn(create.name(), false);
            case CreateView create -> ownership().checkCreateIn(create.name(), false);
            case CreateTableAs create -> ownership().checkCreateIn(create.name(), false);
            case AlterView alter -> {
                owners = ownership();
                owners.checkRelationOwner(owners.table(alter.name()), alter.materialized() ? "materialized view" : "view");
            }
            case RefreshMaterializedView refresh -> {
                owners = ownership();
                owners.checkRelationOwner(owners.table(refresh.name()), "materialized view");
            }
            case Truncate truncate -> {
                owners = ownership();
                for (QualifiedName name : truncate.tables()) {
                    owners.checkTablePrivilege(owners.table(name), io.pglitedb.catalog.Privileges.TRUNCATE);
                }
            }
            default -> {
            }
        }
    }

    /** New sequences are owned by their creator, or by the table whose column owns them. */
    private void recordOwnership(Statement statement) {
        switch (statement) {
            case CreateView create -> {
                Ownership owners = ownership();
                TableDescriptor view = owners.table(create.name());
                if (view != null) {
                    owners.created(view.oid(), io.pglitedb.catalog.ObjectAcl.TABLE);
                }
            }
            case CreateTableAs create -> {
                Ownership owners = ownership();
                TableDescriptor table = owners.table(create.name());
                if (table != null) {
                    owners.created(table.oid(), io.pglitedb.catalog.ObjectAcl.TABLE);
                }
            }
            case CreateSequence create -> {
                Ownership owners = ownership();
                SequenceDescriptor sequence = owners.sequence(create.name());
                if (sequence != null) {
                    owners.created(sequence.oid(), io.pglitedb.catalog.ObjectAcl.SEQUENCE);
                }
            }
            case AlterTable alter -> {
                Ownership owners = ownership();
                TableDescriptor table = owners.table(alter.table());
                for (SequenceDescriptor sequence : table == null ? List.<SequenceDescriptor>of() : catalogView.sequences()) {
                    if (sequence.ownedByTable() == table.oid()) {
                        owners.createdFor(sequence, table);
                    }
                }
            }
            default -> {
            }
        }
    }

    /**
     * Runs a statement that drops what a dropped object owned (DROP SCHEMA ... CASCADE): the
     * dependents are dropped without owner checks of their own, as PostgreSQL's dependency drops.
     */
    String runAsDependent(Statement statement) {
        return dispatch(statement);
    }

    private String dispatch(Statement statement) {
        return switch (statement) {
            case CreateTable create -> createTable(create);
            case Copy copy -> new CopyCommand(session, catalog, transaction, catalogView, sink).run(copy);
            case DropTable drop -> dropTable(drop);
            case SetVariable set -> set(set);
            case ResetVariable reset -> reset(reset);
            case ShowVariable show -> show(show);
            case Truncate truncate -> truncate(truncate);
            case AlterTable alter -> new AlterTableCommand(session, catalog, transaction, catalogView, sink).run(alter);
            case io.pglitedb.sql.ast.AlterIndex alter -> {
                String tag = indexCommands().rename(alter);
                if (tag == null) { // ALTER INDEX of a table renames the table, as in PostgreSQL
                    new AlterTableCommand(session, catalog, transaction, catalogView, sink).run(new AlterTable(alter.name(),
                            false, List.of(new io.pglitedb.sql.ast.RenameTable(alter.newName())), false));
                    tag = "ALTER INDEX";
                }
                yield tag;
            }
            case CreateSequence create -> sequenceCommands().create(create);
            case AlterSequence alter -> sequenceCommands().alter(alter);
            case CreateIndex create -> indexCommands().create(create);
            case io.pglitedb.sql.ast.AlterIndexOptions alter -> indexCommands().alterOptions(alter);
            case DropObjects drop -> switch (drop.kind()) {
                case SEQUENCE -> sequenceCommands().drop(drop);
                case INDEX -> indexCommands().drop(drop);
                case VIEW, MATERIALIZED_VIEW -> views().drop(drop);
            };
            case CreateView create -> views().create(SearchPath.PG_TEMP.equals(create.name().schema())
                    ? new CreateView(temporaryName(create.name()), create.orReplace(), create.materialized(),
                            create.ifNotExists(), create.columns(), create.query(), create.queryText(),
                            create.queryStart(), create.checkOption(), create.withData())
                    : create);
            case CreateTableAs create -> new TableAsCommand(session, catalog, transaction, catalogView,
                    analyzerContext(), this).run(create);
            case RefreshMaterializedView refresh -> views().refresh(refresh);
            case AlterView alter -> views().alter(alter);
            case Maintenance maintenance -> maintenance(maintenance);
            case io.pglitedb.sql.ast.Reindex reindex -> new ReindexCommand(
                    catalogView != null ? catalogView : new CatalogView(catalog), session.searchPath(),
                    session.inTransactionBlock(), session.databaseName(), sink).run(reindex);
            case CreateSchema create -> schemas().create(create);
            case DropSchema drop -> schemas().drop(drop);
            case AlterSchema alter -> schemas().alter(alter);
            case CreateRole create -> roles().create(create);
            case AlterRole alter -> roles().alter(alter);
            case DropRole drop -> roles().drop(drop);
            case CreateDatabase create -> new DatabaseCommand(session, sink).create(create);
            case AlterDatabase alter -> new DatabaseCommand(session, sink).alter(alter);
            case AlterSetting alter -> new RoleSettingCommand(session, settings).run(alter);
            case DropDatabase drop -> new DatabaseCommand(session, sink).drop(drop);
            case GrantRole grant -> roles().grant(grant);
            case AlterOwner alter -> ownership().alterOwner(alter, sink);
            case io.pglitedb.sql.ast.CommentOn comment -> comment(comment);
            case GrantPrivileges grant -> new PrivilegeCommand(session, catalog, transaction, catalogView, sink).run(grant);
            case io.pglitedb.sql.ast.CreateFunction create -> routines().create(create);
            case io.pglitedb.sql.ast.CreateAggregate create -> aggregates().create(create);
            case io.pglitedb.sql.ast.CommentOnAggregate comment -> aggregates().comment(comment);
            case io.pglitedb.sql.ast.RenameAggregate rename -> aggregates().rename(rename);
            case io.pglitedb.sql.ast.DropFunction drop ->
                drop.kind().equals("AGGREGATE") ? aggregates().drop(drop) : routines().drop(drop);
            case io.pglitedb.sql.ast.CallProcedure call -> routines().call(call);
            case io.pglitedb.sql.ast.DoBlock block -> routines().doBlock(block);
            case io.pglitedb.sql.ast.CreateTrigger create -> triggers().create(create);
            case io.pglitedb.sql.ast.DropTrigger drop -> triggers().drop(drop);
            case io.pglitedb.sql.ast.AlterTrigger alter -> triggers().alter(alter);
            case io.pglitedb.sql.ast.CreatePolicy create -> policies().create(create);
            case io.pglitedb.sql.ast.AlterPolicy alter -> policies().alter(alter);
            case io.pglitedb.sql.ast.DropPolicy drop -> policies().drop(drop);
            case io.pglitedb.sql.ast.AlterDefaultPrivileges alter ->
                    new DefaultPrivileges(session, catalog, transaction, catalogView).run(alter);
            case io.pglitedb.sql.ast.CreateEnumType create -> types().create(create);
            case io.pglitedb.sql.ast.CreateCompositeType create -> new CompositeTypeCommands(types(), catalog,
                    session, catalogView).create(create);
            case io.pglitedb.sql.ast.CreateRangeType create -> new RangeTypeCommands(types(), catalog, session,
                    catalogView).create(create);
            case io.pglitedb.sql.ast.AlterType alter -> types().alter(alter);
            case io.pglitedb.sql.ast.DropType drop -> types().drop(drop);
            case io.pglitedb.sql.ast.CreateDomain create -> domains().create(create);
            case io.pglitedb.sql.ast.AlterDomain alter -> domains().alter(alter);
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "statement not supported: %s",
                    statement.getClass().getSimpleName());
        };
    }

    private String createTable(CreateTable create) {
        if (create.temporary() || SearchPath.PG_TEMP.equals(create.name().schema())) {
            QualifiedName name = temporaryName(create.name());
            create = create.withName(name, true);
        }
        String tag = createTableIn(create);
        if (create.temporary()) {
            TableDescriptor made = catalogView.table(create.name().schema(), create.name().name());
            if (made != null) {
                session.onCommit(made.oid(), create.onCommit());
            }
        }
        return tag;
    }

    /**
     * The name a new temporary relation gets: in the session's temporary schema, which is made on
     * first use (emptied first when a crashed session of the same number left one behind).
     *
     * @throws PgException 42P16 when the name is qualified with another schema
     */
    QualifiedName temporaryName(QualifiedName name) {
        if (name.schema() != null && !name.schema().equals(SearchPath.PG_TEMP)
                && !name.schema().equals(session.tempSchema())) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                    "cannot create temporary relation in non-temporary schema").withPosition(name.position() + 1);
        }
        String schema = session.tempSchema();
        if (catalogView.schema(schema) != null && !session.tempSchemaReady()) {
            withSink(SchemaCommands.quiet()).schemas().drop(new DropSchema(List.of(schema), false, true));
        }
        if (catalogView.schema(schema) == null) {
            catalog.lockSchemaName(transaction, schema);
            RoleDescriptor owner = catalogView.role(session.user());
            SchemaDescriptor made = new SchemaDescriptor(catalog.allocateOid(), schema,
                    owner != null ? owner.oid() : RoleDescriptor.BOOTSTRAP_SUPERUSER_OID);
            catalog.writeSchema(transaction, made);
            catalogView.schemaChanged(made);
        }
        session.tempSchemaReady(true);
        return new QualifiedName(schema, name.name(), name.position());
    }

    /** Whether a relation of this name exists, or another transaction is creating one (its lock is taken then). */
    boolean relationNameTaken(String schema, String name) {
        return catalogView.relationExists(schema, name) || transaction.lockForUpdate(catalog.nameKey(schema, name)) != null;
    }

    /** CREATE ... IF NOT EXISTS of a taken name: PostgreSQL's notice, and true (nothing to create). */
    boolean skipsExisting(boolean exists, boolean ifNotExists, String name) {
        if (exists && ifNotExists) {
            sink.notice(new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists, skipping", name)
                    .withSeverity("NOTICE"));
            return true;
        }
        return false;
    }

    private String createTableIn(CreateTable create) {
        String schema = creationSchema(catalogView, session.searchPath(), create.name());
        String name = create.name().name();
        boolean exists = relationNameTaken(schema, name);
        if (skipsExisting(exists, create.ifNotExists(), name)) {
            return "CREATE TABLE";
        }
        // the storage parameters are checked before the name is found taken, as in PostgreSQL
        List<String> options = RelationOptions.create(create.options(), create.inheritance().partitionBy() != null);
        if (exists) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", name);
        }
        AnalyzerContext context = analyzerContext();
        io.pglitedb.sql.analyze.TableLikes.Expanded expanded = io.pglitedb.sql.analyze.TableLikes.expand(create, context);
        create = expanded.create();
        io.pglitedb.sql.analyze.TableInherits.Expanded inherited = io.pglitedb.sql.analyze.TableInherits.expand(create,
                context, sink::notice);
        create = inherited.create();
        Predicate<String> constraintTaken = constraintTaken(schema);
        TableDefinitions.Definition definition = TableDefinitions.define(create, context, catalog::allocateOid,
                candidate -> catalogView.relationExists(schema, candidate), constraintTaken);
        TableDescriptor table = expanded.withCopiedDefaults(definition.table());
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (TableConstraint c : definition.foreignKeys()) {
            TableDescriptor sofar = table;
            List<String> own = new ArrayList<>(table.constraintNames());
            for (ForeignKey fk : foreignKeys) {
                own.add(fk.name());
            }
            foreignKeys.add(ForeignKeyDefinitions.define(c, sofar, context,
                    n -> own.contains(n) || constraintTaken.test(n)));
        }
        table = table.withForeignKeys(foreignKeys).withOptions(options);
        table = table.withInheritance(Partitioning.define(create, table, inherited, context));
        if (create.unlogged()) {
            table = table.withSettings(table.settings().withPersistence(io.pglitedb.catalog.TableSettings.UNLOGGED));
        }
        if (table.isPartition()) {
            new InheritanceCommands(catalog, transaction, catalogView, context,
                    new io.pglitedb.exec.ExecContext(transaction, new Object[0], catalog, catalog.databaseOid()),
                    session.searchPath()).checkDefaultPartition(inherited.parents().get(0), table.inheritance().bound());
        }
        for (SequenceDescriptor sequence : definition.sequences()) {
            if (transaction.lockForUpdate(catalog.nameKey(schema, sequence.name())) != null) {
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", sequence.name());
            }
            catalog.writeSequence(transaction, sequence);
            catalogView.createdSequence(sequence);
        }
        for (IndexDescriptor index : table.indexes()) {
            if (transaction.lockForUpdate(catalog.nameKey(schema, index.name())) != null) {
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", index.name());
            }
            catalog.writeIndexName(transaction, schema, index);
        }
        catalog.writeTable(transaction, table);
        catalogView.created(table);
        TableStorage.created(catalog.databaseOid(), transaction, table);
        Ownership owners = ownership();
        owners.created(table.oid(), io.pglitedb.catalog.ObjectAcl.TABLE);
        for (SequenceDescriptor sequence : definition.sequences()) {
            owners.createdFor(sequence, table);
        }
        for (io.pglitedb.sql.ast.CreateIndex index : expanded.indexes()) { // LIKE ... INCLUDING INDEXES
            indexCommands().create(new io.pglitedb.sql.ast.CreateIndex(index.name(),
                    new QualifiedName(schema, name, index.position()), index.unique(), false, index.elements(),
                    index.position()));
        }
        indexCommands().indexNewPartition(table);
        return "CREATE TABLE";
    }

    private TriggerCommands triggers() {
        return new TriggerCommands(session, catalog, transaction, catalogView, sink);
    }

    private AggregateCommands aggregates() {
        return new AggregateCommands(session, catalog, transaction, catalogView, sink, analyzerContext());
    }

    private RoutineCommands routines() {
        return new RoutineCommands(session, catalog, transaction, catalogView, sink, analyzerContext());
    }

    /** COMMENT ON a relation, a column, a constraint or an index: kept in the table's descriptor. */
    private String comment(io.pglitedb.sql.ast.CommentOn comment) {
        String schema = schemaOf(comment.relation());
        String name = comment.relation().name();
        TableDescriptor table = null;
        String key;
        if (comment.kind() == io.pglitedb.sql.ast.CommentOn.Kind.INDEX) {
            for (TableDescriptor t : catalogView.tables()) {
                if (t.schema().equals(schema) && (t.index(name) != null || name.equals(t.primaryKeyName()))) {
                    table = t;
                }
            }
            if (table == null) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name);
            }
            ownership().checkTableOwner(table);
            key = TableDescriptor.indexComment(name);
        } else {
            table = catalogView.table(schema, name);
            if (table == null) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name);
            }
            String kind = table.isView() ? "view" : table.isMaterializedView() ? "materialized view" : "table";
            switch (comment.kind()) {
                case TABLE -> checkKind(table, table.view() == null, "a table");
                case VIEW -> checkKind(table, table.isView(), "a view");
                case MATERIALIZED_VIEW -> checkKind(table, table.isMaterializedView(), "a materialized view");
                default -> {
                }
            }
            ownership().checkRelationOwner(table, kind);
            key = switch (comment.kind()) {
                case COLUMN -> {
                    int index = table.columnIndex(comment.part());
                    if (index < 0) {
                        throw new PgException(SqlState.UNDEFINED_COLUMN,
                                "column \"%s\" of relation \"%s\" does not exist", comment.part(), name);
                    }
                    yield TableDescriptor.columnComment(table.columns().get(index).attributeNumber());
                }
                case CONSTRAINT -> {
                    if (!table.constraintNames().contains(comment.part())) {
                        throw new PgException(SqlState.UNDEFINED_OBJECT,
                                "constraint \"%s\" for table \"%s\" does not exist", comment.part(), name);
                    }
                    yield TableDescriptor.constraintComment(comment.part());
                }
                default -> TableDescriptor.TABLE_COMMENT;
            };
        }
        String text = comment.text() == null || comment.text().isEmpty() ? null : comment.text();
        TableDescriptor changed = table.withComment(key, text);
        catalog.writeTable(transaction, changed);
        catalogView.created(changed);
        return "COMMENT";
    }

    private static void checkKind(TableDescriptor relation, boolean ok, String kind) {
        if (!ok) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not %s", relation.name(), kind);
        }
    }

    AnalyzerContext analyzerContext() {
        return new AnalyzerContext(catalogView, new ParameterTypes(null), session.currentUser(), session.databaseName(),
                session.sequences(), session.searchPath()).withSessionUser(session.sessionUser());
    }

    /** Constraint names are unique within a schema when PostgreSQL chooses them. */
    Predicate<String> constraintTaken(String schema) {
        return candidate -> {
            for (TableDescriptor t : catalogView.tables()) {
                if (t.schema().equals(schema) && t.constraintNames().contains(candidate)) {
                    return true;
                }
            }
            return false;
        };
    }

    private String dropTable(DropTable drop) {
        List<TableDescriptor> tables = new ArrayList<>();
        for (QualifiedName name : drop.names()) {
            String schema = schemaOf(name);
            TableDescriptor table = catalogView.table(schema, name.name());
            if (table != null && table.view() != null) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a table", name.name())
                        .withHint(table.isView() ? "Use DROP VIEW to remove a view."
                                : "Use DROP MATERIALIZED VIEW to remove a materialized view.");
            }
            if (table == null) {
                if (catalogView.relationExists(schema, name.name())) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a table", name.name())
                            .withHint(catalogView.sequence(schema, name.name()) != null
                                    ? "Use DROP SEQUENCE to remove a sequence." : "Use DROP INDEX to remove an index.");
                }
                if (drop.ifExists()) {
                    sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                            "table \"%s\" does not exist, skipping", name.name()).withSeverity("NOTICE"));
                    continue;
                }
                throw new PgException(SqlState.UNDEFINED_TABLE, "table \"%s\" does not exist", name.name());
            }
            tables.add(table);
        }
        // a partitioned table's partitions go with it; inheritance children only with CASCADE
        int named = tables.size();
        for (int n = 0; n < named; n++) {
            TableDescriptor top = tables.get(n);
            Dependents children = new Dependents();
            List<TableDescriptor> all = catalogView.withDescendants(top);
            List<TableDescriptor> below = new ArrayList<>();
            collectChildren(top, all, tables, below, children);
            children.check("table " + views().qualifiedIfHidden(top), drop.cascade(), sink);
            tables.addAll(below);
        }
        List<Integer> dropped = new ArrayList<>();
        for (TableDescriptor table : tables) {
            dropped.add(table.oid());
        }
        for (TableDescriptor table : tables) {
            dropReferencingKeys(table, dropped, drop.cascade());
        }

        for (TableDescriptor table : tables) {
            table = catalogView.table(table.schema(), table.name());
            transaction.lockForUpdate(catalog.nameKey(table.schema(), table.name()));
            transaction.lockTable(catalog.databaseOid(), table.oid(), LockMode.ACCESS_EXCLUSIVE, WaitPolicy.BLOCK);
            catalog.deleteTable(transaction, table);
            catalogView.dropped(table);
            TableStorage.dropped(catalog.databaseOid(), transaction, table);
            for (SequenceDescriptor sequence : catalogView.sequences()) {
                if (sequence.ownedByTable() == table.oid()) {
                    catalog.deleteSequence(transaction, sequence);
                    catalogView.droppedSequence(sequence);
                }
            }
        }
        return "DROP TABLE";
    }

    /**
     * The tables below {@code table} in the order PostgreSQL's dependency walk reports them: depth
     * first, a table with several parents under the last of them that is dropped too. Partitions of
     * a partitioned table go silently; other children are dependents.
     */
    private void collectChildren(TableDescriptor table, List<TableDescriptor> all, List<TableDescriptor> named,
            List<TableDescriptor> below, Dependents dependents) {
        for (TableDescriptor child : catalogView.children(table.oid())) {
            if (contains(named, child) || contains(below, child)) {
                continue;
            }
            int lastParent = table.oid();
            for (int parent : child.parents()) {
                for (TableDescriptor t : all) {
                    if (t.oid() == parent) {
                        lastParent = parent;
                    }
                }
            }
            if (lastParent != table.oid()) {
                continue; // reached again from its last parent
            }
            if (!(table.isPartitioned() && child.isPartition())) {
                dependents.add("table " + views().qualifiedIfHidden(child),
                        "depends on table " + views().qualifiedIfHidden(table));
            }
            below.add(child);
            collectChildren(child, all, named, below, dependents);
        }
    }

    private SequenceCommands sequenceCommands() {
        return new SequenceCommands(catalog, transaction, catalogView, session.searchPath(), sink);
    }

    private IndexCommands indexCommands() {
        return new IndexCommands(catalog, transaction, catalogView, session.searchPath(), sink, this::analyzerContext);
    }

    private SchemaCommands schemas() {
        return new SchemaCommands(session, catalog, transaction, catalogView, sink, this);
    }

    ViewCommands views() {
        return new ViewCommands(session, catalog, transaction, catalogView, sink, analyzerContext());
    }

    private RoleCommand roles() {
        return new RoleCommand(session, settings, catalog, transaction, catalogView, sink);
    }


    /**
     * Foreign keys of other tables that reference a dropped table: 2BP01 without CASCADE, else
     * they are dropped (with a NOTICE), as PostgreSQL's dependency tracking does.
     */
    private void dropReferencingKeys(TableDescriptor table, List<Integer> dropping, boolean cascade) {
        List<TableDescriptor> others = new ArrayList<>(catalogView.tables());
        others.sort(java.util.Comparator.comparingInt(TableDescriptor::oid));
        Dependents dependents = new Dependents();
        ViewCommands views = views();
        List<TableDescriptor> altered = new ArrayList<>();
        for (TableDescriptor other : others) {
            if (dropping.contains(other.oid())) {
                continue;
            }
            List<ForeignKey> kept = new ArrayList<>();
            for (ForeignKey fk : other.foreignKeys()) {
                if (fk.referencedTable() != table.oid()) {
                    kept.add(fk);
                    continue;
                }
                dependents.add("constraint " + fk.name() + " on table " + views.qualifiedIfHidden(other),
                        "depends on table " + views.qualifiedIfHidden(table));
            }
            if (kept.size() != other.foreignKeys().size()) {
                altered.add(other.withForeignKeys(kept));
            }
        }
        List<TableDescriptor> dependentViews = views.dependentViews(table, dependents, dropping);
        dependents.check("table " + views.qualifiedIfHidden(table), cascade, sink);
        for (TableDescriptor other : altered) {
            transaction.lockForUpdate(catalog.nameKey(other.schema(), other.name()));
            catalog.writeTable(transaction, other);
            catalogView.created(other);
        }
        views.dropRelations(dependentViews);
    }

    private String truncate(Truncate truncate) {
        List<TableDescriptor> tables = new ArrayList<>();
        for (QualifiedName name : truncate.tables()) {
            tables.add(existingTable(name));
        }
        // tables whose foreign keys reference a truncated table must be truncated too (CASCADE);
        // looked at in OID order, as PostgreSQL's heap_truncate_find_FKs (its errors name the oldest)
        List<TableDescriptor> byOid = new ArrayList<>(catalogView.tables());
        byOid.sort(java.util.Comparator.comparingInt(TableDescriptor::oid));
        for (int i = 0; i < tables.size(); i++) {
            TableDescriptor table = tables.get(i);
            for (TableDescriptor other : byOid) {
                if (contains(tables, other)) {
                    continue;
                }
                for (ForeignKey fk : other.foreignKeys()) {
                    if (fk.referencedTable() == table.oid()) {
                        if (!truncate.cascade()) {
                            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                    "cannot truncate a table referenced in a foreign key constraint")
                                    .withDetail("Table \"" + other.name() + "\" references \"" + table.name() + "\".")
                                    .withHint("Truncate table \"" + other.name()
                                            + "\" at the same time, or use TRUNCATE ... CASCADE.");
                        }
                        sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "truncate cascades to table \"%s\"",
                                other.name()).withSeverity("NOTICE"));
                        tables.add(other);
                        break;
                    }
                }
            }
        }
        for (TableDescriptor table : tables) {
            transaction.lockForUpdate(catalog.nameKey(table.schema(), table.name()));
            transaction.lockTable(catalog.databaseOid(), table.oid(), LockMode.ACCESS_EXCLUSIVE, WaitPolicy.BLOCK);
            TableDescriptor emptied = TableStorage.renewed(catalog, transaction, table);
            catalog.writeTable(transaction, emptied);
            catalogView.created(emptied);
        }
        if (truncate.restartIdentity()) {
            for (TableDescriptor table : tables) {
                for (SequenceDescriptor sequence : catalogView.sequences()) {
                    if (sequence.ownedByTable() == table.oid()) {
                        catalog.sequence(sequence).restart(sequence.start(), false);
                    }
                }
            }
        }
        return "TRUNCATE TABLE";
    }

    private static boolean contains(List<TableDescriptor> tables, TableDescriptor table) {
        for (TableDescriptor t : tables) {
            if (t.oid() == table.oid()) {
                return true;
            }
        }
        return false;
    }

    /**
     * ANALYZE (and VACUUM ANALYZE) computes each table's statistics ({@link io.pglitedb.exec.TableAnalysis});
     * VACUUM compacts each table's storage (a bulk load leaves overlapping files that every scan
     * merges); CHECKPOINT has nothing to do.
     */
    private String maintenance(Maintenance maintenance) {
        if (maintenance.kind() != Maintenance.Kind.ANALYZE && maintenance.kind() != Maintenance.Kind.CHECKPOINT
                && session.inTransactionBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "VACUUM cannot run inside a transaction block");
        }
        List<TableDescriptor> tables = new ArrayList<>();
        for (QualifiedName name : maintenance.tables()) {
            tables.add(existingTable(name));
        }
        boolean vacuum = maintenance.kind() == Maintenance.Kind.VACUUM
                || maintenance.kind() == Maintenance.Kind.VACUUM_ANALYZE;
        if (maintenance.tables().isEmpty() && (transaction != null || vacuum)) {
            CatalogView view = catalogView != null ? catalogView : new CatalogView(catalog);
            for (TableDescriptor t : view.tables()) {
                if (!t.isView() && !SearchPath.isTempSchema(t.schema())) {
                    tables.add(t);
                }
            }
        }
        if (vacuum) {
            for (TableDescriptor t : tables) {
                TableStorage.compact(catalog.store(), catalog.databaseOid(), t);
            }
        }
        if (transaction != null) { // ANALYZE, VACUUM ANALYZE
            io.pglitedb.exec.ExecContext exec = new io.pglitedb.exec.ExecContext(transaction, new Object[0], catalog,
                    catalog.databaseOid());
            for (TableDescriptor t : tables) {
                catalog.statistics().write(transaction, io.pglitedb.exec.TableAnalysis.analyze(t, exec));
            }
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
            // PostgreSQL reports no position here (TRUNCATE, VACUUM, ANALYZE)
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name.name());
        }
        if (table.view() != null) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a table", name.name());
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
        if (set.fromCurrent()) { // the session's value stays what it is (it matters for ALTER ... SET)
            return "SET";
        }
        if (TransactionCharacteristics.isTransactionSetting(name)) {
            session.setTransactionSetting(name, set.values().isEmpty() ? null : String.join(", ", set.values()));
            return "SET";
        }
        if (name.equals("role") || name.equals("session_authorization")) {
            Identity.set(session, settings, identityView(), name, set.values(), set.local());
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
        if (name.equals("role") || name.equals("session_authorization")) {
            Identity.set(session, settings, identityView(), name, List.of(), false);
            return "RESET";
        }
        String previous = settings.set(name, List.of());
        session.settingChanged(name, previous, false);
        return "RESET";
    }

    /** SET ROLE outside a transaction: the committed catalog. */
    private CatalogView identityView() {
        return catalogView != null ? catalogView : new CatalogView(catalog);
    }

    private String show(ShowVariable show) {
        session.refreshIdentity(identityView());
        if (show.name().equals("all")) {
            java.util.function.UnaryOperator<String> shown = name -> TransactionCharacteristics.isTransactionSetting(name)
                    ? session.showTransactionSetting(name) : settings.get(name);
            for (io.pglitedb.catalog.system.SystemContext.SettingRow row : settings.rows(shown)) {
                sink.row(new Object[] {row.name(), shown.apply(row.name()), row.shortDesc()});
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
