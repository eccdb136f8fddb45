package io.pglitedb.http;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.Session;
import io.pglitedb.session.TransactionStatus;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Transactions that span several HTTP requests. Each holds its own {@link Session} (in a BEGIN
 * block) under a random, unguessable id; only the role that began it can use it (others get 404,
 * as if it did not exist). One request uses a transaction at a time: a second one waits up to the
 * statement timeout, then gets 409. A transaction idle for longer than its timeout is rolled back
 * by a sweeper (its session closed), and so is every open one when the door closes. A COMMIT or
 * ROLLBACK sent as SQL inside it ends it too.
 */
final class HttpTransactions implements AutoCloseable {
    static final int MAX_OPEN = 1000;

    static final class Entry {
        final String id;
        final Session session;
        final String user;
        final String database;
        final long timeoutMillis;
        final ReentrantLock lock = new ReentrantLock();
        volatile long deadlineNanos;
        /** Guarded by lock. */
        boolean ended;

        Entry(String id, Session session, String user, String database, long timeoutMillis) {
            this.id = id;
            this.session = session;
            this.user = user;
            this.database = database;
            this.timeoutMillis = timeoutMillis;
            touch();
        }

        void touch() {
            deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        }
    }

    private final Map<String, Entry> open = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("pglitedb-http-transactions").daemon(true).factory());
    private final long waitMillis;

    HttpTransactions(long waitMillis) {
        this.waitMillis = waitMillis;
        sweeper.scheduleWithFixedDelay(this::sweep, 200, 200, TimeUnit.MILLISECONDS);
    }

    /** Registers a session that has just run BEGIN. */
    Entry register(Session session, String user, String database, long timeoutMillis) {
        if (open.size() >= MAX_OPEN) {
            session.close();
            throw new HttpFailure(503, new PgException(SqlState.TOO_MANY_CONNECTIONS,
                    "too many open HTTP transactions (%d)", MAX_OPEN));
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Entry entry = new Entry(id, session, user, database, timeoutMillis);
        open.put(id, entry);
        return entry;
    }

    /** The database of the transaction with this id (to authenticate against), or {@code fallback}. */
    String databaseOf(String id, String fallback) {
        Entry entry = open.get(id);
        return entry == null ? fallback : entry.database;
    }

    /**
     * The transaction with this id, locked for the calling request; {@link #release} it after.
     *
     * @throws HttpFailure 404 when it does not exist (or belongs to another role), 409 when busy
     */
    Entry acquire(String id, String user) {
        Entry entry = id == null ? null : open.get(id);
        if (entry == null || !entry.user.equals(user)) {
            throw missing(id);
        }
        boolean locked;
        try {
            locked = entry.lock.tryLock(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            throw new HttpFailure(409, new PgException(SqlState.OBJECT_IN_USE,
                    "transaction \"%s\" is busy with another request", id));
        }
        if (entry.ended) {
            entry.lock.unlock();
            throw missing(id);
        }
        return entry;
    }

    /** The request is done with the transaction; it ends here if SQL committed or rolled it back. */
    void release(Entry entry) {
        try {
            if (!entry.ended && entry.session.transactionStatus() == TransactionStatus.IDLE) {
                end(entry);
            } else {
                entry.touch();
            }
        } finally {
            entry.lock.unlock();
        }
    }

    /** Closes the transaction's session (rolling back what is not committed). Call with the lock held. */
    void end(Entry entry) {
        if (entry.ended) {
            return;
        }
        entry.ended = true;
        open.remove(entry.id, entry);
        try {
            entry.session.close();
        } catch (RuntimeException ignored) {
            // the session is gone either way
        }
    }

    int size() {
        return open.size();
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Entry entry : open.values()) {
            if (now - entry.deadlineNanos > 0 && entry.lock.tryLock()) {
                try {
                    if (now - entry.deadlineNanos > 0) {
                        end(entry);
                    }
                } finally {
                    entry.lock.unlock();
                }
            }
        }
    }

    private static HttpFailure missing(String id) {
        return new HttpFailure(404, new PgException(SqlState.INVALID_TRANSACTION_STATE,
                "transaction \"%s\" does not exist", id == null ? "" : id)
                .withHint("It was committed, rolled back, timed out, or begun by another role."));
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        for (Entry entry : new ArrayList<>(open.values())) {
            boolean locked;
            try {
                locked = entry.lock.tryLock(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!locked) {
                continue; // a request still runs in it; closing the database cancels and rolls it back
            }
            try {
                end(entry);
            } finally {
                entry.lock.unlock();
            }
        }
    }
}
