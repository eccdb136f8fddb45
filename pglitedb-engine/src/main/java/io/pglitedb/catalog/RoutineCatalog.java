package io.pglitedb.catalog;

import static io.pglitedb.catalog.CatalogStreams.ints;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-defined functions and procedures of one database, stored under {@code [db][ROUTINES][oid]}
 * in the DDL's transaction. The in-memory map changes when the DDL runs (not when it commits);
 * changes made through {@link CatalogView#writeRoutine} are undone there when the transaction rolls back.
 */
public final class RoutineCatalog {
    private static final int ROUTINES = 24;
    private final int databaseOid;
    private final Map<Integer, RoutineDescriptor> routines = new ConcurrentHashMap<>();

    RoutineCatalog(TransactionManager transactions, int databaseOid) {
        this.databaseOid = databaseOid;
        byte[] from = new KeyEncoder().addInt(databaseOid).addInt(ROUTINES).toBytes();
        transactions.scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
            RoutineDescriptor r = decode(value);
            routines.put(r.oid(), r);
            return true;
        });
    }

    int maxOid() {
        int max = 0;
        for (int oid : routines.keySet()) {
            max = Math.max(max, oid);
        }
        return max;
    }

    public List<RoutineDescriptor> all() {
        return new ArrayList<>(routines.values());
    }

    public RoutineDescriptor byOid(int oid) {
        return routines.get(oid);
    }

    /** The routines of this name (any schema, any arguments). */
    public List<RoutineDescriptor> named(String name) {
        List<RoutineDescriptor> result = new ArrayList<>();
        for (RoutineDescriptor r : routines.values()) {
            if (r.name().equals(name)) {
                result.add(r);
            }
        }
        result.sort(java.util.Comparator.comparingInt(RoutineDescriptor::oid));
        return result;
    }

    public void write(Transaction txn, RoutineDescriptor routine) {
        txn.put(key(routine.oid()), encode(routine));
        routines.put(routine.oid(), routine);
    }

    public void delete(Transaction txn, RoutineDescriptor routine) {
        txn.delete(key(routine.oid()));
        routines.remove(routine.oid());
    }

    /** The in-memory entry as it was before a rolled-back change (null: none). */
    void restore(int oid, RoutineDescriptor previous) {
        if (previous == null) {
            routines.remove(oid);
        } else {
            routines.put(oid, previous);
        }
    }

    private byte[] key(int oid) {
        return new KeyEncoder().addInt(databaseOid).addInt(ROUTINES).addInt(oid).toBytes();
    }

    private static byte[] encode(RoutineDescriptor r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(2);
            out.writeInt(r.oid());
            string(out, r.schema());
            string(out, r.name());
            out.writeChar(r.kind());
            ints(out, r.argumentTypes());
            strings(out, r.argumentNames());
            strings(out, r.defaults());
            out.writeInt(r.returnType());
            out.writeBoolean(r.returnsSet());
            strings(out, r.outNames());
            ints(out, r.outTypes());
            string(out, r.language());
            string(out, r.body());
            out.writeChar(r.volatility());
            out.writeBoolean(r.strict());
            out.writeBoolean(r.securityDefiner());
            out.writeChar(r.parallel());
            out.writeFloat(r.cost());
            out.writeFloat(r.rows());
            out.writeInt(r.owner());
            string(out, r.argumentsText());
            out.writeInt(r.parameters().size());
            for (RoutineParameter p : r.parameters()) {
                out.writeChar(p.mode());
                string(out, p.name());
                out.writeInt(p.type());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static RoutineDescriptor decode(byte[] value) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            int version = in.readInt();
            RoutineDescriptor r = new RoutineDescriptor(in.readInt(), string(in), string(in), in.readChar(), ints(in),
                    strings(in), strings(in), in.readInt(), in.readBoolean(), strings(in), ints(in), string(in),
                    string(in), in.readChar(), in.readBoolean(), in.readBoolean(), in.readChar(), in.readFloat(),
                    in.readFloat(), in.readInt(), string(in));
            if (version < 2) {
                return r; // stored before parameter modes were kept: its inputs, as IN parameters
            }
            int count = in.readInt();
            List<RoutineParameter> parameters = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                parameters.add(new RoutineParameter(in.readChar(), string(in), in.readInt()));
            }
            return new RoutineDescriptor(r.oid(), r.schema(), r.name(), r.kind(), r.argumentTypes(),
                    r.argumentNames(), r.defaults(), r.returnType(), r.returnsSet(), r.outNames(), r.outTypes(),
                    r.language(), r.body(), r.volatility(), r.strict(), r.securityDefiner(), r.parallel(), r.cost(),
                    r.rows(), r.owner(), r.argumentsText(), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
