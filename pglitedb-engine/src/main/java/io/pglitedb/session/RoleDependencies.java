package io.pglitedb.session;

import io.pglitedb.catalog.AclItem;
import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.DatabaseDescriptor;
import io.pglitedb.catalog.Namespaces;
import io.pglitedb.catalog.ObjectAcl;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.catalog.SearchPath;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * checkSharedDependencies for DROP ROLE: a role that owns databases, schemas, tables, views,
 * sequences or routines or appears in their ACLs cannot be dropped (2BP01, with one DETAIL line per object of
 * the shared catalog and the current database, ordered by OID as PostgreSQL 15 orders them, then
 * a count per other database).
 */
final class RoleDependencies {
    private RoleDependencies() {
    }

    private record Dependency(int oid, int column, boolean owner, String text) {
    }

    /**
     * @param others the committed catalogs of the other databases (their objects are counted,
     *     "2 objects in database d", as PostgreSQL cannot name them from here)
     */
    static void check(CatalogView view, RoleDescriptor role, List<Catalog> others, SearchPath path) {
        List<Dependency> found = new ArrayList<>();
        List<DatabaseDescriptor> databases = new ArrayList<>(view.catalog().shared().databases().values());
        for (DatabaseDescriptor database : databases) {
            if (database.ownerOid() == role.oid()) {
                found.add(new Dependency(database.oid(), 0, true, "owner of database " + database.name()));
            } else if (mentions(view.security().acl(database.oid()) == null ? null
                    : view.security().acl(database.oid()).acl(), role.oid())) {
                found.add(new Dependency(database.oid(), 0, false, "privileges for database " + database.name()));
            }
        }
        collectLocal(view, role.oid(), found, path);
        found.sort(Comparator.comparingInt(Dependency::oid).thenComparingInt(Dependency::column)
                .thenComparing(Dependency::owner));
        List<String> lines = new ArrayList<>();
        for (Dependency d : found) {
            lines.add(d.text());
        }
        databases.sort(Comparator.comparingInt(DatabaseDescriptor::oid));
        for (DatabaseDescriptor database : databases) {
            for (Catalog other : others) {
                if (other.databaseOid() == database.oid() && other.databaseOid() != view.catalog().databaseOid()) {
                    List<Dependency> remote = new ArrayList<>();
                    CatalogView otherView = new CatalogView(other);
                    collectLocal(otherView, role.oid(), remote, path);
                    if (!remote.isEmpty()) {
                        lines.add(remote.size() + (remote.size() == 1 ? " object" : " objects") + " in database "
                                + database.name());
                    }
                }
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                "role \"%s\" cannot be dropped because some objects depend on it", role.name())
                .withDetail(String.join("\n", lines));
    }

    /** What one database's catalog holds for the role: schemas, tables and sequences. */
    private static void collectLocal(CatalogView view, int role, List<Dependency> found, SearchPath path) {
        for (SchemaDescriptor schema : view.schemas()) {
            if (SchemaDescriptor.isSystem(schema.name())) {
                continue;
            }
            if (schema.ownerOid() == role) {
                found.add(new Dependency(schema.oid(), 0, true, "owner of schema " + schema.name()));
            } else if (view.security().acl(schema.oid()) != null
                    && mentions(view.security().acl(schema.oid()).acl(), role)) {
                found.add(new Dependency(schema.oid(), 0, false, "privileges for schema " + schema.name()));
            }
        }
        for (TableDescriptor table : view.tables()) {
            collect(view.security().acl(table.oid()), role, table.isView() ? "view" : "table",
                    shown(view, path, table.schema(), table.name()), found, table);
        }
        for (SequenceDescriptor sequence : view.sequences()) {
            collect(view.security().acl(sequence.oid()), role, "sequence",
                    shown(view, path, sequence.schema(), sequence.name()), found, null);
        }
        for (io.pglitedb.catalog.RoutineDescriptor r : view.catalog().routines().all()) {
            String what = "function " + r.name() + "("
                    + RoutineCommands.argumentList(r) + ")";
            ObjectAcl acl = view.security().acl(r.oid());
            if (r.owner() == role) {
                found.add(new Dependency(r.oid(), 0, true, "owner of " + what));
            } else if (acl != null && mentions(acl.acl(), role)) {
                found.add(new Dependency(r.oid(), 0, false, "privileges for " + what));
            }
        }
        for (TableDescriptor table : view.tables()) {
            ObjectAcl acl = view.security().acl(table.oid());
            for (io.pglitedb.catalog.RowSecurity.Policy p : acl == null ? List.<io.pglitedb.catalog.RowSecurity.Policy>of()
                    : acl.rowSecurity().policies()) {
                if (p.roles().contains(role)) {
                    found.add(new Dependency(p.oid(), 0, false, "target of policy " + p.name() + " on table "
                            + shown(view, path, table.schema(), table.name())));
                }
            }
        }
        for (io.pglitedb.catalog.DefaultAcl d : view.security().defaultAcls()) {
            boolean owner = d.role() == role;
            if (!owner && !mentions(d.acl(), role)) {
                continue;
            }
            io.pglitedb.catalog.RoleDescriptor by = view.roleByOid(d.role());
            SchemaDescriptor in = d.schema() == 0 ? null : view.schema(d.schema());
            String kind = switch (d.objectType()) {
                case io.pglitedb.catalog.DefaultAcl.SEQUENCE -> "sequences";
                case io.pglitedb.catalog.DefaultAcl.FUNCTION -> "functions";
                case io.pglitedb.catalog.DefaultAcl.TYPE -> "types";
                case io.pglitedb.catalog.DefaultAcl.SCHEMA -> "schemas";
                default -> "relations";
            };
            String what = "default privileges on new " + kind + " belonging to role "
                    + (by == null ? Integer.toString(d.role()) : by.name()) + (in == null ? "" : " in schema " + in.name());
            found.add(new Dependency(Integer.MAX_VALUE, 0, owner, (owner ? "owner of " : "privileges for ") + what));
        }
    }

    /** getObjectDescription's relation name: qualified unless the search path finds it. */
    private static String shown(CatalogView view, SearchPath path, String schema, String name) {
        return Namespaces.relationSchema(view, path, null, name).equals(schema) ? name : schema + "." + name;
    }

    private static void collect(ObjectAcl acl, int role, String kind, String name, List<Dependency> found,
            TableDescriptor table) {
        if (acl == null) {
            return;
        }
        if (acl.owner() == role) {
            found.add(new Dependency(acl.oid(), 0, true, "owner of " + kind + " " + name));
        } else if (mentions(acl.acl(), role)) {
            found.add(new Dependency(acl.oid(), 0, false, "privileges for " + kind + " " + name));
        }
        for (Map.Entry<Integer, List<AclItem>> e : acl.columns().entrySet()) {
            if (mentions(e.getValue(), role) && table != null) {
                String column = table.columns().stream().filter(c -> c.attributeNumber() == e.getKey())
                        .map(c -> c.name()).findFirst().orElse(Integer.toString(e.getKey()));
                found.add(new Dependency(acl.oid(), e.getKey(), false,
                        "privileges for column " + column + " of " + kind + " " + name));
            }
        }
    }

    private static boolean mentions(List<AclItem> items, int role) {
        if (items == null) {
            return false;
        }
        for (AclItem item : items) {
            if (item.grantee() == role || item.grantor() == role) {
                return true;
            }
        }
        return false;
    }
}
