package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.SearchPath;
import io.pglitedb.types.OidNames;
import io.pglitedb.catalog.RoleDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.DmlExecutor;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.SessionServices;
import io.pglitedb.txn.LockOwner;
import io.pglitedb.exec.Executor;
import io.pglitedb.exec.LockingQuery;
import io.pglitedb.exec.SessionSequences;
import io.pglitedb.sql.analyze.Analyzer;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.ParameterTypes;
import io.pglitedb.sql.analyze.SlotAllocator;
import io.pglitedb.security.AccessRequirements;
import io.pglitedb.security.Authorization;
import io.pglitedb.sql.ast.Savepoint;
import io.pglitedb.sql.ast.Prepare;
import io.pglitedb.sql.ast.Deallocate;
import io.pglitedb.sql.ast.ExecutePrepared;
import io.pglitedb.sql.analyze.ExecuteArguments;
import io.pglitedb.sql.ast.SetTransaction;
import io.pglitedb.sql.ast.ShowVariable;
import io.pglitedb.sql.ast.Statement;
import io.pglitedb.sql.ast.TransactionControl;
import io.pglitedb.sql.ast.TransactionModes;
import io.pglitedb.sql.parser.Parser;
import io.pglitedb.sql.parser.Parser.ParsedStatement;
import io.pglitedb.sql.plan.DeletePlan;
import io.pglitedb.sql.plan.InsertPlan;
import io.pglitedb.sql.plan.LockingQueryPlan;
import io.pglitedb.sql.plan.QueryPlan;
import io.pglitedb.sql.plan.StatementPlan;
import io.pglitedb.sql.plan.UpdatePlan;
import io.pglitedb.sql.plan.UtilityPlan;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.sql.ast.LockTable;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.txn.Backend;
import io.pglitedb.txn.LockMode;
import io.pglitedb.txn.WaitPolicy;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.ByteaType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client's session: settings, transaction state, prepared statements and portals. Not
 * thread-safe: one connection drives it (only {@link Database#cancel} comes from elsewhere).
 *
 * <p>Simple query: {@link #simpleQuery}. Extended query: {@link #parse}, {@link #bind},
 * {@link #describeStatement} / {@link #describePortal}, {@link #execute}, {@link #closeStatement}
 * / {@link #closePortal}, and {@link #sync} at Sync. Every method reports failure by throwing
 * {@link PgException}; the session has then already aborted the transaction (state FAILED inside
 * a block, rolled back otherwise). The front end only reports the error.
 *
 * <p>Transaction states: no transaction; an implicit one (one statement in autocommit, several
 * statements of one simple-query string, or extended-protocol messages up to Sync), committed
 * when it ends; an explicit block from BEGIN to COMMIT/ROLLBACK; a failed block, in which only
 * COMMIT/ROLLBACK are accepted (25P02). Each statement reads a fresh snapshot (READ COMMITTED).
 */
public final class Session implements AutoCloseable {
    private final Database database;
    private final Catalog catalog;
    private final int processId;
    private final int secretKey;
    /** The role that logged in (authenticated); SET SESSION AUTHORIZATION needs it to be a superuser. */
    private final String user;
    private final boolean loginSuperuser;
    private final String databaseName;
    private final Settings settings;
    /** pglitedb.max_query_memory in bytes: what one statement's operators may keep (53200 beyond it). */
    private long maxQueryMemory;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, Portal> portals = new HashMap<>();
    private final SqlCursors cursors = new SqlCursors();
    /** What pg_prepared_statements shows of each prepared statement (PREPARE's and Parse's). */
    private final Map<String, PreparedInfo> preparedInfo = new HashMap<>();
    /** The query string being run (what pg_prepared_statements shows for a PREPARE). */
    private String currentStatementText = "";

    /** Volatile: {@link #isWaitingForLock()} reads it from other threads. */
    private volatile Transaction transaction;
    private CatalogView catalogView;
    /** An emptied view of an ended transaction, reused by the next one (see {@link #recycle}). */
    private CatalogView spareView;
    /** BEGIN seen and not yet ended. */
    private boolean explicitBlock;
    /** An error happened in the explicit block: only COMMIT/ROLLBACK are accepted. */
    private boolean failed;
    /** Several statements of one query string, or extended messages before Sync: commit at the end. */
    private boolean implicitBlock;
    /**
     * Several statements of one query string: PostgreSQL's implicit transaction block, in which
     * SET TRANSACTION and LOCK TABLE work as inside BEGIN (unlike extended-protocol messages).
     */
    private boolean multiStatement;
    /**
     * Setting changes inside a transaction, newest last: ROLLBACK (and ROLLBACK TO SAVEPOINT for
     * those after the savepoint) undoes them all, any end of the transaction undoes SET LOCAL.
     */
    private final List<SettingUndo> settingsUndo = new ArrayList<>();
    /** The savepoints of the explicit block, oldest first (names may repeat: the newest wins). */
    private final List<SavepointFrame> savepoints = new ArrayList<>();
    /** The current transaction's isolation level, READ ONLY and DEFERRABLE; valid while characteristicsSet. */
    private final TransactionCharacteristics characteristics = new TransactionCharacteristics();
    /** A transaction (block or statement) has started and taken its characteristics from the defaults. */
    private boolean characteristicsSet;
    private volatile ExecContext running;
    /** currval / lastval memory (not transactional). */
    private final SessionSequences sequences = new SessionSequences();
    /** Lock waits of this session's transactions (and its session-level advisory locks). */
    private final Backend backend;
    /** Timeouts from the settings, refreshed when the settings change. */
    private int timeoutsVersion = -1;
    private long lockTimeout;
    private long deadlockTimeout;
    private long statementTimeout;
    /** The date/time settings resolved at settings version dateTimeVersion (publishDateTimeSettings). */
    private int dateTimeVersion = -1;
    private io.pglitedb.types.IntervalStyle intervalStyle;
    private io.pglitedb.types.DateStyle dateStyle;
    private io.pglitedb.types.TimeZones.Zone timeZone;
    /** synchronous_commit is not off (refreshed with the timeouts). */
    private boolean synchronousCommit = true;
    /** The cancel (CancelRequest, statement_timeout) of the statement now running, or null. */
    private volatile PgException pendingCancel;
    private ScheduledFuture<?> statementTimer;
    private boolean closed;
    /** Session-level advisory locks (pg_advisory_lock): held across transactions until released or close. */
    private final LockOwner sessionLocks;
    private final SessionServices services = new Services();
    /** Where the running statement's rows and notices go. */
    private ResultSink currentSink;
    /** Set by {@link #terminate()} from another thread. */
    private volatile boolean terminated;
    /** State, query and times for pg_stat_activity. */
    final BackendActivity status = new BackendActivity();

    Session(Database database, Catalog catalog, String databaseName, int processId, int secretKey,
            Map<String, String> startup, RoleDescriptor role) {
        this.database = database;
        this.catalog = catalog;
        this.processId = processId;
        this.secretKey = secretKey;
        this.backend = new Backend(processId);
        this.sessionLocks = LockOwner.forSession(backend);
        this.user = startup.getOrDefault("user", "postgres");
        this.loginSuperuser = role.superuser();
        this.databaseName = databaseName;
        this.activity = database.activity().databases().of(catalog.databaseOid());
        Map<String, String> initial = new HashMap<>(database.serverSettings());
        // ALTER DATABASE / ROLE ... SET come between the server's defaults and the client's startup packet
        initial.putAll(Settings.applicable(
                database.sharedCatalog().roleSettings().forSession(catalog.databaseOid(), role.oid())));
        initial.putAll(startup);
        if (!initial.containsKey("application_name") && startup.containsKey("fallback_application_name")) {
            initial.put("application_name", startup.get("fallback_application_name"));
        }
        initial.put("session_authorization", user);
        this.settings = new Settings(initial);
        settings.put("is_superuser", role.superuser() ? "on" : "off"); // read-only for clients
        settings.put("max_connections", Integer.toString(database.maxConnections()));
        this.maxQueryMemory = database.maxQueryMemoryBytes();
        settings.put(Settings.MAX_QUERY_MEMORY, Settings.memoryKilobytes(Settings.MAX_QUERY_MEMORY,
                (maxQueryMemory / 1024) + "kB", 0));
        settings.takeChanged();
        String options = startup.get("options");
        if (options != null) {
            applyCommandLineOptions(options);
        }
        // role and session_authorization from the startup packet or options pass the same checks as SET
        String requestedAuthorization = settings.get("session_authorization");
        String requestedRole = settings.get("role");
        settings.put("session_authorization", user);
        settings.put("role", "none");
        CatalogView view = new CatalogView(catalog);
        if (!requestedAuthorization.equals(user)) {
            settings.put("session_authorization", Identity.checkSessionAuthorization(view, requestedAuthorization,
                    loginSuperuser, user));
        }
        if (!requestedRole.equals("none")) {
            settings.put("role", Identity.checkRole(view, requestedRole, sessionUser()));
        }
        refreshIdentity(view);
        settings.markStartupComplete();
        settings.takeChanged();
    }

    /** StartupMessage "options": {@code -c name=value} and {@code --name=value} pairs. */
    private void applyCommandLineOptions(String options) {
        String[] words = options.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String pair = null;
            if (words[i].equals("-c") && i + 1 < words.length) {
                pair = words[++i];
            } else if (words[i].startsWith("-c")) {
                pair = words[i].substring(2);
            } else if (words[i].startsWith("--")) {
                pair = words[i].substring(2);
            }
            if (pair != null && pair.indexOf('=') > 0) {
                String name = pair.substring(0, pair.indexOf('='));
                settings.set(name, List.of(pair.substring(pair.indexOf('=') + 1)));
            }
        }
        settings.takeChanged();
        settings.markStartupComplete();
    }

    public int processId() {
        return processId;
    }

    public int secretKey() {
        return secretKey;
    }

    /** The role that logged in. */
    public String user() {
        return user;
    }

    /** session_user: the login role, or the one SET SESSION AUTHORIZATION chose. */
    public String sessionUser() {
        return settings.get("session_authorization");
    }

    /** current_user: the role SET ROLE chose, else the session user. Privileges are checked for it. */
    public String currentUser() {
        String role = settings.get("role");
        return role.equals("none") ? sessionUser() : role;
    }

    boolean loginSuperuser() {
        return loginSuperuser;
    }

    /** The OID of current_user as {@code view} sees it (-1 if it was dropped meanwhile: no privileges). */
    int currentRoleOid(CatalogView view) {
        RoleDescriptor role = view.role(currentUser());
        return role == null ? -1 : role.oid();
    }

    /** is_superuser follows current_user (reported to the client when it changes). */
    void refreshIdentity(CatalogView view) {
        RoleDescriptor role = view.role(currentUser());
        String value = role != null && role.superuser() ? "on" : "off";
        if (!value.equals(settings.get("is_superuser"))) {
            settings.put("is_superuser", value);
        }
    }

    /** application_name as the client set it. */
    public String applicationName() {
        return settings.get("application_name");
    }

    public String databaseName() {
        return databaseName;
    }

    /** The OID of the database this session is connected to. */
    public int databaseOid() {
        return catalog.databaseOid();
    }

    SessionSequences sequences() {
        return sequences;
    }

    private SearchPath searchPath;
    /** The reg* types' catalog lookups, installed on the thread while a call of this session runs. */
    private final OidNames oidNames = new io.pglitedb.catalog.system.SystemOidNames(this::systemContext);
    /** While CREATE SCHEMA runs its elements: the new schema alone (PostgreSQL's override path). */
    private SearchPath overridePath;

    /** current_setting and set_config: the session's settings as SHOW and SET see them. */
    private final io.pglitedb.catalog.system.SystemContext.Settings sessionSettings =
            new io.pglitedb.catalog.system.SystemContext.Settings() {
                @Override
                public String get(String name) {
                    String canonical = settings.canonicalName(name);
                    if (TransactionCharacteristics.isTransactionSetting(canonical)) {
                        return showTransactionSetting(canonical);
                    }
                    return settings.get(name);
                }

                @Override
                public String set(String name, String value, boolean local) {
                    if (local && !inTransactionBlock()) {
                        return get(name); // SET LOCAL outside a block has no effect
                    }
                    String canonical = settings.canonicalName(name);
                    String previous = value == null ? settings.set(canonical, List.of())
                            : settings.setText(canonical, value);
                    settingChanged(canonical, previous, local);
                    return settings.get(canonical);
                }

                @Override
                public List<io.pglitedb.catalog.system.SystemContext.SettingRow> settingRows() {
                    return settings.rows(this::get);
                }

                @Override
                public List<io.pglitedb.catalog.system.SystemContext.PreparedStatementRow> preparedStatements() {
                    return preparedRows();
                }

                @Override
                public io.pglitedb.stats.Activity activity() {
                    return database.activity();
                }

                @Override
                public List<io.pglitedb.catalog.system.SystemContext.BackendRow> backends() {
                    return database.backendRows();
                }

                @Override
                public List<io.pglitedb.catalog.system.SystemContext.LockRow> locks() {
                    return database.lockRows();
                }
            };

    /** This database's pg_stat_database counters. */
    private final io.pglitedb.stats.DatabaseActivity.Counters activity;

    private io.pglitedb.stats.TableActivity.Counters tableActivity(int tableOid) {
        return database.activity().tables().of(catalog.databaseOid(), tableOid);
    }

    /** What pg_catalog relations are computed from for the statement about to run. */
    io.pglitedb.catalog.system.SystemContext systemContext() {
        return new io.pglitedb.catalog.system.SystemContext(catalogView(), searchPath(), databaseName, currentUser(),
                java.util.Map.of(), sessionSettings);
    }

    /** This session's schema for temporary tables (made by its first CREATE TEMP TABLE). */
    String tempSchema() {
        return "pg_temp_" + processId;
    }

    /** True once this session made (or took over) its temporary schema. */
    private boolean tempSchemaReady;
    /** ON COMMIT DELETE ROWS / DROP of this session's temporary tables, by table OID. */
    private final Map<Integer, io.pglitedb.sql.ast.CreateTable.OnCommit> onCommitActions =
            new java.util.LinkedHashMap<>();

    boolean tempSchemaReady() {
        return tempSchemaReady;
    }

    void tempSchemaReady(boolean ready) {
        tempSchemaReady = ready;
    }

    /** Registers what each commit does to a new temporary table (nothing for PRESERVE ROWS). */
    void onCommit(int tableOid, io.pglitedb.sql.ast.CreateTable.OnCommit action) {
        if (action != io.pglitedb.sql.ast.CreateTable.OnCommit.PRESERVE_ROWS) {
            onCommitActions.put(tableOid, action);
        }
    }

    /**
     * PostgreSQL's PreCommit_on_commit_actions: before a transaction commits, its session's
     * ON COMMIT DROP temporary tables are dropped and ON COMMIT DELETE ROWS ones emptied.
     */
    private void runOnCommitActions(Transaction txn, CatalogView view) {
        if (onCommitActions.isEmpty()) {
            return;
        }
        UtilityCommands commands = new UtilityCommands(this, settings, catalog, txn, view, SchemaCommands.quiet());
        for (var it = onCommitActions.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            TableDescriptor table = view.table(entry.getKey());
            if (table == null) {
                it.remove(); // dropped, or its creation rolled back
                continue;
            }
            List<io.pglitedb.sql.ast.QualifiedName> name = List.of(
                    new io.pglitedb.sql.ast.QualifiedName(table.schema(), table.name(), 0));
            if (entry.getValue() == io.pglitedb.sql.ast.CreateTable.OnCommit.DROP) {
                commands.run(new io.pglitedb.sql.ast.DropTable(name, true, true));
                it.remove();
            } else {
                commands.run(new io.pglitedb.sql.ast.Truncate(name, false, false));
            }
        }
    }

    /** Runs {@code work} with {@code path} as the search path. */
    void withSearchPath(SearchPath path, Runnable work) {
        SearchPath before = overridePath;
        overridePath = path;
        try {
            work.run();
        } finally {
            overridePath = before;
        }
    }
    private int searchPathVersion = -1;

    /** The search_path setting parsed, for current_user (re-parsed when settings or SET ROLE change it). */
    public SearchPath searchPath() {
        if (overridePath != null) {
            return overridePath;
        }
        String current = currentUser();
        if (searchPath == null || searchPathVersion != settings.version() || !searchPath.user().equals(current)) {
            searchPath = SearchPath.parse(settings.get("search_path"), current).withTempSchema(tempSchema())
                    .withUsable((view, schema) -> {
                        int role = currentRoleOid(view);
                        return new Authorization(view).hasSchemaPrivilege(role, schema,
                                io.pglitedb.catalog.Privileges.USAGE);
                    });
            searchPathVersion = settings.version();
        }
        return searchPath;
    }

    /** The ParameterStatus values to send after authentication, in order. */
    public Map<String, String> reportedParameters() {
        return settings.reported();
    }

    /** Reported settings changed since the last call, to send as ParameterStatus before ReadyForQuery. */
    public Map<String, String> takeChangedParameters() {
        refreshIdentity(catalogView());
        return settings.takeChanged();
    }

    public TransactionStatus transactionStatus() {
        if (failed) {
            return TransactionStatus.FAILED;
        }
        return explicitBlock ? TransactionStatus.IN_TRANSACTION : TransactionStatus.IDLE;
    }

    /**
     * Whether a NOTICE/WARNING/... goes to the client: client_min_messages (INFO always does),
     * as PostgreSQL's errstart decides.
     */
    public boolean wantsNotice(PgException notice) {
        int level = messageLevel(notice.severity());
        return level == INFO_LEVEL || level >= messageLevel(settings.get("client_min_messages"));
    }

    private static final int INFO_LEVEL = 17;

    private static int messageLevel(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("debug") ? 10 : switch (n) {
            case "log" -> 15;
            case "info" -> INFO_LEVEL;
            case "notice" -> 18;
            case "warning" -> 19;
            default -> 20;
        };
    }

    /** The current value of a setting, as SHOW prints it. */
    public String setting(String name) {
        return settings.get(name);
    }

    // ---------------------------------------------------------------- simple query

    /**
     * Runs a simple-query string: each statement is reported to the sink (columns, rows,
     * complete), or {@link ResultSink#emptyQuery()} for an empty string. Stops at the first error
     * by throwing it; results already delivered stay delivered. Several statements in one string
     * form one implicit transaction, as in PostgreSQL.
     */
    public void simpleQuery(String sql, ResultSink sink) {
        checkNotTerminated();
        OidNames before = OidNames.install(oidNames);
        status.active(sql);
        try {
            runSimpleQuery(sql, sink);
        } finally {
            OidNames.install(before);
            status.idle(transactionStatus(), transaction != null);
        }
    }

    private void runSimpleQuery(String sql, ResultSink sink) {
        currentStatementText = sql;

        try {
            List<ParsedStatement> parsed = Parser.parse(sql);
            if (parsed.isEmpty()) {
                sink.emptyQuery();
                return;
            }
            implicitBlock = parsed.size() > 1;
            multiStatement = implicitBlock;
            for (ParsedStatement statement : parsed) {
                // literals are read and values printed in the session's IntervalStyle
                publishDateTimeSettings();
                checkNotAborted(statement.statement());
                Portal portal = statement.statement() instanceof ExecutePrepared execute ? sqlExecute(execute)
                        : new Portal(prepare(statement, null), new Object[0], null);
                PreparedStatement prepared = portal.statement;
                if (prepared.columns() != null) {
                    sink.columns(prepared.columns());
                }
                startStatementTimer();
                try {
                    run(portal, 0, sink);
                } finally {
                    stopStatementTimer();
                }
            }
            if (implicitBlock) {
                implicitBlock = false;
                if (!explicitBlock) {
                    commit();
                }
            }
        } catch (RuntimeException e) {
            throw fail(e);
        } catch (OutOfMemoryError e) {
            throw fail(outOfMemory());
        } finally {
            implicitBlock = false;
            multiStatement = false;
        }
    }

    // ---------------------------------------------------------------- extended query

    /** Parse: prepares {@code sql} (at most one statement) as {@code name} ("" = unnamed). */
    public void parse(String name, String sql, int[] parameterTypeOids) {
        checkNotTerminated();
        OidNames before = OidNames.install(oidNames);
        try {
            parseStatement(name, sql, parameterTypeOids);
        } finally {
            OidNames.install(before);
        }
    }

    private void parseStatement(String name, String sql, int[] parameterTypeOids) {

        implicitBlock = true;
        publishDateTimeSettings();
        try {
            if (!name.isEmpty() && statements.containsKey(name)) {
                throw new PgException(SqlState.DUPLICATE_PREPARED_STATEMENT, "prepared statement \"%s\" already exists",
                        name);
            }
            List<ParsedStatement> parsed = Parser.parse(sql);
            if (parsed.size() > 1) {
                throw new PgException(SqlState.SYNTAX_ERROR, "cannot insert multiple commands into a prepared statement");
            }
            ParsedStatement statement = parsed.isEmpty() ? null : parsed.get(0);
            if (statement != null) {
                checkNotAborted(statement.statement());
            }
            statements.put(name, prepare(statement, parameterTypeOids));
            if (!name.isEmpty()) {
                preparedInfo.put(name, new PreparedInfo(sql, io.pglitedb.types.TimestampType.now(-1), false));
            }
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    public StatementDescription describeStatement(String name) {
        implicitBlock = true;
        try {
            PreparedStatement statement = statement(name);
            List<ResultColumn> columns = !statement.isEmpty()
                    && statement.parsed().statement() instanceof ExecutePrepared execute
                    ? statement(execute.name()).columns() // EXECUTE returns what its statement returns
                    : statement.columns();
            return new StatementDescription(statement.parameterTypes(), columns);
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /** Bind: creates portal {@code portalName} from statement {@code statementName} with decoded values. */
    public void bind(String portalName, String statementName, Object[] parameters, short[] resultFormats) {
        implicitBlock = true;
        publishDateTimeSettings();
        // revalidation may analyse the statement again: reg* constants need this session's names
        OidNames before = OidNames.install(oidNames);
        try {
            PreparedStatement statement = statement(statementName);
            if (!portalName.isEmpty() && portals.containsKey(portalName)) {
                throw new PgException(SqlState.DUPLICATE_CURSOR, "cursor \"%s\" already exists", portalName);
            }
            int expected = statement.parameterTypes().size();
            if (parameters.length != expected) {
                throw new PgException(SqlState.PROTOCOL_VIOLATION,
                        "bind message supplies %d parameters, but prepared statement \"%s\" requires %d",
                        parameters.length, statementName, expected);
            }
            if (!statement.isEmpty()) {
                checkNotAborted(statement.parsed().statement());
                statement = revalidate(statementName, statement);
            }
            Portal portal = new Portal(statement, parameters.clone(), resultFormats);
            if (!statement.isEmpty() && statement.parsed().statement() instanceof ExecutePrepared execute) {
                // SQL EXECUTE sent with Parse/Bind: the portal runs the named statement with its arguments
                Portal target = sqlExecute(execute);
                portal = new Portal(target.statement, target.parameters, resultFormats);
            }
            Portal previous = portals.put(portalName, portal);
            if (previous != null) {
                previous.close();
            }
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            OidNames.install(before);
        }
    }

    public List<ResultColumn> describePortal(String portalName) {
        implicitBlock = true;
        try {
            return portal(portalName).statement.columns();
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    public short[] portalResultFormats(String portalName) {
        short[] formats = portal(portalName).resultFormats;
        return formats == null ? new short[0] : formats;
    }

    /**
     * Execute: runs or continues the portal, delivering at most {@code maxRows} rows (0 = all).
     *
     * @return true when the row limit stopped it (PortalSuspended)
     */
    public boolean execute(String portalName, int maxRows, ResultSink sink) {
        checkNotTerminated();
        OidNames before = OidNames.install(oidNames);
        try {
            return executePortal(portalName, maxRows, sink);
        } finally {
            OidNames.install(before);
        }
    }

    private boolean executePortal(String portalName, int maxRows, ResultSink sink) {

        implicitBlock = true;
        try {
            Portal portal = portal(portalName);
            status.active(portal.statement.parsed().text());
            if (!portal.statement.isEmpty()) {
                checkNotAborted(portal.statement.parsed().statement());
            }
            startStatementTimer();
            publishDateTimeSettings();
            try {
                return run(portal, maxRows, sink);
            } finally {
                stopStatementTimer();
            }
        } catch (RuntimeException e) {
            throw fail(e);
        } catch (OutOfMemoryError e) {
            closePortal(portalName); // what the statement held goes before the session goes on
            throw fail(outOfMemory());
        }
    }

    /**
     * 53200 for a statement that exhausted the JVM's heap anyway (a value, not rows, grew past it):
     * the statement fails, the session and the server go on.
     */
    private static PgException outOfMemory() {
        return new PgException(SqlState.OUT_OF_MEMORY, "out of memory");
    }

    public void closeStatement(String name) {
        statements.remove(name);
        preparedInfo.remove(name);
    }

    public void closePortal(String name) {
        Portal portal = portals.remove(name);
        if (portal != null) {
            portal.close();
        }
    }

    /** Sync: ends the implicit transaction of the extended protocol. */
    public void sync() {
        boolean wasImplicit = implicitBlock;
        implicitBlock = false;
        try {
            if (wasImplicit && !explicitBlock && !failed) {
                commit();
            }
        } catch (RuntimeException e) {
            throw fail(e);
        } finally {
            status.idle(transactionStatus(), transaction != null);
        }
    }

    /**
     * How long the client may leave this session idle before the next message: the
     * idle_in_transaction_session_timeout inside a transaction block (also a failed one), else
     * idle_session_timeout (0: no limit). A front end that sees it pass ends the connection with
     * {@link #idleTimeout()}.
     */
    public long idleTimeoutMillis() {
        return transactionStatus() == TransactionStatus.IDLE ? settings.millis("idle_session_timeout")
                : settings.millis("idle_in_transaction_session_timeout");
    }

    /** PostgreSQL's FATAL when the idle timeout {@link #idleTimeoutMillis()} gave passes (25P03 or 57P05). */
    public PgException idleTimeout() {
        return transactionStatus() == TransactionStatus.IDLE ? idleSessionTimeout() : idleInTransactionTimeout();
    }

    /** PostgreSQL's FATAL when idle_in_transaction_session_timeout passes. */
    public static PgException idleInTransactionTimeout() {
        return new PgException(io.pglitedb.error.SqlState.IDLE_IN_TRANSACTION_SESSION_TIMEOUT,
                "terminating connection due to idle-in-transaction timeout").withSeverity("FATAL");
    }

    /** PostgreSQL's FATAL when idle_session_timeout passes outside a transaction block. */
    public static PgException idleSessionTimeout() {
        return new PgException(io.pglitedb.error.SqlState.IDLE_SESSION_TIMEOUT,
                "terminating connection due to idle-session timeout").withSeverity("FATAL");
    }

    /** True while this session's statement waits for a lock (read from other threads). */
    boolean isWaitingForLock() {
        return backend.isWaitingForLock();
    }

    /**
     * Where a result column comes from (RowDescription's table OID and attribute number), as
     * clients' result metadata reports it; null when the column is computed or the table is gone.
     */
    public ColumnOrigin columnOrigin(int tableOid, int attributeNumber) {
        if (tableOid == 0 || attributeNumber <= 0) {
            return null;
        }
        io.pglitedb.catalog.TableDescriptor table = catalogView().tableByOid(tableOid);
        if (table == null) {
            return null;
        }
        for (io.pglitedb.catalog.ColumnDescriptor column : table.columns()) {
            if (column.attributeNumber() == attributeNumber) {
                return new ColumnOrigin(table.schema(), table.name(), column.name(), column.notNull(),
                        column.isIdentity() || (column.defaultSql() != null && column.defaultSql().contains("nextval(")));
            }
        }
        return null;
    }

    /**
     * Whether {@code sql} holds at most one statement (front ends that can stream only single
     * statements ask first). A string that does not parse counts as one: running it reports the error.
     */
    public boolean isSingleStatement(String sql) {
        try {
            return Parser.parse(sql).size() <= 1;
        } catch (PgException e) {
            return true;
        }
    }

    /**
     * A front end failed while handling a message for this session (e.g. a parameter value that
     * does not decode): applies the error rule as if a statement had failed, so the transaction is
     * aborted exactly as PostgreSQL aborts it. @return the error to report
     */
    public PgException abort(RuntimeException error) {
        return fail(error);
    }

    /** CancelRequest from another connection: stops the running statement, if any. */
    void cancel() {
        cancelStatement(new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request"));
    }

    /** Stops the running statement, also while it waits for a lock, with {@code reason}. */
    private void cancelStatement(PgException reason) {
        pendingCancel = reason;
        ExecContext context = running;
        if (context != null) {
            context.cancel(reason);
        }
        database.transactions().cancelWait(backend, reason);
    }

    /**
     * Reads lock_timeout, deadlock_timeout, statement_timeout and synchronous_commit again if a
     * setting changed.
     */
    private void refreshTimeouts() {
        if (settings.version() != timeoutsVersion) {
            lockTimeout = settings.millis("lock_timeout");
            deadlockTimeout = settings.millis("deadlock_timeout");
            statementTimeout = settings.millis("statement_timeout");
            synchronousCommit = !settings.get("synchronous_commit").equals("off");
            timeoutsVersion = settings.version();
        }
    }

    /** statement_timeout: cancels the statement about to run once it has run this long. */
    private void startStatementTimer() {
        pendingCancel = null;
        database.transactions().clearCancel(backend);
        refreshTimeouts();
        if (statementTimeout > 0) {
            statementTimer = database.timers().schedule(() -> cancelStatement(new PgException(SqlState.QUERY_CANCELED,
                    "canceling statement due to statement timeout")), statementTimeout, TimeUnit.MILLISECONDS);
        }
    }

    private void stopStatementTimer() {
        ScheduledFuture<?> timer = statementTimer;
        if (timer != null) {
            statementTimer = null;
            timer.cancel(false);
        }
    }

    /** Rolls back any open transaction and releases everything the session holds. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeAllPortals();
            rollback();
            dropTemporarySchema();
        } finally {
            database.transactions().releaseAll(sessionLocks);
            database.sessionClosed(this);
        }
    }

    /** At session end: the session's temporary tables go, with their schema. */
    private void dropTemporarySchema() {
        if (!tempSchemaReady) {
            return;
        }
        try {
            onCommitActions.clear();
            simpleQuery("DROP SCHEMA IF EXISTS " + tempSchema() + " CASCADE", SchemaCommands.quiet());
        } catch (RuntimeException e) {
            // left behind: the next session of this number takes the schema over and empties it
        }
    }

    /** What session functions (advisory locks, pg_backend_pid, signals) use of this session. */
    private final class Services implements SessionServices {
        @Override
        public int processId() {
            return processId;
        }

        @Override
        public io.pglitedb.stats.TableActivity tableActivity() {
            return database.activity().tables();
        }

        @Override
        public LockOwner sessionLocks() {
            return sessionLocks;
        }

        @Override
        public boolean signalBackend(int target, boolean terminate) {
            return database.signalBackend(Session.this, target, terminate, currentSink);
        }

        @Override
        public void notice(PgException notice) {
            if (currentSink != null) {
                currentSink.notice(notice);
            }
        }

        @Override
        public AnalyzerContext analyzerContext() {
            return new AnalyzerContext(catalogView(), new ParameterTypes(null), currentUser(), databaseName,
                    new SlotAllocator(), sequences, searchPath(), sessionUser(), accessRequirements());
        }

        @Override
        public String runUtility(Statement statement) {
            if (statement instanceof TransactionControl || statement instanceof Savepoint
                    || statement instanceof SetTransaction) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "transaction control statements are not supported in functions yet");
            }
            if (transaction == null || catalogView == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "this statement cannot run here");
            }
            ResultSink sink = currentSink;
            return new UtilityCommands(Session.this, settings, catalog, transaction, catalogView, sink).run(statement);
        }

        @Override
        public Object beginSubtransaction() {
            if (transaction == null || catalogView == null) {
                return null;
            }
            return new Subtransaction(transaction.setSavepoint(), catalogView.mark(), settingsUndo.size());
        }

        @Override
        public void rollbackSubtransaction(Object mark) {
            if (mark instanceof Subtransaction sub) {
                transaction.rollbackToSavepoint(sub.level());
                transaction.releaseSavepoint(sub.level());
                catalogView.rollbackTo(sub.catalog());
                undoSettings(sub.settingsUndoSize(), false);
            }
        }

        @Override
        public void releaseSubtransaction(Object mark) {
            if (mark instanceof Subtransaction sub) {
                transaction.releaseSavepoint(sub.level());
            }
        }

        @Override
        public Map<Object, Object> routineState() {
            return routineState;
        }

        @Override
        public io.pglitedb.exec.DeferredConstraints deferredConstraints() {
            return deferredConstraints;
        }

        private final io.pglitedb.exec.TriggerInvoker triggers = new io.pglitedb.routines.TriggerFunctions(this);

        @Override
        public io.pglitedb.exec.TriggerInvoker triggerInvoker() {
            return triggers;
        }
    }

    /** A context for a statement a utility command runs (CALL, DO): this session's transaction and services. */
    ExecContext statementContext(Object[] params) {
        ExecContext context = new ExecContext(transaction, params, catalog, catalog.databaseOid()).withSession(services);
        context.setSystemContext(this::systemContext);
        return context;
    }

    /** An internal savepoint of a PL/pgSQL exception block. */
    private record Subtransaction(int level, CatalogView.Mark catalog, int settingsUndoSize) {
    }

    /** Compiled PL/pgSQL bodies of this session (io.pglitedb.plpgsql). */
    private final Map<Object, Object> routineState = new java.util.HashMap<>();

    /** Queued checks of deferrable constraints and SET CONSTRAINTS state of the transaction in progress. */
    private final io.pglitedb.exec.DeferredConstraints deferredConstraints = new io.pglitedb.exec.DeferredConstraints();

    // ---------------------------------------------------------------- internals

    /** The role a GRANT/POLICY role specification names (CURRENT_USER ... resolved); null for PUBLIC. */
    String roleName(io.pglitedb.sql.ast.RoleSpec spec) {
        return switch (spec.kind()) {
            case PUBLIC -> null;
            case CURRENT_USER, CURRENT_ROLE -> currentUser();
            case SESSION_USER -> sessionUser();
            case NAME -> spec.name();
        };
    }

    private PreparedStatement statement(String name) {
        PreparedStatement statement = statements.get(name);
        if (statement == null) {
            throw new PgException(SqlState.INVALID_SQL_STATEMENT_NAME, "prepared statement \"%s\" does not exist", name);
        }
        return statement;
    }

    private Portal portal(String name) {
        Portal portal = portals.get(name);
        if (portal == null) {
            throw new PgException(SqlState.INVALID_CURSOR_NAME, "portal \"%s\" does not exist", name);
        }
        return portal;
    }

    /**
     * What a plan depends on beyond its text: the catalog's version and the search path it
     * resolved names through (a changed search_path plans again, as PostgreSQL's plan cache does).
     */
    private long planVersion() {
        return catalog.version() * 31 + searchPath().elements().hashCode() * 17L + searchPath().user().hashCode();
    }

    private CatalogView catalogView() {
        return catalogView != null ? catalogView : new CatalogView(catalog);
    }

    /**
     * Settings that change how values print (bytea_output) are published for this thread before a
     * statement is analysed (constant folding) and run (and read by the embedded driver after it).
     */
    /** IntervalStyle, DateStyle and TimeZone decide how literals are read and values printed. */
    /**
     * Makes IntervalStyle, DateStyle and TimeZone this thread's for the types code (every statement,
     * bind and execute: a session may move between threads); resolved again only after a setting
     * changed.
     */
    private void publishDateTimeSettings() {
        if (settings.version() != dateTimeVersion) {
            intervalStyle = io.pglitedb.types.IntervalStyle.of(settings.get("IntervalStyle"));
            dateStyle = io.pglitedb.types.DateStyle.of(settings.get("DateStyle"));
            timeZone = io.pglitedb.types.TimeZones.forSetting(settings.get("TimeZone"));
            dateTimeVersion = settings.version();
        }
        io.pglitedb.types.IntervalStyle.set(intervalStyle == null ? io.pglitedb.types.IntervalStyle.POSTGRES
                : intervalStyle);
        io.pglitedb.types.DateStyle.set(dateStyle);
        io.pglitedb.types.TimeZones.set(timeZone);
    }

    private void publishOutputSettings() {
        ByteaType.setEscapeOutput(settings.get("bytea_output").equals("escape"));
        io.pglitedb.types.JsonParser.setStackDepthSetting(settings.get("max_stack_depth"));
        io.pglitedb.types.Float8Type.setExtraFloatDigits(extraFloatDigits(settings.get("extra_float_digits")));
    }

    /** max_parallel_workers_per_gather as a number (0 when unreadable: no parallel scans). */
    private int parallelWorkers() {
        try {
            return Integer.parseInt(settings.get("max_parallel_workers_per_gather").strip());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The extra_float_digits setting as a number (PostgreSQL's range -15..3); the default 1 if unreadable. */
    private static int extraFloatDigits(String value) {
        try {
            return Math.max(-15, Math.min(3, Integer.parseInt(value.strip())));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    private PreparedStatement prepare(ParsedStatement parsed, int[] declaredTypes) {
        publishOutputSettings();
        if (parsed == null) {
            return new PreparedStatement(null, declaredTypes, null, List.of(), null, planVersion(), identity());
        }
        long version = planVersion();
        ParameterTypes parameters = new ParameterTypes(declaredTypes);
        CatalogView view = catalogView();
        AnalyzerContext context = new AnalyzerContext(view, parameters, currentUser(), databaseName,
                new SlotAllocator(), sequences, searchPath(), sessionUser(), accessRequirements());
        StatementPlan plan = Analyzer.analyze(parsed.statement(), context);
        new Authorization(view).check(context.access(), currentRoleOid(view));
        return new PreparedStatement(parsed, declaredTypes, plan, parameters.finish(), columnsOf(plan), version,
                identity());
    }

    /** Who a plan's privileges were checked for (and whether row-level security filtered or refused). */
    private String identity() {
        return currentUser() + "/" + sessionUser() + "/" + settings.get("row_security");
    }

    /** A statement's privilege requirements, with the session's row_security. */
    private AccessRequirements accessRequirements() {
        AccessRequirements access = new AccessRequirements();
        access.setRowSecurity(Settings.isOn(settings.get("row_security")));
        return access;
    }

    /** Analyses a prepared statement again when DDL happened since it was planned. */
    private PreparedStatement revalidate(String name, PreparedStatement statement) {
        boolean ownDdl = catalogView != null && catalogView.hasChanges();
        if (statement.catalogVersion() == planVersion() && !ownDdl && statement.identity().equals(identity())) {
            return statement;
        }
        PreparedStatement fresh = prepare(statement.parsed(), statement.declaredTypes());
        if (!fresh.parameterTypes().equals(statement.parameterTypes())
                || !sameShape(fresh.columns(), statement.columns())) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cached plan must not change result type");
        }
        if (!ownDdl) {
            statements.put(name, fresh);
        }
        return fresh;
    }

    /** PostgreSQL's equalTupleDescs for a cached plan: same column names and types (origins may differ). */
    private static boolean sameShape(List<ResultColumn> a, List<ResultColumn> b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).name().equals(b.get(i).name()) || !a.get(i).type().equals(b.get(i).type())) {
                return false;
            }
        }
        return true;
    }

    private List<ResultColumn> columnsOf(StatementPlan plan) {
        return switch (plan) {
            case QueryPlan q -> q.columns();
            case InsertPlan i -> i.returningColumns();
            case UpdatePlan u -> u.returningColumns();
            case DeletePlan d -> d.returningColumns();
            case io.pglitedb.sql.plan.MergePlan m -> null;
            case LockingQueryPlan l -> l.query().columns();
            case UtilityPlan u -> u.statement() instanceof ShowVariable show ? UtilityCommands.showColumns(show, settings)
                    : u.statement() instanceof io.pglitedb.sql.ast.FetchCursor fetch && !fetch.move()
                            ? cursors.columns(fetch.name()) : null;
        };
    }

    private void checkNotAborted(Statement statement) {
        if (failed && !(statement instanceof TransactionControl tc && (tc.kind() == TransactionControl.Kind.COMMIT
                || tc.kind() == TransactionControl.Kind.ROLLBACK))
                && !(statement instanceof Savepoint sp && sp.kind() == Savepoint.Kind.ROLLBACK_TO)) {
            throw new PgException(SqlState.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction block");
        }
    }

    /**
     * Runs (or continues) a portal, timing it for pg_stat_statements and
     * log_min_duration_statement once it completes. @return true when suspended by the row limit
     */
    private boolean run(Portal portal, int maxRows, ResultSink sink) {
        long start = System.nanoTime();
        boolean suspended = runPortal(portal, maxRows, sink);
        portal.elapsedNanos += System.nanoTime() - start;
        if (!suspended && !portal.statement.isEmpty() && !portal.counted) {
            portal.counted = true;
            statementCompleted(portal);
        }
        return suspended;
    }

    /** Counts a completed statement in pg_stat_statements and logs it when it took long enough. */
    private void statementCompleted(Portal portal) {
        String text = portal.statement.parsed().text();
        boolean plannable = !(portal.statement.plan() instanceof UtilityPlan);
        long rows = rowCount(portal.commandTag);
        database.activity().statements().record(catalog.databaseOid(), sessionUserOid(),
                plannable ? normalizedText(text) : text, portal.elapsedNanos, rows);
        String logMin = settings.get("log_min_duration_statement");
        if (!logMin.equals("-1") && portal.elapsedNanos >= settings.millis("log_min_duration_statement") * 1_000_000L) {
            database.log().log(this, String.format(java.util.Locale.ROOT, "duration: %.3f ms  statement: %s",
                    portal.elapsedNanos / 1_000_000.0, text));
        }
    }

    /** The rows a command tag reports (SELECT 3, INSERT 0 3, COPY 3), 0 for tags without a count. */
    private static long rowCount(String tag) {
        if (tag == null) {
            return 0;
        }
        int space = tag.lastIndexOf(' ');
        if (space < 0) {
            return 0;
        }
        try {
            return Long.parseLong(tag.substring(space + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Normalised texts of the statements this session ran lately (prepared ones repeat). */
    private final Map<String, String> normalized = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 64;
        }
    };

    private String normalizedText(String text) {
        String n = normalized.get(text);
        if (n == null) {
            n = io.pglitedb.sql.parser.Parser.normalizeConstants(text);
            normalized.put(text, n);
        }
        return n;
    }

    /** pg_stat_statements.userid: the session user's OID (0 if it was dropped meanwhile). */
    private int sessionUserOid() {
        RoleDescriptor role = database.role(sessionUser());
        return role == null ? 0 : role.oid();
    }

    private boolean runPortal(Portal portal, int maxRows, ResultSink sink) {
        currentSink = sink;
        publishOutputSettings();
        PreparedStatement statement = portal.statement;
        if (statement.isEmpty()) {
            sink.emptyQuery();
            return false;
        }
        if (portal.finished) {
            // an Execute of a completed portal returns no more rows, as PostgreSQL does
            sink.complete(portal.commandTag);
            return false;
        }
        StatementPlan plan = statement.plan();
        if (plan instanceof UtilityPlan utility) {
            portal.commandTag = runUtility(utility.statement(), sink);
            portal.finished = true;
            sink.complete(portal.commandTag);
            return false;
        }
        if (!portal.started) {
            portal.started = true;
            beginStatement();
            ExecContext context = new ExecContext(transaction, portal.parameters, catalog, catalog.databaseOid())
                    .withSession(services).limitMemory(maxQueryMemory)
                    .workMem(Settings.kilobytes(settings.get("work_mem")) * 1024)
                    .hashMemMultiplier(Double.parseDouble(settings.get("hash_mem_multiplier")))
                    .parallelWorkers(parallelWorkers())
                    .mergeJoins(settings.get("enable_hashjoin").equals("off") && settings.get("enable_mergejoin").equals("on"));
            context.setSystemContext(this::systemContext);
            portal.context = context;
            running = context;
            PgException cancelledEarly = pendingCancel; // arrived between the timer's start and now
            if (cancelledEarly != null) {
                context.cancel(cancelledEarly);
            }
            refreshTimeouts();
            transaction.setSynchronousCommit(synchronousCommit);
            try {
                switch (plan) {
                    case QueryPlan query -> {
                        // Rows show values; other transactions release locks before their WAL
                        // sync (io.pglitedb.txn), so wait until what this snapshot sees is durable.
                        // Row counts of UPDATE/DELETE reveal no values and do not wait: only
                        // COMMIT does, which keeps hot-row updates from queueing behind fsync.
                        transaction.awaitReadsDurable();
                        if (query.root() instanceof io.pglitedb.sql.plan.ExplainOutput explain && explain.options().analyze()
                                && explain.modification() != null) { // EXPLAIN ANALYZE really modifies
                            characteristics.checkWritable(switch (explain.modification()) {
                                case InsertPlan i -> "INSERT";
                                case UpdatePlan u -> "UPDATE";
                                case LockingQueryPlan l -> "SELECT FOR " + l.strength();
                                default -> "DELETE";
                            });
                        }
                        portal.rows = Executor.open(query.root(), context);
                    }
                    case InsertPlan insert -> {
                        characteristics.checkWritable("INSERT");
                        portal.buffered = new ArrayList<>();
                        long n = DmlExecutor.insert(insert, context, portal.buffered::add);
                        activity.rowsInserted(n);
                        tableActivity(insert.table().oid()).inserted(n);
                        portal.commandTag = "INSERT 0 " + n;
                    }
                    case UpdatePlan update -> {
                        characteristics.checkWritable("UPDATE");
                        portal.buffered = new ArrayList<>();
                        long n = DmlExecutor.update(update, context, portal.buffered::add);
                        activity.rowsUpdated(n);
                        tableActivity(update.table().oid()).updated(n);
                        portal.commandTag = "UPDATE " + n;
                    }
                    case DeletePlan delete -> {
                        characteristics.checkWritable("DELETE");
                        portal.buffered = new ArrayList<>();
                        long n = DmlExecutor.delete(delete, context, portal.buffered::add);
                        activity.rowsDeleted(n);
                        tableActivity(delete.table().oid()).deleted(n);
                        portal.commandTag = "DELETE " + n;
                    }
                    case io.pglitedb.sql.plan.MergePlan merge -> {
                        characteristics.checkWritable("MERGE");
                        portal.buffered = new ArrayList<>();
                        long n = io.pglitedb.exec.MergeExecutor.merge(merge, context);
                        portal.commandTag = "MERGE " + n;
                    }
                    case LockingQueryPlan locking -> {
                        characteristics.checkWritable("SELECT FOR " + locking.strength());
                        transaction.awaitReadsDurable(); // as for queries
                        portal.rows = LockingQuery.open(locking, context);
                    }
                    case UtilityPlan u -> throw new IllegalStateException("handled above");
                }
                if (portal.rows == null) {
                    deferredConstraints.afterStatement(context); // deferrable constraints that are IMMEDIATE
                }
            } finally {
                running = null;
            }
        }
        if (portal.rows != null) {
            return streamQuery(portal, maxRows, sink);
        }
        List<Object[]> rows = portal.buffered;
        if (portal.bufferedNext == 0 && !rows.isEmpty()) {
            transaction.awaitReadsDurable(); // RETURNING shows values: as for queries above
        }
        int sent = 0;
        while (portal.bufferedNext < rows.size()) {
            if (maxRows > 0 && sent == maxRows) {
                return true;
            }
            sink.row(rows.get(portal.bufferedNext++));
            sent++;
        }
        portal.finished = true;
        finishStatement();
        sink.complete(portal.commandTag);
        return false;
    }

    private boolean streamQuery(Portal portal, int maxRows, ResultSink sink) {
        running = portal.context; // the context the portal's operators check for cancellation
        int sent = 0;
        try {
            while (maxRows <= 0 || sent < maxRows) {
                Object[] row = portal.rows.next();
                if (row == null) {
                    portal.close();
                    portal.finished = true;
                    // PostgreSQL 15 counts only the rows of this Execute
                    portal.commandTag = "SELECT " + sent;
                    finishStatement();
                    sink.complete(portal.commandTag);
                    return false;
                }
                sink.row(row);
                sent++;
            }
            return true;
        } finally {
            running = null;
            activity.rowsReturned(sent);
        }
    }

    private String runUtility(Statement statement, ResultSink sink) {
        if (statement instanceof TransactionControl control) {
            return transactionControl(control, sink);
        }
        if (statement instanceof Savepoint savepoint) {
            return savepoint(savepoint);
        }
        if (statement instanceof SetTransaction set) {
            return setTransaction(set, sink);
        }
        if (statement instanceof io.pglitedb.sql.ast.SetConstraints set) {
            return setConstraints(set, sink);
        }
        if (statement instanceof LockTable lock) {
            return lockTable(lock);
        }
        if (statement instanceof Prepare prepare) {
            return sqlPrepare(prepare);
        }
        if (statement instanceof io.pglitedb.sql.ast.Discard discard) {
            return discard(discard.kind());
        }
        if (statement instanceof Deallocate deallocate) {
            return sqlDeallocate(deallocate);
        }
        if (statement instanceof ExecutePrepared) {
            // bind() turns an EXECUTE into a portal of its statement; nothing else runs one here
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "EXECUTE is not supported here");
        }
        if (statement instanceof io.pglitedb.sql.ast.CursorStatement cursor) {
            return switch (cursor) {
                case io.pglitedb.sql.ast.DeclareCursor declare -> declareCursor(declare);
                case io.pglitedb.sql.ast.FetchCursor fetch -> cursors.fetch(fetch, sink);
                case io.pglitedb.sql.ast.CloseCursor close -> cursors.close(close.name());
            };
        }
        boolean transactional = UtilityCommands.isTransactional(statement);
        if (transactional) {
            beginStatement();
            String command = UtilityCommands.writeCommandName(statement);
            if (command != null) {
                characteristics.checkWritable(command);
            }
        }
        UtilityCommands commands = new UtilityCommands(this, settings, catalog, transaction, catalogView, sink);
        String tag = commands.run(statement);
        if (transactional) {
            finishStatement();
        }
        return tag;
    }

    /** DECLARE: plans the query and computes its rows now, in this transaction's snapshot. */
    private String declareCursor(io.pglitedb.sql.ast.DeclareCursor declare) {
        if (!declare.hold() && !explicitBlock) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                    "DECLARE CURSOR can only be used in transaction blocks");
        }
        cursors.checkNew(declare.name());
        PreparedStatement prepared = prepare(new ParsedStatement(declare.query(), declare.queryText()), null);
        if (!(prepared.plan() instanceof QueryPlan query)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DECLARE CURSOR ... FOR UPDATE/SHARE is not supported yet");
        }
        beginStatement();
        ExecContext context = new ExecContext(transaction, new Object[0], catalog, catalog.databaseOid())
                .withSession(services);
        context.setSystemContext(this::systemContext);
        running = context;
        List<Object[]> rows = new ArrayList<>();
        try {
            transaction.awaitReadsDurable();
            io.pglitedb.exec.RowIterator it = Executor.open(query.root(), context);
            try {
                Object[] row;
                while ((row = it.next()) != null) {
                    rows.add(row);
                }
            } finally {
                it.close();
            }
        } finally {
            running = null;
        }
        cursors.add(new SqlCursors.Cursor(declare.name(), query.columns(), rows, declare.hold(), declare.noScroll()));
        finishStatement();
        return "DECLARE CURSOR";
    }

    // ---------------------------------------------------------------- PREPARE / EXECUTE / DEALLOCATE

    /** What pg_prepared_statements shows beyond the statement itself. */
    private record PreparedInfo(String text, long prepareTime, boolean fromSql) {
    }

    private List<io.pglitedb.catalog.system.SystemContext.PreparedStatementRow> preparedRows() {
        List<io.pglitedb.catalog.system.SystemContext.PreparedStatementRow> rows = new ArrayList<>();
        preparedInfo.forEach((name, info) -> {
            PreparedStatement statement = statements.get(name);
            if (statement != null) {
                long[] types = statement.parameterTypes().stream().mapToLong(t -> t.type().oid()).toArray();
                rows.add(new io.pglitedb.catalog.system.SystemContext.PreparedStatementRow(name, info.text(),
                        info.prepareTime(), types, info.fromSql()));
            }
        });
        return rows;
    }

    /** PREPARE: the protocol-level Parse under a name, with the declared types; kept across ROLLBACK. */
    private String sqlPrepare(Prepare prepare) {
        if (statements.containsKey(prepare.name())) {
            throw new PgException(SqlState.DUPLICATE_PREPARED_STATEMENT, "prepared statement \"%s\" already exists",
                    prepare.name());
        }
        int[] declared = ExecuteArguments.declaredTypes(prepare.parameterTypes());
        PreparedStatement prepared = prepare(new ParsedStatement(prepare.statement(), prepare.statementText()),
                declared);
        statements.put(prepare.name(), prepared);
        preparedInfo.put(prepare.name(), new PreparedInfo(currentStatementText,
                io.pglitedb.types.TimestampType.now(-1), true));
        return "PREPARE";
    }

    /** EXECUTE: a portal over the named statement with the evaluated arguments as its parameters. */
    private Portal sqlExecute(ExecutePrepared execute) {
        PreparedStatement statement = statement(execute.name());
        statement = revalidate(execute.name(), statement);
        publishOutputSettings();
        AnalyzerContext context = new AnalyzerContext(catalogView(), new ParameterTypes(null), currentUser(),
                databaseName, new SlotAllocator(), sequences, searchPath(), sessionUser(), accessRequirements());
        Object[] values = ExecuteArguments.evaluate(context, execute.name(), execute.arguments(),
                statement.parameterTypes());
        return new Portal(statement, values, null);
    }

    /**
     * DISCARD: ALL is CLOSE ALL, SET SESSION AUTHORIZATION DEFAULT, RESET ALL, DEALLOCATE ALL,
     * pg_advisory_unlock_all(), DISCARD SEQUENCES and DISCARD TEMP, outside a transaction block;
     * PLANS has nothing to drop (plans are checked against the catalog before each use).
     */
    private String discard(io.pglitedb.sql.ast.Discard.Kind kind) {
        switch (kind) {
            case ALL -> {
                if (explicitBlock || multiStatement) {
                    throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                            "DISCARD ALL cannot run inside a transaction block");
                }
                cursors.closeAll();
                runUtility(new io.pglitedb.sql.ast.ResetVariable("session_authorization"), SchemaCommands.quiet());
                runUtility(new io.pglitedb.sql.ast.ResetVariable("all"), SchemaCommands.quiet());
                sqlDeallocate(new Deallocate(null));
                database.transactions().releaseAll(sessionLocks);
                sequences.discard();
                discardTemp();
            }
            case SEQUENCES -> sequences.discard();
            case TEMP -> discardTemp();
            case PLANS -> {
            }
        }
        return "DISCARD " + kind.name();
    }

    /** DISCARD TEMP: the session's temporary objects go, as at its end. */
    private void discardTemp() {
        if (!tempSchemaReady) {
            return;
        }
        onCommitActions.clear();
        runUtility(Parser.parse("DROP SCHEMA IF EXISTS " + tempSchema() + " CASCADE").get(0).statement(),
                SchemaCommands.quiet());
        tempSchemaReady = false;
    }

    private String sqlDeallocate(Deallocate deallocate) {
        if (deallocate.name() == null) {
            statements.keySet().removeIf(name -> !name.isEmpty());
            preparedInfo.clear();
            return "DEALLOCATE ALL";
        }
        statement(deallocate.name());
        statements.remove(deallocate.name());
        preparedInfo.remove(deallocate.name());
        return "DEALLOCATE";
    }

    /** Records a setting change so that ROLLBACK (or, for SET LOCAL, any transaction end) undoes it. */
    void settingChanged(String name, String previous, boolean local) {
        if (local || explicitBlock) {
            settingsUndo.add(new SettingUndo(name, previous, local));
        }
    }

    private record SettingUndo(String name, String previous, boolean local) {
    }

    /** A savepoint: its name, its level in the transaction, and what to return to. */
    private record SavepointFrame(String name, int level, CatalogView.Mark catalog, int settingsUndoSize,
            boolean readOnly) {
    }

    boolean inTransactionBlock() {
        return explicitBlock;
    }

    /**
     * True inside BEGIN ... COMMIT and in a query string of several statements: where PostgreSQL's
     * PreventInTransactionBlock refuses CREATE/DROP DATABASE.
     */
    boolean inAnyTransactionBlock() {
        return explicitBlock || multiStatement;
    }

    /** The open transaction, or null (any thread may ask). */
    Transaction currentTransaction() {
        return transaction;
    }

    Backend backend() {
        return backend;
    }

    Database database() {
        return database;
    }

    /**
     * Ends this session from another one (DROP DATABASE ... WITH (FORCE)): the running statement,
     * if any, fails with FATAL 57P01 and so does the next one; the door then closes the connection.
     */
    void terminate() {
        PgException reason = new PgException(SqlState.ADMIN_SHUTDOWN,
                "terminating connection due to administrator command").withSeverity("FATAL");
        terminated = true;
        cancelStatement(reason);
    }

    private void checkNotTerminated() {
        if (terminated) {
            throw new PgException(SqlState.ADMIN_SHUTDOWN, "terminating connection due to administrator command")
                    .withSeverity("FATAL");
        }
    }

    private String transactionControl(TransactionControl control, ResultSink sink) {
        switch (control.kind()) {
            case BEGIN, START -> {
                if (explicitBlock) {
                    sink.notice(new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                            "there is already a transaction in progress").withSeverity("WARNING"));
                }
                applyModes(control.modes());
                explicitBlock = true;
                return control.kind() == TransactionControl.Kind.START ? "START TRANSACTION" : "BEGIN";
            }
            case COMMIT, ROLLBACK -> {
                boolean commit = control.kind() == TransactionControl.Kind.COMMIT;
                if (!explicitBlock) {
                    if (control.chain()) {
                        throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                                "%s AND CHAIN can only be used in transaction blocks", commit ? "COMMIT" : "ROLLBACK");
                    }
                    sink.notice(new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                            "there is no transaction in progress").withSeverity("WARNING"));
                }
                TransactionCharacteristics chained = null;
                if (control.chain()) {
                    chained = new TransactionCharacteristics();
                    chained.copyFrom(characteristics);
                }
                boolean rolledBack = !commit || failed;
                explicitBlock = false;
                failed = false;
                if (rolledBack) {
                    rollback();
                } else {
                    commit();
                }
                if (chained != null) {
                    // AND CHAIN: a new block at once, with the same characteristics
                    explicitBlock = true;
                    characteristics.copyFrom(chained);
                    characteristicsSet = true;
                }
                return rolledBack ? "ROLLBACK" : "COMMIT";
            }
        }
        throw new IllegalStateException();
    }

    /**
     * BEGIN's modes, SET TRANSACTION, SET transaction_isolation ...: checked and applied to the
     * transaction in progress (one is started for the characteristics if none has yet).
     */
    private void applyModes(TransactionModes modes) {
        startCharacteristics();
        if (modes.isEmpty()) {
            return;
        }
        boolean firstSnapshotTaken = transaction != null && transaction.isFirstSnapshotTaken();
        characteristics.apply(modes, firstSnapshotTaken, !savepoints.isEmpty());
        if (transaction != null) {
            transaction.setIsolation(characteristics.isolation);
            transaction.setDeferrableReadOnly(characteristics.readOnly && characteristics.deferrable);
        }
    }

    private void startCharacteristics() {
        if (!characteristicsSet) {
            characteristics.reset(settings);
            characteristicsSet = true;
        }
    }

    /**
     * SET CONSTRAINTS: names are looked up as PostgreSQL does (a qualified name in its schema,
     * else in the first schema of the search path that has a constraint of that name; every
     * constraint of that name there is affected); IMMEDIATE runs their queued checks at once.
     */
    private String setConstraints(io.pglitedb.sql.ast.SetConstraints set, ResultSink sink) {
        if (!explicitBlock && !multiStatement) {
            sink.notice(new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                    "SET CONSTRAINTS can only be used in transaction blocks").withSeverity("WARNING"));
        }
        CatalogView view = catalogView();
        List<Object[]> found = new ArrayList<>(); // {table oid, constraint name}
        for (io.pglitedb.sql.ast.QualifiedName name : set.names()) {
            List<String> schemas = name.schema() != null ? List.of(searchPath().resolveSchema(name.schema()))
                    : searchPath().lookupOrder(view);
            boolean any = false;
            for (String schema : schemas) {
                for (TableDescriptor table : view.tables()) {
                    if (!table.schema().equals(schema)) {
                        continue;
                    }
                    Boolean deferrable = constraintDeferrable(table, name.name());
                    if (deferrable == null) {
                        continue;
                    }
                    if (!deferrable) {
                        throw new PgException(SqlState.WRONG_OBJECT_TYPE, "constraint \"%s\" is not deferrable",
                                name.name());
                    }
                    found.add(new Object[] {table.oid(), name.name()});
                    any = true;
                }
                if (any) {
                    break;
                }
            }
            if (!any) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"%s\" does not exist", name.name());
            }
        }
        if (!explicitBlock && !multiStatement) {
            return "SET CONSTRAINTS";
        }
        if (set.names().isEmpty()) {
            deferredConstraints.setAll(set.deferred());
        } else {
            for (Object[] c : found) {
                deferredConstraints.set((Integer) c[0], (String) c[1], set.deferred());
            }
        }
        if (!set.deferred() && transaction != null) {
            deferredConstraints.afterSetImmediate(statementContext(new Object[0]));
        }
        return "SET CONSTRAINTS";
    }

    /** Whether the table's constraint of this name is deferrable; null when it has none of that name. */
    private static Boolean constraintDeferrable(TableDescriptor table, String name) {
        if (name.equals(table.primaryKeyName())) {
            return false;
        }
        for (io.pglitedb.catalog.IndexDescriptor index : table.indexes()) {
            if (index.constraint() && index.name().equals(name)) {
                return index.deferrable();
            }
        }
        for (io.pglitedb.catalog.ForeignKey fk : table.foreignKeys()) {
            if (fk.name().equals(name)) {
                return fk.deferrable();
            }
        }
        for (io.pglitedb.catalog.CheckConstraint check : table.checks()) {
            if (check.name().equals(name)) {
                return false;
            }
        }
        return null;
    }

    private String setTransaction(SetTransaction set, ResultSink sink) {
        TransactionModes modes = set.modes();
        if (set.sessionDefaults()) {
            if (modes.isolation() != null) {
                TransactionCharacteristics.supported(modes.isolation());
                setDefault("default_transaction_isolation", modes.isolation());
            }
            if (modes.readOnly() != null) {
                setDefault("default_transaction_read_only", modes.readOnly() ? "on" : "off");
            }
            if (modes.deferrable() != null) {
                setDefault("default_transaction_deferrable", modes.deferrable() ? "on" : "off");
            }
            return "SET";
        }
        if (!explicitBlock && !multiStatement) {
            TransactionCharacteristics.supported(modes.isolation() == null ? "read committed" : modes.isolation());
            sink.notice(new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                    "SET TRANSACTION can only be used in transaction blocks").withSeverity("WARNING"));
            return "SET";
        }
        applyModes(modes);
        return "SET";
    }

    /** LOCK TABLE: PostgreSQL's table lock modes, held until the transaction ends. */
    private String lockTable(LockTable lock) {
        if (!explicitBlock && !multiStatement) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION, "LOCK TABLE can only be used in transaction blocks");
        }
        LockMode mode = LockMode.valueOf(lock.mode().replace(' ', '_'));
        if (transaction == null) {
            openTransaction();
        }
        List<TableDescriptor> tables = new ArrayList<>(lock.tables().size());
        for (QualifiedName name : lock.tables()) {
            TableDescriptor table = catalogView.table(UtilityCommands.schemaOf(catalogView, searchPath(), name), name.name());
            if (table == null) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name.name())
                        .withPosition(name.position() + 1);
            }
            // LockTableAclCheck: ACCESS SHARE needs SELECT, ROW EXCLUSIVE a write privilege, others more
            int needed = mode == LockMode.ACCESS_SHARE ? io.pglitedb.catalog.Privileges.SELECT
                    : mode == LockMode.ROW_EXCLUSIVE ? io.pglitedb.catalog.Privileges.INSERT
                            | io.pglitedb.catalog.Privileges.UPDATE | io.pglitedb.catalog.Privileges.DELETE
                            | io.pglitedb.catalog.Privileges.TRUNCATE
                    : io.pglitedb.catalog.Privileges.UPDATE | io.pglitedb.catalog.Privileges.DELETE
                            | io.pglitedb.catalog.Privileges.TRUNCATE;
            Authorization auth = new Authorization(catalogView);
            if ((auth.objectPrivileges(auth.tableAcl(table.oid()), currentRoleOid(catalogView), needed) & needed) == 0) {
                throw Authorization.deniedForTable(table.name());
            }
            tables.add(table);
        }
        // any mode is allowed in a READ ONLY transaction (PostgreSQL restricts only hot standbys)
        refreshTimeouts();
        transaction.setLockTimeout(lockTimeout);
        transaction.setDeadlockTimeout(deadlockTimeout);
        for (TableDescriptor table : tables) {
            if (!transaction.lockTable(catalog.databaseOid(), table.oid(), mode,
                    lock.nowait() ? WaitPolicy.NOWAIT : WaitPolicy.BLOCK)) {
                throw new PgException(SqlState.LOCK_NOT_AVAILABLE, "could not obtain lock on relation \"%s\"",
                        table.name());
            }
        }
        return "LOCK TABLE";
    }

    private void setDefault(String name, String value) {
        String previous = settings.set(name, List.of(value));
        settingChanged(name, previous, false);
    }

    /** SET / RESET of transaction_isolation, transaction_read_only, transaction_deferrable. */
    void setTransactionSetting(String canonicalName, String value) {
        TransactionModes modes = TransactionCharacteristics.modesFor(canonicalName, value, settings);
        if (modes.isolation() != null) {
            TransactionCharacteristics.supported(modes.isolation());
        }
        if (explicitBlock || multiStatement) {
            applyModes(modes);
        }
        // otherwise the statement's own transaction ends with it: nothing changes, as in PostgreSQL
    }

    /** What SHOW prints for a per-transaction setting: this transaction's, else the defaults. */
    String showTransactionSetting(String canonicalName) {
        if (characteristicsSet) {
            return characteristics.show(canonicalName);
        }
        TransactionCharacteristics defaults = new TransactionCharacteristics();
        defaults.reset(settings);
        return defaults.show(canonicalName);
    }

    private String savepoint(Savepoint command) {
        if (!explicitBlock) {
            String what = switch (command.kind()) {
                case DEFINE -> "SAVEPOINT";
                case RELEASE -> "RELEASE SAVEPOINT";
                case ROLLBACK_TO -> "ROLLBACK TO SAVEPOINT";
            };
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION, "%s can only be used in transaction blocks", what);
        }
        switch (command.kind()) {
            case DEFINE -> {
                if (transaction == null) {
                    openTransaction();
                }
                int level = transaction.setSavepoint();
                savepoints.add(new SavepointFrame(command.name(), level, catalogView.mark(), settingsUndo.size(),
                        characteristics.readOnly));
                return "SAVEPOINT";
            }
            case RELEASE -> {
                int index = findSavepoint(command.name());
                transaction.releaseSavepoint(savepoints.get(index).level());
                characteristics.readOnly = savepoints.get(index).readOnly();
                savepoints.subList(index, savepoints.size()).clear();
                return "RELEASE";
            }
            case ROLLBACK_TO -> {
                rollbackToSavepoint(findSavepoint(command.name()));
                failed = false;
                return "ROLLBACK";
            }
        }
        throw new IllegalStateException();
    }

    private int findSavepoint(String name) {
        for (int i = savepoints.size() - 1; i >= 0; i--) {
            if (savepoints.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new PgException(SqlState.INVALID_SAVEPOINT_SPECIFICATION, "savepoint \"%s\" does not exist", name);
    }

    /**
     * Undoes everything since savepoint {@code index} (writes, row locks taken since, catalog
     * changes, settings) and drops the newer savepoints; that savepoint itself stays.
     */
    private void rollbackToSavepoint(int index) {
        SavepointFrame frame = savepoints.get(index);
        savepoints.subList(index + 1, savepoints.size()).clear();
        closeAllPortals();
        transaction.rollbackToSavepoint(frame.level());
        catalogView.rollbackTo(frame.catalog());
        undoSettings(frame.settingsUndoSize(), false);
        characteristics.readOnly = frame.readOnly();
    }

    /**
     * Starts the transaction if none is open (its first snapshot is this statement's), else
     * lets it take the next statement's snapshot (READ COMMITTED) or keep its own.
     */
    private void beginStatement() {
        if (transaction == null) {
            openTransaction();
            transaction.beginFirstStatement();
        } else {
            transaction.beginStatement();
            refreshTimeouts();
            transaction.setLockTimeout(lockTimeout);
            transaction.setDeadlockTimeout(deadlockTimeout);
        }
    }

    /** Opens the transaction with this session's characteristics; no statement has run in it yet. */
    private void openTransaction() {
        startCharacteristics();
        Transaction txn = database.transactions().begin(backend);
        txn.setIsolation(characteristics.isolation);
        txn.setDeferrableReadOnly(characteristics.readOnly && characteristics.deferrable);
        refreshTimeouts();
        txn.setLockTimeout(lockTimeout);
        txn.setDeadlockTimeout(deadlockTimeout);
        transaction = txn;
        catalogView = spareView != null ? spareView : new CatalogView(catalog);
        spareView = null;
    }

    /**
     * Keeps a view that {@link CatalogView#publish()} or {@link CatalogView#discard()} has emptied for
     * the next transaction: building one per transaction was a tenth of a point lookup's CPU time.
     */
    private void recycle(CatalogView view) {
        if (!view.hasChanges()) {
            spareView = view;
        }
    }

    /** Commits right away unless the statement belongs to a block (explicit or implicit). */
    private void finishStatement() {
        if (transaction != null && !deferredConstraints.isEmpty()) {
            deferredConstraints.afterStatement(statementContext(new Object[0]));
        }
        if (!explicitBlock && !implicitBlock) {
            commit();
        }
    }

    private void commit() {
        Transaction txn = transaction;
        CatalogView view = catalogView;
        transaction = null;
        catalogView = null;
        closeAllPortals();
        cursors.transactionEnded(true);
        savepoints.clear();
        characteristicsSet = false;
        refreshTimeouts();
        boolean synchronous = synchronousCommit; // as SET LOCAL left it, before undoSettings
        undoSettings(0, true);
        if (txn == null) {
            return;
        }
        try {
            if (!deferredConstraints.isEmpty()) {
                ExecContext context = new ExecContext(txn, new Object[0], catalog, catalog.databaseOid())
                        .withSession(services);
                context.setSystemContext(this::systemContext);
                deferredConstraints.beforeCommit(context);
                deferredConstraints.reset();
            }
            runOnCommitActions(txn, view);
            txn.setSynchronousCommit(synchronous);
            txn.commit();
        } catch (RuntimeException e) {
            deferredConstraints.reset();
            txn.rollback();
            activity.rolledBack();
            view.discard();
            throw e;
        }
        activity.committed();
        view.publish();
        recycle(view);
    }

    private void rollback() {
        deferredConstraints.reset();
        Transaction txn = transaction;
        CatalogView view = catalogView;
        transaction = null;
        catalogView = null;
        closeAllPortals();
        cursors.transactionEnded(false);
        savepoints.clear();
        characteristicsSet = false;
        undoSettings(0, false);
        if (view != null) {
            view.discard();
            recycle(view);
        }
        if (txn != null) {
            txn.rollback();
            activity.rolledBack();
        }
    }

    /**
     * Undoes the setting changes from position {@code from} on, newest first, and forgets them;
     * {@code onlyLocal} (commit) restores only SET LOCAL values and keeps the others.
     */
    private void undoSettings(int from, boolean onlyLocal) {
        for (int i = settingsUndo.size() - 1; i >= from; i--) {
            SettingUndo undo = settingsUndo.remove(i);
            if (!onlyLocal || undo.local()) {
                settings.restore(undo.name(), undo.previous());
            }
        }
    }

    private void closeAllPortals() {
        for (Portal portal : portals.values()) {
            portal.close();
        }
        portals.clear();
    }

    /**
     * After an error: inside a block the transaction is rolled back now (its locks released) and
     * the block waits in FAILED state for COMMIT/ROLLBACK; otherwise it is simply rolled back.
     */
    private PgException fail(RuntimeException e) {
        PgException error = e instanceof PgException pg ? pg : PgException.internal(e);
        running = null;
        boolean inBlock = explicitBlock;
        if (inBlock && !savepoints.isEmpty() && transaction != null && !transaction.isFinished()) {
            // an error inside a savepoint aborts only that subtransaction (its writes and locks);
            // the block stays FAILED until ROLLBACK TO a savepoint or ROLLBACK
            try {
                rollbackToSavepoint(savepoints.size() - 1);
                failed = true;
                return error;
            } catch (RuntimeException again) {
                // the store failed too: abort the whole transaction below
            }
        }
        rollback();
        if (inBlock) {
            explicitBlock = true;
            failed = true;
        }
        return error;
    }

}
