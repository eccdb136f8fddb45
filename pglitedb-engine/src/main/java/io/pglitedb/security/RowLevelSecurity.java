package io.pglitedb.security;

import io.pglitedb.catalog.AclItem;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ObjectAcl;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.RowSecurity;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which row-level security policies apply to a role's use of a table (PostgreSQL's
 * check_enable_rls and get_policies_for_relation). Row security applies when the table has it
 * enabled and the role is neither a superuser nor BYPASSRLS, nor the table's owner (or a member
 * with its privileges) unless the table FORCEs it. With row_security off, a query it would apply
 * to fails (42501) instead of being filtered.
 */
public final class RowLevelSecurity {
    private RowLevelSecurity() {
    }

    /** The policies of one command that apply: permissive ones (OR-ed) and restrictive ones (AND-ed, by name). */
    public record Applicable(List<RowSecurity.Policy> permissive, List<RowSecurity.Policy> restrictive) {
    }

    /**
     * The table's row security as it applies to {@code role}, or null when it does not apply.
     *
     * @throws PgException 42501 "query would be affected by row-level security policy" when it
     *     applies but {@code rowSecurityOn} is false
     */
    public static RowSecurity forRole(CatalogView view, TableDescriptor table, int role, boolean rowSecurityOn) {
        ObjectAcl acl = view.security().acl(table.oid());
        if (acl == null || !acl.rowSecurity().enabled()) {
            return null;
        }
        RoleDescriptor r = view.roleByOid(role);
        if (r != null && (r.superuser() || r.bypassRls())) {
            return null;
        }
        Authorization auth = new Authorization(view);
        boolean owner = auth.isOwner(role, acl);
        if (owner && !acl.rowSecurity().forced()) {
            return null;
        }
        if (!rowSecurityOn) {
            PgException e = new PgException(SqlState.INSUFFICIENT_PRIVILEGE,
                    "query would be affected by row-level security policy for table \"%s\"", table.name());
            throw owner ? e.withHint("To disable the policy for the table's owner, use ALTER TABLE NO FORCE ROW LEVEL SECURITY.")
                    : e;
        }
        return acl.rowSecurity();
    }

    /** The policies for {@code command} ('r', 'a', 'w', 'd') whose roles include {@code role} (or PUBLIC). */
    public static Applicable policies(CatalogView view, RowSecurity rls, int role, char command) {
        Authorization auth = new Authorization(view);
        List<RowSecurity.Policy> permissive = new ArrayList<>();
        List<RowSecurity.Policy> restrictive = new ArrayList<>();
        for (RowSecurity.Policy p : rls.policies()) {
            if (!p.appliesTo(command) || !forRole(auth, p, role)) {
                continue;
            }
            (p.permissive() ? permissive : restrictive).add(p);
        }
        restrictive.sort(Comparator.comparing(RowSecurity.Policy::name));
        return new Applicable(permissive, restrictive);
    }

    private static boolean forRole(Authorization auth, RowSecurity.Policy p, int role) {
        for (int r : p.roles()) {
            if (r == AclItem.PUBLIC || auth.hasPrivilegesOf(role, r)) {
                return true;
            }
        }
        return false;
    }
}
