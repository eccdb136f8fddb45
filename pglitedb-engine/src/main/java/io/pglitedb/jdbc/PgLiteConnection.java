package io.pglitedb.jdbc;

import io.pglitedb.error.PgException;
import io.pglitedb.session.Database;
import io.pglitedb.session.Session;
import io.pglitedb.session.TransactionStatus;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An embedded connection: one engine {@link Session} driven in-process, no socket. Its behaviour
 * follows pgJDBC's: with autocommit off a BEGIN is issued before the first statement of each
 * transaction; commit/rollback issue COMMIT/ROLLBACK when a transaction is open; isolation levels
 * and read-only are set with the same SQL pgJDBC sends, so the engine decides what it supports.
 *
 * <p>Extras beyond JDBC: {@link #database()} (e.g. to start the wire server on the same engine)
 * and {@link #url()}; reach them with {@code connection.unwrap(PgLiteConnection.class)}.
 *
 * <p>Thread safety: calls on one connection are serialised by a lock; {@link Statement#cancel()}
 * and query timeouts go around it through the engine's cancel mechanism.
 */
public final class PgLiteConnection implements Connection {
    private final JdbcUrl url;
    private final DatabaseRegistry.Entry entry;
    private final Session session;
    /** Serialises use of the session: one connection is one session, not thread-safe. */
    final ReentrantLock lock = new ReentrantLock();
    private boolean autoCommit = true;
    private boolean readOnly;
    private volatile boolean closed;
    private SQLWarning warnings;
    private int statementCounter;
    private int portalCounter;
    private Map<String, Class<?>> typeMap = new HashMap<>();
    private final Properties clientInfo = new Properties();
    /** Execution currently allowed to be cancelled (0 = none); see {@link #cancel(long)}. */
    private long runningExecution;
    private long nextExecution = 1;

    PgLiteConnection(JdbcUrl url, DatabaseRegistry.Entry entry) throws SQLException {
        this.url = url;
        this.entry = entry;
        Map<String, String> startup = new LinkedHashMap<>();
        startup.put("user", url.user() == null || url.user().isEmpty() ? "postgres" : url.user());
        startup.put("database", url.database() == null || url.database().isEmpty() ? "postgres" : url.database());
        startup.put("client_encoding", "UTF8");
        startup.put("DateStyle", "ISO");
        // pgJDBC sends the JVM's zone; the same here (the engine prints timestamptz in UTC for now)
        startup.put("TimeZone", java.util.TimeZone.getDefault().getID());
        startup.put("application_name", "PGLiteDB JDBC Driver");
        startup.putAll(url.settings());
        try {
            this.session = entry.database().openSession(startup);
        } catch (PgException e) {
            throw new PgLiteSQLException(e);
        }
    }

    // ------------------------------------------------------------------ extras

    /** The engine this connection talks to (shared by every connection to the same URL). */
    public Database database() {
        return entry.database();
    }

    /** The URL this connection was opened with. */
    public String url() {
        return url.url();
    }

    /** The engine session's process id (what pg_backend_pid() would return). */
    public int backendPid() {
        return session.processId();
    }

    // ------------------------------------------------------------------ for statements

    Session session() {
        return session;
    }

    void checkClosed() throws SQLException {
        if (closed) {
            throw new PgLiteSQLException("This connection has been closed.", "08003");
        }
    }

    /** pgJDBC: with autocommit off, BEGIN before the first statement of a transaction. Holds the lock. */
    void beginIfNeeded() throws SQLException {
        if (!autoCommit && session.transactionStatus() == TransactionStatus.IDLE) {
            runControl(readOnly ? "BEGIN READ ONLY" : "BEGIN");
        }
    }

    /** Runs a statement the driver issues itself; results are ignored, notices kept. Holds the lock. */
    void runControl(String sql) throws SQLException {
        try {
            session.simpleQuery(sql, new ResultCollector(this::addWarning, 0));
        } catch (PgException e) {
            throw new PgLiteSQLException(e);
        } catch (RuntimeException e) {
            throw PgLiteSQLException.of(e);
        }
    }

    /** Runs a one-row, one-column query the driver issues itself; returns the value as text. */
    private String queryText(String sql) throws SQLException {
        lock.lock();
        try {
            checkClosed();
            ResultCollector collector = new ResultCollector(this::addWarning, 0);
            try {
                session.simpleQuery(sql, collector);
            } catch (RuntimeException e) {
                throw PgLiteSQLException.of(e);
            }
            StatementResult result = collector.results.get(collector.results.size() - 1);
            if (result.rows().isEmpty() || result.rows().get(0)[0] == null) {
                return null;
            }
            var column = result.columns().get(0).type();
            return column.type().toText(result.rows().get(0)[0], column.typmod());
        } finally {
            lock.unlock();
        }
    }

    void addWarning(SQLWarning warning) {
        if (warnings == null) {
            warnings = warning;
        } else {
            warnings.setNextWarning(warning);
        }
    }

    /** The type setString declares: varchar, or unspecified with pgJDBC's stringtype=unspecified. */
    int stringTypeOid() {
        return url.stringTypeUnspecified() ? JdbcTypes.UNSPECIFIED : JdbcTypes.VARCHAR;
    }

    String nextStatementName() {
        return "S_" + (++statementCounter);
    }

    String nextPortalName() {
        return "C_" + (++portalCounter);
    }

    /** Marks the start of an execution that a timeout or cancel() may stop. */
    synchronized long executionStarted() {
        runningExecution = nextExecution++;
        return runningExecution;
    }

    synchronized void executionFinished() {
        runningExecution = 0;
    }

    /** Cancels the running statement if it is still execution {@code id} (0 = whatever runs). */
    synchronized void cancel(long id) {
        if (runningExecution != 0 && (id == 0 || id == runningExecution)) {
            entry.database().cancel(session.processId(), session.secretKey());
        }
    }

    TransactionStatus transactionStatus() {
        return session.transactionStatus();
    }

    // ------------------------------------------------------------------ statements

    @Override
    public Statement createStatement() throws SQLException {
        return createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        return createStatement(resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        checkClosed();
        checkResultSetKind(resultSetType, resultSetConcurrency);
        return new PgLiteStatement(this);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        return prepareStatement(sql, resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
            int resultSetHoldability) throws SQLException {
        checkClosed();
        checkResultSetKind(resultSetType, resultSetConcurrency);
        return new PgLitePreparedStatement(this, sql, null);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        checkClosed();
        if (autoGeneratedKeys == Statement.RETURN_GENERATED_KEYS) {
            return new PgLitePreparedStatement(this, sql, new String[] {"*"});
        }
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        if (columnIndexes != null && columnIndexes.length == 0) {
            return prepareStatement(sql);
        }
        throw new PgLiteSQLException("Returning autogenerated keys by column index is not supported.", "0A000");
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        checkClosed();
        if (columnNames == null || columnNames.length == 0) {
            return prepareStatement(sql);
        }
        return new PgLitePreparedStatement(this, sql, columnNames);
    }

    private static void checkResultSetKind(int type, int concurrency) throws SQLException {
        if (type != ResultSet.TYPE_FORWARD_ONLY) {
            throw new SQLFeatureNotSupportedException("only forward-only result sets are supported", "0A000");
        }
        if (concurrency != ResultSet.CONCUR_READ_ONLY) {
            throw new SQLFeatureNotSupportedException("updatable result sets are not supported", "0A000");
        }
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        throw new SQLFeatureNotSupportedException("CallableStatement is not supported yet (no functions or procedures)",
                "0A000");
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        return prepareCall(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
            int resultSetHoldability) throws SQLException {
        return prepareCall(sql);
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkClosed();
        return Placeholders.toNative(sql).sql();
    }

    // ------------------------------------------------------------------ transactions

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        lock.lock();
        try {
            checkClosed();
            if (this.autoCommit == autoCommit) {
                return;
            }
            if (!this.autoCommit) {
                commitLocked();
            }
            this.autoCommit = autoCommit;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkClosed();
        return autoCommit;
    }

    @Override
    public void commit() throws SQLException {
        lock.lock();
        try {
            checkClosed();
            if (autoCommit) {
                throw new PgLiteSQLException("Cannot commit when autoCommit is enabled.", "25P01");
            }
            commitLocked();
        } finally {
            lock.unlock();
        }
    }

    private void commitLocked() throws SQLException {
        if (session.transactionStatus() != TransactionStatus.IDLE) {
            runControl("COMMIT");
        }
    }

    @Override
    public void rollback() throws SQLException {
        lock.lock();
        try {
            checkClosed();
            if (autoCommit) {
                throw new PgLiteSQLException("Cannot rollback when autoCommit is enabled.", "25P01");
            }
            if (session.transactionStatus() != TransactionStatus.IDLE) {
                runControl("ROLLBACK");
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkClosed();
        if (session.transactionStatus() != TransactionStatus.IDLE) {
            throw new PgLiteSQLException("Cannot change transaction read-only property in the middle of a transaction.",
                    "25001");
        }
        this.readOnly = readOnly;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkClosed();
        return readOnly;
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        lock.lock();
        try {
            checkClosed();
            if (session.transactionStatus() != TransactionStatus.IDLE) {
                throw new PgLiteSQLException("Cannot change transaction isolation level in the middle of a transaction.",
                        "25001");
            }
            String name = switch (level) {
                case TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
                case TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
                case TRANSACTION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
                case TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
                default -> null;
            };
            if (name == null) {
                throw new PgLiteSQLException("Transaction isolation level " + level + " not supported.", "0A000");
            }
            runControl("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL " + name);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        String level = queryText("SHOW TRANSACTION ISOLATION LEVEL");
        if (level == null) {
            return TRANSACTION_READ_COMMITTED;
        }
        return switch (level.toUpperCase(Locale.ROOT)) {
            case "READ UNCOMMITTED" -> TRANSACTION_READ_UNCOMMITTED;
            case "REPEATABLE READ" -> TRANSACTION_REPEATABLE_READ;
            case "SERIALIZABLE" -> TRANSACTION_SERIALIZABLE;
            default -> TRANSACTION_READ_COMMITTED;
        };
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        return savepoint(null);
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        return savepoint(name);
    }

    private Savepoint savepoint(String name) throws SQLException {
        lock.lock();
        try {
            checkClosed();
            if (autoCommit) {
                throw new PgLiteSQLException("Cannot establish a savepoint in auto-commit mode.", "25P01");
            }
            PgLiteSavepoint savepoint = new PgLiteSavepoint(++statementCounter, name);
            beginIfNeeded();
            runControl("SAVEPOINT " + savepoint.sqlName());
            return savepoint;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        lock.lock();
        try {
            checkClosed();
            runControl("ROLLBACK TO SAVEPOINT " + ((PgLiteSavepoint) savepoint).sqlName());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        lock.lock();
        try {
            checkClosed();
            runControl("RELEASE SAVEPOINT " + ((PgLiteSavepoint) savepoint).sqlName());
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ lifecycle

    /** Rolls back what is open, ends the session and releases the database (closing it if last). */
    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                session.close();
            } finally {
                DatabaseRegistry.INSTANCE.release(entry);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw new PgLiteSQLException("Invalid timeout (" + timeout + "<0).", "22023");
        }
        if (closed || entry.database().isClosed()) {
            return false;
        }
        lock.lock();
        try {
            session.simpleQuery("", new ResultCollector(this::addWarning, 0));
            return true;
        } catch (PgException e) {
            return e.state() == io.pglitedb.error.SqlState.IN_FAILED_SQL_TRANSACTION;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw new SQLException("executor is null");
        }
        cancel(0);
        executor.execute(() -> {
            try {
                close();
            } catch (SQLException ignored) {
                // aborting: nothing to report to
            }
        });
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkClosed();
        return new PgLiteDatabaseMetaData(this);
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkClosed();
        return warnings;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkClosed();
        warnings = null;
    }

    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkClosed(); // no-op, as in pgJDBC
    }

    @Override
    public String getCatalog() throws SQLException {
        checkClosed();
        return session.databaseName();
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        lock.lock();
        try {
            checkClosed();
            if (schema == null) {
                runControl("SET SESSION search_path TO DEFAULT");
            } else {
                runControl("SET SESSION search_path TO '" + schema.replace("'", "''") + "'");
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String getSchema() throws SQLException {
        return queryText("select current_schema()");
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkClosed();
        return typeMap;
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkClosed();
        typeMap = map;
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkClosed();
        if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT && holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
            throw new PgLiteSQLException("Unknown ResultSet holdability setting: " + holdability + ".", "22023");
        }
    }

    @Override
    public int getHoldability() throws SQLException {
        checkClosed();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if ("ApplicationName".equals(name)) {
            lock.lock();
            try {
                runControl("SET application_name = '" + (value == null ? "" : value.replace("'", "''")) + "'");
            } catch (SQLException e) {
                throw new SQLClientInfoException(e.getMessage(), e.getSQLState(), Collections.emptyMap(), e);
            } finally {
                lock.unlock();
            }
            clientInfo.setProperty(name, value == null ? "" : value);
        } else {
            addWarning(new SQLWarning("ClientInfo property not supported."));
        }
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        for (String name : properties.stringPropertyNames()) {
            setClientInfo(name, properties.getProperty(name));
        }
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        checkClosed();
        return clientInfo.getProperty(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkClosed();
        return (Properties) clientInfo.clone();
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkClosed(); // no network
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkClosed();
        return 0;
    }

    @Override
    public Clob createClob() throws SQLException {
        throw new SQLFeatureNotSupportedException("Clob is not supported", "0A000");
    }

    @Override
    public Blob createBlob() throws SQLException {
        throw new SQLFeatureNotSupportedException("Blob is not supported", "0A000");
    }

    @Override
    public NClob createNClob() throws SQLException {
        throw new SQLFeatureNotSupportedException("NClob is not supported", "0A000");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        throw new SQLFeatureNotSupportedException("SQLXML is not supported", "0A000");
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        checkClosed();
        return PgLiteArray.create(typeName, elements);
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        throw new SQLFeatureNotSupportedException("Struct is not supported", "0A000");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        if (iface == Database.class) {
            return iface.cast(entry.database());
        }
        throw new SQLException("Cannot unwrap to " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this) || iface == Database.class;
    }

    @Override
    public String toString() {
        return "PgLiteConnection[" + url.url() + ", pid " + session.processId() + "]";
    }
}
