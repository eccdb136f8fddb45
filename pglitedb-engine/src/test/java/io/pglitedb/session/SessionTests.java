package io.pglitedb.session;

import io.pglitedb.error.PgException;
import java.util.Map;

/** What the session-level tests share: open a session as postgres, run SQL, expect an error. */
final class SessionTests {
    private SessionTests() {
    }

    /** Runs {@code sql} as a simple query and returns what it sent. */
    static CollectingSink run(Session session, String sql) {
        CollectingSink sink = new CollectingSink();
        session.simpleQuery(sql, sink);
        return sink;
    }

    /** The error {@code sql} fails with; the test fails when it succeeds. */
    static PgException error(Session session, String sql) {
        try {
            run(session, sql);
        } catch (PgException e) {
            return e;
        }
        throw new AssertionError("no error from " + sql);
    }

    /** A session of the bootstrap superuser in database postgres. */
    static Session open(Database database) {
        return database.openSession(Map.of("user", "postgres", "database", "postgres"));
    }
}
