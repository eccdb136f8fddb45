package io.pglitedb.wire;

import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.security.Authentication;
import io.pglitedb.security.HbaRules;
import io.pglitedb.session.Database;
import io.pglitedb.session.Session;
import java.util.Map;

/**
 * What the server needs from a database: the client authentication rules and roles, open a
 * session for a StartupMessage, and cancel by key. {@link #of} is the production one; tests of
 * the framing use their own (which trust everyone).
 */
interface SessionOpener {
    Authentication TRUST_EVERYONE = new Authentication(HbaRules.parse("host all all all trust", "(tests)"));

    Session openSession(Map<String, String> startupParameters);

    void cancel(int processId, int secretKey);

    default Authentication authentication() {
        return TRUST_EVERYONE;
    }

    /**
     * How many connections may be in startup at once (PostgreSQL bounds its not yet authenticated
     * children by twice max_connections): beyond it a new one is refused with 53300 at once.
     */
    default int maxStartingConnections() {
        return Integer.MAX_VALUE;
    }

    /** authentication_timeout: a client must finish startup and authentication within it. */
    default long authenticationTimeoutMillis() {
        return 60_000;
    }

    /** The committed role with this name (for its password), or null. */
    default RoleDescriptor role(String name) {
        return null;
    }

    static SessionOpener of(Database database, Authentication authentication) {
        return new SessionOpener() {
            @Override
            public Authentication authentication() {
                return authentication;
            }

            @Override
            public int maxStartingConnections() {
                return 2 * database.maxConnections() + 10;
            }

            @Override
            public long authenticationTimeoutMillis() {
                return database.authenticationTimeoutMillis();
            }

            @Override
            public RoleDescriptor role(String name) {
                return database.role(name);
            }

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
