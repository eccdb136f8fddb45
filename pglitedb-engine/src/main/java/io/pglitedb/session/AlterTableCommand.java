package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.DmlExecutor;
import io.pglitedb.exec.RowKeys;
import io.pglitedb.sql.ast.AddConstraint;
import io.pglitedb.sql.ast.AlterTable;
import io.pglitedb.sql.ast.AlterTableAction;
import io.pglitedb.sql.ast.TableConstraint;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.storage.RowCodec;
import io.pglitedb.txn.KeyValueIterator;
import io.pglitedb.txn.Transaction;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ALTER TABLE, in the transaction's batch like all DDL. For now: ADD [CONSTRAINT name] PRIMARY
 * KEY (cols), which checks the existing rows (no NULLs, no duplicates) and moves every row from
 * its hidden row id to its primary key — the table's key layout changes, so rows are rewritten.
 */
final class AlterTableCommand {
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;

    AlterTableCommand(Catalog catalog, Transaction transaction, CatalogView catalogView) {
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
    }

    String run(AlterTable alter) {
        String schema = UtilityCommands.schemaOf(alter.table());
        TableDescriptor table = catalogView.table(schema, alter.table().name());
        if (table == null) {
            if (alter.ifExists()) {
                return "ALTER TABLE";
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", alter.table().name())
                    .withPosition(alter.table().position() + 1);
        }
        transaction.lockForUpdate(Catalog.nameKey(table.schema(), table.name()));
        for (AlterTableAction action : alter.actions()) {
            table = switch (action) {
                case AddConstraint add -> addConstraint(table, add.constraint());
            };
        }
        catalog.writeTable(transaction, table);
        catalogView.created(table);
        return "ALTER TABLE";
    }

    private TableDescriptor addConstraint(TableDescriptor table, TableConstraint constraint) {
        if (constraint.kind() != TableConstraint.Kind.PRIMARY_KEY) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "UNIQUE constraints are not supported yet")
                    .withPosition(constraint.position() + 1);
        }
        if (table.hasPrimaryKey()) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "multiple primary keys for table \"%s\" are not allowed",
                    table.name()).withPosition(constraint.position() + 1);
        }
        int[] pk = new int[constraint.columns().size()];
        for (int i = 0; i < pk.length; i++) {
            pk[i] = table.columnIndex(constraint.columns().get(i));
            if (pk[i] < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist",
                        constraint.columns().get(i), table.name());
            }
        }
        String name = constraint.name() != null ? constraint.name() : table.name() + "_pkey";
        List<ColumnDescriptor> columns = new ArrayList<>(table.columns());
        for (int index : pk) {
            ColumnDescriptor c = columns.get(index);
            columns.set(index, new ColumnDescriptor(c.name(), c.attributeNumber(), c.type(), true, c.defaultSql(),
                    c.sequenceName()));
        }
        TableDescriptor altered = new TableDescriptor(table.oid(), table.schema(), table.name(), columns, pk, name,
                table.schemaVersion() + 1);
        rekeyRows(table, altered, pk, name);
        return altered;
    }

    /**
     * Moves every row from its hidden row id to its primary key, checking NOT NULL and uniqueness.
     * The rows are read before any is moved (the transaction's own scan may see writes made while
     * it runs). Duplicates are found by sorting the new keys, not by a read per row: this is the
     * step that gives pgbench's tables their keys after loading, so it must be fast at millions
     * of rows.
     */
    private void rekeyRows(TableDescriptor table, TableDescriptor altered, int[] pk, String constraintName) {
        DataType[] types = table.columnTypes();
        byte[] prefix = RowKeys.tablePrefix(Catalog.DEFAULT_DATABASE, table);
        List<byte[]> oldKeys = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        try (KeyValueIterator it = transaction.scan(prefix, KeyEncoder.prefixEnd(prefix))) {
            while (it.next()) {
                oldKeys.add(it.key());
                values.add(it.value());
            }
        }
        int n = values.size();
        byte[][] newKeys = new byte[n][];
        for (int i = 0; i < n; i++) {
            Object[] row = RowCodec.decode(types, values.get(i));
            for (int index : pk) {
                if (row[index] == null) {
                    throw new PgException(SqlState.NOT_NULL_VIOLATION, "column \"%s\" of relation \"%s\" contains null values",
                            table.columns().get(index).name(), table.name())
                            .withTable(table.schema(), table.name()).withColumn(table.columns().get(index).name());
                }
            }
            newKeys[i] = RowKeys.primaryKey(Catalog.DEFAULT_DATABASE, altered, pk, types, row);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(newKeys[a], newKeys[b]));
        for (int i = 1; i < n; i++) {
            if (Arrays.equals(newKeys[order[i - 1]], newKeys[order[i]])) {
                throw duplicate(table, types, pk, RowCodec.decode(types, values.get(order[i])), constraintName);
            }
        }
        for (byte[] key : oldKeys) {
            transaction.delete(key);
        }
        oldKeys.clear();
        for (int i : order) { // in key order: the batch and RocksDB take sorted keys fastest
            Object[] row = RowCodec.decode(types, values.get(i));
            transaction.put(newKeys[i], RowCodec.encode(types, row, altered.schemaVersion()));
        }
    }

    private static PgException duplicate(TableDescriptor table, DataType[] types, int[] pk, Object[] row,
            String constraintName) {
        return new PgException(SqlState.UNIQUE_VIOLATION, "could not create unique index \"%s\"", constraintName)
                .withDetail("Key " + DmlExecutor.keyText(table, pk, types, row) + " is duplicated.")
                .withTable(table.schema(), table.name()).withConstraint(constraintName);
    }
}
