package io.pglitedb.wire;

import io.pglitedb.session.Database;
import io.pglitedb.session.Session;
import java.util.Map;

/**
 * What the server needs from a database: open a session for a StartupMessage, and cancel by key.
 * {@link #of(Database)} is the production one; tests of the framing use their own.
 */
interface SessionOpener {
    Session openSession(Map<String, String> startupParameters);

    void cancel(int processId, int secretKey);

    static SessionOpener of(Database database) {
        return new SessionOpener() {
            @Override
            public Session openSession(Map<String, String> startupParameters) {
                return database.openSession(startupParameters);
            }

            @Override
            public void cancel(int processId, int secretKey) {
                database.cancel(processId, secretKey);
            }
        };
    }
}
