package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CheckConstraint;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.Inheritance;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.partition.PartitionBound;
import io.pglitedb.partition.PartitionKey;
import io.pglitedb.sql.ast.ColumnDef;
import io.pglitedb.sql.ast.CreateTable;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.TableConstraint;
import io.pglitedb.sql.ast.TableInheritance;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * CREATE TABLE ... INHERITS (parents) and CREATE TABLE ... PARTITION OF parent: the columns and
 * constraints the new table takes from its parents, merged with its own as PostgreSQL's
 * MergeAttributes does. Inherited columns come first, in the parents' order (a column two parents
 * have is merged, NOTICE "merging multiple inherited definitions"; a local column of an inherited
 * name is merged into it, NOTICE "merging column ... with inherited definition"), types must agree
 * (42804). NOT NULL and DEFAULT are inherited, and every CHECK constraint with its name. A partition
 * takes its parent's columns without notices and its primary key and unique constraints too.
 */
public final class TableInherits {
    private TableInherits() {
    }

    /** The statement with the inherited elements, and the new table's place in the hierarchy. */
    public record Expanded(CreateTable create, List<TableDescriptor> parents, Inheritance inheritance) {
    }

    /** What is copied has no place in the statement. */
    private static final int NO_POSITION = -1;

    public static Expanded expand(CreateTable create, AnalyzerContext context, Consumer<PgException> notices) {
        TableInheritance clause = create.inheritance();
        PartitionKey key = clause.partitionBy() == null ? null : null; // set by the caller once columns are known
        if (clause.partitionOf() == null && clause.inherits().isEmpty()) {
            return new Expanded(create, List.of(), new Inheritance(List.of(), key, null));
        }
        List<TableDescriptor> parents = new ArrayList<>();
        boolean partition = clause.partitionOf() != null;
        for (QualifiedName name : partition ? List.of(clause.partitionOf()) : clause.inherits()) {
            // PostgreSQL reports no position for the parents' names
            TableDescriptor parent = Tables.resolve(context, new QualifiedName(name.schema(), name.name(), -1));
            if (parent.view() != null) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "inherited relation \"%s\" is not a table or foreign table",
                        parent.name());
            }
            if (partition && !parent.isPartitioned()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not partitioned", parent.name());
            }
            if (!partition && parent.isPartitioned()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot inherit from partitioned table \"%s\"",
                        parent.name());
            }
            if (!partition && parent.isPartition()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot inherit from partition \"%s\"", parent.name());
            }
            for (TableDescriptor earlier : parents) {
                if (earlier.oid() == parent.oid()) {
                    throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"%s\" would be inherited from more than once",
                            parent.name());
                }
            }
            parents.add(parent);
        }
        Map<String, ColumnDef> merged = new LinkedHashMap<>();
        Map<String, DataType> types = new LinkedHashMap<>();
        List<TableConstraint> constraints = new ArrayList<>();
        for (TableDescriptor parent : parents) {
            for (ColumnDescriptor c : parent.columns()) {
                ColumnDef def = inheritedColumn(c);
                ColumnDef earlier = merged.get(c.name());
                if (earlier == null) {
                    merged.put(c.name(), def);
                    types.put(c.name(), c.type());
                    continue;
                }
                notices.accept(notice("merging multiple inherited definitions of column \"%s\"", c.name()));
                DataType earlierType = types.get(c.name());
                if (!earlierType.equals(c.type())) {
                    throw new PgException(SqlState.DATATYPE_MISMATCH, "inherited column \"%s\" has a type conflict",
                            c.name()).withDetail(Types.formatType(earlierType) + " versus " + Types.formatType(c.type()));
                }
                merged.put(c.name(), mergeFlags(earlier, def.notNull(), earlier.defaultValue() != null
                        ? earlier.defaultValue() : def.defaultValue()));
            }
            for (CheckConstraint check : parent.checks()) {
                if (constraints.stream().noneMatch(t -> check.name().equals(t.name()))) {
                    constraints.add(new TableConstraint(TableConstraint.Kind.CHECK, check.name(), List.of(), NO_POSITION,
                            DefaultValues.parseExpression(check.expressionSql()), check.expressionSql(), null,
                            List.of(), "NO ACTION", "NO ACTION", false, false, false));
                }
            }
            if (partition) {
                if (parent.hasPrimaryKey()) {
                    constraints.add(new TableConstraint(TableConstraint.Kind.PRIMARY_KEY, null,
                            names(parent, parent.primaryKey()), NO_POSITION));
                }
                for (IndexDescriptor index : parent.indexes()) {
                    if (index.constraint()) {
                        constraints.add(new TableConstraint(TableConstraint.Kind.UNIQUE, null,
                                names(parent, index.columns()), NO_POSITION));
                    }
                }
            }
        }
        List<ColumnDef> local = new ArrayList<>();
        List<String> inheritedNames = new ArrayList<>(merged.keySet());
        int localIndex = 0;
        for (ColumnDef def : create.columns()) {
            // MergeAttributes: "merging" when the column is at the inherited column's position among the
            // columns written, "moving and merging" otherwise
            int ownPosition = localIndex++;
            ColumnDef inherited = merged.get(def.name());
            if (inherited == null) {
                if (partition) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"%s\" named in partition does not exist",
                            def.name()).withPosition(def.position() + 1);
                }
                local.add(def);
                continue;
            }
            if (!partition) {
                if (inheritedNames.indexOf(def.name()) == ownPosition) {
                    notices.accept(notice("merging column \"%s\" with inherited definition", def.name()));
                } else {
                    notices.accept(notice("moving and merging column \"%s\" with inherited definition", def.name())
                            .withDetail("User-specified column moved to the position of the inherited column."));
                }
                DataType localType = Types.resolve(def.type().name(), def.type().modifiers(),
                        def.type().arrayDimensions());
                DataType inheritedType = types.get(def.name());
                if (!localType.equals(inheritedType)) {
                    throw new PgException(SqlState.DATATYPE_MISMATCH, "column \"%s\" has a type conflict", def.name())
                            .withDetail(Types.formatType(inheritedType) + " versus " + Types.formatType(localType));
                }
                int inheritedCollation = collation(inherited, inheritedType);
                int localCollation = collation(def, localType);
                if (inheritedCollation != localCollation) {
                    throw new PgException(SqlState.COLLATION_MISMATCH, "column \"%s\" has a collation conflict",
                            def.name()).withDetail("\"" + io.pglitedb.catalog.Collations.name(inheritedCollation)
                                    + "\" versus \"" + io.pglitedb.catalog.Collations.name(localCollation) + "\"");
                }
            }
            merged.put(def.name(), new ColumnDef(def.name(), inherited.type(), inherited.notNull() || def.notNull(),
                    def.primaryKey(), def.unique(), def.defaultValue() != null ? def.defaultValue()
                            : inherited.defaultValue(), def.position(), def.constraints(), def.identity(),
                    def.identityOptions(), def.generated() != null ? def.generated() : inherited.generated(),
                    def.collate() != null ? def.collate() : inherited.collate()));
        }
        List<ColumnDef> columns = new ArrayList<>(merged.values());
        columns.addAll(local);
        List<TableConstraint> all = new ArrayList<>(create.constraints());
        for (TableConstraint c : constraints) {
            if (c.name() == null || all.stream().noneMatch(t -> c.name().equals(t.name()))) {
                all.add(c);
            }
        }
        List<Integer> parentOids = new ArrayList<>();
        for (TableDescriptor p : parents) {
            parentOids.add(p.oid());
        }
        return new Expanded(create.withElements(columns, all), parents,
                new Inheritance(parentOids, null, partition ? PartitionBound.defaultBound() : null));
    }

    /** The collation a column definition gives its column: its COLLATE's, else its type's. */
    private static int collation(ColumnDef def, DataType type) {
        return def.collate() != null ? io.pglitedb.catalog.Collations.oid(def.collate().name())
                : io.pglitedb.catalog.Collations.ofType(type.type());
    }

    private static ColumnDef inheritedColumn(ColumnDescriptor c) {
        io.pglitedb.sql.ast.Expr defaultValue = !c.generated() && c.defaultSql() != null
                ? DefaultValues.parseExpression(c.defaultSql()) : null;
        return new ColumnDef(c.name(), TableLikes.typeName(c), c.notNull(), false, false, defaultValue, NO_POSITION,
                List.of(), '\0', List.of(), c.generated() ? DefaultValues.parseExpression(c.defaultSql()) : null,
                TableLikes.collate(c));
    }

    private static ColumnDef mergeFlags(ColumnDef def, boolean notNull, io.pglitedb.sql.ast.Expr defaultValue) {
        return new ColumnDef(def.name(), def.type(), def.notNull() || notNull, def.primaryKey(), def.unique(),
                defaultValue, def.position(), def.constraints(), def.identity(), def.identityOptions(), def.generated(),
                def.collate());
    }

    private static List<String> names(TableDescriptor table, int[] columns) {
        List<String> out = new ArrayList<>(columns.length);
        for (int c : columns) {
            out.add(table.columns().get(c).name());
        }
        return out;
    }

    private static PgException notice(String format, Object... args) {
        return new PgException(SqlState.SUCCESSFUL_COMPLETION, format, args).withSeverity("NOTICE");
    }
}
