package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CheckConstraint;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.ColumnSettings;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.ObjectNames;
import io.pglitedb.catalog.SchemaDescriptor;
import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.ColumnDef;
import io.pglitedb.sql.ast.CreateTable;
import io.pglitedb.sql.ast.SequenceOption;
import io.pglitedb.sql.ast.TableConstraint;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * Turns CREATE TABLE into a table descriptor and the sequences it owns: resolves column types
 * (serial types become integer types with an owned sequence "table_column_seq" and the default
 * {@code nextval('schema.table_column_seq'::regclass)}; identity columns own such a sequence too),
 * validates DEFAULT expressions, names the primary key "table_pkey" and makes its columns NOT
 * NULL, turns UNIQUE constraints into unique indexes "table_columns_key" and CHECK constraints
 * into "table_column_check", as PostgreSQL does. Foreign keys are resolved by the caller
 * ({@link ForeignKeys}), which needs the referenced tables.
 */
public final class TableDefinitions {
    private TableDefinitions() {
    }

    /** A new table and the sequences its serial and identity columns own. */
    public record Definition(TableDescriptor table, List<SequenceDescriptor> sequences,
            List<TableConstraint> foreignKeys) {
    }

    /**
     * @param oids allocates OIDs (table, sequences, indexes)
     * @param relationTaken whether a relation name is already used in the schema (for generated names)
     * @param constraintTaken whether a constraint name is already used in the schema
     */
    public static Definition define(CreateTable create, AnalyzerContext context, IntSupplier oids,
            Predicate<String> relationTaken, Predicate<String> constraintTaken) {
        String schema = context.creationSchema(create.name());
        String tableName = create.name().name();
        int tableOid = oids.getAsInt();
        Set<String> names = new LinkedHashSet<>();
        for (ColumnDef def : create.columns()) {
            ColumnDescriptor.checkNotSystemName(def.name());
            if (!names.add(def.name())) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"%s\" specified more than once", def.name())
                        .withPosition(def.position() + 1);
            }
        }
        List<String> columnNames = new ArrayList<>(names);
        // all constraints, column ones first (as PostgreSQL collects them), then table ones
        List<TableConstraint> constraints = new ArrayList<>();
        for (ColumnDef def : create.columns()) {
            constraints.addAll(def.constraints());
        }
        constraints.addAll(create.constraints());
        TableConstraint primary = null;
        for (TableConstraint c : constraints) {
            if (c.kind() != TableConstraint.Kind.PRIMARY_KEY) {
                continue;
            }
            if (primary != null) {
                throw multiplePrimaryKeys(tableName, c.position());
            }
            primary = c;
        }
        for (TableConstraint c : constraints) {
            if (c.kind() == TableConstraint.Kind.PRIMARY_KEY || c.kind() == TableConstraint.Kind.UNIQUE) {
                refuseIncludedPrimaryKey(c);
                for (String column : concat(c.columns(), c.include())) {
                    if (!names.contains(column)) {
                        throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" named in key does not exist",
                                column).withPosition(c.position() + 1);
                    }
                }
            }
        }
        Set<String> newRelations = new LinkedHashSet<>();
        newRelations.add(tableName);
        Predicate<String> relationUsed = n -> newRelations.contains(n) || relationTaken.test(n);
        List<SequenceDescriptor> sequences = new ArrayList<>();
        List<ColumnDescriptor> columns = new ArrayList<>();
        int attnum = 1;
        for (ColumnDef def : create.columns()) {
            boolean inPrimaryKey = primary != null && primary.columns().contains(def.name());
            ColumnResult column = column(def, attnum++, tableName, tableOid, schema, inPrimaryKey, context, oids,
                    relationUsed);
            if (column.sequence != null) {
                newRelations.add(column.sequence.name());
                sequences.add(column.sequence);
            }
            columns.add(column.descriptor);
        }
        int[] pk = new int[0];
        String primaryKeyName = null;
        if (primary != null) {
            pk = columnIndexes(columnNames, primary.columns());
            primaryKeyName = primary.name() != null ? primary.name()
                    : ObjectNames.choose(tableName, null, "pkey", relationUsed);
            checkRelationName(primaryKeyName, relationUsed, primary.position());
            newRelations.add(primaryKeyName);
        }
        List<IndexDescriptor> indexes = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        Set<String> newConstraints = new LinkedHashSet<>();
        if (primaryKeyName != null) {
            newConstraints.add(primaryKeyName);
        }
        Predicate<String> constraintUsed = n -> newConstraints.contains(n) || constraintTaken.test(n);
        List<TableConstraint> foreignKeys = new ArrayList<>();
        for (TableConstraint c : constraints) {
            switch (c.kind()) {
                case PRIMARY_KEY -> {
                }
                case UNIQUE -> {
                    int[] cols = columnIndexes(columnNames, c.columns());
                    if (c.name() == null && c.include().isEmpty() && !c.nullsNotDistinct()
                            && (Arrays.equals(cols, pk) || sameColumns(indexes, cols))) {
                        continue; // PostgreSQL drops a unique constraint equal to an earlier one
                    }
                    String name = c.name() != null ? c.name()
                            : ObjectNames.choose(tableName, String.join("_", concat(c.columns(), c.include())), "key",
                                    relationUsed);
                    checkRelationName(name, relationUsed, c.position());
                    newRelations.add(name);
                    newConstraints.add(name);
                    indexes.add(uniqueConstraintIndex(oids.getAsInt(), name, cols, c.deferrable(),
                            c.initiallyDeferred()).withIncludedAndMethod(columnIndexes(columnNames, c.include()),
                                    IndexDescriptor.BTREE).withNullsNotDistinct(c.nullsNotDistinct()));
                }
                case CHECK -> {
                    // a name given is only unique within the table; a chosen one avoids the schema's too
                    CheckConstraint check = Checks.define(c, tableName, columns, context,
                            c.name() != null ? newConstraints::contains : constraintUsed);
                    newConstraints.add(check.name());
                    checks.add(check);
                }
                case FOREIGN_KEY -> foreignKeys.add(c);
            }
        }
        TableDescriptor table = new TableDescriptor(tableOid, schema, tableName, columns, pk, primaryKeyName, 1, tableOid,
                indexes, checks, List.of());
        java.util.Map<String, io.pglitedb.sql.ast.Expr> generated = new java.util.LinkedHashMap<>();
        for (ColumnDef def : create.columns()) {
            if (def.generated() != null) {
                generated.put(def.name(), def.generated());
            }
        }
        GeneratedColumns.validate(table, generated, context);
        return new Definition(table, sequences, foreignKeys);
    }

    static boolean sameColumns(List<IndexDescriptor> indexes, int[] cols) {
        for (IndexDescriptor index : indexes) {
            if (index.unique() && !index.hasExpressionsOrPredicate() && Arrays.equals(index.columns(), cols)) {
                return true;
            }
        }
        return false;
    }

    public static IndexDescriptor uniqueConstraintIndex(int oid, String name, int[] cols) {
        return uniqueConstraintIndex(oid, name, cols, false, false);
    }

    public static IndexDescriptor uniqueConstraintIndex(int oid, String name, int[] cols, boolean deferrable,
            boolean initiallyDeferred) {
        return new IndexDescriptor(oid, name, cols, new boolean[cols.length], new boolean[cols.length], true, true,
                deferrable, initiallyDeferred);
    }

    private static void checkRelationName(String name, Predicate<String> used, int position) {
        if (used.test(name)) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", name);
        }
    }

    /** A PRIMARY KEY is the rows' storage key, which has no room for INCLUDE columns. */
    public static void refuseIncludedPrimaryKey(TableConstraint c) {
        if (c.kind() == TableConstraint.Kind.PRIMARY_KEY && !c.include().isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "INCLUDE columns of a primary key are not supported yet")
                    .withPosition(c.position() + 1);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static int[] columnIndexes(List<String> columnNames, List<String> wanted) {
        int[] out = new int[wanted.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = columnNames.indexOf(wanted.get(i));
        }
        return out;
    }

    /** A column's descriptor and the sequence it owns (serial, identity), or null. */
    public record ColumnResult(ColumnDescriptor descriptor, SequenceDescriptor sequence) {
    }

    /** One column of CREATE TABLE or ALTER TABLE ADD COLUMN. */
    public static ColumnResult column(ColumnDef def, int attnum, String tableName, int tableOid, String schema,
            boolean inPrimaryKey, AnalyzerContext context, IntSupplier oids, Predicate<String> relationUsed) {
        String typeName = def.type().name();
        DataType type = Types.resolve(typeName, def.type().modifiers(), def.type().arrayDimensions());
        boolean serial = typeName.equals("serial") || typeName.equals("bigserial") || typeName.equals("smallserial")
                || typeName.equals("serial4") || typeName.equals("serial8") || typeName.equals("serial2");
        boolean identity = def.identity() != '\0';
        if (def.generated() != null && (def.defaultValue() != null || identity || serial)) {
            throw new PgException(SqlState.SYNTAX_ERROR, "both %s and generation expression specified for column \"%s\" of table \"%s\"",
                    def.defaultValue() != null ? "default" : "identity", def.name(), tableName)
                    .withPosition(def.position() + 1);
        }
        boolean notNull = def.notNull() || serial || identity || inPrimaryKey || def.primaryKey();
        String defaultSql = null;
        SequenceDescriptor sequence = null;
        String identitySequence = null;
        if (serial || identity) {
            if (def.defaultValue() != null) {
                String message = identity ? "both default and identity specified for column \"%s\" of table \"%s\""
                        : "multiple default values specified for column \"%s\" of table \"%s\"";
                throw new PgException(SqlState.SYNTAX_ERROR, message, def.name(), tableName)
                        .withPosition(def.position() + 1);
            }
            if (identity && type.type() != Types.INT2 && type.type() != Types.INT4 && type.type() != Types.INT8) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "identity column type must be smallint, integer, or bigint");
            }
            List<SequenceOption> options = new ArrayList<>();
            String sequenceName = null;
            for (SequenceOption o : def.identityOptions()) {
                if (o.kind() == SequenceOption.Kind.SEQUENCE_NAME) {
                    sequenceName = o.ownedBy().get(0);
                } else {
                    options.add(o);
                }
            }
            if (sequenceName == null) {
                sequenceName = ObjectNames.choose(tableName, def.name(), "seq", relationUsed);
            }
            options.add(0, new SequenceOption(SequenceOption.Kind.AS, null,
                    new io.pglitedb.sql.ast.TypeName(type.type().name(), List.of(), 0, 0), null, 0));
            sequence = SequenceDefinitions.create(oids.getAsInt(), schema, sequenceName, options)
                    .ownedBy(tableOid, def.name());
            if (serial) {
                // qualified, so that the default resolves under any search path (pg_dump sets it to
                // ''); pg_get_expr prints it unqualified where the sequence is visible, as PostgreSQL does
                String reference = quoteIdentifier(schema) + "." + quoteIdentifier(sequenceName);
                defaultSql = "nextval(" + quoteLiteral(reference) + "::regclass)";
            } else {
                identitySequence = sequenceName;
            }
        } else if (def.defaultValue() != null) {
            defaultSql = SqlText.of(def.defaultValue());
            ColumnDescriptor probe = new ColumnDescriptor(def.name(), attnum, type, notNull, null, null);
            ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Scope.empty(), null, "DEFAULT expressions");
            DefaultValues.assign(analyzer, def.defaultValue(), probe, context);
        }
        char identityKind = identity ? def.identity() : ColumnDescriptor.NOT_IDENTITY;
        if (def.generated() != null) {
            defaultSql = SqlText.of(def.generated());
        }
        io.pglitedb.types.DomainType domain = Types.domain(typeName, def.type().arrayDimensions());
        ColumnSettings settings = ColumnSettings.DEFAULT.withCollation(collation(def.collate(), type, true));
        return new ColumnResult(new ColumnDescriptor(def.name(), attnum, type, notNull, defaultSql, identitySequence,
                identityKind, def.generated() != null, domain == null ? 0 : domain.oid(), settings), sequence);
    }

    /**
     * The collation a COLLATE clause gives a column of {@code type}: 0 when there is none (the type's
     * own); 42804 when the type has no collation, pointing at COLLATE when {@code withPosition} (ALTER
     * COLUMN TYPE's error has none in PostgreSQL). The parser has checked that the collation exists.
     */
    public static int collation(io.pglitedb.sql.ast.CollateClause collate, DataType type, boolean withPosition) {
        if (collate == null) {
            return 0;
        }
        if (io.pglitedb.catalog.Collations.ofType(type.type()) == 0) {
            PgException e = new PgException(SqlState.DATATYPE_MISMATCH, "collations are not supported by type %s",
                    type.baseName());
            throw withPosition ? e.withPosition(collate.position() + 1) : e;
        }
        return io.pglitedb.catalog.Collations.oid(collate.name());
    }

    /** quote_identifier: double quotes unless the name is a plain lower-case identifier. */
    public static String quoteIdentifier(String name) {
        return io.pglitedb.sql.parser.Identifiers.quote(name);
    }

    static String quoteLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static PgException multiplePrimaryKeys(String table, int position) {
        return new PgException(SqlState.INVALID_TABLE_DEFINITION, "multiple primary keys for table \"%s\" are not allowed",
                table).withPosition(position + 1);
    }
}
