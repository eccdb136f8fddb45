package io.pglitedb.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * A role as pg_authid describes it. {@code password} is the stored form (a SCRAM-SHA-256 verifier
 * or an md5 hash, never clear text), null when the role has none; {@code validUntil} null means
 * forever. The bootstrap superuser is {@code postgres} with OID 10, as after PostgreSQL's initdb.
 */
public record RoleDescriptor(int oid, String name, boolean superuser, boolean inherit, boolean createRole,
        boolean createDb, boolean canLogin, boolean replication, boolean bypassRls, int connectionLimit,
        String password, Instant validUntil) {

    public static final int BOOTSTRAP_SUPERUSER_OID = 10;
    public static final String BOOTSTRAP_SUPERUSER = "postgres";

    public RoleDescriptor {
        Objects.requireNonNull(name, "name is null");
    }

    /** PostgreSQL 15's predefined roles with their OIDs (NOLOGIN, INHERIT; pg_monitor is in three of them). */
    public static final java.util.Map<String, Integer> PREDEFINED = java.util.Map.ofEntries(
            java.util.Map.entry("pg_database_owner", 6171), java.util.Map.entry("pg_read_all_data", 6181),
            java.util.Map.entry("pg_write_all_data", 6182), java.util.Map.entry("pg_monitor", 3373),
            java.util.Map.entry("pg_read_all_settings", 3374), java.util.Map.entry("pg_read_all_stats", 3375),
            java.util.Map.entry("pg_stat_scan_tables", 3377), java.util.Map.entry("pg_read_server_files", 4569),
            java.util.Map.entry("pg_write_server_files", 4570), java.util.Map.entry("pg_execute_server_program", 4571),
            java.util.Map.entry("pg_signal_backend", 4200), java.util.Map.entry("pg_checkpoint", 4544));

    static RoleDescriptor predefined(String name) {
        return new RoleDescriptor(PREDEFINED.get(name), name, false, true, false, false, false, false, false, -1, null,
                null);
    }

    /** True for the roles initdb makes (the bootstrap superuser and the predefined roles). */
    public boolean isSystemRole() {
        return oid < io.pglitedb.catalog.Catalog.FIRST_USER_OID;
    }

    static RoleDescriptor bootstrapSuperuser() {
        return new RoleDescriptor(BOOTSTRAP_SUPERUSER_OID, BOOTSTRAP_SUPERUSER, true, true, true, true, true, true,
                true, -1, null, null);
    }

    /** The same role under another name, with {@code newPassword} (ALTER ROLE … RENAME TO clears md5 ones). */
    public RoleDescriptor renamed(String newName, String newPassword) {
        return new RoleDescriptor(oid, newName, superuser, inherit, createRole, createDb, canLogin, replication,
                bypassRls, connectionLimit, newPassword, validUntil);
    }
}
