package io.pglitedb.session;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.ColumnSettings;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.SearchPath;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TableSettings;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.ReplicaIdentity;
import io.pglitedb.sql.ast.SetColumnStatistics;
import io.pglitedb.sql.ast.SetColumnStorage;
import io.pglitedb.sql.ast.SetPersistence;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER TABLE actions that change only what the catalogs say, with PostgreSQL's checks and errors:
 * SET LOGGED / UNLOGGED, REPLICA IDENTITY, and a column's SET STATISTICS and SET STORAGE. None of
 * them changes how rows are stored here (see {@link TableSettings} and {@link ColumnSettings}).
 */
final class TableSettingsCommands {
    /** The largest statistics target (PostgreSQL's MAX_STATISTICS_TARGET). */
    private static final int MAX_STATISTICS_TARGET = 10000;

    private final CatalogView catalogView;
    private final ResultSink sink;

    TableSettingsCommands(CatalogView catalogView, ResultSink sink) {
        this.catalogView = catalogView;
        this.sink = sink;
    }

    TableDescriptor persistence(TableDescriptor table, SetPersistence change) {
        if (SearchPath.isTempSchema(table.schema())) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                    "cannot change logged status of table \"%s\" because it is temporary", table.name());
        }
        // as ATPrepChangePersistence: a logged table references no unlogged one, and no logged table
        // references an unlogged one (self-references do not count)
        for (TableDescriptor other : catalogView.tables()) {
            if (other.oid() == table.oid()) {
                continue;
            }
            for (io.pglitedb.catalog.ForeignKey fk : (change.logged() ? table : other).foreignKeys()) {
                TableDescriptor referenced = change.logged() ? catalogView.tableByOid(fk.referencedTable()) : table;
                boolean offending = change.logged()
                        ? referenced != null && referenced.oid() == other.oid() && unlogged(other)
                        : fk.referencedTable() == table.oid() && !unlogged(other);
                if (offending) {
                    throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                            "could not change table \"%s\" to %s because it references %s table \"%s\"", table.name(),
                            change.logged() ? "logged" : "unlogged", change.logged() ? "unlogged" : "logged",
                            other.name());
                }
            }
        }
        return table.withSettings(table.settings()
                .withPersistence(change.logged() ? TableSettings.PERMANENT : TableSettings.UNLOGGED));
    }

    private static boolean unlogged(TableDescriptor table) {
        return table.settings().persistence() == TableSettings.UNLOGGED;
    }

    /** REPLICA IDENTITY: USING INDEX needs a unique, immediate, non-partial index over NOT NULL columns only. */
    TableDescriptor replicaIdentity(TableDescriptor table, ReplicaIdentity change) {
        if (change.kind() != TableSettings.REPLICA_INDEX) {
            return table.withSettings(table.settings().withReplicaIdentity(change.kind(), 0));
        }
        String name = change.index();
        long indexOid;
        int[] columns;
        if (name.equals(table.primaryKeyName())) {
            indexOid = io.pglitedb.catalog.DerivedOids.primaryKeyIndex(table);
            columns = table.primaryKey();
        } else {
            IndexDescriptor index = table.index(name);
            if (index == null) {
                if (ownedElsewhere(table, name)) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not an index for table \"%s\"", name,
                            table.name());
                }
                throw new PgException(SqlState.UNDEFINED_OBJECT, "index \"%s\" for table \"%s\" does not exist", name,
                        table.name());
            }
            if (!index.unique()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot use non-unique index \"%s\" as replica identity",
                        name);
            }
            if (index.deferrable()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "cannot use non-immediate index \"%s\" as replica identity", name);
            }
            if (index.expressions() != null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "cannot use expression index \"%s\" as replica identity", name);
            }
            if (index.predicate() != null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "cannot use partial index \"%s\" as replica identity", name);
            }
            indexOid = index.oid();
            columns = index.columns();
        }
        for (int column : columns) {
            ColumnDescriptor c = table.columns().get(column);
            if (!c.notNull()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                        "index \"%s\" cannot be used as replica identity because column \"%s\" is nullable", name,
                        c.name());
            }
        }
        return table.withSettings(table.settings().withReplicaIdentity(TableSettings.REPLICA_INDEX, indexOid));
    }

    /** Whether another table of the schema has an index (or primary key) of this name. */
    private boolean ownedElsewhere(TableDescriptor table, String name) {
        for (TableDescriptor t : catalogView.tables()) {
            if (t.schema().equals(table.schema()) && (name.equals(t.primaryKeyName()) || t.index(name) != null)) {
                return true;
            }
        }
        return false;
    }

    /** SET STATISTICS: -1 (the default) up to 10000; more is lowered to 10000 with a WARNING. */
    TableDescriptor statistics(TableDescriptor table, SetColumnStatistics change) {
        int index = column(table, change.column());
        int target = change.target();
        if (target < -1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "statistics target %d is too low", target);
        }
        if (target > MAX_STATISTICS_TARGET) {
            target = MAX_STATISTICS_TARGET;
            sink.notice(new PgException(SqlState.INVALID_PARAMETER_VALUE, "lowering statistics target to %d", target)
                    .withSeverity("WARNING"));
        }
        ColumnDescriptor c = table.columns().get(index);
        return withColumn(table, index, c.withSettings(c.settings().withStatisticsTarget(target)));
    }

    /** SET STORAGE: a type stored inline only (integer) can have PLAIN alone. */
    TableDescriptor storage(TableDescriptor table, SetColumnStorage change) {
        int index = column(table, change.column());
        char storage = switch (change.storage()) {
            case "plain" -> 'p';
            case "external" -> 'e';
            case "extended" -> 'x';
            case "main" -> 'm';
            default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid storage type \"%s\"",
                    change.storage());
        };
        ColumnDescriptor c = table.columns().get(index);
        if (storage != 'p' && io.pglitedb.catalog.system.CatalogFunctions.typeStorage(c.type().type()) == 'p') {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "column data type %s can only have storage PLAIN",
                    c.type().baseName());
        }
        return withColumn(table, index, c.withSettings(c.settings().withStorage(storage)));
    }

    /** The column's index; 42703 when there is none, 0A000 for a system column. */
    private static int column(TableDescriptor table, String name) {
        if (ColumnDescriptor.systemAttributeNumber(name) != 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot alter system column \"%s\"", name);
        }
        int index = table.columnIndex(name);
        if (index < 0) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist", name,
                    table.name());
        }
        return index;
    }

    private static TableDescriptor withColumn(TableDescriptor table, int index, ColumnDescriptor column) {
        List<ColumnDescriptor> columns = new ArrayList<>(table.columns());
        columns.set(index, column);
        return table.withColumns(columns, table.schemaVersion());
    }
}
