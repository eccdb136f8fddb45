package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ForeignKey;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.ObjectNames;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.TableConstraint;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * FOREIGN KEY ... REFERENCES resolved against the tables (tablecmds.c ATAddForeignKeyConstraint):
 * the referenced columns default to the referenced table's primary key and must be its primary
 * key or carry a unique constraint; column types must compare with each other. Unnamed keys are
 * called table_columns_fkey.
 */
public final class ForeignKeyDefinitions {
    private ForeignKeyDefinitions() {
    }

    /**
     * @param table the referencing table (for a self-reference in CREATE TABLE, the new table)
     */
    public static ForeignKey define(TableConstraint c, TableDescriptor table, AnalyzerContext context,
            Predicate<String> constraintTaken) {
        String schema = c.referencedTable().schema() == null && c.referencedTable().name().equals(table.name())
                && context.catalog().table(table.schema(), table.name()) == null
                ? table.schema() : context.relationSchema(c.referencedTable());
        TableDescriptor referenced = schema.equals(table.schema()) && c.referencedTable().name().equals(table.name())
                ? table : context.catalog().table(schema, c.referencedTable().name());
        if (referenced == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist",
                    c.referencedTable().name());
        }
        int[] cols = new int[c.columns().size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = table.columnIndex(c.columns().get(i));
            if (cols[i] < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN,
                        "column \"%s\" referenced in foreign key constraint does not exist", c.columns().get(i));
            }
        }
        int[] refCols;
        if (c.referencedColumns().isEmpty()) {
            if (!referenced.hasPrimaryKey()) {
                throw new PgException(SqlState.INVALID_FOREIGN_KEY, "there is no primary key for referenced table \"%s\"",
                        referenced.name());
            }
            refCols = referenced.primaryKey();
        } else {
            refCols = new int[c.referencedColumns().size()];
            for (int i = 0; i < refCols.length; i++) {
                refCols[i] = referenced.columnIndex(c.referencedColumns().get(i));
                if (refCols[i] < 0) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN,
                            "column \"%s\" referenced in foreign key constraint does not exist",
                            c.referencedColumns().get(i));
                }
            }
        }
        if (!isUniqueKey(referenced, refCols)) {
            throw new PgException(SqlState.INVALID_FOREIGN_KEY,
                    "there is no unique constraint matching given keys for referenced table \"%s\"", referenced.name());
        }
        if (refCols.length != cols.length) {
            throw new PgException(SqlState.INVALID_FOREIGN_KEY,
                    "number of referencing and referenced columns for foreign key disagree");
        }
        String name = c.name();
        if (name == null) {
            name = ObjectNames.choose(table.name(), String.join("_", c.columns()), "fkey", constraintTaken);
        } else if (constraintTaken.test(name)) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "constraint \"%s\" for relation \"%s\" already exists", name,
                    table.name());
        }
        for (int i = 0; i < cols.length; i++) {
            DataType a = table.columns().get(cols[i]).type();
            DataType b = referenced.columns().get(refCols[i]).type();
            if (!compatible(a, b)) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "foreign key constraint \"%s\" cannot be implemented",
                        name)
                        .withDetail("Key columns \"" + table.columns().get(cols[i]).name() + "\" and \""
                                + referenced.columns().get(refCols[i]).name() + "\" are of incompatible types: "
                                + a.baseName() + " and " + b.baseName() + ".");
            }
        }
        return new ForeignKey(name, cols, referenced.oid(), refCols, action(c.onDelete()), action(c.onUpdate()),
                c.matchFull(), c.deferrable(), c.initiallyDeferred());
    }

    /** True when {@code cols} are the primary key or a non-deferrable unique key (55000 if only a deferrable one). */
    static boolean isUniqueKey(TableDescriptor table, int[] cols) {
        if (sameSet(table.primaryKey(), cols)) {
            return true;
        }
        boolean deferrable = false;
        for (IndexDescriptor index : table.indexes()) {
            if (index.unique() && !index.hasExpressionsOrPredicate() && sameSet(index.columns(), cols)) {
                if (!index.deferrable()) {
                    return true;
                }
                deferrable = true;
            }
        }
        if (deferrable) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                    "cannot use a deferrable unique constraint for referenced table \"%s\"", table.name());
        }
        return false;
    }

    private static boolean sameSet(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            return false;
        }
        int[] x = a.clone();
        int[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    private static final List<io.pglitedb.types.PgType> INTEGERS = List.of(Types.INT2, Types.INT4, Types.INT8);

    private static boolean compatible(DataType a, DataType b) {
        if (a.type() == b.type()) {
            return true;
        }
        if (INTEGERS.contains(a.type()) && INTEGERS.contains(b.type())) {
            return true;
        }
        boolean aText = a.type() == Types.TEXT || a.type() == Types.VARCHAR;
        boolean bText = b.type() == Types.TEXT || b.type() == Types.VARCHAR;
        return aText && bText;
    }

    private static ForeignKey.Action action(String text) {
        return switch (text) {
            case "CASCADE" -> ForeignKey.Action.CASCADE;
            case "RESTRICT" -> ForeignKey.Action.RESTRICT;
            case "SET NULL" -> ForeignKey.Action.SET_NULL;
            case "SET DEFAULT" -> ForeignKey.Action.SET_DEFAULT;
            default -> ForeignKey.Action.NO_ACTION;
        };
    }
}
