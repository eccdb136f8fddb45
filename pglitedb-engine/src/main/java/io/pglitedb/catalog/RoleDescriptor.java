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
