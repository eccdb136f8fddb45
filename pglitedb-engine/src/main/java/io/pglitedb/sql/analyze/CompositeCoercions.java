package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.Constant;
import io.pglitedb.exec.expr.RowBuild;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.CompositeType;
import io.pglitedb.types.DataType;
import io.pglitedb.types.RecordType;

/**
 * parse_coerce.c's coerce_record_to_complex: a row constructor becomes a value of a composite type
 * ({@code ROW(1, 2, 'a')::aggtype}) by coercing each field to the attribute's type; the number of
 * fields must match.
 */
final class CompositeCoercions {
    private CompositeCoercions() {
    }

    /** The row as a value of {@code target}, or null when it is not a row constructor. */
    static BoundExpr fromRow(BoundExpr expr, CompositeType target, CastContext context, ParameterTypes params,
            int position) {
        BoundExpr[] fields;
        if (expr instanceof RowBuild row) {
            fields = row.fields();
        } else if (expr instanceof Constant c && c.value() instanceof Object[] values
                && c.type().type() instanceof RecordType record) {
            fields = new BoundExpr[values.length]; // a row of constants, folded
            for (int i = 0; i < values.length; i++) {
                fields[i] = new Constant(record.fieldTypes().get(i), values[i]);
            }
        } else {
            return null;
        }
        // coerce_record_to_complex: field by field, so a field's error comes before a missing field's
        int expected = target.fieldTypes().size();
        BoundExpr[] coerced = new BoundExpr[expected];
        for (int i = 0; i < expected; i++) {
            if (i >= fields.length) {
                throw mismatch(expr, target, "Input has too few columns.");
            }
            DataType to = target.fieldTypes().get(i);
            RowBuild.UntypedField untyped = expr instanceof RowBuild row ? row.untyped(i) : null;
            coerced[i] = untyped != null
                    ? Coercions.tryCoerce(untyped.literal(), to, context, params, untyped.position())
                    : Coercions.tryCoerce(fields[i], to, context, params, position);
            if (coerced[i] == null) {
                throw new PgException(SqlState.CANNOT_COERCE, "cannot cast type %s to %s", expr.type().baseName(),
                        target.name()).withDetail("Cannot cast type " + fields[i].type().baseName() + " to "
                                + to.baseName() + " in column " + (i + 1) + ".");
            }
        }
        if (fields.length > expected) {
            throw mismatch(expr, target, "Input has too many columns.");
        }
        BoundExpr built = new RowBuild(DataType.of(target), coerced);
        if (built.isConstant()) {
            return new Constant(built.type(), built.eval(new Object[0], new Object[0]));
        }
        return built;
    }

    private static PgException mismatch(BoundExpr expr, CompositeType target, String detail) {
        return new PgException(SqlState.CANNOT_COERCE, "cannot cast type %s to %s", expr.type().baseName(),
                target.name()).withDetail(detail);
    }
}
