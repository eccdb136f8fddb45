package io.pglitedb.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.postgresql.PGConnection;

/**
 * One session of an isolation scenario: a pgJDBC connection in autocommit (transactions via
 * BEGIN/COMMIT) driven by a thread of its own, like a session of PostgreSQL's isolation tester.
 * {@link #run} starts a statement and returns once it has finished or is observably waiting
 * for a lock; {@link Step#result()} then gives its outcome as text:
 * <ul>
 * <li>a query: its rows, {@code "1|a, 2|b"} (columns joined by |, rows by ", "), or
 * {@code "(no rows)"};</li>
 * <li>anything else: {@code "count N"} (the update count; 0 for BEGIN, SET ...);</li>
 * <li>an error: {@code "ERROR <sqlstate>: <message>"}.</li>
 * </ul>
 */
final class TestSession implements AutoCloseable {
    private static final long STEP_TIMEOUT_SECONDS = 60;

    final String name;
    private final Connection connection;
    private final IsolationServer server;
    private final int pid;
    private final ExecutorService thread;
    /** DETAIL of the last error this session got, or null. */
    volatile String lastErrorDetail;

    TestSession(String name, Connection connection, IsolationServer server) throws SQLException {
        this.name = name;
        this.connection = connection;
        this.server = server;
        this.pid = connection.unwrap(PGConnection.class).getBackendPID();
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "isolation-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    int pid() {
        return pid;
    }

    Connection connection() {
        return connection;
    }

    /** Starts {@code sql}; returns when it has finished or waits for a lock. */
    Step run(String sql) {
        Future<String> future = thread.submit(() -> execute(sql));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_TIMEOUT_SECONDS);
        while (!future.isDone()) {
            if (server.isWaitingForLock(pid)) {
                return new Step(this, sql, future, true);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + ": neither finished nor blocked: " + sql);
            }
            LockSupport.parkNanos(200_000);
        }
        return new Step(this, sql, future, false);
    }

    /** Runs {@code sql}, which must not block, and returns its outcome. */
    String exec(String sql) {
        Step step = run(sql);
        assertThat(step.blocked()).as("%s blocked on: %s", name, sql).isFalse();
        return step.result();
    }

    private String execute(String sql) {
        lastErrorDetail = null;
        try (Statement s = connection.createStatement()) {
            boolean isQuery = s.execute(sql);
            if (!isQuery) {
                return "count " + Math.max(0, s.getUpdateCount());
            }
            try (ResultSet rs = s.getResultSet()) {
                int columns = rs.getMetaData().getColumnCount();
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        if (i > 1) {
                            row.append('|');
                        }
                        row.append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
                return rows.isEmpty() ? "(no rows)" : String.join(", ", rows);
            }
        } catch (SQLException e) {
            lastErrorDetail = e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                    ? p.getServerErrorMessage().getDetail() : null;
            return "ERROR " + e.getSQLState() + ": " + serverMessage(e);
        }
    }

    private static String serverMessage(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getMessage();
        }
        return e.getMessage();
    }

    /** True while this session waits for a lock. */
    boolean isWaitingForLock() {
        return server.isWaitingForLock(pid);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            connection.close();
        } catch (SQLException e) {
            // closing is best effort
        }
    }

    /** A started statement: finished, or blocked until something else happens. */
    record Step(TestSession session, String sql, Future<String> future, boolean blocked) {
        /** The outcome; for a blocked step, waits until it finishes. */
        String result() {
            try {
                return future.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError(session.name + ": still blocked: " + sql);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } catch (ExecutionException e) {
                throw new AssertionError(e.getCause());
            }
        }

        /** True once the statement has finished (a blocked step was released). */
        boolean isDone() {
            return future.isDone();
        }

        /** Still waiting for the lock right now (not finished). */
        boolean stillBlocked() {
            return !future.isDone() && session.isWaitingForLock();
        }
    }
}
