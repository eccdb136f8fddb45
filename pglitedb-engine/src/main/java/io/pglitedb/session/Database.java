package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.DatabaseDescriptor;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.catalog.SharedCatalog;
import io.pglitedb.storage.Store;
import io.pglitedb.txn.TransactionManager;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open PGLiteDB data directory (PostgreSQL's cluster): one storage, the databases in it (each
 * with its own {@link Catalog}), the roles they share, many sessions. Every door (wire server,
 * embedded JDBC, HTTP) opens sessions here and speaks only the {@link Session} API; a session is
 * connected to one database, as in PostgreSQL. Authentication happens in the door before.
 */
public final class Database implements AutoCloseable {
    private final Store store;
    private final TransactionManager transactions;
    private final SharedCatalog shared;
    /** The catalogs of the databases by OID. */
    private final Map<Integer, Catalog> catalogs = new ConcurrentHashMap<>();
    private final Map<Integer, Session> sessions = new ConcurrentHashMap<>();
    /** max_connections: sessions beyond it are refused with 53300, as PostgreSQL refuses backends. */
    private volatile int maxConnections = 100;
    /** Slots of max_connections only superusers may take (superuser_reserved_connections). */
    private static final int SUPERUSER_RESERVED_CONNECTIONS = 3;
    private final AtomicInteger nextProcessId = new AtomicInteger(1000 + new SecureRandom().nextInt(9000));
    private final SecureRandom random = new SecureRandom();
    private volatile boolean closed;
    /** Set by a smart shutdown: sessions still open go on, new ones are refused (57P03). */
    private volatile boolean refusingSessions;
    private volatile ScheduledExecutorService timers;
    /** pg_stat_statements, pg_stat_database and pg_stat_*_tables counters since the engine opened. */
    private final io.pglitedb.stats.Activity activity = new io.pglitedb.stats.Activity(this::sessionCount);

    private Database(Store store) {
        this.store = store;
        this.transactions = new TransactionManager(store);
        this.shared = new SharedCatalog(transactions);
        for (DatabaseDescriptor database : shared.databases().values()) {
            catalogs.put(database.oid(), new Catalog(transactions, shared, database.oid()));
        }
    }

    /** Opens (creating if needed) the database stored in {@code directory}. */
    public static Database open(Path directory) {
        return new Database(Store.open(directory));
    }

    /** Opens (creating if needed) the database in {@code directory} with this native-memory budget. */
    public static Database open(Path directory, io.pglitedb.storage.StorageMemory memory) {
        return new Database(Store.open(directory, memory));
    }

    /** A fresh database held in memory only. */
    public static Database openInMemory() {
        return new Database(Store.openInMemory());
    }

    /** A fresh database held in memory only, with this budget for RocksDB's cache and memtables. */
    public static Database openInMemory(io.pglitedb.storage.StorageMemory memory) {
        return new Database(Store.openInMemory(memory));
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
        if (refusingSessions) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.CANNOT_CONNECT_NOW,
                    "the database system is shutting down").withSeverity("FATAL");
        }
        // one at a time, so that the connection limits hold under a burst of connections
        synchronized (sessions) {
            if (sessions.size() >= maxConnections) {
                throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.TOO_MANY_CONNECTIONS,
                        "sorry, too many clients already").withSeverity("FATAL");
            }
            String user = startupParameters.getOrDefault("user", RoleDescriptor.BOOTSTRAP_SUPERUSER);
            RoleDescriptor role = loginRole(user);
            int reserved = Math.min(SUPERUSER_RESERVED_CONNECTIONS, maxConnections - 1);
            if (!role.superuser() && sessions.size() >= maxConnections - reserved) {
                throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.TOO_MANY_CONNECTIONS,
                        "remaining connection slots are reserved for non-replication superuser connections")
                        .withSeverity("FATAL");
            }
            DatabaseDescriptor target = connectableDatabase(startupParameters.getOrDefault("database", user), role);
            int pid = nextProcessId.getAndIncrement();
            Session session = new Session(this, catalogs.get(target.oid()), target.name(), pid, random.nextInt(),
                    startupParameters, role);
            session.backend().setBackendId(freeBackendId());
            sessions.put(pid, session);
            activity.databases().of(target.oid()).sessionStarted();
            return session;
        }
    }

    /** The lowest backend id no session uses (PostgreSQL's backend slots), under the sessions monitor. */
    private int freeBackendId() {
        java.util.BitSet used = new java.util.BitSet();
        for (Session s : sessions.values()) {
            used.set(s.backend().backendId());
        }
        return used.nextClearBit(1);
    }

    /** pg_stat_activity: one row per session, in backend-id order. */
    java.util.List<io.pglitedb.catalog.system.SystemContext.BackendRow> backendRows() {
        List<Session> all = new ArrayList<>(sessions.values());
        all.sort(java.util.Comparator.comparingInt(s -> s.backend().backendId()));
        List<io.pglitedb.catalog.system.SystemContext.BackendRow> rows = new ArrayList<>(all.size());
        for (Session s : all) {
            BackendActivity a = s.status;
            io.pglitedb.txn.Transaction txn = s.currentTransaction();
            Long xid = txn != null && txn.hasXid() ? txn.xid() : null;
            RoleDescriptor role = role(s.sessionUser());
            rows.add(new io.pglitedb.catalog.system.SystemContext.BackendRow(s.databaseOid(), s.databaseName(),
                    s.processId(), role == null ? 0 : role.oid(), s.sessionUser(), s.applicationName(),
                    a.backendStart, a.transactionStart, a.queryStart, a.stateChange, s.backend().waitEvent(),
                    a.state, xid, a.query));
        }
        return rows;
    }

    /**
     * pg_locks: each open transaction's lock on its virtual transaction id (and on its xid once it
     * has one), then the lock table's entries.
     */
    java.util.List<io.pglitedb.catalog.system.SystemContext.LockRow> lockRows() {
        List<io.pglitedb.catalog.system.SystemContext.LockRow> rows = new ArrayList<>();
        Map<io.pglitedb.txn.Backend, Session> byBackend = new java.util.IdentityHashMap<>();
        for (Session s : sessions.values()) {
            byBackend.put(s.backend(), s);
            io.pglitedb.txn.Transaction txn = s.currentTransaction();
            if (txn == null) {
                continue;
            }
            String vxid = s.backend().virtualTransaction();
            rows.add(new io.pglitedb.catalog.system.SystemContext.LockRow("virtualxid", null, null, null, vxid, null,
                    null, null, null, vxid, s.processId(), "ExclusiveLock", true, true, 0));
            if (txn.hasXid()) {
                rows.add(new io.pglitedb.catalog.system.SystemContext.LockRow("transactionid", null, null, null, null,
                        txn.xid(), null, null, null, vxid, s.processId(), "ExclusiveLock", true, false, 0));
            }
        }
        for (io.pglitedb.txn.LockStatus l : transactions.lockStatus()) {
            io.pglitedb.txn.Backend b = l.backend();
            if (!byBackend.containsKey(b)) {
                continue; // a transaction begun without a session
            }
            rows.add(new io.pglitedb.catalog.system.SystemContext.LockRow(l.locktype(), l.database(), l.relation(),
                    l.rowKey(), null, l.transactionId(), l.classId(), l.objId(), l.objSubId(), b.virtualTransaction(),
                    b.processId(), l.mode(), l.granted(), l.fastpath(), l.waitStartMillis()));
        }
        return rows;
    }

    /** max_connections (default 100, as PostgreSQL's); counts every session, embedded ones too. */
    public int maxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("max_connections must be at least 1");
        }
        this.maxConnections = maxConnections;
    }

    /**
     * The role a new session logs in as (authentication, if any, happened before).
     *
     * @throws io.pglitedb.error.PgException FATAL 28000 when it does not exist or may not log in,
     *         53300 when its connection limit is reached
     */
    private RoleDescriptor loginRole(String user) {
        RoleDescriptor role = shared.role(user);
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

    /**
     * The database a new session connects to (PostgreSQL's checks in InitPostgres).
     *
     * @throws io.pglitedb.error.PgException FATAL 3D000 when it does not exist, 55000 when it
     *         does not allow connections, 42501 without CONNECT on it, 53300 when its connection
     *         limit is reached
     */
    private DatabaseDescriptor connectableDatabase(String name, RoleDescriptor role) {
        DatabaseDescriptor database = shared.database(name);
        if (database == null || !catalogs.containsKey(database.oid())) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INVALID_CATALOG_NAME,
                    "database \"%s\" does not exist", name).withSeverity("FATAL");
        }
        if (!database.allowConnections()) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                    "database \"%s\" is not currently accepting connections", name).withSeverity("FATAL");
        }
        if (!role.superuser() && !new io.pglitedb.security.Authorization(
                new io.pglitedb.catalog.CatalogView(catalogs.get(database.oid())))
                .hasDatabasePrivilege(role.oid(), database, io.pglitedb.catalog.Privileges.CONNECT)) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INSUFFICIENT_PRIVILEGE,
                    "permission denied for database \"%s\"", name).withDetail("User does not have CONNECT privilege.")
                    .withSeverity("FATAL");
        }
        if (database.connectionLimit() >= 0 && !role.superuser()
                && sessionsOf(database.oid(), null).size() >= database.connectionLimit()) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.TOO_MANY_CONNECTIONS,
                    "too many connections for database \"%s\"", name).withSeverity("FATAL");
        }
        return database;
    }

    /** The databases of this data directory by name (committed). */
    public Map<String, DatabaseDescriptor> databases() {
        return shared.databases();
    }

    /** Makes a created database usable: loads the catalog its CREATE DATABASE committed. */
    void databaseCreated(DatabaseDescriptor database) {
        catalogs.put(database.oid(), new Catalog(transactions, shared, database.oid()));
        shared.publishDatabase(null, database);
    }

    /** Forgets a dropped database (its committed rows are deleted by the caller). */
    void databaseDropped(DatabaseDescriptor database) {
        shared.publishDatabase(database.name(), null);
        catalogs.remove(database.oid());
    }

    /** Publishes an ALTER DATABASE (renamed or with new options). */
    void databaseChanged(DatabaseDescriptor before, DatabaseDescriptor after) {
        shared.publishDatabase(before.name(), after);
    }

    /** Sessions connected to the database with this OID, other than {@code except} (may be null). */
    java.util.List<Session> sessionsOf(int databaseOid, Session except) {
        return sessions.values().stream().filter(s -> s != except && s.databaseOid() == databaseOid).toList();
    }

    /** The catalogs of every database. */
    java.util.List<Catalog> catalogs() {
        return java.util.List.copyOf(catalogs.values());
    }

    Catalog catalog(int databaseOid) {
        return catalogs.get(databaseOid);
    }

    SharedCatalog sharedCatalog() {
        return shared;
    }

    /**
     * pg_cancel_backend / pg_terminate_backend from {@code caller}, with PostgreSQL 15's rules: a
     * superuser may signal anyone, others only sessions of their own role and never a
     * superuser's.
     *
     * @return false (with a WARNING to {@code sink}) when no session has this process id
     */
    boolean signalBackend(Session caller, int processId, boolean terminate, ResultSink sink) {
        Session target = sessions.get(processId);
        if (target == null) {
            if (sink != null) {
                sink.notice(new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.WARNING,
                        "PID %d is not a PostgreSQL backend process", processId).withSeverity("WARNING"));
            }
            return false;
        }
        RoleDescriptor me = shared.role(caller.user());
        RoleDescriptor owner = shared.role(target.user());
        boolean superuser = me != null && me.superuser();
        if (!superuser && owner != null && owner.superuser()) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INSUFFICIENT_PRIVILEGE,
                    terminate ? "must be a superuser to terminate superuser process"
                            : "must be a superuser to cancel superuser query");
        }
        if (!superuser && !caller.user().equals(target.user())) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INSUFFICIENT_PRIVILEGE,
                    terminate ? "must be a member of the role whose process is being terminated or member of pg_signal_backend"
                            : "must be a member of the role whose query is being canceled or member of pg_signal_backend");
        }
        if (terminate) {
            target.terminate();
        } else {
            target.cancel();
        }
        return true;
    }

    /** True when some role has a password (the server warns when it listens beyond loopback without). */
    public boolean anyRoleHasPassword() {
        return shared.roles().values().stream().anyMatch(r -> r.password() != null);
    }

    /** The committed role with this name, or null (for authentication). */
    public RoleDescriptor role(String name) {
        return shared.role(name);
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

    /**
     * The first step of a smart shutdown (pg_ctl stop -m smart): new sessions are refused with
     * FATAL 57P03 "the database system is shutting down"; the open ones go on until they end.
     */
    public void refuseNewSessions() {
        refusingSessions = true;
    }

    /** Number of open sessions. */
    public int sessionCount() {
        return sessions.size();
    }

    private volatile ServerLog log = ServerLog.NONE;
    private volatile Map<String, String> serverSettings = Map.of();

    /** Where log lines go (none by default; the server sets stderr). */
    public ServerLog log() {
        return log;
    }

    public void setLog(ServerLog log) {
        this.log = java.util.Objects.requireNonNull(log);
    }

    /**
     * Defaults for every new session's settings, as postgresql.conf gives them (a session's
     * startup parameters and SET override them; RESET returns to them).
     */
    public Map<String, String> serverSettings() {
        return serverSettings;
    }

    /** @throws io.pglitedb.error.PgException for an unknown setting or a bad value */
    public void setServerSettings(Map<String, String> settings) {
        Settings.validate(settings);
        this.serverSettings = Map.copyOf(settings);
    }

    /**
     * authentication_timeout: how long a client may take from connecting to the end of
     * authentication (a plain number is seconds, as in postgresql.conf; PostgreSQL's 1s .. 600s).
     */
    public long authenticationTimeoutMillis() {
        String value = serverSettings.getOrDefault("authentication_timeout", "1min").trim();
        long millis = value.chars().allMatch(Character::isDigit) && !value.isEmpty()
                ? Long.parseLong(value) * 1000 : Settings.parseMillis("authentication_timeout", value);
        return Math.max(1_000, Math.min(600_000, millis));
    }

    /**
     * pglitedb.max_query_memory: how many bytes of rows one statement's operators may keep
     * (sorts, hash tables, aggregation ...) before it fails with 53200; by default a quarter of
     * the JVM's maximum heap.
     */
    public long maxQueryMemoryBytes() {
        String value = serverSettings.get(Settings.MAX_QUERY_MEMORY);
        long kilobytes = 0;
        if (value != null) {
            String normalised = Settings.memoryKilobytes(Settings.MAX_QUERY_MEMORY, value, 0);
            kilobytes = Settings.kilobytes(normalised);
        }
        return kilobytes > 0 ? kilobytes * 1024 : Runtime.getRuntime().maxMemory() / 4;
    }

    /** Sessions connected to the database with this OID. */
    public int sessionCount(int databaseOid) {
        int n = 0;
        for (Session session : sessions.values()) {
            if (session.databaseOid() == databaseOid) {
                n++;
            }
        }
        return n;
    }

    /** Statement, database and table activity since the engine opened (the pg_stat_* views). */
    public io.pglitedb.stats.Activity activity() {
        return activity;
    }

    /**
     * A numeric RocksDB property of the store ({@code rocksdb.block-cache-usage},
     * {@code rocksdb.cur-size-all-mem-tables} ...), or -1 when unknown: what the native memory holds.
     */
    public long storageProperty(String name) {
        return store.longProperty(name);
    }

    /** Heap bytes the copies of relations take now (see {@link io.pglitedb.storage.RelationCache}). */
    public long relationCopyBytes() {
        return store.relationCache().usedBytes();
    }

    /** Activity counters since the database was opened (pg_stat_database's numbers). */
    public DatabaseStatistics statistics() {
        io.pglitedb.txn.Statistics s = transactions.statistics();
        io.pglitedb.stats.DatabaseActivity.Snapshot rows = activity.databases().total();
        return new DatabaseStatistics(sessions.size(), s.committedCount(), s.rolledBackCount(), rows.rowsReturned(),
                rows.rowsInserted(), rows.rowsUpdated(), rows.rowsDeleted(), s.lockWaitCount(),
                s.deadlockCount(), store.syncCount(), store.isWritable());
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
            for (Catalog catalog : catalogs.values()) {
                catalog.saveSequences();
            }
        } catch (RuntimeException e) {
            // the store may already be failing: sequences then continue after their reservations
        }
        store.close();
    }
}
