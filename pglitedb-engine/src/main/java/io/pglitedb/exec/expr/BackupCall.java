package io.pglitedb.exec.expr;

import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code pglitedb_backup(target text) returns text}: an online physical backup of the whole data
 * directory into {@code target} (a directory that must not exist, on the server's file system),
 * see {@link io.pglitedb.storage.Store#checkpoint}. Superusers only, as PostgreSQL's server-side
 * file functions. Returns the absolute path of the backup. The copy holds everything committed
 * before the call, not the calling transaction's own uncommitted writes.
 */
public final class BackupCall extends BoundExpr {
    private final BoundExpr target;
    private final String user;

    /** @param user the current_user the statement was analysed for */
    public BackupCall(BoundExpr target, String user) {
        super(DataType.of(Types.TEXT));
        this.target = target;
        this.user = user;
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        ExecContext context = ExecContext.of(params);
        RoleDescriptor role = context.catalog().role(user);
        if (role == null || !role.superuser()) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied for function pglitedb_backup");
        }
        Object value = target.eval(row, params);
        if (value == null) {
            return null;
        }
        Path path;
        try {
            path = Path.of((String) value);
        } catch (InvalidPathException e) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid backup directory \"%s\"", value);
        }
        if (!path.isAbsolute()) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "backup directory must be an absolute path");
        }
        context.transaction().store().checkpoint(path);
        return path.normalize().toString();
    }
}
