package io.pglitedb.session;

import io.pglitedb.catalog.AclItem;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ObjectAcl;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * checkSharedDependencies for DROP ROLE: a role that owns objects or appears in their ACLs cannot
 * be dropped (2BP01, with one DETAIL line per object, ordered by OID as PostgreSQL 15 orders them).
 */
final class RoleDependencies {
    private RoleDependencies() {
    }

    private record Dependency(int oid, int column, boolean owner, String text) {
    }

    static void check(CatalogView view, RoleDescriptor role) {
        List<Dependency> found = new ArrayList<>();
        for (TableDescriptor table : view.tables()) {
            collect(view.security().acl(table.oid()), role.oid(), "table", table.name(), found, table);
        }
        for (SequenceDescriptor sequence : view.sequences()) {
            collect(view.security().acl(sequence.oid()), role.oid(), "sequence", sequence.name(), found, null);
        }
        if (found.isEmpty()) {
            return;
        }
        found.sort(Comparator.comparingInt(Dependency::oid).thenComparingInt(Dependency::column)
                .thenComparing(Dependency::owner));
        List<String> lines = new ArrayList<>();
        for (Dependency d : found) {
            lines.add(d.text());
        }
        throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                "role \"%s\" cannot be dropped because some objects depend on it", role.name())
                .withDetail(String.join("\n", lines));
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
