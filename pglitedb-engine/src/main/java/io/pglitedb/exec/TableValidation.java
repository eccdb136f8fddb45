package io.pglitedb.exec;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.sql.plan.RowChecks;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What DDL does with a table's existing rows: builds a new index (CREATE INDEX, ADD UNIQUE) and
 * checks a new constraint against every row (ADD CHECK, ADD FOREIGN KEY, SET NOT NULL), in the
 * DDL's transaction.
 */
public final class TableValidation {
    private TableValidation() {
    }

    /** The rows of the table as the transaction sees them, read before anything is written. */
    private static List<Object[]> rows(TableDescriptor table, ExecContext context, List<byte[]> keys) {
        DataType[] types = table.columnTypes();
        byte[] prefix = RowKeys.tablePrefix(context.databaseOid(), table);
        List<Object[]> rows = new ArrayList<>();
        try (KeyValueIterator it = context.transaction().scan(prefix, KeyEncoder.prefixEnd(prefix))) {
            while (it.next()) {
                context.checkCancelled();
                rows.add(RowCodec.decode(types, it.value()));
                if (keys != null) {
                    keys.add(it.key());
                }
            }
        }
        return rows;
    }

    /**
     * Writes the entries of a new index for every row; for a unique index, finds duplicates by
     * sorting (23505 "could not create unique index", as PostgreSQL's index build), with the rows in
     * memory.
     */
    public static void buildIndex(TableDescriptor table, IndexDescriptor index, ExecContext context) {
        if (!index.unique()) {
            buildInChunks(table, index, context);
            return;
        }
        DataType[] types = table.columnTypes();
        List<byte[]> keys = new ArrayList<>();
        List<Object[]> rows = rows(table, context, keys);
        IndexDescriptor layout = index;
        List<IndexKeys.Keyed> keyed = null;
        if (index.hasExpressionsOrPredicate()) { // entries from key rows; rows outside the predicate have none
            keyed = new ArrayList<>();
            List<byte[]> keptKeys = new ArrayList<>();
            List<Object[]> keptRows = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                IndexKeys.Keyed k = IndexKeys.keyed(table, index, types, rows.get(i), context);
                if (k != null) {
                    keyed.add(k);
                    keptKeys.add(keys.get(i));
                    keptRows.add(k.row());
                    layout = k.index();
                    types = k.types();
                }
            }
            keys = keptKeys;
            rows = keptRows;
        }
        int n = rows.size();
        byte[][] prefixes = new byte[n][];
        for (int i = 0; i < n; i++) {
            prefixes[i] = IndexMaintenance.entryPrefix(context.databaseOid(), layout, types, rows.get(i));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        List<byte[]> rowKeys = keys;
        Arrays.sort(order, (a, b) -> {
            int c = Arrays.compareUnsigned(prefixes[a], prefixes[b]);
            return c != 0 ? c : Arrays.compareUnsigned(rowKeys.get(a), rowKeys.get(b));
        });
        if (index.unique()) {
            for (int i = 1; i < n; i++) {
                Object[] row = rows.get(order[i]);
                if (Arrays.equals(prefixes[order[i - 1]], prefixes[order[i]]) && !IndexMaintenance.hasNull(layout, row)) {
                    String key = keyed != null ? IndexKeys.keyText(table, index, keyed.get(order[i]), context)
                            : DmlExecutor.keyText(table, index.columns(), types, row);
                    throw new PgException(SqlState.UNIQUE_VIOLATION, "could not create unique index \"%s\"",
                            index.name())
                            .withDetail("Key " + key + " is duplicated.")
                            .withTable(table.schema(), table.name()).withConstraint(index.name());
                }
            }
        }
        for (int i : order) {
            byte[] suffix = IndexMaintenance.rowSuffix(keys.get(i));
            context.transaction().put(IndexMaintenance.entryKey(layout, prefixes[i], suffix, rows.get(i)), suffix);
        }
    }

    /** Rows read per scan while a non-unique index is built. */
    private static final int BUILD_CHUNK_ROWS = 10_000;

    /**
     * A non-unique index needs no duplicate check, so its entries are written as the rows are read,
     * a chunk of rows per scan (a scan is never open while its transaction writes): memory stays
     * bounded whatever the table's size.
     */
    private static void buildInChunks(TableDescriptor table, IndexDescriptor index, ExecContext context) {
        DataType[] types = table.columnTypes();
        byte[] prefix = RowKeys.tablePrefix(context.databaseOid(), table);
        byte[] end = KeyEncoder.prefixEnd(prefix);
        byte[] from = prefix;
        List<byte[]> keys = new ArrayList<>(BUILD_CHUNK_ROWS);
        List<Object[]> rows = new ArrayList<>(BUILD_CHUNK_ROWS);
        do {
            keys.clear();
            rows.clear();
            try (KeyValueIterator it = context.transaction().scan(from, end)) {
                while (rows.size() < BUILD_CHUNK_ROWS && it.next()) {
                    context.checkCancelled();
                    keys.add(it.key());
                    rows.add(RowCodec.decode(types, it.value()));
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                IndexDescriptor layout = index;
                DataType[] rowTypes = types;
                Object[] row = rows.get(i);
                if (index.hasExpressionsOrPredicate()) { // entries from key rows; rows outside the predicate have none
                    IndexKeys.Keyed k = IndexKeys.keyed(table, index, types, row, context);
                    if (k == null) {
                        continue;
                    }
                    layout = k.index();
                    rowTypes = k.types();
                    row = k.row();
                }
                byte[] entryPrefix = IndexMaintenance.entryPrefix(context.databaseOid(), layout, rowTypes, row);
                byte[] suffix = IndexMaintenance.rowSuffix(keys.get(i));
                context.transaction().put(IndexMaintenance.entryKey(layout, entryPrefix, suffix, row), suffix);
            }
            if (!keys.isEmpty()) {
                from = Arrays.copyOf(keys.get(keys.size() - 1), keys.get(keys.size() - 1).length + 1); // just after
            }
        } while (rows.size() == BUILD_CHUNK_ROWS);
    }

    /** ADD CHECK: 23514 when a row fails the condition. */
    public static void checkConstraint(TableDescriptor table, BoundExpr check, String name, ExecContext context) {
        for (Object[] row : rows(table, context, null)) {
            if (Boolean.FALSE.equals(check.eval(row, context.params()))) {
                throw new PgException(SqlState.CHECK_VIOLATION, "check constraint \"%s\" of relation \"%s\" is violated by some row",
                        name, table.name()).withTable(table.schema(), table.name()).withConstraint(name);
            }
        }
    }

    /** Whether some row of the table fails the test (ATTACH PARTITION's checks of existing rows). */
    public static boolean anyRow(TableDescriptor table, java.util.function.Predicate<Object[]> test,
            ExecContext context) {
        for (Object[] row : rows(table, context, null)) {
            if (test.test(row)) {
                return true;
            }
        }
        return false;
    }

    /** SET NOT NULL (and a new primary key): 23502 when a row has NULL in the column. */
    public static void notNull(TableDescriptor table, int column, ExecContext context) {
        for (Object[] row : rows(table, context, null)) {
            if (row[column] == null) {
                String name = table.columns().get(column).name();
                throw new PgException(SqlState.NOT_NULL_VIOLATION, "column \"%s\" of relation \"%s\" contains null values",
                        name, table.name()).withTable(table.schema(), table.name()).withColumn(name);
            }
        }
    }

    /** ADD FOREIGN KEY: every row must find its referenced row (23503 as for an insert). */
    public static void foreignKey(RowChecks.Reference reference, ExecContext context) {
        TableDescriptor table = reference.referencing();
        RowChecks checks = new RowChecks(table, new BoundExpr[0], List.of(reference), List.of(), null, oid -> null);
        DataType[] types = table.columnTypes();
        for (Object[] row : rows(table, context, null)) {
            ForeignKeys.checkReferences(checks, types, null, row, null, context);
        }
    }

    /**
     * Rewrites every row of a table whose column list or key changed (DROP COLUMN, ADD COLUMN
     * with a default, DROP PRIMARY KEY): each row is read from {@code old}'s storage, turned into
     * a row of {@code altered} by {@code mapper}, and stored with its index entries in
     * {@code altered}'s new, empty storage (the old storage goes after commit).
     */
    public static void rewrite(TableDescriptor old, TableDescriptor altered,
            java.util.function.UnaryOperator<Object[]> mapper, ExecContext context) {
        List<byte[]> keys = new ArrayList<>();
        List<Object[]> rows = rows(old, context, keys);
        DataType[] types = altered.columnTypes();
        int[] pk = altered.primaryKey();
        for (int i = 0; i < rows.size(); i++) {
            context.checkCancelled();
            Object[] row = mapper.apply(rows.get(i));
            byte[] key;
            if (pk.length > 0) {
                key = RowKeys.primaryKey(context.databaseOid(), altered, pk, types, row);
            } else if (!old.hasPrimaryKey()) {
                byte[] suffix = IndexMaintenance.rowSuffix(keys.get(i));
                byte[] prefix = RowKeys.tablePrefix(context.databaseOid(), altered);
                key = Arrays.copyOf(prefix, prefix.length + suffix.length);
                System.arraycopy(suffix, 0, key, prefix.length, suffix.length);
            } else {
                long rowId = context.catalog().nextRowId(altered.oid(),
                        RowKeys.tablePrefix(context.databaseOid(), altered));
                key = RowKeys.rowIdKey(context.databaseOid(), altered, rowId);
            }
            IndexMaintenance.insert(altered, types, key, row, context);
            context.transaction().put(key, RowCodec.encode(types, row, altered.schemaVersion(),
                    context.transaction().id()));
        }
        // the next action of the same ALTER TABLE reads the new storage: a fresh snapshot sees it
        // (under a transaction snapshot such writes go to the batch and are seen anyway)
        if (!context.transaction().isolation().usesTransactionSnapshot()) {
            context.transaction().newStatementSnapshot();
        }
    }

    /** Fills the new, empty index storage of a table whose row keys changed (ADD PRIMARY KEY moves rows). */
    public static void rebuildIndexes(TableDescriptor table, ExecContext context) {
        for (IndexDescriptor index : table.indexes()) {
            buildIndex(table, index, context);
        }
    }
}
