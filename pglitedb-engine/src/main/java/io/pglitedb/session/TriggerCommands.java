package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.RoutineDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TriggerDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.analyze.UserFunctions;
import io.pglitedb.sql.ast.AlterTrigger;
import io.pglitedb.sql.ast.CreateTrigger;
import io.pglitedb.sql.ast.DropTrigger;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.txn.Transaction;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CREATE [OR REPLACE] TRIGGER, DROP TRIGGER and ALTER TABLE ENABLE / DISABLE TRIGGER, with
 * PostgreSQL's checks (the function must return trigger, views take only INSTEAD OF triggers ...).
 * Triggers are kept in {@link io.pglitedb.catalog.TriggerCatalog}; the executor fires them.
 */
final class TriggerCommands {
    private static final Pattern NEW_REF = Pattern.compile("(?i)\\bnew\\s*\\.");
    private static final Pattern OLD_REF = Pattern.compile("(?i)\\bold\\s*\\.");

    private final Session session;
    private final Catalog catalog;
    private final Transaction transaction;
    private final CatalogView catalogView;
    private final ResultSink sink;

    TriggerCommands(Session session, Catalog catalog, Transaction transaction, CatalogView catalogView,
            ResultSink sink) {
        this.session = session;
        this.catalog = catalog;
        this.transaction = transaction;
        this.catalogView = catalogView;
        this.sink = sink;
    }

    private TableDescriptor table(QualifiedName name) {
        String schema = UtilityCommands.schemaOf(catalogView, session.searchPath(), name);
        TableDescriptor table = schema == null ? null : catalogView.table(schema, name.name());
        if (table == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", display(name));
        }
        return table;
    }

    private static String display(QualifiedName name) {
        return name.schema() == null ? name.name() : name.schema() + "." + name.name();
    }

    String create(CreateTrigger create) {
        TableDescriptor table = table(create.table());
        boolean view = table.view() != null;
        boolean row = create.forEachRow();
        if (create.timing().equals("INSTEAD OF")) {
            if (!view) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is a table", table.name())
                        .withDetail("Tables cannot have INSTEAD OF triggers.");
            }
            if (!row) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "INSTEAD OF triggers must be FOR EACH ROW");
            }
            if (create.when() != null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "INSTEAD OF triggers cannot have WHEN conditions");
            }
            if (!create.updateColumns().isEmpty()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "INSTEAD OF triggers cannot have column lists");
            }
        } else if (view && (row || (create.events() & TriggerDescriptor.TRUNCATE) != 0)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is a view", table.name())
                    .withDetail(row ? "Views cannot have row-level BEFORE or AFTER triggers."
                            : "Views cannot have TRUNCATE triggers.");
        }
        if (row && (create.events() & TriggerDescriptor.TRUNCATE) != 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "TRUNCATE FOR EACH ROW triggers are not supported");
        }
        if (create.transitionTables()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "transition tables are not supported yet");
        }
        if (create.when() != null) {
            String when = create.whenText();
            if (!row && (NEW_REF.matcher(when).find() || OLD_REF.matcher(when).find())) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                        "statement trigger's WHEN condition cannot reference column values");
            }
            if (create.events() == TriggerDescriptor.INSERT && OLD_REF.matcher(when).find()) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                        "INSERT trigger's WHEN condition cannot reference OLD values");
            }
            if (create.events() == TriggerDescriptor.DELETE && NEW_REF.matcher(when).find()) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                        "DELETE trigger's WHEN condition cannot reference NEW values");
            }
        }
        for (String column : create.updateColumns()) {
            if (table.columns().stream().noneMatch(c -> c.name().equals(column))) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist",
                        column, table.name());
            }
        }
        RoutineDescriptor function = function(create.function());
        int type = create.events() | (row ? TriggerDescriptor.ROW : 0)
                | (create.timing().equals("BEFORE") ? TriggerDescriptor.BEFORE : 0)
                | (create.timing().equals("INSTEAD OF") ? TriggerDescriptor.INSTEAD : 0);
        TriggerDescriptor existing = catalog.triggers().find(table.oid(), create.name());
        if (existing != null && !create.orReplace()) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "trigger \"%s\" for relation \"%s\" already exists",
                    create.name(), table.name());
        }
        TriggerDescriptor trigger = new TriggerDescriptor(existing != null ? existing.oid() : catalog.allocateOid(),
                create.name(), table.oid(), function.oid(), type, create.updateColumns(), create.whenText(),
                create.arguments(), existing != null ? existing.enabled() : 'O');
        catalog.triggers().write(transaction, trigger);
        return "CREATE TRIGGER";
    }

    /** The trigger function: no arguments, returning trigger. */
    private RoutineDescriptor function(QualifiedName name) {
        List<String> order = session.searchPath().lookupOrder(catalogView);
        for (String schema : name.schema() != null ? List.of(name.schema()) : order) {
            for (RoutineDescriptor r : catalog.routines().named(name.name())) {
                if (r.schema().equals(schema) && r.argumentTypes().isEmpty() && r.kind() == 'f') {
                    if (r.returnType() != UserFunctions.TRIGGER_OID) {
                        throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "function %s must return type %s",
                                display(name), "trigger");
                    }
                    return r;
                }
            }
        }
        throw new PgException(SqlState.UNDEFINED_FUNCTION, "function %s() does not exist", display(name));
    }

    String drop(DropTrigger drop) {
        TableDescriptor table;
        try {
            table = table(drop.table());
        } catch (PgException e) {
            if (drop.ifExists()) {
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, "relation \"%s\" does not exist, skipping",
                        display(drop.table())).withSeverity("NOTICE"));
                return "DROP TRIGGER";
            }
            throw e;
        }
        TriggerDescriptor trigger = catalog.triggers().find(table.oid(), drop.name());
        if (trigger == null) {
            if (drop.ifExists()) {
                sink.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION,
                        "trigger \"%s\" for relation \"%s\" does not exist, skipping", drop.name(), table.name())
                        .withSeverity("NOTICE"));
                return "DROP TRIGGER";
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "trigger \"%s\" for table \"%s\" does not exist",
                    drop.name(), table.name());
        }
        catalog.triggers().delete(transaction, trigger);
        return "DROP TRIGGER";
    }

    String alter(AlterTrigger alter) {
        TableDescriptor table = table(alter.table());
        if (alter.trigger() == null) {
            for (TriggerDescriptor t : catalog.triggers().forTable(table.oid())) {
                catalog.triggers().write(transaction, t.withEnabled(alter.state()));
            }
            return "ALTER TABLE";
        }
        TriggerDescriptor trigger = catalog.triggers().find(table.oid(), alter.trigger());
        if (trigger == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "trigger \"%s\" for table \"%s\" does not exist",
                    alter.trigger(), table.name());
        }
        catalog.triggers().write(transaction, trigger.withEnabled(alter.state()));
        return "ALTER TABLE";
    }
}
