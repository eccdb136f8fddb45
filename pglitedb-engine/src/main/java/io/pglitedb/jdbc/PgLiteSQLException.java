package io.pglitedb.jdbc;

import io.pglitedb.error.PgException;
import java.sql.SQLException;

/**
 * The SQLException of the embedded driver. For an error raised by the engine, the SQLSTATE is
 * PostgreSQL's and the message is laid out as pgJDBC lays out a server error ("ERROR: message",
 * then Detail, Hint, Position and Where lines); {@link #serverError()} gives the fields one by one.
 * Errors of the driver itself carry the SQLSTATE pgJDBC uses for the same misuse.
 */
public class PgLiteSQLException extends SQLException {
    private static final long serialVersionUID = 1L;

    private final transient PgException serverError;

    PgLiteSQLException(String message, String sqlState) {
        super(message, sqlState);
        this.serverError = null;
    }

    PgLiteSQLException(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
        this.serverError = null;
    }

    PgLiteSQLException(PgException error) {
        super(format(error), error.code());
        this.serverError = error;
    }

    /** The engine's error with all its fields (detail, hint, position ...), or null for a driver error. */
    public PgException serverError() {
        return serverError;
    }

    /** pgJDBC's ServerErrorMessage.toString() layout. */
    static String format(PgException e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.severity()).append(": ").append(e.getMessage());
        if (e.detail() != null) {
            sb.append("\n  Detail: ").append(e.detail());
        }
        if (e.hint() != null) {
            sb.append("\n  Hint: ").append(e.hint());
        }
        if (e.position() > 0) {
            sb.append("\n  Position: ").append(e.position());
        }
        if (e.context() != null) {
            sb.append("\n  Where: ").append(e.context());
        }
        return sb.toString();
    }

    /**
     * Sync (ends the extended protocol's implicit transaction): its COMMIT can fail too, e.g.
     * when the write-ahead log cannot be synced, and that must reach the caller as SQLException.
     */
    static void sync(io.pglitedb.session.Session session) throws SQLException {
        try {
            session.sync();
        } catch (RuntimeException e) {
            throw of(e);
        }
    }

    static SQLException of(RuntimeException e) {
        return new PgLiteSQLException(e instanceof PgException pg ? pg : PgException.internal(e));
    }
}
