package io.pglitedb.security;

import io.pglitedb.catalog.AclItem;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.DatabaseDescriptor;
import io.pglitedb.catalog.ObjectAcl;
import io.pglitedb.catalog.Privileges;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.RoleMembership;
import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Privilege checks of one role against the catalog as a transaction sees it, with PostgreSQL's
 * rules (acl.c): superusers pass every check; a role has the privileges granted to it, to
 * PUBLIC, and to every role whose privileges it has ({@link #hasPrivilegesOf}: membership
 * chains through roles with INHERIT); an object's owner may always grant, and holds what the
 * ACL gives it (the default ACL gives the owner everything, and an owner can revoke its own).
 * The owner of the current database is implicitly a member of pg_database_owner (which owns
 * schema public).
 */
public final class Authorization {
    private final CatalogView view;

    public Authorization(CatalogView view) {
        this.view = view;
    }

    public boolean isSuperuser(int role) {
        RoleDescriptor r = view.roleByOid(role);
        return r != null && r.superuser();
    }

    /**
     * roles_is_member_of: the role itself and every role it is a member of, directly or
     * indirectly; with {@code inheritOnly}, memberships are followed only from roles with INHERIT.
     */
    public Set<Integer> memberOf(int role, boolean inheritOnly) {
        Set<Integer> found = new LinkedHashSet<>();
        found.add(role);
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(role);
        List<RoleMembership> all = view.security().memberships();
        while (!todo.isEmpty()) {
            int current = todo.poll();
            if (inheritOnly) {
                RoleDescriptor r = view.roleByOid(current);
                if (r != null && !r.inherit()) {
                    continue;
                }
            }
            for (RoleMembership m : all) {
                if (m.member() == current && found.add(m.role())) {
                    todo.add(m.role());
                }
            }
            if (current == databaseOwner() && found.add(SchemaDescriptor.DATABASE_OWNER_ROLE_OID)) {
                todo.add(SchemaDescriptor.DATABASE_OWNER_ROLE_OID); // the database's owner is pg_database_owner
            }
        }
        return found;
    }

    /** The OID of the owner of the database {@code view} describes, or -1. */
    public int databaseOwner() {
        int oid = view.catalog().databaseOid();
        for (DatabaseDescriptor d : view.catalog().shared().databases().values()) {
            if (d.oid() == oid) {
                return d.ownerOid();
            }
        }
        return -1;
    }

    /** has_privs_of_role: {@code member} holds every privilege of {@code role}. */
    public boolean hasPrivilegesOf(int member, int role) {
        return member == role || isSuperuser(member) || memberOf(member, true).contains(role);
    }

    /** is_member_of_role: SET ROLE to {@code role} is allowed (superusers: always). */
    public boolean isMemberOf(int member, int role) {
        return member == role || isSuperuser(member) || memberOf(member, false).contains(role);
    }

    /** is_member_of_role_nosuper: membership ignoring superuser status (loop check). */
    public boolean isMemberOfIgnoringSuperuser(int member, int role) {
        return member == role || memberOf(member, false).contains(role);
    }

    /** is_admin_of_role: {@code member} may grant and revoke membership in {@code role}. */
    public boolean isAdminOf(int member, int role) {
        if (isSuperuser(member)) {
            return true;
        }
        if (member == role) {
            return false;
        }
        Set<Integer> chain = memberOf(member, false);
        for (RoleMembership m : view.security().memberships()) {
            if (m.role() == role && m.admin() && chain.contains(m.member())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- object privileges

    /** The owner and ACL of a table (the implicit entry when none was stored). */
    public ObjectAcl tableAcl(int oid) {
        return view.security().aclOrDefault(oid, ObjectAcl.TABLE);
    }

    public ObjectAcl sequenceAcl(int oid) {
        return view.security().aclOrDefault(oid, ObjectAcl.SEQUENCE);
    }

    /** A schema's ACL with its owner (the default one when no GRANT touched it). */
    public ObjectAcl schemaAcl(SchemaDescriptor schema) {
        ObjectAcl stored = view.security().acl(schema.oid());
        return stored != null ? stored.ownedBy(schema.ownerOid())
                : ObjectAcl.owned(schema.oid(), ObjectAcl.SCHEMA, schema.ownerOid());
    }

    /** A database's ACL with its owner. */
    public ObjectAcl databaseAcl(DatabaseDescriptor database) {
        ObjectAcl stored = view.security().acl(database.oid());
        return stored != null ? stored.ownedBy(database.ownerOid())
                : ObjectAcl.owned(database.oid(), ObjectAcl.DATABASE, database.ownerOid());
    }

    /** pg_namespace_aclcheck: every bit of {@code privileges} on the schema (system schemas: USAGE for all). */
    public boolean hasSchemaPrivilege(int role, SchemaDescriptor schema, int privileges) {
        if (io.pglitedb.catalog.SearchPath.isTempSchema(schema.name())) {
            return true; // a session's own temporary schema (making temp tables needs TEMPORARY on the database)
        }
        if (SchemaDescriptor.isSystem(schema.name()) && !isSuperuser(role)) {
            return (privileges & ~Privileges.USAGE) == 0;
        }
        ObjectAcl acl = schemaAcl(schema);
        return mask(acl.effectiveAcl(), acl.owner(), role, privileges, true) == privileges;
    }

    /** pg_database_aclcheck: every bit of {@code privileges} on the database. */
    public boolean hasDatabasePrivilege(int role, DatabaseDescriptor database, int privileges) {
        ObjectAcl acl = databaseAcl(database);
        return mask(acl.effectiveAcl(), acl.owner(), role, privileges, true) == privileges;
    }

    /** The database {@code view} describes. */
    public DatabaseDescriptor currentDatabase() {
        int oid = view.catalog().databaseOid();
        for (DatabaseDescriptor d : view.catalog().shared().databases().values()) {
            if (d.oid() == oid) {
                return d;
            }
        }
        throw new PgException(SqlState.INVALID_CATALOG_NAME, "database with OID %d does not exist", oid);
    }

    /** 42501 "permission denied for schema s" unless the role may use it. */
    public void checkSchemaUsage(int role, SchemaDescriptor schema) {
        if (!hasSchemaPrivilege(role, schema, Privileges.USAGE)) {
            throw denied("schema", schema.name());
        }
    }

    /** 42501 "permission denied for schema s" unless the role may create in it. */
    public void checkSchemaCreate(int role, SchemaDescriptor schema) {
        if (!hasSchemaPrivilege(role, schema, Privileges.CREATE)) {
            throw denied("schema", schema.name());
        }
    }

    /** 42501 "permission denied for database d" unless the role may create schemas in the current one. */
    public void checkDatabaseCreate(int role) {
        DatabaseDescriptor database = currentDatabase();
        if (!hasDatabasePrivilege(role, database, Privileges.CREATE)) {
            throw denied("database", database.name());
        }
    }

    /** Whether {@code role} owns the object or has its owner's privileges (pg_class_ownercheck). */
    public boolean isOwner(int role, ObjectAcl acl) {
        return hasPrivilegesOf(role, acl.owner());
    }

    /**
     * aclmask: which of {@code mask} (privilege bits, and grant options shifted left by 16) the
     * role holds through {@code items} of an object owned by {@code owner}.
     *
     * @param all true: stop only when every bit is found (ACLMASK_ALL); false: at the first (ANY)
     */
    public int mask(List<AclItem> items, int owner, int role, int mask, boolean all) {
        if (isSuperuser(role)) {
            return mask;
        }
        int result = 0;
        int grantBits = mask & 0xFFFF0000;
        if (grantBits != 0 && hasPrivilegesOf(role, owner)) {
            result = grantBits;
            if (done(result, mask, all)) {
                return result;
            }
        }
        for (AclItem item : items) {
            if (item.grantee() == AclItem.PUBLIC || item.grantee() == role) {
                result |= bits(item) & mask;
                if (done(result, mask, all)) {
                    return result;
                }
            }
        }
        for (AclItem item : items) {
            if (item.grantee() == AclItem.PUBLIC || item.grantee() == role) {
                continue;
            }
            if ((bits(item) & mask & ~result) != 0 && hasPrivilegesOf(role, item.grantee())) {
                result |= bits(item) & mask;
                if (done(result, mask, all)) {
                    return result;
                }
            }
        }
        return result;
    }

    private static boolean done(int result, int mask, boolean all) {
        return all ? result == mask : result != 0;
    }

    static int bits(AclItem item) {
        return item.privileges() | (item.grantOptions() << 16);
    }

    /**
     * The privileges of {@code privileges} the role holds on the object itself (not its columns);
     * members of pg_read_all_data may SELECT, of pg_write_all_data INSERT, UPDATE and DELETE.
     */
    public int objectPrivileges(ObjectAcl acl, int role, int privileges) {
        int result = mask(acl.effectiveAcl(), acl.owner(), role, privileges, true);
        if ((privileges & Privileges.SELECT) != 0 && (result & Privileges.SELECT) == 0
                && hasPrivilegesOfPredefined(role, "pg_read_all_data")) {
            result |= Privileges.SELECT;
        }
        int write = Privileges.INSERT | Privileges.UPDATE | Privileges.DELETE;
        if ((privileges & write) != 0 && (result & write) == 0 && hasPrivilegesOfPredefined(role, "pg_write_all_data")) {
            result |= privileges & write;
        }
        return result;
    }

    private boolean hasPrivilegesOfPredefined(int role, String name) {
        Integer oid = RoleDescriptor.PREDEFINED.get(name);
        return oid != null && memberOf(role, true).contains(oid);
    }

    /** Whether the role holds {@code privilege} on column {@code attnum} through the column's own ACL. */
    public boolean columnPrivilege(ObjectAcl acl, int attnum, int role, int privilege) {
        List<AclItem> items = acl.columns().get(attnum);
        return items != null && mask(items, acl.owner(), role, privilege, true) == privilege;
    }

    /** has_table_privilege(role, table, privilege): every bit of {@code privilege} on the table itself. */
    public boolean hasTablePrivilege(int role, TableDescriptor table, int privilege) {
        return objectPrivileges(tableAcl(table.oid()), role, privilege) == privilege;
    }

    /** has_column_privilege(role, table, column, privilege): on the table or on the column. */
    public boolean hasColumnPrivilege(int role, TableDescriptor table, int attnum, int privilege) {
        ObjectAcl acl = tableAcl(table.oid());
        return objectPrivileges(acl, role, privilege) == privilege || columnPrivilege(acl, attnum, role, privilege);
    }

    /** Whether the role holds at least one of {@code anyOf} on the sequence. */
    public boolean hasSequencePrivilege(int role, SequenceDescriptor sequence, int anyOf) {
        ObjectAcl acl = sequenceAcl(sequence.oid());
        return mask(acl.effectiveAcl(), acl.owner(), role, anyOf, false) != 0;
    }

    /** True when the role holds {@code privilege} on at least one column (through column ACLs). */
    private boolean anyColumn(ObjectAcl acl, TableDescriptor table, int role, int privilege) {
        for (var column : table.columns()) {
            if (columnPrivilege(acl, column.attributeNumber(), role, privilege)) {
                return true;
            }
        }
        return false;
    }

    /**
     * ExecCheckRTPerms: every table and sequence the statement uses, in order; the first one
     * missing a privilege fails with PostgreSQL's 42501 text.
     */
    public void check(AccessRequirements needs, int role) {
        if (needs.isEmpty()) {
            return;
        }
        for (java.util.Map.Entry<Integer, AccessRequirements> owner : needs.owners().entrySet()) {
            check(owner.getValue(), owner.getKey()); // what views read, as their owners
        }
        if (isSuperuser(role)) {
            return;
        }
        for (AccessRequirements.Relation r : needs.relations()) {
            if (!allowed(r, role)) {
                throw deniedForTable(r.name);
            }
        }
        for (AccessRequirements.SequenceNeed s : needs.sequenceNeeds()) {
            ObjectAcl acl = sequenceAcl(s.oid());
            if (mask(acl.effectiveAcl(), acl.owner(), role, s.anyOf(), false) == 0) {
                throw deniedForSequence(s.name());
            }
        }
        for (AccessRequirements.FunctionNeed f : needs.functionNeeds()) {
            RoutineDescriptor routine = view.catalog().routines().byOid(f.oid());
            if (routine != null && !hasFunctionPrivilege(role, routine, Privileges.EXECUTE)) {
                throw denied(f.procedure() ? "procedure" : "function", f.name());
            }
        }
    }

    /** {@link #check(AccessRequirements, int)} for the role of this name (none: only what PUBLIC holds). */
    public void check(AccessRequirements needs, String roleName) {
        RoleDescriptor r = roleName == null ? null : view.role(roleName);
        check(needs, r == null ? -1 : r.oid());
    }

    /** A routine's ACL with its owner (PUBLIC and the owner may EXECUTE while no GRANT touched it). */
    public ObjectAcl functionAcl(RoutineDescriptor routine) {
        ObjectAcl stored = view.security().acl(routine.oid());
        return stored != null ? stored.ownedBy(routine.owner())
                : ObjectAcl.owned(routine.oid(), ObjectAcl.FUNCTION, routine.owner());
    }

    /** pg_proc_aclcheck: every bit of {@code privileges} (EXECUTE, maybe with grant option bits) on the routine. */
    public boolean hasFunctionPrivilege(int role, RoutineDescriptor routine, int privileges) {
        ObjectAcl acl = functionAcl(routine);
        return mask(acl.effectiveAcl(), acl.owner(), role, privileges, true) == privileges;
    }

    private boolean allowed(AccessRequirements.Relation r, int role) {
        ObjectAcl acl = tableAcl(r.oid);
        int granted = objectPrivileges(acl, role, r.required);
        int remaining = r.required & ~granted;
        if (remaining == 0) {
            return true;
        }
        if ((remaining & ~(Privileges.SELECT | Privileges.INSERT | Privileges.UPDATE)) != 0) {
            return false;
        }
        TableDescriptor table = view.tableByOid(r.oid);
        if (table == null) {
            return false;
        }
        return columnsAllowed(acl, table, role, remaining, Privileges.SELECT, r.selected)
                && columnsAllowed(acl, table, role, remaining, Privileges.INSERT, r.inserted)
                && columnsAllowed(acl, table, role, remaining, Privileges.UPDATE, r.updated);
    }

    private boolean columnsAllowed(ObjectAcl acl, TableDescriptor table, int role, int remaining, int privilege,
            BitSet columns) {
        if ((remaining & privilege) == 0) {
            return true;
        }
        if (columns.isEmpty()) {
            return anyColumn(acl, table, role, privilege);
        }
        for (int c = columns.nextSetBit(0); c >= 0; c = columns.nextSetBit(c + 1)) {
            if (!columnPrivilege(acl, c + AccessRequirements.FIRST_LOW_INVALID_ATTNUM, role, privilege)) {
                return false;
            }
        }
        return true;
    }

    /** 42501 "permission denied for KIND NAME" (aclcheck_error's ACLCHECK_NO_PRIV). */
    public static PgException denied(String kind, String name) {
        return new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied for %s %s", kind, name);
    }

    public static PgException deniedForTable(String name) {
        return new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied for table %s", name);
    }

    public static PgException deniedForSequence(String name) {
        return new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied for sequence %s", name);
    }

    /** 42501 "must be owner of table t" (or sequence, index ...). */
    public static PgException notOwner(String kind, String name) {
        return new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be owner of %s %s", kind, name);
    }

    /** Role names by OID for aclitem text. */
    public String roleName(int oid) {
        RoleDescriptor r = view.roleByOid(oid);
        return r == null ? Integer.toString(oid) : r.name();
    }

    /** The ACL as PostgreSQL prints relacl ({...} of aclitems), null for the default. */
    public String aclText(List<AclItem> items) {
        if (items == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (AclItem item : items) {
            parts.add(Privileges.format(item, this::roleName));
        }
        return "{" + String.join(",", parts) + "}";
    }
}
