package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ObjectAcl;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.security.Authorization;
import io.pglitedb.sql.ast.AlterOwner;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.RoleSpec;
import io.pglitedb.txn.Transaction;

/**
 * Object ownership: CREATE records the current user as owner; ALTER, DROP, CREATE INDEX and
 * ALTER ... OWNER TO need the owner's privileges (42501 "must be owner of table t"), superusers
 * pass. Checks that need a privilege rather than ownership (TRUNCATE, COPY FROM, LOCK) are here too.
 */
final class Ownership {
    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView view;
    private final Authorization auth;

    Ownership(Session session, Catalog catalog, Transaction transaction, CatalogView view) {
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.view = view;
        this.auth = new Authorization(view);
    }

    private int me() {
        return session.currentRoleOid(view);
    }

    /** A new table or sequence is owned by the current user. */
    void created(int oid, char kind) {
        int owner = me();
        if (owner < 0 || view.security().acl(oid) != null) {
            return;
        }
        ObjectAcl acl = ObjectAcl.owned(oid, kind, owner);
        String schema = schemaOfRelation(oid);
        io.pglitedb.catalog.SchemaDescriptor s = schema == null ? null : view.schema(schema);
        if (s != null) {
            java.util.List<io.pglitedb.catalog.AclItem> defaults = DefaultPrivileges.forNewObject(view,
                    kind == ObjectAcl.SEQUENCE ? io.pglitedb.catalog.DefaultAcl.SEQUENCE
                            : io.pglitedb.catalog.DefaultAcl.RELATION, owner, s.oid());
            if (defaults != null) {
                acl = acl.withAcl(defaults);
            }
        }
        catalog.security().writeAcl(transaction, acl);
        view.security().aclChanged(acl);
    }

    /**
     * A new function or procedure: owned by its descriptor's owner; ALTER DEFAULT PRIVILEGES ... ON
     * FUNCTIONS of that owner decide its ACL (none: the built-in default, PUBLIC may EXECUTE).
     */
    void createdRoutine(io.pglitedb.catalog.RoutineDescriptor routine) {
        io.pglitedb.catalog.SchemaDescriptor s = view.schema(routine.schema());
        java.util.List<io.pglitedb.catalog.AclItem> defaults = DefaultPrivileges.forNewObject(view,
                io.pglitedb.catalog.DefaultAcl.FUNCTION, routine.owner(), s == null ? 0 : s.oid());
        if (defaults == null) {
            return;
        }
        ObjectAcl acl = ObjectAcl.owned(routine.oid(), ObjectAcl.FUNCTION, routine.owner()).withAcl(defaults);
        catalog.security().writeAcl(transaction, acl);
        view.security().aclChanged(acl);
    }

    /** A dropped routine's privileges go with it. */
    void droppedRoutine(int oid) {
        if (view.security().acl(oid) != null) {
            catalog.security().deleteAcl(transaction, oid);
            view.security().aclDropped(oid);
        }
    }

    /** The schema of the table or sequence with this OID, or null. */
    private String schemaOfRelation(int oid) {
        TableDescriptor table = view.table(oid);
        if (table != null) {
            return table.schema();
        }
        for (SequenceDescriptor sequence : view.sequences()) {
            if (sequence.oid() == oid) {
                return sequence.schema();
            }
        }
        return null;
    }

    /** A sequence made for a table's column (serial, identity) is owned by the table's owner. */
    void createdFor(SequenceDescriptor sequence, TableDescriptor table) {
        if (view.security().acl(sequence.oid()) != null) {
            return;
        }
        ObjectAcl tableAcl = view.security().acl(table.oid());
        if (tableAcl == null) {
            return; // both owned by the bootstrap superuser
        }
        ObjectAcl acl = ObjectAcl.owned(sequence.oid(), ObjectAcl.SEQUENCE, tableAcl.owner());
        catalog.security().writeAcl(transaction, acl);
        view.security().aclChanged(acl);
    }

    void checkTableOwner(TableDescriptor table) {
        if (table != null && !auth.isOwner(me(), auth.tableAcl(table.oid()))) {
            throw Authorization.notOwner("table", table.name());
        }
    }

    /** A view or materialized view: "must be owner of view v". */
    void checkRelationOwner(TableDescriptor relation, String kind) {
        if (relation != null && !auth.isOwner(me(), auth.tableAcl(relation.oid()))) {
            throw Authorization.notOwner(kind, relation.name());
        }
    }

    void checkSequenceOwner(SequenceDescriptor sequence) {
        if (sequence != null && !auth.isOwner(me(), auth.sequenceAcl(sequence.oid()))) {
            throw Authorization.notOwner("sequence", sequence.name());
        }
    }

    /** pg_proc_ownercheck: "must be owner of function f" (or procedure). */
    void checkRoutineOwner(io.pglitedb.catalog.RoutineDescriptor routine) {
        if (!auth.hasPrivilegesOf(me(), routine.owner())) {
            throw Authorization.notOwner(routine.kind() == 'p' ? "procedure" : "function", routine.name());
        }
    }

    /** An index belongs to its table's owner. */
    void checkIndexOwner(String schema, String index) {
        TableDescriptor table = view.tableOfIndex(schema, index);
        if (table != null && !auth.isOwner(me(), auth.tableAcl(table.oid()))) {
            throw Authorization.notOwner("index", index);
        }
    }

    /** A privilege on a table: "permission denied for table t" without it. */
    void checkTablePrivilege(TableDescriptor table, int privilege) {
        if (table != null && !auth.hasTablePrivilege(me(), table, privilege)) {
            throw Authorization.deniedForTable(table.name());
        }
    }

    /** The schema of the existing relation {@code name} names (through the search path). */
    String schemaOf(QualifiedName name) {
        if (name.schema() != null) {
            io.pglitedb.catalog.SchemaDescriptor schema = view.schema(name.schema());
            if (schema != null && !auth.hasSchemaPrivilege(me(), schema, io.pglitedb.catalog.Privileges.USAGE)) {
                throw Authorization.denied("schema", schema.name());
            }
        }
        return UtilityCommands.schemaOf(view, session.searchPath(), name);
    }

    /**
     * CREATE in the schema a new relation goes to: 42501 "permission denied for schema s" (at the
     * name for CREATE TABLE, as PostgreSQL's transformCreateStmt reports it).
     */
    void checkCreateIn(QualifiedName name, boolean withPosition) {
        checkCreateIn(name, withPosition, false);
    }

    /** @param temporary a temporary relation: TEMPORARY on the database instead of CREATE on a schema */
    void checkCreateIn(QualifiedName name, boolean withPosition, boolean temporary) {
        boolean inTemp = temporary || io.pglitedb.catalog.SearchPath.PG_TEMP.equals(name.schema())
                || name.schema() != null && io.pglitedb.catalog.SearchPath.isTempSchema(name.schema());
        String schemaName = inTemp ? null : UtilityCommands.creationSchema(view, session.searchPath(), name);
        if (inTemp || io.pglitedb.catalog.SearchPath.isTempSchema(schemaName)) {
            io.pglitedb.catalog.DatabaseDescriptor database = auth.currentDatabase();
            if (!auth.hasDatabasePrivilege(me(), database, io.pglitedb.catalog.Privileges.TEMPORARY)) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE,
                        "permission denied to create temporary tables in database \"%s\"", database.name());
            }
            return;
        }
        io.pglitedb.catalog.SchemaDescriptor schema = view.schema(schemaName);
        if (schema != null && !auth.hasSchemaPrivilege(me(), schema, io.pglitedb.catalog.Privileges.CREATE)) {
            PgException denied = Authorization.denied("schema", schema.name());
            throw withPosition ? denied.withPosition(name.position() + 1) : denied;
        }
    }

    TableDescriptor table(QualifiedName name) {
        return view.table(schemaOf(name), name.name());
    }

    SequenceDescriptor sequence(QualifiedName name) {
        return view.sequence(schemaOf(name), name.name());
    }

    /** ALTER TABLE / SEQUENCE ... OWNER TO (ATExecChangeOwner). */
    String alterOwner(AlterOwner alter, ResultSink notices) {
        boolean sequenceStatement = alter.objectType().equals("sequence");
        String tag = sequenceStatement ? "ALTER SEQUENCE" : "ALTER TABLE";
        TableDescriptor table = table(alter.name());
        SequenceDescriptor sequence = table == null ? sequence(alter.name()) : null;
        if (table == null && sequence == null) {
            if (view.relationExists(schemaOf(alter.name()), alter.name().name())) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a %s", alter.name().name(),
                        alter.objectType());
            }
            if (alter.ifExists()) {
                notices.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "relation \"%s\" does not exist, skipping",
                        alter.name().name()).withSeverity("NOTICE"));
                return tag;
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", alter.name().name());
        }
        if (sequenceStatement && sequence == null) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a sequence", alter.name().name());
        }
        int oid = table != null ? table.oid() : sequence.oid();
        char kind = table != null ? ObjectAcl.TABLE : ObjectAcl.SEQUENCE;
        String kindName = table != null ? "table" : "sequence";
        String name = alter.name().name();
        RoleDescriptor newOwner = role(alter.owner());
        ObjectAcl stored = catalog.security().lockAcl(transaction, oid);
        ObjectAcl acl = view.security().acl(oid);
        if (acl == null) {
            acl = stored != null ? stored : ObjectAcl.owned(oid, kind, RoleDescriptor.BOOTSTRAP_SUPERUSER_OID);
        }
        if (acl.owner() == newOwner.oid()) {
            return tag;
        }
        if (!auth.isSuperuser(me())) {
            if (!auth.isOwner(me(), acl)) {
                throw Authorization.notOwner(kindName, name);
            }
            if (!auth.isMemberOf(me(), newOwner.oid())) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be member of role \"%s\"",
                        newOwner.name());
            }
        }
        ObjectAcl changed = acl.withOwner(newOwner.oid());
        catalog.security().writeAcl(transaction, changed);
        view.security().aclChanged(changed);
        if (table != null) {
            // sequences owned by the table's columns follow it
            for (SequenceDescriptor owned : view.sequences()) {
                if (owned.ownedByTable() == table.oid()) {
                    ObjectAcl sequenceAcl = catalog.security().lockAcl(transaction, owned.oid());
                    ObjectAcl current = view.security().acl(owned.oid());
                    if (current == null) {
                        current = sequenceAcl != null ? sequenceAcl
                                : ObjectAcl.owned(owned.oid(), ObjectAcl.SEQUENCE, RoleDescriptor.BOOTSTRAP_SUPERUSER_OID);
                    }
                    ObjectAcl moved = current.withOwner(newOwner.oid());
                    catalog.security().writeAcl(transaction, moved);
                    view.security().aclChanged(moved);
                }
            }
        }
        return tag;
    }

    private RoleDescriptor role(RoleSpec spec) {
        String name = switch (spec.kind()) {
            case CURRENT_USER, CURRENT_ROLE -> session.currentUser();
            case SESSION_USER -> session.sessionUser();
            default -> spec.name();
        };
        RoleDescriptor role = view.role(name);
        if (role == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
        }
        return role;
    }
}
