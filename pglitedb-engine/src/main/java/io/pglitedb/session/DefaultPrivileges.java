package io.pglitedb.session;

import io.pglitedb.catalog.AclItem;
import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.DefaultAcl;
import io.pglitedb.catalog.Privileges;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.security.Authorization;
import io.pglitedb.sql.ast.AlterDefaultPrivileges;
import io.pglitedb.sql.ast.GrantPrivileges;
import io.pglitedb.sql.ast.RoleSpec;
import io.pglitedb.txn.Transaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * ALTER DEFAULT PRIVILEGES (PostgreSQL's SetDefaultACL) and the ACL a new object starts with
 * (get_user_default_acl): a role's global entry replaces the built-in default ACL of its new
 * objects of a type, a per-schema entry adds to it. An entry equal to what it would be without
 * it is removed, as PostgreSQL does.
 */
final class DefaultPrivileges {
    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView view;

    DefaultPrivileges(Session session, Catalog catalog, Transaction transaction, CatalogView view) {
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.view = view;
    }

    String run(AlterDefaultPrivileges alter) {
        Authorization auth = new Authorization(view);
        List<Integer> roles = new ArrayList<>();
        if (alter.forRoles().isEmpty()) {
            roles.add(session.currentRoleOid(view));
        }
        for (RoleSpec spec : alter.forRoles()) {
            int role = roleOid(spec, false);
            if (!auth.hasPrivilegesOf(session.currentRoleOid(view), role)) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be member of role \"%s\"", view.roleByOid(role).name());
            }
            roles.add(role);
        }
        List<Integer> schemas = new ArrayList<>();
        if (alter.objectType() == DefaultAcl.SCHEMA && !alter.schemas().isEmpty()) {
            throw new PgException(SqlState.INVALID_GRANT_OPERATION,
                    "cannot use IN SCHEMA clause when using GRANT/REVOKE ON SCHEMAS");
        }
        for (String name : alter.schemas()) {
            SchemaDescriptor schema = view.schema(name);
            if (schema == null) {
                throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", name);
            }
            if (!schemas.contains(schema.oid())) {
                schemas.add(schema.oid());
            }
        }
        if (schemas.isEmpty()) {
            schemas.add(0);
        }
        int privileges = privileges(alter);
        List<Integer> grantees = new ArrayList<>();
        for (RoleSpec spec : alter.grantees()) {
            int grantee = roleOid(spec, true);
            if (!grantees.contains(grantee)) {
                grantees.add(grantee);
            }
        }
        for (int role : roles) {
            for (int schema : schemas) {
                set(role, schema, alter, privileges, grantees);
            }
        }
        return "ALTER DEFAULT PRIVILEGES";
    }

    private void set(int role, int schema, AlterDefaultPrivileges alter, int privileges, List<Integer> grantees) {
        char type = alter.objectType();
        catalog.security().lockDefaultAcl(transaction, role, schema, type);
        List<AclItem> defaultAcl = schema == 0 ? DefaultAcl.builtIn(type, role) : List.of();
        DefaultAcl existing = view.security().defaultAcl(role, schema, type);
        List<AclItem> old = existing != null ? existing.acl() : defaultAcl;
        List<AclItem> acl = PrivilegeCommand.merge(old, alter.revoke(), alter.grantOption(), grantees, privileges, role,
                alter.cascade(), role, "", "");
        if (sameItems(acl, defaultAcl)) {
            if (existing != null) {
                catalog.security().deleteDefaultAcl(transaction, role, schema, type);
                view.security().defaultAclDropped(role, schema, type);
            }
            return;
        }
        DefaultAcl changed = new DefaultAcl(role, schema, type, acl);
        catalog.security().writeDefaultAcl(transaction, changed);
        view.security().defaultAclChanged(changed);
    }

    private static int privileges(AlterDefaultPrivileges alter) {
        int all = DefaultAcl.allPrivileges(alter.objectType());
        if (alter.privileges() == null) {
            return all;
        }
        int bits = 0;
        for (GrantPrivileges.Privilege p : alter.privileges()) {
            int bit = Privileges.bit(p.name());
            if (bit == 0) {
                throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized privilege type \"%s\"", p.name());
            }
            if ((bit & all) == 0) {
                throw new PgException(SqlState.INVALID_GRANT_OPERATION, "invalid privilege type %s for %s",
                        Privileges.name(bit), typeName(alter.objectType()));
            }
            bits |= bit;
        }
        return bits;
    }

    private static String typeName(char type) {
        return switch (type) {
            case DefaultAcl.SEQUENCE -> "sequence";
            case DefaultAcl.FUNCTION -> "function";
            case DefaultAcl.TYPE -> "type";
            case DefaultAcl.SCHEMA -> "schema";
            default -> "relation";
        };
    }

    private int roleOid(RoleSpec spec, boolean publicAllowed) {
        String name = session.roleName(spec);
        if (name == null) {
            if (publicAllowed) {
                return AclItem.PUBLIC;
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", "public");
        }
        RoleDescriptor role = view.role(name);
        if (role == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
        }
        return role.oid();
    }

    /**
     * The ACL a new object of {@code type} owned by {@code owner} in schema {@code schema} (0 for a
     * schema itself) gets, or null when that is the built-in default (get_user_default_acl).
     */
    static List<AclItem> forNewObject(CatalogView view, char type, int owner, int schema) {
        DefaultAcl global = view.security().defaultAcl(owner, 0, type);
        DefaultAcl inSchema = schema == 0 ? null : view.security().defaultAcl(owner, schema, type);
        if (global == null && inSchema == null) {
            return null;
        }
        List<AclItem> builtIn = DefaultAcl.builtIn(type, owner);
        List<AclItem> acl = new ArrayList<>(global != null ? global.acl() : builtIn);
        if (inSchema != null) {
            for (AclItem item : inSchema.acl()) { // aclmerge
                boolean merged = false;
                for (int i = 0; i < acl.size(); i++) {
                    AclItem a = acl.get(i);
                    if (a.grantee() == item.grantee() && a.grantor() == item.grantor()) {
                        acl.set(i, new AclItem(a.grantee(), a.grantor(), a.privileges() | item.privileges(),
                                a.grantOptions() | item.grantOptions()));
                        merged = true;
                    }
                }
                if (!merged) {
                    acl.add(item);
                }
            }
        }
        if (sameItems(acl, builtIn)) {
            return null;
        }
        acl.sort(Comparator.comparingInt(AclItem::grantee).thenComparingInt(AclItem::grantor)); // aclitemsort
        return acl;
    }

    private static boolean sameItems(List<AclItem> a, List<AclItem> b) {
        Comparator<AclItem> order = Comparator.comparingInt(AclItem::grantee).thenComparingInt(AclItem::grantor);
        List<AclItem> x = new ArrayList<>(a);
        List<AclItem> y = new ArrayList<>(b);
        x.sort(order);
        y.sort(order);
        return x.equals(y);
    }
}
