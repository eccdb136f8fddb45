package io.pglitedb.wire;

import java.io.IOException;

/**
 * Handles the body of one frontend message. Failures are thrown ({@link
 * io.pglitedb.error.PgException}); {@link ClientConnection} turns them into ErrorResponse and
 * applies the ignore-until-Sync rule, so handlers contain the happy path only.
 */
interface MessageHandler {
    void handle(MessageBody body, ConnectionContext context) throws IOException;
}
