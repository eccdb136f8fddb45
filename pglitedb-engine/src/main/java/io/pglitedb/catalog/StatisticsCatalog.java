package io.pglitedb.catalog;

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
 * The ANALYZE statistics of one database's tables, stored under {@code [db][STATISTICS][table oid]}
 * in the ANALYZE's transaction. Like {@link TriggerCatalog}, the in-memory map changes when the
 * statement runs, not when it commits.
 */
public final class StatisticsCatalog {
    private static final int STATISTICS = 35;
    private final int databaseOid;
    private final Map<Integer, TableStatistics> tables = new ConcurrentHashMap<>();

    StatisticsCatalog(TransactionManager transactions, int databaseOid) {
        this.databaseOid = databaseOid;
        byte[] from = new KeyEncoder().addInt(databaseOid).addInt(STATISTICS).toBytes();
        transactions.scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
            TableStatistics t = decode(value);
            tables.put(t.tableOid(), t);
            return true;
        });
    }

    /** The table's statistics from its last ANALYZE, or null. */
    public TableStatistics of(int tableOid) {
        return tables.get(tableOid);
    }

    public void write(Transaction txn, TableStatistics statistics) {
        txn.put(key(statistics.tableOid()), encode(statistics));
        tables.put(statistics.tableOid(), statistics);
    }

    /** Forgets a dropped table's statistics. */
    public void delete(Transaction txn, int tableOid) {
        if (tables.remove(tableOid) != null) {
            txn.delete(key(tableOid));
        }
    }

    private byte[] key(int tableOid) {
        return new KeyEncoder().addInt(databaseOid).addInt(STATISTICS).addInt(tableOid).toBytes();
    }

    private static byte[] encode(TableStatistics t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(1);
            out.writeInt(t.tableOid());
            out.writeDouble(t.rows());
            out.writeInt(t.columns().size());
            for (TableStatistics.Column c : t.columns()) {
                out.writeInt(c.attributeNumber());
                out.writeFloat(c.nullFraction());
                out.writeInt(c.averageWidth());
                out.writeFloat(c.distinct());
                strings(out, c.commonValues());
                out.writeInt(c.commonFrequencies().size());
                for (float f : c.commonFrequencies()) {
                    out.writeFloat(f);
                }
                strings(out, c.histogramBounds());
                out.writeBoolean(c.correlation() != null);
                out.writeFloat(c.correlation() == null ? 0 : c.correlation());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static TableStatistics decode(byte[] value) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            in.readInt();
            int table = in.readInt();
            double rows = in.readDouble();
            int n = in.readInt();
            List<TableStatistics.Column> columns = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int attnum = in.readInt();
                float nullFraction = in.readFloat();
                int width = in.readInt();
                float distinct = in.readFloat();
                List<String> common = strings(in);
                int f = in.readInt();
                List<Float> frequencies = new ArrayList<>(f);
                for (int k = 0; k < f; k++) {
                    frequencies.add(in.readFloat());
                }
                List<String> histogram = strings(in);
                boolean hasCorrelation = in.readBoolean();
                float correlation = in.readFloat();
                columns.add(new TableStatistics.Column(attnum, nullFraction, width, distinct, common, frequencies,
                        histogram, hasCorrelation ? correlation : null));
            }
            return new TableStatistics(table, rows, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
