package io.pglitedb.session;

import io.pglitedb.catalog.DatabaseDescriptor;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.RoleSettingCatalog;
import io.pglitedb.catalog.SharedCatalog;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.AlterSetting;
import io.pglitedb.sql.ast.ResetVariable;
import io.pglitedb.sql.ast.SetVariable;
import io.pglitedb.txn.Transaction;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER DATABASE ... SET / RESET and ALTER ROLE {name | ALL} [IN DATABASE ...] SET / RESET with
 * PostgreSQL 15's checks (AlterRoleSet, AlterDatabaseSet): the entries go to pg_db_role_setting and
 * apply to sessions that start later. Like ALTER DATABASE's other forms here, the change commits at
 * once in a transaction of its own.
 */
final class RoleSettingCommand {
    private final Session session;
    private final Settings settings;
    private final Database database;
    private final SharedCatalog shared;

    RoleSettingCommand(Session session, Settings settings) {
        this.session = session;
        this.settings = settings;
        this.database = session.database();
        this.shared = database.sharedCatalog();
    }

    String run(AlterSetting alter) {
        RoleDescriptor me = existingRole(session.currentUser());
        int roleOid = 0;
        if (alter.role() != null) {
            RoleDescriptor role = existingRole(switch (alter.roleSpecial() ? alter.role() : "") {
                case "current_user", "current_role" -> session.currentUser();
                case "session_user" -> session.sessionUser();
                default -> alter.role();
            });
            if (role.superuser()) {
                if (!me.superuser()) {
                    throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be superuser to alter superusers");
                }
            } else if (!me.superuser() && !me.createRole() && role.oid() != me.oid()) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied");
            }
            roleOid = role.oid();
        }
        int databaseOid = 0;
        if (alter.database() != null) {
            DatabaseDescriptor target = shared.database(alter.database());
            if (target == null) {
                throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"%s\" does not exist", alter.database());
            }
            databaseOid = target.oid();
            if (alter.role() == null && !me.superuser()
                    && !new io.pglitedb.security.Authorization(new io.pglitedb.catalog.CatalogView(
                            database.catalog(session.databaseOid()))).hasPrivilegesOf(me.oid(), target.ownerOid())) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be owner of database %s", target.name());
            }
        } else if (alter.role() == null && !me.superuser()) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be superuser to alter settings globally");
        }
        RoleSettingCatalog catalog = shared.roleSettings();
        List<String> config = changed(catalog.config(databaseOid, roleOid), alter);
        Transaction txn = database.transactions().begin(session.backend());
        try {
            catalog.write(txn, databaseOid, roleOid, config);
            txn.commit();
            catalog.published(databaseOid, roleOid, config);
        } finally {
            txn.rollback(); // no-op after the commit
        }
        return alter.role() == null && !alter.allRoles() ? "ALTER DATABASE" : "ALTER ROLE";
    }

    /** The entries after the SET or RESET (in place when the name was set before, else appended). */
    private List<String> changed(List<String> before, AlterSetting alter) {
        List<String> after = new ArrayList<>(before);
        String name;
        String entry = null;
        if (alter.action() instanceof ResetVariable reset) {
            if (reset.name().equals("all")) {
                return List.of();
            }
            name = settings.canonicalName(reset.name());
        } else {
            SetVariable set = (SetVariable) alter.action();
            name = settings.canonicalName(set.name());
            if (set.fromCurrent()) {
                entry = Settings.configEntry(name, List.of(settings.get(name)));
            } else if (!set.values().isEmpty()) { // SET name TO DEFAULT removes the entry, as RESET
                entry = Settings.configEntry(name, set.values());
            }
        }
        String prefix = name + "=";
        int at = -1;
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).regionMatches(true, 0, prefix, 0, prefix.length())) {
                at = i;
            }
        }
        if (entry == null) {
            if (at >= 0) {
                after.remove(at);
            }
        } else if (at >= 0) {
            after.set(at, entry);
        } else {
            after.add(entry);
        }
        return after;
    }

    private RoleDescriptor existingRole(String name) {
        RoleDescriptor role = shared.role(name);
        if (role == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
        }
        return role;
    }
}
