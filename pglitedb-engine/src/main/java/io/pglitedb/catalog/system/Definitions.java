package io.pglitedb.catalog.system;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.CheckConstraint;
import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.ForeignKey;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.sql.parser.Identifiers;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL text pg_get_indexdef, pg_get_constraintdef and pg_get_expr give for our indexes,
 * constraints and column defaults.
 */
public final class Definitions {
    private Definitions() {
    }

    /** {@code CREATE UNIQUE INDEX t_pkey ON public.t USING btree (id)}. */
    public static String indexDef(TableDescriptor table, String indexName, boolean unique, int[] columns,
            boolean[] descending, boolean[] nullsFirst) {
        return indexDef(table, indexName, IndexDescriptor.BTREE, unique, columns, descending, nullsFirst, null, null,
                new int[0], false, List.of());
    }

    /**
     * @param keys per column the text of an expression column (null: the table column), or null
     * @param predicate a partial index's deparsed WHERE condition, or null
     * @param included the INCLUDE columns
     */
    private static String indexDef(TableDescriptor table, String indexName, String method, boolean unique,
            int[] columns, boolean[] descending, boolean[] nullsFirst, String[] keys, String predicate, int[] included,
            boolean nullsNotDistinct, List<String> options) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (unique) {
            sb.append("UNIQUE ");
        }
        sb.append("INDEX ").append(Identifiers.quote(indexName)).append(" ON ")
                .append(Identifiers.quote(table.schema())).append('.').append(Identifiers.quote(table.name()))
                .append(" USING ").append(method).append(" (");
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(keys != null && keys[i] != null ? keys[i] : Identifiers.quote(table.columns().get(columns[i]).name()));
            boolean desc = descending != null && descending[i];
            if (desc) {
                sb.append(" DESC");
            }
            if (nullsFirst != null && nullsFirst[i] != desc) {
                sb.append(desc ? " NULLS LAST" : " NULLS FIRST");
            }
        }
        sb.append(')');
        sb.append(includeClause(table, included));
        if (nullsNotDistinct) {
            sb.append(" NULLS NOT DISTINCT");
        }
        if (!options.isEmpty()) {
            sb.append(" WITH (").append(flattenOptions(options)).append(')');
        }
        if (predicate != null) {
            sb.append(" WHERE ").append(predicate);
        }
        return sb.toString();
    }

    /** {@code " INCLUDE (b, c)"}, or "" when there are no INCLUDE columns. */
    public static String includeClause(TableDescriptor table, int[] included) {
        return included.length == 0 ? "" : " INCLUDE (" + columnList(table, included) + ")";
    }

    /**
     * Storage parameters as pg_get_indexdef prints them (ruleutils' flatten_reloptions): a value
     * stays bare when it is an identifier that needs no quotes, else it is quoted ({@code fillfactor='50'}).
     */
    public static String flattenOptions(List<String> options) {
        StringBuilder sb = new StringBuilder();
        for (String option : options) {
            int eq = option.indexOf('=');
            String name = option.substring(0, eq);
            String value = option.substring(eq + 1);
            sb.append(sb.isEmpty() ? "" : ", ").append(name).append('=')
                    .append(Identifiers.quote(value).equals(value) ? value : "'" + value.replace("'", "''") + "'");
        }
        return sb.toString();
    }

    public static String indexDef(TableDescriptor table, IndexDescriptor index) {
        return indexDef(table, index, null, null);
    }

    /** An index definition with its expression columns and predicate already deparsed. */
    static String indexDef(TableDescriptor table, IndexDescriptor index, String[] keys, String predicate) {
        return indexDef(table, index.name(), index.method(), index.unique(), index.columns(), index.descending(),
                index.nullsFirst(), keys, predicate, index.included(), index.nullsNotDistinct(), index.options());
    }

    /**
     * pg_get_viewdef: the query as written when the view was created, after a blank and with a
     * semicolon (PostgreSQL prints its own deparsed form of the query, which this is not).
     */
    public static String viewDef(TableDescriptor view) {
        return " " + view.view().query() + ";";
    }

    public static String primaryKeyIndexDef(TableDescriptor table) {
        return indexDef(table, table.primaryKeyName(), true, table.primaryKey(), null, null);
    }

    static String columnList(TableDescriptor table, int[] columns) {
        List<String> names = new ArrayList<>();
        for (int c : columns) {
            names.add(Identifiers.quote(table.columns().get(c).name()));
        }
        return String.join(", ", names);
    }

    public static String primaryKeyDef(TableDescriptor table) {
        return "PRIMARY KEY (" + columnList(table, table.primaryKey()) + ")";
    }

    public static String uniqueDef(TableDescriptor table, IndexDescriptor index) {
        return "UNIQUE " + (index.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "") + "(" + columnList(table, index.columns())
                + ")" + includeClause(table, index.included());
    }

    /**
     * A column default as pg_get_expr shows it: the stored text, except that a string literal gets
     * the cast to the column's type PostgreSQL shows for its coerced constant ({@code 'x'::text},
     * {@code '{}'::integer[]}; the type without its modifiers).
     */
    public static String defaultExpression(ColumnDescriptor column) {
        String sql = column.defaultSql();
        if (sql == null || !STRING_LITERAL.matcher(sql).matches()) {
            return sql;
        }
        return sql + "::" + Types.formatType(DataType.of(column.type().type()));
    }

    private static final java.util.regex.Pattern STRING_LITERAL = java.util.regex.Pattern.compile("'(?:[^']|'')*'");

    /**
     * CHECK (expr). The stored text parenthesizes every operator, as PostgreSQL's plain form does;
     * the pretty form keeps only the parentheses PostgreSQL's pretty printer keeps ({@link io.pglitedb.sql.analyze.PrettySql}).
     */
    public static String checkDef(CheckConstraint check, boolean pretty) {
        String sql = check.expressionSql();
        if (pretty) {
            sql = io.pglitedb.sql.analyze.PrettySql.of(sql);
        }
        return "CHECK (" + sql + ")";
    }

    /** pg_get_expr's pretty form of a stored expression: without the outermost parentheses. */
    public static String prettyExpression(String sql) {
        return sql == null ? null : io.pglitedb.sql.analyze.PrettySql.unwrapped(sql);
    }

    /** What pg_get_constraintdef appends for a constraint's deferral ("" when not deferrable). */
    public static String deferral(boolean deferrable, boolean initiallyDeferred) {
        return !deferrable ? "" : initiallyDeferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    }

    /** @param qualify whether to qualify the referenced table (PostgreSQL does when the search path does not find it) */
    public static String foreignKeyDef(CatalogView view, TableDescriptor table, ForeignKey fk, boolean qualify) {
        TableDescriptor referenced = view.tableByOid(fk.referencedTable());
        StringBuilder sb = new StringBuilder("FOREIGN KEY (").append(columnList(table, fk.columns()))
                .append(") REFERENCES ");
        if (referenced != null) {
            if (qualify) {
                sb.append(Identifiers.quote(referenced.schema())).append('.');
            }
            sb.append(Identifiers.quote(referenced.name())).append('(')
                    .append(columnList(referenced, fk.referencedColumns())).append(')');
        }
        if (fk.matchFull()) {
            sb.append(" MATCH FULL");
        }
        appendAction(sb, " ON UPDATE ", fk.onUpdate());
        appendAction(sb, " ON DELETE ", fk.onDelete());
        return sb.toString();
    }

    private static void appendAction(StringBuilder sb, String prefix, ForeignKey.Action action) {
        switch (action) {
            case NO_ACTION -> {
            }
            case RESTRICT -> sb.append(prefix).append("RESTRICT");
            case CASCADE -> sb.append(prefix).append("CASCADE");
            case SET_NULL -> sb.append(prefix).append("SET NULL");
            case SET_DEFAULT -> sb.append(prefix).append("SET DEFAULT");
        }
    }

    /** pg_constraint.confupdtype / confdeltype. */
    static char actionCode(ForeignKey.Action action) {
        return switch (action) {
            case NO_ACTION -> 'a';
            case RESTRICT -> 'r';
            case CASCADE -> 'c';
            case SET_NULL -> 'n';
            case SET_DEFAULT -> 'd';
        };
    }
}
