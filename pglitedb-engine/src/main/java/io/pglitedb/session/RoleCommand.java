package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.RoleMembership;
import io.pglitedb.security.Authorization;
import io.pglitedb.sql.ast.GrantRole;
import io.pglitedb.sql.ast.RoleSpec;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.security.Authentication;
import io.pglitedb.security.Md5Password;
import io.pglitedb.sql.ast.AlterRole;
import io.pglitedb.sql.ast.CreateRole;
import io.pglitedb.sql.ast.DropRole;
import io.pglitedb.sql.ast.RoleOption;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CREATE / ALTER / DROP ROLE (and USER, GROUP), transactional like all catalog changes, with
 * PostgreSQL 15's checks and texts (user.c). Passwords are stored as SCRAM-SHA-256 verifiers (or
 * md5 hashes with {@code password_encryption = md5}), never in clear. Role membership: CREATE ROLE's
 * IN ROLE, ROLE and ADMIN, and GRANT/REVOKE role (AddRoleMems, DelRoleMems).
 */
final class RoleCommand {
    private final Session session;
    private final Settings settings;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView view;
    private final ResultSink sink;

    RoleCommand(Session session, Settings settings, Catalog catalog, Transaction transaction, CatalogView view,
            ResultSink sink) {
        this.session = session;
        this.settings = settings;
        this.catalog = catalog;
        this.transaction = transaction;
        this.view = view;
        this.sink = sink;
    }

    private RoleDescriptor currentRole() {
        RoleDescriptor me = view.role(session.currentUser());
        if (me == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", session.currentUser());
        }
        return me;
    }

    String create(CreateRole create) {
        Map<String, RoleOption> options = distinct(create.options());
        RoleDescriptor me = currentRole();
        boolean superuser = bool(options, "superuser", false);
        if (superuser && !me.superuser()) {
            throw denied("must be superuser to create superusers");
        }
        if (!me.superuser() && !me.createRole()) {
            throw denied("permission denied to create role");
        }
        String name = create.name();
        checkNotReserved(name);
        if (options.containsKey("sysid")) {
            sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "SYSID can no longer be specified")
                    .withSeverity("NOTICE"));
        }
        if (view.role(name) != null || catalog.lockRoleName(transaction, name) != null) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "role \"%s\" already exists", name);
        }
        List<RoleDescriptor> addRoleTo = members(options, "addroleto");
        List<RoleDescriptor> admins = members(options, "adminmembers");
        List<RoleDescriptor> members = members(options, "rolemembers");
        RoleDescriptor role = new RoleDescriptor(catalog.allocateOid(), name, superuser, bool(options, "inherit", true),
                bool(options, "createrole", false), bool(options, "createdb", false),
                bool(options, "canlogin", create.kind() == CreateRole.Kind.USER), bool(options, "isreplication", false),
                bool(options, "bypassrls", false), connectionLimit(options, -1), password(options, name, null),
                validUntil(options, null));
        catalog.writeRole(transaction, role);
        view.roleChanged(role);
        for (RoleDescriptor group : addRoleTo) {
            addMembers(group, List.of(role), me, me, false);
        }
        addMembers(role, admins, me, me, true);
        addMembers(role, members, me, me, false);
        return "CREATE ROLE";
    }

    String alter(AlterRole alter) {
        String name = !alter.special() ? alter.name()
                : alter.name().equals("session_user") ? session.sessionUser() : session.currentUser();
        RoleDescriptor role = view.role(name);
        if (role == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
        }
        catalog.lockRoleName(transaction, name);
        RoleDescriptor me = currentRole();
        if (alter.renameTo() != null) {
            return rename(role, me, alter.renameTo());
        }
        Map<String, RoleOption> options = distinct(alter.options());
        if (!me.superuser()) {
            if (role.superuser() || options.containsKey("superuser")) {
                throw denied("must be superuser to alter superuser roles or change superuser attribute");
            }
            if (options.containsKey("isreplication") || options.containsKey("bypassrls")) {
                throw denied("must be superuser to change bypassrls or replication attributes");
            }
            boolean ownPasswordOnly = role.name().equals(me.name()) && options.keySet().stream()
                    .allMatch(k -> k.equals("password"));
            if (!me.createRole() && !ownPasswordOnly) {
                throw denied("permission denied");
            }
        }
        RoleDescriptor altered = new RoleDescriptor(role.oid(), role.name(), bool(options, "superuser", role.superuser()),
                bool(options, "inherit", role.inherit()), bool(options, "createrole", role.createRole()),
                bool(options, "createdb", role.createDb()), bool(options, "canlogin", role.canLogin()),
                bool(options, "isreplication", role.replication()), bool(options, "bypassrls", role.bypassRls()),
                connectionLimit(options, role.connectionLimit()), password(options, role.name(), role.password()),
                validUntil(options, role.validUntil()));
        catalog.writeRole(transaction, altered);
        view.roleChanged(altered);
        return "ALTER ROLE";
    }

    private String rename(RoleDescriptor role, RoleDescriptor me, String newName) {
        if (role.name().equals(session.sessionUser())) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "session user cannot be renamed");
        }
        if (role.name().equals(me.name())) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "current user cannot be renamed");
        }
        checkNotReserved(newName);
        if (view.role(newName) != null || catalog.lockRoleName(transaction, newName) != null) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "role \"%s\" already exists", newName);
        }
        if (role.superuser() ? !me.superuser() : !me.superuser() && !me.createRole()) {
            throw denied(role.superuser() ? "must be superuser to rename superusers" : "permission denied to rename role");
        }
        boolean md5 = Md5Password.isMd5(role.password()); // the md5 hash includes the name
        RoleDescriptor renamed = role.renamed(newName, md5 ? null : role.password());
        if (md5) {
            sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "MD5 password cleared because of role rename")
                    .withSeverity("NOTICE"));
        }
        catalog.deleteRole(transaction, role.name());
        view.roleDropped(role.name());
        catalog.writeRole(transaction, renamed);
        view.roleChanged(renamed);
        return "ALTER ROLE";
    }

    String drop(DropRole drop) {
        RoleDescriptor me = currentRole();
        if (!me.superuser() && !me.createRole()) {
            throw denied("permission denied to drop role");
        }
        for (String name : drop.names()) {
            RoleDescriptor role = view.role(name);
            if (role == null) {
                if (drop.ifExists()) {
                    sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "role \"%s\" does not exist, skipping",
                            name).withSeverity("NOTICE"));
                    continue;
                }
                throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
            }
            if (name.equals(me.name())) {
                throw new PgException(SqlState.OBJECT_IN_USE, "current user cannot be dropped");
            }
            if (name.equals(session.sessionUser())) {
                throw new PgException(SqlState.OBJECT_IN_USE, "session user cannot be dropped");
            }
            if (role.isSystemRole()) {
                throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                        "cannot drop role %s because it is required by the database system", name);
            }
            if (role.superuser() && !me.superuser()) {
                throw denied("must be superuser to drop superusers");
            }
            catalog.lockRoleName(transaction, name);
            RoleDependencies.check(view, role, session.database().catalogs(), session.searchPath());
            for (RoleMembership m : view.security().memberships()) {
                if (m.role() == role.oid() || m.member() == role.oid()) {
                    catalog.security().deleteMembership(transaction, m.role(), m.member());
                    view.security().membershipDropped(m.role(), m.member());
                }
            }
            catalog.deleteRole(transaction, name);
            view.roleDropped(name);
        }
        return "DROP ROLE";
    }

    private static void checkNotReserved(String name) {
        if (name.startsWith("pg_")) {
            throw new PgException(SqlState.RESERVED_NAME, "role name \"%s\" is reserved", name)
                    .withDetail("Role names starting with \"pg_\" are reserved.");
        }
    }

    /** The options by name; a name given twice is 42601 "conflicting or redundant options" at the second. */
    private static Map<String, RoleOption> distinct(List<RoleOption> options) {
        Map<String, RoleOption> byName = new HashMap<>();
        for (RoleOption o : options) {
            if (byName.putIfAbsent(o.name(), o) != null) {
                throw new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options")
                        .withPosition(o.position() + 1);
            }
        }
        return byName;
    }

    /** The existing roles an IN ROLE / ROLE / ADMIN option names (42704 for an unknown one). */
    private List<RoleDescriptor> members(Map<String, RoleOption> options, String key) {
        RoleOption o = options.get(key);
        if (o == null) {
            return List.of();
        }
        List<RoleDescriptor> roles = new ArrayList<>();
        for (Object member : (List<?>) o.value()) {
            RoleDescriptor r = view.role((String) member);
            if (r == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", member);
            }
            roles.add(r);
        }
        return roles;
    }

    // ---------------------------------------------------------------- GRANT / REVOKE role

    String grant(GrantRole grant) {
        RoleDescriptor me = currentRole();
        List<RoleDescriptor> grantees = new ArrayList<>();
        for (RoleSpec spec : grant.grantees()) {
            grantees.add(resolve(spec));
        }
        RoleDescriptor grantor = grant.grantedBy() == null ? me : resolve(grant.grantedBy());
        for (String name : grant.roles()) {
            RoleDescriptor role = view.role(name);
            if (role == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
            }
            if (grant.revoke()) {
                removeMembers(role, grantees, me, grantor, grant.adminOption());
            } else {
                addMembers(role, grantees, me, grantor, grant.adminOption());
            }
        }
        return grant.revoke() ? "REVOKE ROLE" : "GRANT ROLE";
    }

    /** A RoleSpec that must name an existing role (PUBLIC is no role here). */
    private RoleDescriptor resolve(RoleSpec spec) {
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

    /** AddRoleMems' permission checks, shared by REVOKE (DelRoleMems). */
    private void checkMembershipChange(RoleDescriptor role, RoleDescriptor me, RoleDescriptor grantor) {
        Authorization auth = new Authorization(view);
        if (role.superuser()) {
            if (!me.superuser()) {
                throw denied("must be superuser to alter superusers");
            }
        } else if (!me.superuser() && !me.createRole() && !auth.isAdminOf(grantor.oid(), role.oid())) {
            throw denied("must have admin option on role \"" + role.name() + "\"");
        }
        if (grantor.oid() != me.oid() && !me.superuser()) {
            throw denied("must be superuser to set grantor");
        }
    }

    private void addMembers(RoleDescriptor role, List<RoleDescriptor> members, RoleDescriptor me,
            RoleDescriptor grantor, boolean admin) {
        if (members.isEmpty()) {
            return;
        }
        checkMembershipChange(role, me, grantor);
        Authorization auth = new Authorization(view);
        for (RoleDescriptor member : members) {
            if (auth.isMemberOfIgnoringSuperuser(role.oid(), member.oid())) {
                throw new PgException(SqlState.INVALID_GRANT_OPERATION, "role \"%s\" is a member of role \"%s\"",
                        role.name(), member.name());
            }
            catalog.security().lockMembership(transaction, role.oid(), member.oid());
            RoleMembership existing = view.security().membership(role.oid(), member.oid());
            if (existing != null && (!admin || existing.admin())) {
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                        "role \"%s\" is already a member of role \"%s\"", member.name(), role.name())
                        .withSeverity("NOTICE"));
                continue;
            }
            RoleMembership m = new RoleMembership(role.oid(), member.oid(), grantor.oid(), admin);
            catalog.security().writeMembership(transaction, m);
            view.security().membershipChanged(m);
        }
    }

    private void removeMembers(RoleDescriptor role, List<RoleDescriptor> members, RoleDescriptor me,
            RoleDescriptor grantor, boolean adminOnly) {
        checkMembershipChange(role, me, grantor);
        for (RoleDescriptor member : members) {
            catalog.security().lockMembership(transaction, role.oid(), member.oid());
            RoleMembership existing = view.security().membership(role.oid(), member.oid());
            if (existing == null) {
                sink.notice(new PgException(SqlState.WARNING, "role \"%s\" is not a member of role \"%s\"",
                        member.name(), role.name()).withSeverity("WARNING"));
                continue;
            }
            if (adminOnly) {
                RoleMembership m = new RoleMembership(existing.role(), existing.member(), existing.grantor(), false);
                catalog.security().writeMembership(transaction, m);
                view.security().membershipChanged(m);
            } else {
                catalog.security().deleteMembership(transaction, role.oid(), member.oid());
                view.security().membershipDropped(role.oid(), member.oid());
            }
        }
    }

    private static boolean bool(Map<String, RoleOption> options, String name, boolean otherwise) {
        RoleOption o = options.get(name);
        return o == null ? otherwise : (Boolean) o.value();
    }

    private static int connectionLimit(Map<String, RoleOption> options, int otherwise) {
        RoleOption o = options.get("connectionlimit");
        if (o == null) {
            return otherwise;
        }
        int limit = (Integer) o.value();
        if (limit < -1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid connection limit: %d", limit);
        }
        return limit;
    }

    private String password(Map<String, RoleOption> options, String roleName, String otherwise) {
        if (!options.containsKey("password")) {
            return otherwise;
        }
        String password = (String) options.get("password").value();
        if (password == null) {
            return null;
        }
        if (password.isEmpty() || Authentication.isEmptyPassword(password, roleName)) {
            sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "empty string is not a valid password, clearing password")
                    .withSeverity("NOTICE"));
            return null;
        }
        return Authentication.storedForm(password, roleName, settings.get("password_encryption"));
    }

    private static Instant validUntil(Map<String, RoleOption> options, Instant otherwise) {
        RoleOption o = options.get("validUntil");
        if (o == null) {
            return otherwise;
        }
        long micros = (Long) Types.TIMESTAMPTZ.fromText((String) o.value(), -1);
        if (micros == Long.MAX_VALUE) {
            return null; // 'infinity': never expires
        }
        // timestamptz values are microseconds since 2000-01-01 UTC
        return Instant.ofEpochSecond(946_684_800L + Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000);
    }

    private static PgException denied(String message) {
        return new PgException(SqlState.INSUFFICIENT_PRIVILEGE, message);
    }
}
