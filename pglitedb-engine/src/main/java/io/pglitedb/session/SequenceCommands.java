package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.analyze.SequenceDefinitions;
import io.pglitedb.sql.analyze.TableDefinitions;
import io.pglitedb.sql.ast.AlterSequence;
import io.pglitedb.sql.ast.CreateSequence;
import io.pglitedb.sql.ast.DropObjects;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.SequenceOption;
import io.pglitedb.txn.Transaction;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE, ALTER and DROP SEQUENCE. The definition is written in the transaction's batch like
 * all DDL; the current value (RESTART) changes at once, not transactionally, as setval does.
 */
final class SequenceCommands {
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final io.pglitedb.catalog.SearchPath searchPath;
    private final ResultSink sink;

    SequenceCommands(Catalog catalog, Transaction transaction, CatalogView catalogView,
            io.pglitedb.catalog.SearchPath searchPath, ResultSink sink) {
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.searchPath = searchPath;
        this.sink = sink;
    }

    String create(CreateSequence create) {
        String schema = UtilityCommands.creationSchema(catalogView, searchPath, create.name());
        String name = create.name().name();
        if (catalogView.relationExists(schema, name)
                || transaction.lockForUpdate(catalog.nameKey(schema, name)) != null) {
            if (create.ifNotExists()) {
                sink.notice(new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists, skipping", name)
                        .withSeverity("NOTICE"));
                return "CREATE SEQUENCE";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", name);
        }
        SequenceDescriptor sequence = SequenceDefinitions.create(catalog.allocateOid(), schema, name, create.options());
        sequence = ownedBy(sequence, create.options());
        catalog.writeSequence(transaction, sequence);
        catalogView.createdSequence(sequence);
        return "CREATE SEQUENCE";
    }

    String alter(AlterSequence alter) {
        String schema = UtilityCommands.schemaOf(catalogView, searchPath, alter.name());
        String name = alter.name().name();
        SequenceDescriptor sequence = catalogView.sequence(schema, name);
        if (sequence == null) {
            if (catalogView.relationExists(schema, name)) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a sequence", name);
            }
            if (alter.ifExists()) {
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "relation \"%s\" does not exist, skipping",
                        name).withSeverity("NOTICE"));
                return "ALTER SEQUENCE";
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name);
        }
        transaction.lockForUpdate(catalog.nameKey(schema, name));
        if (alter.renameTo() != null) {
            String to = alter.renameTo();
            if (catalogView.relationExists(schema, to) || transaction.lockForUpdate(catalog.nameKey(schema, to)) != null) {
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", to);
            }
            SequenceDescriptor renamed = sequence.withName(to);
            catalog.renameSequence(transaction, sequence, renamed);
            catalogView.droppedSequence(sequence);
            catalogView.createdSequence(renamed);
            return "ALTER SEQUENCE";
        }
        SequenceDescriptor altered = SequenceDefinitions.alter(sequence, alter.options());
        altered = ownedBy(altered, alter.options());
        Long restart = SequenceDefinitions.restartValue(altered, alter.options());
        catalog.writeSequence(transaction, altered);
        catalogView.createdSequence(altered);
        if (restart != null) {
            catalog.sequence(altered).restart(restart, false);
        }
        return "ALTER SEQUENCE";
    }

    /** OWNED BY table.column | NONE. */
    private SequenceDescriptor ownedBy(SequenceDescriptor sequence, List<SequenceOption> options) {
        for (SequenceOption o : options) {
            if (o.kind() != SequenceOption.Kind.OWNED_BY) {
                continue;
            }
            List<String> parts = o.ownedBy();
            if (parts.isEmpty()) {
                return sequence.ownedBy(0, null);
            }
            if (parts.size() < 2) {
                throw new PgException(SqlState.SYNTAX_ERROR, "invalid OWNED BY option")
                        .withHint("Specify OWNED BY table.column or OWNED BY NONE.");
            }
            String column = parts.get(parts.size() - 1);
            String tableName = parts.get(parts.size() - 2);
            String tableSchema = parts.size() > 2 ? parts.get(parts.size() - 3) : sequence.schema();
            TableDescriptor table = catalogView.table(tableSchema, tableName);
            if (table == null) {
                if (catalogView.relationExists(tableSchema, tableName)) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                            "sequence cannot be owned by relation \"%s\"", tableName)
                            .withDetail("This operation is not supported for " + (catalogView.sequence(tableSchema,
                                    tableName) != null ? "sequences." : "indexes."));
                }
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", tableName);
            }
            if (!table.schema().equals(sequence.schema())) {
                throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                        "sequence must be in same schema as table it is linked to");
            }
            if (table.columnIndex(column) < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist",
                        column, tableName);
            }
            return sequence.ownedBy(table.oid(), column);
        }
        return sequence;
    }

    String drop(DropObjects drop) {
        List<SequenceDescriptor> sequences = new ArrayList<>();
        for (QualifiedName name : drop.names()) {
            String schema = UtilityCommands.schemaOf(catalogView, searchPath, name);
            SequenceDescriptor sequence = catalogView.sequence(schema, name.name());
            if (sequence == null) {
                if (catalogView.relationExists(schema, name.name())) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a sequence", name.name())
                            .withHint(catalogView.table(schema, name.name()) != null
                                    ? "Use DROP TABLE to remove a table." : "Use DROP INDEX to remove an index.");
                }
                if (drop.ifExists()) {
                    sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                            "sequence \"%s\" does not exist, skipping", name.name()).withSeverity("NOTICE"));
                    continue;
                }
                throw new PgException(SqlState.UNDEFINED_TABLE, "sequence \"%s\" does not exist", name.name());
            }
            sequences.add(sequence);
        }
        for (SequenceDescriptor sequence : sequences) {
            transaction.lockForUpdate(catalog.nameKey(sequence.schema(), sequence.name()));
            dropDependents(sequence, drop.cascade());
            catalog.deleteSequence(transaction, sequence);
            catalogView.droppedSequence(sequence);
        }
        return "DROP SEQUENCE";
    }

    /**
     * A sequence is needed by the column defaults that call nextval on it (dropped with CASCADE)
     * and by the identity column that owns it (never dropped this way).
     */
    private void dropDependents(SequenceDescriptor sequence, boolean cascade) {
        String reference = "'" + TableDefinitions.quoteIdentifier(sequence.name()) + "'";
        String qualified = "'" + TableDefinitions.quoteIdentifier(sequence.schema()) + "."
                + TableDefinitions.quoteIdentifier(sequence.name()) + "'";
        Dependents dependents = new Dependents();
        List<TableDescriptor> altered = new ArrayList<>();
        List<TableDescriptor> tables = new ArrayList<>(catalogView.tables());
        tables.sort(java.util.Comparator.comparingInt(TableDescriptor::oid));
        for (TableDescriptor table : tables) {
            List<ColumnDescriptor> columns = new ArrayList<>(table.columns());
            boolean changed = false;
            for (int i = 0; i < columns.size(); i++) {
                ColumnDescriptor column = columns.get(i);
                if (sequence.name().equals(column.sequenceName()) && table.oid() == sequence.ownedByTable()) {
                    throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                            "cannot drop sequence %s because column %s of table %s requires it", sequence.name(),
                            column.name(), table.name())
                            .withHint("You can drop column " + column.name() + " of table " + table.name()
                                    + " instead.");
                }
                if (column.defaultSql() != null && (column.defaultSql().contains(reference)
                        || column.defaultSql().contains(qualified))) {
                    dependents.add("default value for column " + column.name() + " of table " + table.name(),
                            "depends on sequence " + sequence.name());
                    columns.set(i, column.withDefault(null));
                    changed = true;
                }
            }
            if (changed) {
                altered.add(table.withColumns(columns, table.schemaVersion()));
            }
        }
        dependents.check("sequence " + sequence.name(), cascade, sink);
        for (TableDescriptor table : altered) {
            transaction.lockForUpdate(catalog.nameKey(table.schema(), table.name()));
            catalog.writeTable(transaction, table);
            catalogView.created(table);
        }
    }
}
