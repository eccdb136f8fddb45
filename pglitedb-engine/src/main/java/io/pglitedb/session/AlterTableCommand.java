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
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
                table.schemaVersion() + 1, table.storageId());
        return rekeyRows(table, altered, pk, name);
    }

    /**
     * Moves every row into new storage under its primary key, checking NOT NULL and uniqueness.
     * The new storage is private to the transaction until commit, so the rows go straight to the
     * store and the heap holds one row at a time: this is the step that gives pgbench's tables
     * their keys after loading, so it must be fast and small at millions of rows. Duplicates are
     * found by counting (a duplicate key overwrites, leaving fewer keys than rows); only then is
     * the table read again to name the duplicated key.
     *
     * @return the table as it is now stored
     */
    private TableDescriptor rekeyRows(TableDescriptor table, TableDescriptor altered, int[] pk, String constraintName) {
        DataType[] types = table.columnTypes();
        TableDescriptor moved = TableStorage.renewed(catalog, transaction, altered);
        byte[] oldPrefix = RowKeys.tablePrefix(Catalog.DEFAULT_DATABASE, table);
        long rows = 0;
        try (KeyValueIterator it = transaction.scan(oldPrefix, KeyEncoder.prefixEnd(oldPrefix))) {
            while (it.next()) {
                Object[] row = RowCodec.decode(types, it.value());
                checkKeyNotNull(table, pk, row);
                transaction.put(RowKeys.primaryKey(Catalog.DEFAULT_DATABASE, moved, pk, types, row),
                        RowCodec.encode(types, row, moved.schemaVersion()));
                rows++;
            }
        }
        // ALTER TABLE reads nothing after this: a fresh snapshot may see its own writes
        transaction.newStatementSnapshot();
        byte[] newPrefix = RowKeys.tablePrefix(Catalog.DEFAULT_DATABASE, moved);
        long keys = 0;
        try (KeyValueIterator it = transaction.scan(newPrefix, KeyEncoder.prefixEnd(newPrefix))) {
            while (it.next()) {
                keys++;
            }
        }
        if (keys != rows) {
            throw duplicate(table, types, pk, findDuplicate(table, moved, types, pk), constraintName);
        }
        return moved;
    }

    private static void checkKeyNotNull(TableDescriptor table, int[] pk, Object[] row) {
        for (int index : pk) {
            if (row[index] == null) {
                throw new PgException(SqlState.NOT_NULL_VIOLATION, "column \"%s\" of relation \"%s\" contains null values",
                        table.columns().get(index).name(), table.name())
                        .withTable(table.schema(), table.name()).withColumn(table.columns().get(index).name());
            }
        }
    }

    /** A row with the smallest duplicated key (the one a sorting index build meets first); only for the error. */
    private Object[] findDuplicate(TableDescriptor table, TableDescriptor moved, DataType[] types, int[] pk) {
        byte[] oldPrefix = RowKeys.tablePrefix(Catalog.DEFAULT_DATABASE, table);
        Set<ByteBuffer> seen = new HashSet<>();
        byte[] smallest = null;
        Object[] found = null;
        try (KeyValueIterator it = transaction.scan(oldPrefix, KeyEncoder.prefixEnd(oldPrefix))) {
            while (it.next()) {
                Object[] row = RowCodec.decode(types, it.value());
                byte[] key = RowKeys.primaryKey(Catalog.DEFAULT_DATABASE, moved, pk, types, row);
                if (!seen.add(ByteBuffer.wrap(key)) && (smallest == null || Arrays.compareUnsigned(key, smallest) < 0)) {
                    smallest = key;
                    found = row;
                }
            }
        }
        if (found != null) {
            return found;
        }
        throw new PgException(SqlState.INTERNAL_ERROR, "row count of \"%s\" changed while adding its primary key",
                table.name());
    }

    private static PgException duplicate(TableDescriptor table, DataType[] types, int[] pk, Object[] row,
            String constraintName) {
        return new PgException(SqlState.UNIQUE_VIOLATION, "could not create unique index \"%s\"", constraintName)
                .withDetail("Key " + DmlExecutor.keyText(table, pk, types, row) + " is duplicated.")
                .withTable(table.schema(), table.name()).withConstraint(constraintName);
    }
}
