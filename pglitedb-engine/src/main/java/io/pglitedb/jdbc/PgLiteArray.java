package io.pglitedb.jdbc;

import io.pglitedb.types.ArrayType;
import io.pglitedb.types.ArrayTypes;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * java.sql.Array as pgJDBC's PgArray behaves for what applications use: a column value
 * ({@code getObject}, {@code getArray}) whose {@link #getArray()} gives the elements as pgJDBC
 * converts them (Integer[] for int4[], String[] for text[], nested arrays for several
 * dimensions), and {@link PgLiteConnection#createArrayOf} values that
 * {@code PreparedStatement.setArray} binds as the array type, written as PostgreSQL array text.
 */
final class PgLiteArray implements Array {
    private final ArrayType type;
    private final Object[] elements;

    private PgLiteArray(ArrayType type, Object[] elements) {
        this.type = type;
        this.elements = elements;
    }

    /** A result value: an engine ArrayValue of {@code type}. */
    static PgLiteArray of(ArrayType type, ArrayValue value) throws SQLException {
        return new PgLiteArray(type, nest(type.element(), value, 0, 0));
    }

    /** createArrayOf: {@code typeName} as SQL names it (text, integer, int4, varchar ...). */
    static PgLiteArray create(String typeName, Object[] elements) throws SQLException {
        DataType element;
        try {
            element = Types.resolve(typeName, List.of());
        } catch (RuntimeException e) {
            throw new PgLiteSQLException("Unable to find server array type for provided name " + typeName + ".",
                    "42704");
        }
        ArrayType type = ArrayTypes.arrayOf(element.type());
        if (type == null) {
            throw new PgLiteSQLException("Unable to find server array type for provided name " + typeName + ".",
                    "42704");
        }
        return new PgLiteArray(type, elements == null ? null : elements.clone());
    }

    ArrayType type() {
        return type;
    }

    /** The elements of dimension {@code dim} starting at flat index {@code start}, converted. */
    private static Object[] nest(PgType element, ArrayValue value, int dim, int start) throws SQLException {
        if (value.ndim() == 0) {
            return (Object[]) java.lang.reflect.Array.newInstance(elementClass(element), 0);
        }
        int n = value.dim(dim);
        int stride = 1;
        for (int d = dim + 1; d < value.ndim(); d++) {
            stride *= value.dim(d);
        }
        Object[] out = dim + 1 == value.ndim()
                ? (Object[]) java.lang.reflect.Array.newInstance(elementClass(element), n)
                : new Object[n][];
        for (int i = 0; i < n; i++) {
            out[i] = dim + 1 == value.ndim() ? element(element, value.element(start + i))
                    : nest(element, value, dim + 1, start + i * stride);
        }
        return out;
    }

    private static Class<?> elementClass(PgType element) {
        int oid = element.oid();
        return switch (oid) {
            case JdbcTypes.INT2 -> Short.class;
            case JdbcTypes.INT4 -> Integer.class;
            case JdbcTypes.INT8, JdbcTypes.OID -> Long.class;
            case JdbcTypes.NUMERIC -> java.math.BigDecimal.class;
            case JdbcTypes.FLOAT4 -> Float.class;
            case JdbcTypes.FLOAT8 -> Double.class;
            case JdbcTypes.BOOL -> Boolean.class;
            case JdbcTypes.DATE -> java.sql.Date.class;
            case JdbcTypes.TIMESTAMP, JdbcTypes.TIMESTAMPTZ -> java.sql.Timestamp.class;
            case 2950 -> java.util.UUID.class;
            case 17 -> byte[].class;
            default -> String.class;
        };
    }

    private static Object element(PgType element, Object v) throws SQLException {
        if (v == null) {
            return null;
        }
        DataType type = DataType.of(element);
        return switch (element.oid()) {
            case JdbcTypes.INT2 -> (short) ColumnValues.toLong(v, type, Short.MIN_VALUE, Short.MAX_VALUE, "short");
            case JdbcTypes.INT4 -> (int) ColumnValues.toLong(v, type, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
            case JdbcTypes.INT8, JdbcTypes.OID -> ColumnValues.toLong(v, type, Long.MIN_VALUE, Long.MAX_VALUE, "long");
            case JdbcTypes.NUMERIC -> ColumnValues.toBigDecimal(v, type);
            case JdbcTypes.FLOAT4 -> ColumnValues.toFloat(v, type);
            case JdbcTypes.FLOAT8 -> ColumnValues.toDouble(v, type, "double");
            case JdbcTypes.BOOL -> ColumnValues.toBoolean(v, type);
            case JdbcTypes.DATE -> ColumnValues.toDate(v, type, null);
            case JdbcTypes.TIMESTAMP, JdbcTypes.TIMESTAMPTZ -> ColumnValues.toTimestamp(v, type, null);
            case 2950, 17 -> v;
            default -> ColumnValues.text(v, type);
        };
    }

    /** PostgreSQL array text of createArrayOf's elements (quoted, NULL for null). */
    String literal() {
        StringBuilder sb = new StringBuilder();
        append(sb, elements);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object[] values) {
        sb.append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = values[i];
            if (v == null) {
                sb.append("NULL");
            } else if (v instanceof Object[] nested) {
                append(sb, nested);
            } else {
                String s = v instanceof Boolean b ? (b ? "t" : "f") : v.toString();
                sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        sb.append('}');
    }

    @Override
    public String getBaseTypeName() {
        return type.element().name();
    }

    @Override
    public int getBaseType() {
        return JdbcTypes.sqlType(type.element().oid());
    }

    @Override
    public Object getArray() {
        return elements;
    }

    @Override
    public Object getArray(Map<String, Class<?>> map) throws SQLException {
        if (map != null && !map.isEmpty()) {
            throw PgLiteStatement.unsupported("getArray(Map)");
        }
        return elements;
    }

    @Override
    public Object getArray(long index, int count) throws SQLException {
        return java.util.Arrays.copyOfRange(elements, (int) index - 1, (int) index - 1 + count);
    }

    @Override
    public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
        if (map != null && !map.isEmpty()) {
            throw PgLiteStatement.unsupported("getArray(Map)");
        }
        return getArray(index, count);
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        throw PgLiteStatement.unsupported("Array.getResultSet");
    }

    @Override
    public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
        throw PgLiteStatement.unsupported("Array.getResultSet");
    }

    @Override
    public ResultSet getResultSet(long index, int count) throws SQLException {
        throw PgLiteStatement.unsupported("Array.getResultSet");
    }

    @Override
    public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
        throw PgLiteStatement.unsupported("Array.getResultSet");
    }

    @Override
    public void free() {
    }

    @Override
    public String toString() {
        return literal();
    }
}
