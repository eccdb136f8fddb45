package io.pglitedb.plpgsql;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.Cast;
import io.pglitedb.types.CastContext;
import io.pglitedb.types.Casts;
import io.pglitedb.types.DataType;
import io.pglitedb.types.RecordType;
import io.pglitedb.types.Types;
import java.util.List;

/** Value conversions of PL/pgSQL assignments (exec_cast_value): assignment casts, else via text. */
final class PlValues {
    private PlValues() {
    }

    static Object cast(Object value, DataType from, DataType to) {
        if (value == null || to == null || from == null) {
            return value;
        }
        if (from.type() == to.type() && (to.typmod() < 0 || from.typmod() == to.typmod())) {
            return value;
        }
        if (to.type() instanceof RecordType || from.type() instanceof RecordType) {
            return value;
        }
        Cast cast = Casts.find(from, to, CastContext.ASSIGNMENT);
        if (cast != null) {
            return cast.apply(value);
        }
        String text = from.type() == Types.UNKNOWN ? value.toString() : from.type().toText(value, from.typmod());
        return to.type().fromText(text, to.typmod());
    }

    /** A row of {@code from}'s fields as a row of {@code to}'s (by position, cast). */
    static Object[] convertRow(Object[] row, DataType from, RecordType to) {
        List<DataType> fromTypes = from != null && from.type() instanceof RecordType r ? r.fieldTypes() : null;
        int n = to.fieldTypes().size();
        if (row.length != n && fromTypes != null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "returned record type does not match expected record type")
                    .withDetail("Number of returned columns (" + row.length + ") does not match expected column count ("
                            + n + ").");
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n && i < row.length; i++) {
            out[i] = fromTypes == null ? row[i] : cast(row[i], fromTypes.get(i), to.fieldTypes().get(i));
        }
        return out;
    }

    /** TG_ARGV: text[] subscripted from 0, as PostgreSQL's. */
    static ArrayValue textArray(List<String> values) {
        if (values.isEmpty()) {
            return ArrayValue.EMPTY;
        }
        return ArrayValue.of(new int[] {values.size()}, new int[] {0}, values.toArray());
    }

    /** Text of a value as RAISE and messages print it: its output function, NULL as {@code <NULL>}. */
    static String text(Object value, DataType type) {
        if (value == null) {
            return "<NULL>";
        }
        if (type == null || type.type() == Types.UNKNOWN) {
            return value.toString();
        }
        return type.type().toText(value, type.typmod());
    }

    /** {@code a[i] := value} on a one-dimensional array variable. */
    static void assignElement(PlExecutor executor, Variable v, PlQuery subscript, PlQuery valueQuery) {
        if (!(v.type.type() instanceof ArrayType at)) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "subscripted object is not an array");
        }
        Object index = executor.sql.evaluate(subscript, DataType.of(Types.INT4));
        if (index == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "array subscript in assignment must not be null");
        }
        Object value = executor.sql.evaluate(valueQuery, DataType.of(at.element()));
        int i = (Integer) index;
        ArrayValue array = (ArrayValue) v.value;
        if (array == null || array.size() == 0) {
            array = ArrayValue.of(new int[] {1}, new int[] {i}, new Object[] {value});
        } else {
            int lower = array.lowerBound(0);
            int upper = lower + array.dim(0) - 1;
            int newLower = Math.min(lower, i);
            int newUpper = Math.max(upper, i);
            Object[] elements = new Object[newUpper - newLower + 1];
            System.arraycopy(array.elements(), 0, elements, lower - newLower, array.dim(0));
            elements[i - newLower] = value;
            array = ArrayValue.of(new int[] {elements.length}, new int[] {newLower}, elements);
        }
        v.value = array;
    }
}
