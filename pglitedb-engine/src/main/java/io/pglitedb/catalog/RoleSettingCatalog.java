package io.pglitedb.catalog;

import io.pglitedb.error.PgException;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-database and per-role setting defaults (pg_db_role_setting: ALTER DATABASE ... SET, ALTER
 * ROLE ... [IN DATABASE ...] SET), shared by every database like the roles:
 * {@code [0][DB_ROLE_SETTINGS][database oid][role oid]} holds the {@code name=value} entries in the
 * order they were first set; OID 0 stands for "every database" or "every role". A session applies
 * them when it starts ({@link #forSession}).
 */
public final class RoleSettingCatalog {
    private static final int DB_ROLE_SETTINGS = 23;

    /** One pg_db_role_setting row. */
    public record Entry(int database, int role, List<String> config) {
        public Entry {
            config = List.copyOf(config);
        }
    }

    private volatile Map<Long, Entry> entries;

    RoleSettingCatalog(TransactionManager transactions, SharedCatalog shared) {
        Map<Long, Entry> loaded = new HashMap<>();
        byte[] from = new KeyEncoder().addInt(SharedCatalog.SHARED_SPACE).addInt(DB_ROLE_SETTINGS).toBytes();
        transactions.scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
            Entry entry = decode(value);
            loaded.put(pair(entry.database(), entry.role()), entry);
            // a dropped role's entry stays until overwritten: its OID must never be handed out again
            shared.oidsAbove(Math.max(entry.database(), entry.role()));
            return true;
        });
        entries = Map.copyOf(loaded);
    }

    private static long pair(int database, int role) {
        return ((long) database << 32) | (role & 0xFFFFFFFFL);
    }

    /** Every committed entry (pg_db_role_setting). */
    public List<Entry> all() {
        return new ArrayList<>(entries.values());
    }

    /** The entries of one (database, role) pair, in order; empty if none. */
    public List<String> config(int database, int role) {
        Entry entry = entries.get(pair(database, role));
        return entry == null ? List.of() : entry.config();
    }

    /**
     * What a new session of {@code role} in {@code database} starts with, as PostgreSQL's
     * process_settings applies them: database-and-role entries over role entries over database
     * entries over entries for all (later puts win).
     */
    public Map<String, String> forSession(int database, int role) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (long key : new long[] {pair(0, 0), pair(database, 0), pair(0, role), pair(database, role)}) {
            Entry entry = entries.get(key);
            if (entry != null) {
                for (String item : entry.config()) {
                    int eq = item.indexOf('=');
                    out.put(item.substring(0, eq), item.substring(eq + 1));
                }
            }
        }
        return out;
    }

    /**
     * Writes one pair's new entries into the transaction's batch (none deletes the row) and, once
     * {@code txn} commits, makes them visible; the caller commits.
     */
    public void write(Transaction txn, int database, int role, List<String> config) {
        byte[] key = key(database, role);
        if (config.isEmpty()) {
            txn.delete(key);
        } else {
            txn.put(key, encode(new Entry(database, role, config)));
        }
    }

    /** Deletes every entry of a dropped database in the transaction's batch. */
    public void deleteDatabase(Transaction txn, int database) {
        for (Entry entry : entries.values()) {
            if (entry.database() == database) {
                txn.delete(key(entry.database(), entry.role()));
            }
        }
    }

    /** After the commit: the pair's entries are now {@code config} (none: removed). */
    public synchronized void published(int database, int role, List<String> config) {
        Map<Long, Entry> next = new HashMap<>(entries);
        if (config.isEmpty()) {
            next.remove(pair(database, role));
        } else {
            next.put(pair(database, role), new Entry(database, role, config));
        }
        entries = Map.copyOf(next);
    }

    /** After the commit of a DROP DATABASE. */
    public synchronized void databaseDropped(int database) {
        Map<Long, Entry> next = new HashMap<>(entries);
        next.values().removeIf(e -> e.database() == database);
        entries = Map.copyOf(next);
    }

    private static byte[] key(int database, int role) {
        return new KeyEncoder().addInt(SharedCatalog.SHARED_SPACE).addInt(DB_ROLE_SETTINGS).addInt(database)
                .addInt(role).toBytes();
    }

    private static byte[] encode(Entry entry) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(1); // format version
            out.writeInt(entry.database());
            out.writeInt(entry.role());
            out.writeInt(entry.config().size());
            for (String item : entry.config()) {
                out.writeUTF(item);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    private static Entry decode(byte[] value) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            in.readByte();
            int database = in.readInt();
            int role = in.readInt();
            int n = in.readInt();
            List<String> config = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                config.add(in.readUTF());
            }
            return new Entry(database, role, config);
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }
}
