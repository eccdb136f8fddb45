package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.ColumnDef;
import io.pglitedb.sql.ast.CreateTable;
import io.pglitedb.sql.ast.TableConstraint;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns CREATE TABLE into a table descriptor: resolves column types (serial and bigserial become
 * integer / bigint with an owned sequence "table_column_seq"), validates DEFAULT expressions,
 * names the primary key "table_pkey" and makes its columns NOT NULL, as PostgreSQL does.
 */
public final class TableDefinitions {
    private TableDefinitions() {
    }

    public static TableDescriptor define(CreateTable create, AnalyzerContext context, int oid) {
        String schema = create.name().schema() == null ? context.defaultSchema() : create.name().schema();
        if (!schema.equals(context.defaultSchema())) {
            throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", schema)
                    .withPosition(create.name().position() + 1);
        }
        String tableName = create.name().name();
        Set<String> names = new LinkedHashSet<>();
        List<String> primaryKey = null;
        String primaryKeyName = null;
        for (ColumnDef def : create.columns()) {
            if (!names.add(def.name())) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"%s\" specified more than once", def.name())
                        .withPosition(def.position() + 1);
            }
            if (def.primaryKey()) {
                if (primaryKey != null) {
                    throw multiplePrimaryKeys(tableName, def.position());
                }
                primaryKey = List.of(def.name());
            }
            if (def.unique()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "UNIQUE constraints are not supported yet")
                        .withPosition(def.position() + 1);
            }
        }
        for (TableConstraint constraint : create.constraints()) {
            if (constraint.kind() == TableConstraint.Kind.UNIQUE) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "UNIQUE constraints are not supported yet")
                        .withPosition(constraint.position() + 1);
            }
            if (primaryKey != null) {
                throw multiplePrimaryKeys(tableName, constraint.position());
            }
            for (String column : constraint.columns()) {
                if (!names.contains(column)) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" named in key does not exist", column)
                            .withPosition(constraint.position() + 1);
                }
            }
            primaryKey = constraint.columns();
            primaryKeyName = constraint.name();
        }
        List<ColumnDescriptor> columns = new ArrayList<>();
        int attnum = 1;
        for (ColumnDef def : create.columns()) {
            String typeName = def.type().name();
            DataType type = Types.resolve(typeName, def.type().modifiers());
            if (def.type().arrayDimensions() > 0) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "array types are not supported yet")
                        .withPosition(def.type().position() + 1);
            }
            boolean serial = typeName.equals("serial") || typeName.equals("bigserial") || typeName.equals("smallserial")
                    || typeName.equals("serial4") || typeName.equals("serial8") || typeName.equals("serial2");
            boolean notNull = def.notNull() || serial || (primaryKey != null && primaryKey.contains(def.name()));
            String defaultSql = null;
            String sequence = null;
            if (serial) {
                if (def.defaultValue() != null) {
                    throw new PgException(SqlState.SYNTAX_ERROR,
                            "multiple default values specified for column \"%s\" of table \"%s\"", def.name(), tableName)
                            .withPosition(def.position() + 1);
                }
                sequence = tableName + "_" + def.name() + "_seq";
            } else if (def.defaultValue() != null) {
                defaultSql = SqlText.of(def.defaultValue());
                ColumnDescriptor probe = new ColumnDescriptor(def.name(), attnum, type, notNull, null, null);
                ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Scope.empty(), null, "DEFAULT expressions");
                DefaultValues.assign(analyzer, def.defaultValue(), probe, context);
            }
            columns.add(new ColumnDescriptor(def.name(), attnum++, type, notNull, defaultSql, sequence));
        }
        int[] pk = new int[primaryKey == null ? 0 : primaryKey.size()];
        for (int i = 0; i < pk.length; i++) {
            pk[i] = new ArrayList<>(names).indexOf(primaryKey.get(i));
        }
        if (primaryKey != null && primaryKeyName == null) {
            primaryKeyName = tableName + "_pkey";
        }
        return new TableDescriptor(oid, schema, tableName, columns, pk, primaryKeyName, 1);
    }

    private static PgException multiplePrimaryKeys(String table, int position) {
        return new PgException(SqlState.INVALID_TABLE_DEFINITION, "multiple primary keys for table \"%s\" are not allowed",
                table).withPosition(position + 1);
    }
}
