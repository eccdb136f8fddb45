package io.pglitedb.http;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;

/**
 * A request that fails before or beside SQL (bad JSON, unknown route, body too large, no
 * credentials): the HTTP status and the error object the client gets. SQL errors stay
 * {@link PgException}s and get their status from {@link HttpErrors#statusOf}.
 */
final class HttpFailure extends RuntimeException {
    final int status;
    final PgException error;

    HttpFailure(int status, PgException error) {
        super(error.getMessage(), null, false, false);
        this.status = status;
        this.error = error;
    }

    static HttpFailure badRequest(String format, Object... args) {
        return new HttpFailure(400, new PgException(SqlState.PROTOCOL_VIOLATION, format, args));
    }

    static HttpFailure notFound(String format, Object... args) {
        return new HttpFailure(404, new PgException(SqlState.PROTOCOL_VIOLATION, format, args));
    }
}
