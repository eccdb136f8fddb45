package io.pglitedb.session;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.SearchPath;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.Reindex;
import java.util.ArrayList;
import java.util.List;

/**
 * REINDEX. Indexes are written in the same transaction as their table's rows and never go stale,
 * so there is nothing to rebuild: the command checks its target and its context the way
 * PostgreSQL 15 does (transaction blocks, kinds of relation, system catalogs) and reports what
 * PostgreSQL reports.
 */
final class ReindexCommand {
    private final CatalogView view;
    private final SearchPath searchPath;
    private final boolean inTransactionBlock;
    private final String databaseName;
    private final ResultSink sink;

    ReindexCommand(CatalogView view, SearchPath searchPath, boolean inTransactionBlock, String databaseName,
            ResultSink sink) {
        this.view = view;
        this.searchPath = searchPath;
        this.inTransactionBlock = inTransactionBlock;
        this.databaseName = databaseName;
        this.sink = sink;
    }

    String run(Reindex reindex) {
        Reindex.Kind kind = reindex.kind();
        boolean whole = kind == Reindex.Kind.SCHEMA || kind == Reindex.Kind.DATABASE || kind == Reindex.Kind.SYSTEM;
        if (whole && inTransactionBlock) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "REINDEX %s cannot run inside a transaction block",
                    kind.name());
        }
        if (reindex.concurrently() && inTransactionBlock) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                    "REINDEX CONCURRENTLY cannot run inside a transaction block");
        }
        switch (kind) {
            case SYSTEM, DATABASE -> {
                if (kind == Reindex.Kind.SYSTEM && reindex.concurrently()) {
                    throw systemConcurrently();
                }
                if (reindex.name() != null && !reindex.name().name().equals(databaseName)) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "can only reindex the currently open database");
                }
            }
            case SCHEMA -> {
                String schema = reindex.name().name();
                if (view.schema(schema) == null) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", schema);
                }
                if (reindex.concurrently() && isSystemSchema(schema)) {
                    throw systemConcurrently();
                }
            }
            case INDEX -> {
                String name = reindex.name().name();
                String schema = UtilityCommands.schemaOf(view, searchPath, reindex.name());
                TableDescriptor table = view.tableOfIndex(schema, name);
                if (table == null) {
                    if (view.relationExists(schema, name)) {
                        throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not an index", name);
                    }
                    throw missing(reindex, schema);
                }
                reindexed(reindex, List.of(name));
            }
            case TABLE -> {
                String name = reindex.name().name();
                String schema = UtilityCommands.schemaOf(view, searchPath, reindex.name());
                TableDescriptor table = view.table(schema, name);
                if (table == null || table.view() != null && !table.view().materialized()) {
                    if (table != null || view.relationExists(schema, name)) {
                        throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                                "\"%s\" is not a table or materialized view", name);
                    }
                    throw missing(reindex, schema);
                }
                List<String> indexes = new ArrayList<>();
                if (table.primaryKeyName() != null && table.indexes().stream()
                        .noneMatch(i -> i.name().equals(table.primaryKeyName()))) {
                    indexes.add(table.primaryKeyName());
                }
                for (IndexDescriptor index : table.indexes()) {
                    indexes.add(index.name());
                }
                if (indexes.isEmpty()) {
                    sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, reindex.concurrently()
                            ? "table \"%s\" has no indexes that can be reindexed concurrently"
                            : "table \"%s\" has no indexes to reindex", name).withSeverity("NOTICE"));
                }
                reindexed(reindex, indexes);
            }
        }
        return "REINDEX";
    }

    private void reindexed(Reindex reindex, List<String> indexes) {
        if (reindex.verbose()) {
            for (String index : indexes) {
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "index \"%s\" was reindexed", index)
                        .withSeverity("INFO"));
            }
        }
    }

    /** A relation that is not a user table: a system catalog (refused concurrently) or nothing (42P01). */
    private PgException missing(Reindex reindex, String schema) {
        if (isSystemSchema(schema) || reindex.name().schema() == null && reindex.name().name().startsWith("pg_")) {
            if (reindex.concurrently()) {
                return systemConcurrently();
            }
        }
        return new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", reindex.name().name());
    }

    private static boolean isSystemSchema(String schema) {
        return schema.equals("pg_catalog") || schema.equals("pg_toast") || schema.equals("information_schema");
    }

    private static PgException systemConcurrently() {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot reindex system catalogs concurrently");
    }
}
