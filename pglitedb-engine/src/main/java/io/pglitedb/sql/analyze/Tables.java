package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.system.SystemRelation;
import io.pglitedb.catalog.system.SystemRelations;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.QualifiedName;

/** Resolving table names, and putting a table's columns into a scope. */
final class Tables {
    private Tables() {
    }

    /** @throws PgException 42P01 relation "x" does not exist */
    static TableDescriptor resolve(AnalyzerContext context, QualifiedName name) {
        int bound = context.uses().boundAt(name.position());
        TableDescriptor table = bound >= 0 ? context.catalog().table(bound) : null;
        if (table == null) {
            context.checkSchemaUsage(name);
            table = find(context, name);
        }
        if (table == null) {
            String shown = name.schema() == null ? name.name() : name.schema() + "." + name.name();
            io.pglitedb.catalog.TypeDescriptor type = context.catalog().type(context.relationSchema(name), name.name());
            if (type != null && type.isComposite()) { // its relkind 'c' relation has no rows to read
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is a composite type", shown)
                        .withPosition(name.position() + 1);
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", shown)
                    .withPosition(name.position() + 1);
        }
        context.uses().add(table, name.position());
        return table;
    }

    /** The table {@code name} names through the search path, or null. */
    static TableDescriptor find(AnalyzerContext context, QualifiedName name) {
        return context.catalog().table(context.relationSchema(name), name.name());
    }

    /**
     * The pg_catalog relation {@code name} names, or null: a qualified pg_catalog name, or an
     * unqualified one when no schema before pg_catalog in the search path has a relation of it.
     */
    static SystemRelation findSystem(AnalyzerContext context, QualifiedName name) {
        if (name.schema() != null) {
            return SystemRelations.find(name.schema(), name.name());
        }
        for (String schema : context.searchPath().lookupOrder(context.catalog())) {
            if (schema.equals(SchemaDescriptor.PG_CATALOG)) {
                return SystemRelations.find(schema, name.name());
            }
            if (context.catalog().relationExists(schema, name.name())) {
                return null;
            }
        }
        return null;
    }

    /** Adds the table's columns to the scope, starting at the scope's current width. */
    static void addToScope(Scope scope, TableDescriptor table, String alias, int position) {
        scope.addTable(alias, position);
        int base = scope.width();
        for (int i = 0; i < table.columns().size(); i++) {
            ColumnDescriptor c = table.columns().get(i);
            scope.addColumn(new Scope.Column(alias, c.name(), c.type(), base + i, table.oid(),
                    (short) c.attributeNumber()));
        }
    }

    /**
     * The scope of INSERT/UPDATE/DELETE's target, with tableoid when every row the plan writes is
     * the table's own: UPDATE and DELETE have a plan per table of a hierarchy, and INSERT writes
     * into the table itself unless it is partitioned (then the row's partition is not known here,
     * so tableoid stays unknown).
     */
    static Scope targetScope(TableDescriptor table, String alias, int position, boolean ownRows) {
        Scope scope = scopeOf(table, alias, position);
        if (ownRows && (table.relkind() == TableDescriptor.ORDINARY_TABLE || table.isPartitioned())) {
            addTableOid(scope, table, alias == null ? table.name() : alias, -1);
        }
        return scope;
    }

    /**
     * The range's tableoid system column: the table's OID ({@code index} -1), or read from the
     * row at {@code index} (a scan that includes the table's children).
     */
    static void addTableOid(Scope scope, TableDescriptor table, String alias, int index) {
        scope.addSystemColumn(new Scope.Column(alias, "tableoid", io.pglitedb.types.DataType.of(
                io.pglitedb.types.Types.OID), index, table.oid(), Scope.TABLEOID_ATTNUM));
    }

    static Scope scopeOf(TableDescriptor table, String alias, int position) {
        Scope scope = new Scope();
        addToScope(scope, table, alias == null ? table.name() : alias, position);
        return scope;
    }
}
