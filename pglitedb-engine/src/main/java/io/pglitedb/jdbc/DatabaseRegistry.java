package io.pglitedb.jdbc;

import io.pglitedb.error.PgException;
import io.pglitedb.session.Database;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The databases this JVM has open through the driver, by URL key ("mem:NAME", "file:/abs/path"),
 * with a count of the connections (and {@link io.pglitedb.PgLite} handles) using each. Many
 * connections to one URL share one engine; the last one to close closes it unless the database
 * was opened with {@code keep=true}. A private {@code mem:} database is never registered.
 *
 * <p>Another process holding the same data directory is refused by RocksDB's LOCK file; the
 * engine reports that as SQLSTATE 58030 "could not lock data directory".
 */
final class DatabaseRegistry {
    static final DatabaseRegistry INSTANCE = new DatabaseRegistry();

    /** One open database and how many users it has; guarded by the registry. */
    static final class Entry {
        private final String key;
        private final Database database;
        private int references;
        private boolean keep;

        private Entry(String key, Database database) {
            this.key = key;
            this.database = database;
        }

        Database database() {
            return database;
        }
    }

    private final Map<String, Entry> open = new HashMap<>();

    private DatabaseRegistry() {
    }

    /** Opens or joins the database of {@code url}; every call needs one {@link #release}. */
    Entry acquire(JdbcUrl url) throws SQLException {
        if (url.isPrivate()) {
            Entry entry = new Entry(null, openDatabase(url));
            entry.references = 1;
            return entry;
        }
        synchronized (this) {
            Entry entry = open.get(url.key());
            if (entry == null) {
                entry = new Entry(url.key(), openDatabase(url));
                open.put(url.key(), entry);
            }
            entry.references++;
            entry.keep |= url.keep();
            return entry;
        }
    }

    void release(Entry entry) {
        if (entry.key == null) {
            entry.database.close();
            return;
        }
        synchronized (this) {
            if (--entry.references > 0 || entry.keep) {
                return;
            }
            open.remove(entry.key, entry);
        }
        entry.database.close();
    }

    /** Closes a kept database once nobody uses it any more (its last release closes it). */
    void unkeep(String key) {
        Entry entry;
        synchronized (this) {
            entry = open.get(key);
            if (entry == null) {
                return;
            }
            entry.keep = false;
            if (entry.references > 0) {
                return;
            }
            open.remove(key, entry);
        }
        entry.database.close();
    }

    private static Database openDatabase(JdbcUrl url) throws SQLException {
        try {
            return url.directory() != null ? Database.open(url.directory(), url.storageMemory())
                    : Database.openInMemory(url.storageMemory());
        } catch (PgException e) {
            throw new PgLiteSQLException(e);
        }
    }
}
