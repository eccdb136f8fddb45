package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.CheckConstraint;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.sql.ast.CastExpr;
import io.pglitedb.sql.ast.ColumnDef;
import io.pglitedb.sql.ast.CreateIndex;
import io.pglitedb.sql.ast.CreateTable;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.TableConstraint;
import io.pglitedb.sql.ast.TableLike;
import io.pglitedb.sql.ast.TypeName;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE TABLE ... (LIKE source [INCLUDING ...]): turns each LIKE clause into the column
 * definitions and constraints it stands for, as PostgreSQL's transformTableLikeClause does.
 * Columns always keep their names, types and NOT NULL; DEFAULTS, GENERATED and IDENTITY copy
 * those column properties; CONSTRAINTS copies CHECK constraints with their names; INDEXES copies
 * the primary key, unique constraints (new names) and the other indexes (returned, to be created
 * after the table). Comments, storage, compression and statistics have nothing to copy here.
 */
public final class TableLikes {
    private TableLikes() {
    }

    /** What is copied has no place in the statement: PostgreSQL reports no position for its errors. */
    private static final int NO_POSITION = -1;

    /**
     * The statement without LIKE clauses, the plain indexes to create on the new table afterwards,
     * and the copied DEFAULT texts by column name (kept as the source stored them).
     */
    public record Expanded(CreateTable create, List<CreateIndex> indexes, java.util.Map<String, String> defaults) {
        /** The new table with the copied defaults' texts. */
        public TableDescriptor withCopiedDefaults(TableDescriptor table) {
            if (defaults.isEmpty()) {
                return table;
            }
            List<ColumnDescriptor> columns = new ArrayList<>();
            for (ColumnDescriptor c : table.columns()) {
                String text = defaults.get(c.name());
                columns.add(text != null && c.defaultSql() != null && !c.generated() ? c.withDefault(text) : c);
            }
            return table.withColumns(columns, table.schemaVersion());
        }
    }

    public static Expanded expand(CreateTable create, AnalyzerContext context) {
        if (create.likes().isEmpty()) {
            return new Expanded(create, List.of(), java.util.Map.of());
        }
        List<ColumnDef> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        List<CreateIndex> indexes = new ArrayList<>();
        java.util.Map<String, String> defaults = new java.util.HashMap<>();
        int next = 0;
        for (TableLike like : create.likes()) {
            while (next < like.columnsBefore()) {
                columns.add(create.columns().get(next++));
            }
            TableDescriptor source = Tables.resolve(context, like.source());
            for (ColumnDescriptor c : source.columns()) {
                ColumnDef def = column(c, like);
                columns.add(def);
                if (def.defaultValue() != null) {
                    defaults.put(c.name(), c.defaultSql());
                }
            }
            if (like.includes(TableLike.CONSTRAINTS)) {
                for (CheckConstraint check : source.checks()) {
                    constraints.add(new TableConstraint(TableConstraint.Kind.CHECK, check.name(), List.of(),
                            NO_POSITION, DefaultValues.parseExpression(check.expressionSql()),
                            check.expressionSql(), null, List.of(), "NO ACTION", "NO ACTION", false, false, false));
                }
            }
            if (like.includes(TableLike.INDEXES)) {
                if (source.hasPrimaryKey()) {
                    constraints.add(new TableConstraint(TableConstraint.Kind.PRIMARY_KEY, null,
                            names(source, source.primaryKey()), NO_POSITION));
                }
                for (IndexDescriptor index : source.indexes()) {
                    if (index.constraint()) {
                        constraints.add(new TableConstraint(TableConstraint.Kind.UNIQUE, null,
                                names(source, index.columns()), NO_POSITION));
                    } else {
                        indexes.add(IndexStatements.recreate(source, index, create.name(), null));
                    }
                }
            }
        }
        while (next < create.columns().size()) {
            columns.add(create.columns().get(next++));
        }
        List<TableConstraint> all = new ArrayList<>(create.constraints()); // the copied ones come last, as in PostgreSQL
        all.addAll(constraints);
        CreateTable expanded = new CreateTable(create.name(), create.ifNotExists(), columns, all,
                create.temporary(), create.onCommit(), List.of(), create.inheritance(), create.options(), create.unlogged());
        return new Expanded(expanded, indexes, defaults);
    }

    private static List<String> names(TableDescriptor table, int[] columns) {
        List<String> out = new ArrayList<>(columns.length);
        for (int c : columns) {
            out.add(table.columns().get(c).name());
        }
        return out;
    }

    private static ColumnDef column(ColumnDescriptor c, TableLike like) {
        TypeName type = typeName(c);
        boolean generated = c.generated() && like.includes(TableLike.GENERATED);
        boolean identity = c.isIdentity() && like.includes(TableLike.IDENTITY);
        io.pglitedb.sql.ast.Expr defaultValue = !c.generated() && c.defaultSql() != null
                && like.includes(TableLike.DEFAULTS) ? DefaultValues.parseExpression(c.defaultSql()) : null;
        return new ColumnDef(c.name(), type, c.notNull(), false, false, defaultValue, NO_POSITION, List.of(),
                identity ? c.identity() : '\0', List.of(),
                generated ? DefaultValues.parseExpression(c.defaultSql()) : null, collate(c));
    }

    /** The COLLATE clause that gives a new column the collation {@code c} was declared with, or null. */
    static io.pglitedb.sql.ast.CollateClause collate(ColumnDescriptor c) {
        int collation = c.settings().collation();
        return collation == 0 ? null
                : new io.pglitedb.sql.ast.CollateClause(io.pglitedb.catalog.Collations.name(collation), NO_POSITION);
    }

    /** The column's type as a type name, by parsing its formatted name. */
    static TypeName typeName(ColumnDescriptor c) {
        CastExpr cast = (CastExpr) DefaultValues.parseExpression("NULL::" + Types.formatType(c.type()));
        return cast.type();
    }
}
