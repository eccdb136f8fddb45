package io.pglitedb.catalog;

import static io.pglitedb.catalog.CatalogStreams.ints;
import static io.pglitedb.catalog.CatalogStreams.string;

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
 * The pg_aggregate rows of one database's user-defined aggregates, stored under
 * {@code [db][AGGREGATES][oid]} in the DDL's transaction next to their kind 'a' routine. Like
 * {@link RoutineCatalog}, the in-memory map changes when the DDL runs ({@link CatalogView#writeAggregate}
 * undoes it on rollback).
 */
public final class AggregateCatalog {
    private static final int AGGREGATES = 26;
    private static final int FORMAT_VERSION = 1;
    private final int databaseOid;
    private final Map<Integer, AggregateDescriptor> aggregates = new ConcurrentHashMap<>();

    AggregateCatalog(TransactionManager transactions, int databaseOid) {
        this.databaseOid = databaseOid;
        byte[] from = new KeyEncoder().addInt(databaseOid).addInt(AGGREGATES).toBytes();
        transactions.scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
            AggregateDescriptor a = decode(value);
            aggregates.put(a.oid(), a);
            return true;
        });
    }

    /** The aggregate whose routine has this OID, or null. */
    public AggregateDescriptor byOid(int oid) {
        return aggregates.get(oid);
    }

    public List<AggregateDescriptor> all() {
        List<AggregateDescriptor> out = new ArrayList<>(aggregates.values());
        out.sort(java.util.Comparator.comparingInt(AggregateDescriptor::oid));
        return out;
    }

    public void write(Transaction txn, AggregateDescriptor aggregate) {
        txn.put(key(aggregate.oid()), encode(aggregate));
        aggregates.put(aggregate.oid(), aggregate);
    }

    public void delete(Transaction txn, int oid) {
        txn.delete(key(oid));
        aggregates.remove(oid);
    }

    /** The in-memory entry as it was before a rolled-back change (null: none). */
    void restore(int oid, AggregateDescriptor previous) {
        if (previous == null) {
            aggregates.remove(oid);
        } else {
            aggregates.put(oid, previous);
        }
    }

    private byte[] key(int oid) {
        return new KeyEncoder().addInt(databaseOid).addInt(AGGREGATES).addInt(oid).toBytes();
    }

    private static byte[] encode(AggregateDescriptor a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT_VERSION);
            out.writeInt(a.oid());
            out.writeChar(a.kind());
            out.writeInt(a.directArguments());
            for (AggregateDescriptor.SupportFunction f : new AggregateDescriptor.SupportFunction[] {a.transition(),
                a.finalFunction(), a.combine(), a.serial(), a.deserial(), a.movingTransition(), a.movingInverse(),
                a.movingFinal()}) {
                out.writeBoolean(f != null);
                if (f != null) {
                    out.writeLong(f.oid());
                    string(out, f.schema());
                    string(out, f.name());
                    ints(out, f.argumentTypes());
                    out.writeBoolean(f.builtin());
                }
            }
            out.writeBoolean(a.finalExtra());
            out.writeBoolean(a.movingFinalExtra());
            out.writeChar(a.finalModify());
            out.writeChar(a.movingFinalModify());
            out.writeInt(a.transitionType());
            out.writeInt(a.transitionSpace());
            out.writeInt(a.movingTransitionType());
            out.writeInt(a.movingTransitionSpace());
            string(out, a.initialValue());
            string(out, a.movingInitialValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static AggregateDescriptor decode(byte[] value) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            in.readInt();
            int oid = in.readInt();
            char kind = in.readChar();
            int direct = in.readInt();
            AggregateDescriptor.SupportFunction[] f = new AggregateDescriptor.SupportFunction[8];
            for (int i = 0; i < f.length; i++) {
                if (in.readBoolean()) {
                    f[i] = new AggregateDescriptor.SupportFunction(in.readLong(), string(in), string(in), ints(in),
                            in.readBoolean());
                }
            }
            return new AggregateDescriptor(oid, kind, direct, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7],
                    in.readBoolean(), in.readBoolean(), in.readChar(), in.readChar(), in.readInt(), in.readInt(),
                    in.readInt(), in.readInt(), string(in), string(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
