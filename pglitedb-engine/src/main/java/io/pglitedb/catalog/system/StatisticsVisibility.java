package io.pglitedb.catalog.system;

import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.security.Authorization;

/**
 * Who sees the details of other users' activity in pg_stat_activity and pg_stat_statements, as
 * PostgreSQL decides it: superusers, members of pg_read_all_stats, and roles that have the
 * privileges of the user in question; everyone else sees "&lt;insufficient privilege&gt;".
 */
final class StatisticsVisibility {
    static final String HIDDEN = "<insufficient privilege>";
    private static final int PG_READ_ALL_STATS = 3375;

    private final RoleDescriptor me;
    private final Authorization authorization;
    private final boolean seesAll;

    StatisticsVisibility(SystemContext c) {
        this.me = c.view().role(c.user());
        this.authorization = new Authorization(c.view());
        this.seesAll = me != null && (me.superuser() || authorization.hasPrivilegesOf(me.oid(), PG_READ_ALL_STATS));
    }

    /** True when the current user may see what the sessions (or statements) of {@code userOid} do. */
    boolean seesDetailsOf(long userOid) {
        return seesAll || me != null && (me.oid() == userOid || authorization.hasPrivilegesOf(me.oid(), (int) userOid));
    }
}
