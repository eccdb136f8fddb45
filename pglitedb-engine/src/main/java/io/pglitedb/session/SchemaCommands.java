package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.Namespaces;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.catalog.SearchPath;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.security.Authorization;
import io.pglitedb.sql.ast.AlterSchema;
import io.pglitedb.sql.ast.CreateIndex;
import io.pglitedb.sql.ast.CreateSchema;
import io.pglitedb.sql.ast.CreateSequence;
import io.pglitedb.sql.ast.CreateTable;
import io.pglitedb.sql.ast.DropObjects;
import io.pglitedb.sql.ast.DropSchema;
import io.pglitedb.sql.ast.DropTable;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.Statement;
import io.pglitedb.sql.parser.Identifiers;
import io.pglitedb.txn.Transaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * CREATE SCHEMA (with its elements), ALTER SCHEMA RENAME / OWNER TO and DROP SCHEMA [CASCADE],
 * in the transaction's batch like all DDL. A schema's objects are the tables and sequences whose
 * descriptors name it; renaming the schema rewrites them.
 */
final class SchemaCommands {
    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView view;
    private final ResultSink sink;
    private final UtilityCommands utility;

    SchemaCommands(Session session, Catalog catalog, Transaction transaction, CatalogView view, ResultSink sink,
            UtilityCommands utility) {
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.view = view;
        this.sink = sink;
        this.utility = utility;
    }

    String create(CreateSchema create) {
        RoleDescriptor owner = role(create.owner() == null ? CreateSchema.CURRENT_USER : create.owner());
        new Authorization(view).checkDatabaseCreate(session.currentRoleOid(view));
        checkMemberOf(owner);
        String name = create.name() != null ? create.name() : owner.name();
        checkName(name);
        if (view.schema(name) != null || lockedByOther(name)) {
            if (create.ifNotExists()) {
                sink.notice(new PgException(SqlState.DUPLICATE_SCHEMA, "schema \"%s\" already exists, skipping", name)
                        .withSeverity("NOTICE"));
                return "CREATE SCHEMA";
            }
            throw new PgException(SqlState.DUPLICATE_SCHEMA, "schema \"%s\" already exists", name);
        }
        SchemaDescriptor schema = new SchemaDescriptor(catalog.allocateOid(), name, owner.oid());
        catalog.writeSchema(transaction, schema);
        view.schemaChanged(schema);
        java.util.List<io.pglitedb.catalog.AclItem> defaults = DefaultPrivileges.forNewObject(view,
                io.pglitedb.catalog.DefaultAcl.SCHEMA, owner.oid(), 0);
        if (defaults != null) {
            io.pglitedb.catalog.ObjectAcl acl = io.pglitedb.catalog.ObjectAcl.owned(schema.oid(),
                    io.pglitedb.catalog.ObjectAcl.SCHEMA, owner.oid()).withAcl(defaults);
            catalog.security().writeAcl(transaction, acl);
            view.security().aclChanged(acl);
        }
        List<Statement> elements = new ArrayList<>(create.elements());
        // as transformCreateSchemaStmt: sequences first, then tables, then indexes
        elements.sort(Comparator.comparingInt(e -> e instanceof CreateSequence ? 0 : e instanceof CreateTable ? 1 : 2));
        for (Statement element : elements) {
            checkElementSchema(element, name);
            session.withSearchPath(new SearchPath(List.of(name), session.currentUser()), () -> utility.run(element));
        }
        return "CREATE SCHEMA";
    }

    /** True when another transaction committed a schema of this name after this one's snapshot. */
    private boolean lockedByOther(String name) {
        byte[] stored = catalog.lockSchemaName(transaction, name);
        return stored != null && catalog.schemas().get(name) == null;
    }

    private static void checkName(String name) {
        if (name.startsWith("pg_")) {
            throw new PgException(SqlState.RESERVED_NAME, "unacceptable schema name \"%s\"", name)
                    .withDetail("The prefix \"pg_\" is reserved for system schemas.");
        }
    }

    private static void checkElementSchema(Statement element, String schema) {
        QualifiedName name = switch (element) {
            case CreateTable t -> t.name();
            case CreateSequence s -> s.name();
            case CreateIndex i -> i.table();
            case null -> null;
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "this kind of CREATE SCHEMA element is not supported yet");
        };
        if (name != null && name.schema() != null && !name.schema().equals(schema)) {
            throw new PgException(SqlState.INVALID_SCHEMA_DEFINITION,
                    "CREATE specifies a schema (%s) different from the one being created (%s)", name.schema(), schema);
        }
    }

    private RoleDescriptor role(String spec) {
        String name = spec.equals(CreateSchema.CURRENT_USER) ? session.currentUser()
                : spec.equals(CreateSchema.SESSION_USER) ? session.sessionUser() : spec;
        RoleDescriptor role = view.role(name);
        if (role == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
        }
        return role;
    }

    private SchemaDescriptor existing(String name) {
        SchemaDescriptor schema = view.schema(name);
        if (schema == null) {
            throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", name);
        }
        return schema;
    }

    /** The current user must be able to SET ROLE to a new owner (check_is_member_of_role). */
    private void checkMemberOf(RoleDescriptor owner) {
        if (!new Authorization(view).isMemberOf(session.currentRoleOid(view), owner.oid())) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be member of role \"%s\"", owner.name());
        }
    }

    /** aclnewowner: the old owner's ACL entries become the new owner's. */
    private void renameOwnerInAcl(SchemaDescriptor schema, int newOwner) {
        io.pglitedb.catalog.ObjectAcl acl = view.security().acl(schema.oid());
        if (acl != null) {
            catalog.security().lockAcl(transaction, schema.oid(), io.pglitedb.catalog.ObjectAcl.SCHEMA);
            io.pglitedb.catalog.ObjectAcl changed = acl.ownedBy(schema.ownerOid()).withOwner(newOwner);
            catalog.security().writeAcl(transaction, changed);
            view.security().aclChanged(changed);
        }
    }

    /** pg_namespace_ownercheck: the owner's privileges (superusers pass). */
    private void checkOwner(SchemaDescriptor schema) {
        if (SearchPath.isTempSchema(schema.name())) {
            return; // a session's temporary schema, dropped and remade by the session that uses its number
        }
        if (!new Authorization(view).hasPrivilegesOf(session.currentRoleOid(view), schema.ownerOid())) {
            throw Authorization.notOwner("schema", schema.name());
        }
    }

    String alter(AlterSchema alter) {
        SchemaDescriptor schema = existing(alter.name());
        catalog.lockSchemaName(transaction, schema.name());
        if (alter.newOwner() != null) {
            RoleDescriptor owner = role(alter.newOwner());
            SchemaDescriptor changed = schema.withOwner(owner.oid());
            if (schema.ownerOid() == owner.oid()) {
                return "ALTER SCHEMA";
            }
            checkOwner(schema);
            checkMemberOf(owner);
            new Authorization(view).checkDatabaseCreate(session.currentRoleOid(view));
            if (SchemaDescriptor.isSystem(schema.name())) {
                return "ALTER SCHEMA"; // the built-in schemas keep their owner
            }
            renameOwnerInAcl(schema, owner.oid());
            catalog.writeSchema(transaction, changed);
            view.schemaChanged(changed);
            return "ALTER SCHEMA";
        }
        String newName = alter.newName();
        if (view.schema(newName) != null || lockedByOther(newName)) {
            throw new PgException(SqlState.DUPLICATE_SCHEMA, "schema \"%s\" already exists", newName);
        }
        checkOwner(schema);
        new Authorization(view).checkDatabaseCreate(session.currentRoleOid(view));
        checkName(newName);
        if (SchemaDescriptor.isSystem(schema.name())) {
            throw new PgException(SqlState.RESERVED_NAME, "unacceptable schema name \"%s\"", schema.name())
                    .withDetail("The prefix \"pg_\" is reserved for system schemas.");
        }
        SchemaDescriptor renamed = schema.withName(newName);
        catalog.deleteSchema(transaction, schema.name());
        view.schemaDropped(schema.name());
        catalog.writeSchema(transaction, renamed);
        view.schemaChanged(renamed);
        String oldPrefix = "'" + Identifiers.quote(schema.name()) + ".";
        String newPrefix = "'" + Identifiers.quote(newName) + ".";
        for (TableDescriptor table : tablesIn(schema.name())) {
            transaction.lockForUpdate(catalog.nameKey(table.schema(), table.name()));
            List<ColumnDescriptor> columns = new ArrayList<>();
            for (ColumnDescriptor c : table.columns()) { // nextval('old.seq'::regclass) follows the rename
                columns.add(c.defaultSql() != null && c.defaultSql().contains(oldPrefix)
                        ? c.withDefault(c.defaultSql().replace(oldPrefix, newPrefix)) : c);
            }
            TableDescriptor moved = table.withSchema(newName).withColumns(columns, table.schemaVersion());
            catalog.deleteTable(transaction, table);
            catalog.writeTable(transaction, moved);
            for (IndexDescriptor index : moved.indexes()) {
                catalog.writeIndexName(transaction, newName, index);
            }
            view.renamed(table, moved);
        }
        for (SequenceDescriptor sequence : sequencesIn(schema.name())) {
            SequenceDescriptor moved = sequence.withSchema(newName);
            catalog.renameSequence(transaction, sequence, moved);
            view.droppedSequence(sequence);
            view.createdSequence(moved);
        }
        return "ALTER SCHEMA";
    }

    String drop(DropSchema drop) {
        List<SchemaDescriptor> schemas = new ArrayList<>();
        for (String name : drop.names()) {
            SchemaDescriptor schema = view.schema(name);
            if (schema == null) {
                if (drop.ifExists()) {
                    sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                            "schema \"%s\" does not exist, skipping", name).withSeverity("NOTICE"));
                    continue;
                }
                throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", name);
            }
            checkOwner(schema);
            if (SchemaDescriptor.isSystem(name)) {
                throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                        "cannot drop schema %s because it is required by the database system", name);
            }
            schemas.add(schema);
        }
        Dependents dependents = new Dependents();
        List<QualifiedName> tables = new ArrayList<>();
        List<QualifiedName> sequences = new ArrayList<>();
        List<QualifiedName> viewNames = new ArrayList<>();
        List<QualifiedName> materializedViews = new ArrayList<>();
        ViewCommands views = utility.views();
        List<Integer> memberOids = new ArrayList<>();
        List<TableDescriptor> dependentViews = new ArrayList<>();
        for (SchemaDescriptor schema : schemas) {
            record Member(int oid, String kind, QualifiedName name) {
            }
            List<Member> members = new ArrayList<>();
            List<TableDescriptor> inSchema = tablesIn(schema.name());
            for (TableDescriptor table : inSchema) {
                members.add(new Member(table.oid(), ViewCommands.kindName(table),
                        new QualifiedName(schema.name(), table.name(), 0)));
            }
            for (SequenceDescriptor sequence : sequencesIn(schema.name())) {
                if (sequence.ownedByTable() == 0 || view.tableByOid(sequence.ownedByTable()) == null
                        || !view.tableByOid(sequence.ownedByTable()).schema().equals(schema.name())) {
                    members.add(new Member(sequence.oid(), "sequence",
                            new QualifiedName(schema.name(), sequence.name(), 0)));
                }
            }
            members.sort(Comparator.comparingInt(Member::oid));
            for (Member m : members) {
                memberOids.add(m.oid());
            }
            for (Member m : members) {
                boolean visible = Namespaces.relationSchema(view, session.searchPath(), null, m.name().name())
                        .equals(schema.name());
                dependents.add(m.kind() + " " + (visible ? "" : schema.name() + ".") + m.name().name(),
                        "depends on schema " + schema.name());
                TableDescriptor relation = view.tableByOid(m.oid());
                if (relation != null) {
                    // views elsewhere that read it go with it (those in the schema are members)
                    List<TableDescriptor> outside = views.dependentViews(relation, dependents, memberOids);
                    for (TableDescriptor v : outside) {
                        memberOids.add(v.oid());
                    }
                    dependentViews.addAll(outside);
                }
                (switch (m.kind()) {
                    case "table" -> tables;
                    case "view" -> viewNames;
                    case "materialized view" -> materializedViews;
                    default -> sequences;
                }).add(m.name());
            }
        }
        if (!schemas.isEmpty()) {
            dependents.check("schema " + schemas.get(0).name(), drop.cascade(), sink);
        }
        views.dropRelations(dependentViews);
        if (!viewNames.isEmpty()) {
            utility.withSink(quiet()).run(new DropObjects(DropObjects.Kind.VIEW, viewNames, true, true));
        }
        if (!materializedViews.isEmpty()) {
            utility.withSink(quiet()).run(new DropObjects(DropObjects.Kind.MATERIALIZED_VIEW, materializedViews, true,
                    true));
        }
        if (!tables.isEmpty()) {
            utility.withSink(quiet()).runAsDependent(new DropTable(tables, true, true));
        }
        if (!sequences.isEmpty()) {
            utility.withSink(quiet()).runAsDependent(new DropObjects(DropObjects.Kind.SEQUENCE, sequences, true, true));
        }
        for (SchemaDescriptor schema : schemas) {
            catalog.lockSchemaName(transaction, schema.name());
            catalog.deleteSchema(transaction, schema.name());
            if (view.security().acl(schema.oid()) != null) {
                catalog.security().deleteAcl(transaction, schema.oid());
                view.security().aclDropped(schema.oid());
            }
            view.schemaDropped(schema.name());
        }
        return "DROP SCHEMA";
    }

    /** Drops what DROP SCHEMA ... CASCADE already reported, without their own notices. */
    static ResultSink quiet() {
        return new ResultSink() {
            @Override
            public void columns(List<io.pglitedb.session.ResultColumn> columns) {
            }

            @Override
            public void row(Object[] values) {
            }

            @Override
            public void complete(String commandTag) {
            }

            @Override
            public void emptyQuery() {
            }
        };
    }

    private List<TableDescriptor> tablesIn(String schema) {
        List<TableDescriptor> out = new ArrayList<>();
        for (TableDescriptor t : view.tables()) {
            if (t.schema().equals(schema)) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt(TableDescriptor::oid));
        return out;
    }

    private List<SequenceDescriptor> sequencesIn(String schema) {
        List<SequenceDescriptor> out = new ArrayList<>();
        for (SequenceDescriptor s : view.sequences()) {
            if (s.schema().equals(schema)) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(SequenceDescriptor::oid));
        return out;
    }
}
