package io.pglitedb.catalog;

import static io.pglitedb.catalog.CatalogStreams.string;
import static io.pglitedb.catalog.CatalogStreams.strings;

import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The triggers of one database, stored under {@code [db][TRIGGERS][oid]} in the DDL's transaction.
 * Like {@link RoutineCatalog}, the in-memory map changes when the DDL runs, not when it commits.
 * {@link #version()} changes with every change, so that statements find a table's triggers again.
 */
public final class TriggerCatalog {
    private static final int TRIGGERS = 30;
    private final int databaseOid;
    private final Map<Integer, TriggerDescriptor> triggers = new ConcurrentHashMap<>();
    private volatile Map<Integer, List<TriggerDescriptor>> byTable = Map.of();

    TriggerCatalog(TransactionManager transactions, int databaseOid) {
        this.databaseOid = databaseOid;
        byte[] from = new KeyEncoder().addInt(databaseOid).addInt(TRIGGERS).toBytes();
        transactions.scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
            TriggerDescriptor t = decode(value);
            triggers.put(t.oid(), t);
            return true;
        });
        index();
    }

    int maxOid() {
        int max = 0;
        for (int oid : triggers.keySet()) {
            max = Math.max(max, oid);
        }
        return max;
    }

    private void index() {
        Map<Integer, List<TriggerDescriptor>> map = new java.util.HashMap<>();
        for (TriggerDescriptor t : triggers.values()) {
            map.computeIfAbsent(t.tableOid(), k -> new ArrayList<>()).add(t);
        }
        // PostgreSQL fires triggers of the same kind in name order
        map.values().forEach(l -> l.sort(Comparator.comparing(TriggerDescriptor::name)));
        byTable = map;
    }

    public List<TriggerDescriptor> all() {
        List<TriggerDescriptor> list = new ArrayList<>(triggers.values());
        list.sort(Comparator.comparingInt(TriggerDescriptor::oid));
        return list;
    }

    /** The table's triggers in name order (empty when none). */
    public List<TriggerDescriptor> forTable(int tableOid) {
        return byTable.getOrDefault(tableOid, List.of());
    }

    public TriggerDescriptor byOid(int oid) {
        return triggers.get(oid);
    }

    public TriggerDescriptor find(int tableOid, String name) {
        for (TriggerDescriptor t : forTable(tableOid)) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    public synchronized void write(Transaction txn, TriggerDescriptor trigger) {
        txn.put(key(trigger.oid()), encode(trigger));
        triggers.put(trigger.oid(), trigger);
        index();
    }

    public synchronized void delete(Transaction txn, TriggerDescriptor trigger) {
        txn.delete(key(trigger.oid()));
        triggers.remove(trigger.oid());
        index();
    }

    private byte[] key(int oid) {
        return new KeyEncoder().addInt(databaseOid).addInt(TRIGGERS).addInt(oid).toBytes();
    }

    private static byte[] encode(TriggerDescriptor t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(1);
            out.writeInt(t.oid());
            string(out, t.name());
            out.writeInt(t.tableOid());
            out.writeInt(t.functionOid());
            out.writeInt(t.type());
            strings(out, t.updateColumns());
            string(out, t.when());
            strings(out, t.arguments());
            out.writeChar(t.enabled());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static TriggerDescriptor decode(byte[] value) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            in.readInt();
            return new TriggerDescriptor(in.readInt(), string(in), in.readInt(), in.readInt(), in.readInt(), strings(in),
                    string(in), strings(in), in.readChar());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
