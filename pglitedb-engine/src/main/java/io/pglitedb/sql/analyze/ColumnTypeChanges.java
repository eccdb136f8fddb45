package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.sql.ast.AlterColumnType;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;

/**
 * ALTER COLUMN TYPE's analysis (tablecmds.c ATPrepAlterColumnType): the new type, and the
 * expression that turns an old row's value into the new column's, with PostgreSQL's 42804 errors
 * when no assignment cast exists.
 */
public final class ColumnTypeChanges {
    private ColumnTypeChanges() {
    }

    /** The new type of the column. */
    public static DataType newType(AlterColumnType change) {
        if (change.type().arrayDimensions() > 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "array types are not supported yet")
                    .withPosition(change.type().position() + 1);
        }
        return Types.resolve(change.type().name(), change.type().modifiers());
    }

    /** The domain the new type names (pg_attribute.atttypid), or 0. */
    public static int newDomain(AlterColumnType change) {
        io.pglitedb.types.DomainType domain = Types.domain(change.type().name(), change.type().arrayDimensions());
        return domain == null ? 0 : domain.oid();
    }

    /** The new value of the column over a row of {@code table} (its USING expression, or the cast old value). */
    public static BoundExpr conversion(TableDescriptor table, int column, DataType type, AlterColumnType change,
            AnalyzerContext context) {
        ColumnDescriptor old = table.columns().get(column);
        if (change.using() != null) {
            Scope scope = Tables.scopeOf(table, null, 0);
            BoundExpr converted;
            try {
                BoundExpr using = new ExpressionAnalyzer(context, scope, null, "USING").analyze(change.using());
                converted = Coercions.tryCoerce(using, type, CastContext.ASSIGNMENT, context.parameters(),
                        change.using().position());
            } catch (PgException e) {
                // a constant converted while folding fails as the rewrite would: without a cursor position
                throw e.state() == SqlState.INVALID_TEXT_REPRESENTATION ? e.withPosition(0) : e;
            }
            if (converted == null) {
                throw new PgException(SqlState.DATATYPE_MISMATCH,
                        "result of USING clause for column \"%s\" cannot be cast automatically to type %s", old.name(),
                        type.displayName()).withHint("You might need to add an explicit cast.");
            }
            return converted;
        }
        BoundExpr converted = Coercions.tryCoerce(new ColumnValue(old.type(), column), type, CastContext.ASSIGNMENT,
                context.parameters(), change.position());
        if (converted == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "column \"%s\" cannot be cast automatically to type %s",
                    old.name(), type.displayName())
                    .withHint("You might need to specify \"USING " + quoted(old.name()) + "::" + type.displayName() + "\".");
        }
        return converted;
    }

    /** 42804 when the column's DEFAULT cannot be assigned to the new type. */
    public static void checkDefault(ColumnDescriptor column, DataType type, AnalyzerContext context) {
        if (column.defaultSql() == null || column.isIdentity()) {
            return;
        }
        // as PostgreSQL's strip_implicit_coercions: the expression as written, but a literal keeps the old type
        BoundExpr value = new ExpressionAnalyzer(context, Scope.empty(), null, "DEFAULT expressions")
                .analyze(DefaultValues.parseExpression(column.defaultSql()));
        if (value.type().type() == Types.UNKNOWN) {
            value = DefaultValues.forColumn(context, column);
        }
        if (Coercions.tryCoerce(value, type, CastContext.ASSIGNMENT, context.parameters(), 0) == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "default for column \"%s\" cannot be cast automatically to type %s",
                    column.name(), type.displayName());
        }
    }

    private static String quoted(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
