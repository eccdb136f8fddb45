package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.storage.Store;
import io.pglitedb.txn.TransactionManager;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open PGLiteDB: one storage, one catalog, many sessions. Every door (wire server, embedded
 * JDBC, HTTP) opens sessions here and speaks only the {@link Session} API.
 *
 * <p>For now there is one database per data directory and no authentication: any user and
 * database name given at startup reach it.
 */
public final class Database implements AutoCloseable {
    private final Store store;
    private final TransactionManager transactions;
    private final Catalog catalog;
    private final Map<Integer, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger nextProcessId = new AtomicInteger(1000 + new SecureRandom().nextInt(9000));
    private final SecureRandom random = new SecureRandom();
    private volatile boolean closed;
    private volatile ScheduledExecutorService timers;

    private Database(Store store) {
        this.store = store;
        this.transactions = new TransactionManager(store);
        this.catalog = new Catalog(transactions);
    }

    /** Opens (creating if needed) the database stored in {@code directory}. */
    public static Database open(Path directory) {
        return new Database(Store.open(directory));
    }

    /** A fresh database held in memory only. */
    public static Database openInMemory() {
        return new Database(Store.openInMemory());
    }

    /**
     * Opens a session for a connecting client.
     *
     * @param startupParameters the StartupMessage's parameters (user, database, application_name,
     *        options, client_encoding, DateStyle ...)
     */
    public Session openSession(Map<String, String> startupParameters) {
        if (closed) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.ADMIN_SHUTDOWN,
                    "the database system is shutting down").withSeverity("FATAL");
        }
        RoleDescriptor role = loginRole(startupParameters.getOrDefault("user", RoleDescriptor.BOOTSTRAP_SUPERUSER));
        int pid = nextProcessId.getAndIncrement();
        Session session = new Session(this, pid, random.nextInt(), startupParameters, role);
        sessions.put(pid, session);
        return session;
    }

    /**
     * The role a new session logs in as (authentication, if any, happened before).
     *
     * @throws io.pglitedb.error.PgException FATAL 28000 when it does not exist or may not log in,
     *         53300 when its connection limit is reached
     */
    private RoleDescriptor loginRole(String user) {
        RoleDescriptor role = catalog.role(user);
        if (role == null) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                    "role \"%s\" does not exist", user).withSeverity("FATAL");
        }
        if (!role.canLogin()) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                    "role \"%s\" is not permitted to log in", user).withSeverity("FATAL");
        }
        if (role.connectionLimit() >= 0 && !role.superuser()
                && sessions.values().stream().filter(s -> s.user().equals(user)).count() >= role.connectionLimit()) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.TOO_MANY_CONNECTIONS,
                    "too many connections for role \"%s\"", user).withSeverity("FATAL");
        }
        return role;
    }

    /** True when some role has a password (the server warns when it listens beyond loopback without). */
    public boolean anyRoleHasPassword() {
        return catalog.roles().values().stream().anyMatch(r -> r.password() != null);
    }

    /** The committed role with this name, or null (for authentication). */
    public RoleDescriptor role(String name) {
        return catalog.role(name);
    }

    /** CancelRequest: cancels the running statement of the session with this key; ignored if none. */
    public void cancel(int processId, int secretKey) {
        Session session = sessions.get(processId);
        if (session != null && session.secretKey() == secretKey) {
            session.cancel();
        }
    }

    /**
     * True while the session with this process id waits for a lock held by another transaction
     * (what pg_stat_activity shows as wait_event_type 'Lock'); false for unknown ids.
     */
    public boolean isWaitingForLock(int processId) {
        Session session = sessions.get(processId);
        return session != null && session.isWaitingForLock();
    }

    /** True once {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /** Number of open sessions. */
    public int sessionCount() {
        return sessions.size();
    }

    /** A daemon thread for statement_timeout (started on first use). */
    ScheduledExecutorService timers() {
        ScheduledExecutorService t = timers;
        if (t == null) {
            synchronized (this) {
                t = timers;
                if (t == null) {
                    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
                        Thread thread = new Thread(r, "pglitedb-timeouts");
                        thread.setDaemon(true);
                        return thread;
                    });
                    pool.setRemoveOnCancelPolicy(true);
                    timers = t = pool;
                }
            }
        }
        return t;
    }

    Catalog catalog() {
        return catalog;
    }

    TransactionManager transactions() {
        return transactions;
    }

    void sessionClosed(Session session) {
        sessions.remove(session.processId(), session);
    }

    /** Cancels running statements and closes storage cleanly. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (timers != null) {
            timers.shutdownNow();
        }
        for (Session session : new ArrayList<>(sessions.values())) {
            session.cancel();
        }
        try {
            catalog.saveSequences();
        } catch (RuntimeException e) {
            // the store may already be failing: sequences then continue after their reservations
        }
        store.close();
    }
}
