package io.pglitedb.jdbc;

import io.pglitedb.session.ResultColumn;
import io.pglitedb.types.DataType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A forward-only, read-only result: the engine's values, read by getters that return what pgJDBC
 * returns for the same column (see {@link ColumnValues} and {@link JdbcTypes}). Rows come from a
 * list, and for a streaming statement from further chunks of its portal.
 */
final class PgLiteResultSet extends ReadOnlyResultSet {
    private final PgLiteStatement statement;
    private final List<ResultColumn> columns;
    private List<Object[]> rows;
    private final PortalFetcher fetcher;
    private int position = -1;
    private int rowNumber;
    private Object[] current;
    private boolean wasNull;
    private boolean closed;
    private boolean afterLast;
    private Map<String, Integer> columnIndex;
    private PgLiteResultSetMetaData metaData;

    PgLiteResultSet(PgLiteStatement statement, List<ResultColumn> columns, List<Object[]> rows, PortalFetcher fetcher) {
        this.statement = statement;
        this.columns = columns;
        this.rows = rows;
        this.fetcher = fetcher;
    }

    // ------------------------------------------------------------------ navigation

    @Override
    public boolean next() throws SQLException {
        checkClosed();
        if (position + 1 >= rows.size() && fetcher != null && !fetcher.isDone()) {
            rows = fetcher.fetch();
            position = -1;
        }
        if (position + 1 >= rows.size()) {
            current = null;
            afterLast = true;
            return false;
        }
        current = rows.get(++position);
        rowNumber++;
        return true;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closeFromStatement();
        statement.resultSetClosed();
    }

    /** Closes without the closeOnCompletion cascade (the statement itself is moving on). */
    void closeFromStatement() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        rows = List.of();
        current = null;
        if (fetcher != null && !fetcher.isDone()) {
            statement.connection.lock.lock();
            try {
                if (!statement.connection.isClosed()) {
                    fetcher.close();
                }
            } finally {
                statement.connection.lock.unlock();
            }
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private void checkClosed() throws SQLException {
        if (closed) {
            throw new PgLiteSQLException("This ResultSet is closed.", "55000");
        }
    }

    /** The value of a column of the current row; sets wasNull. */
    private Object value(int columnIndex) throws SQLException {
        checkClosed();
        if (current == null) {
            throw new PgLiteSQLException("ResultSet not positioned properly, perhaps you need to call next.", "24000");
        }
        if (columnIndex < 1 || columnIndex > columns.size()) {
            throw new PgLiteSQLException("The column index is out of range: " + columnIndex + ", number of columns: "
                    + columns.size() + ".", "22023");
        }
        Object v = current[columnIndex - 1];
        wasNull = v == null;
        return v;
    }

    private DataType type(int columnIndex) {
        return columns.get(columnIndex - 1).type();
    }

    private int sqlType(int columnIndex) {
        return JdbcTypes.sqlType(type(columnIndex).oid());
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkClosed();
        return wasNull;
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkClosed();
        if (columnIndex == null) {
            columnIndex = new HashMap<>(columns.size() * 2);
            for (int i = columns.size() - 1; i >= 0; i--) {
                columnIndex.put(columns.get(i).name().toLowerCase(Locale.US), i + 1);
            }
        }
        Integer index = columnIndex.get(columnLabel);
        if (index == null) {
            index = columnIndex.get(columnLabel.toLowerCase(Locale.US));
        }
        if (index == null) {
            throw new PgLiteSQLException("The column name " + columnLabel + " was not found in this ResultSet.", "42703");
        }
        return index;
    }

    // ------------------------------------------------------------------ getters by index

    @Override
    public String getString(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? null : ColumnValues.text(v, type(columnIndex));
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v != null && ColumnValues.toBoolean(v, type(columnIndex));
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? 0 : (byte) ColumnValues.toLong(v, type(columnIndex), Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? 0
                : (short) ColumnValues.toLong(v, type(columnIndex), Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v instanceof Integer i) {
            return i;
        }
        return v == null ? 0 : (int) ColumnValues.toLong(v, type(columnIndex), Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v instanceof Long l) {
            return l;
        }
        return v == null ? 0 : ColumnValues.toLong(v, type(columnIndex), Long.MIN_VALUE, Long.MAX_VALUE, "long");
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? 0 : ColumnValues.toFloat(v, type(columnIndex));
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? 0 : ColumnValues.toDouble(v, type(columnIndex), "double");
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        BigDecimal v = getBigDecimal(columnIndex);
        return v == null ? null : ColumnValues.scaled(v, scale);
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? null : ColumnValues.toBigDecimal(v, type(columnIndex));
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? null : ColumnValues.toBytes(v, type(columnIndex));
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        return getDate(columnIndex, null);
    }

    @Override
    public Date getDate(int columnIndex, Calendar cal) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? null : ColumnValues.toDate(v, type(columnIndex), cal);
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        return getTime(columnIndex, null);
    }

    @Override
    public Time getTime(int columnIndex, Calendar cal) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? null : ColumnValues.toTime(v, type(columnIndex), cal);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        return getTimestamp(columnIndex, null);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? null : ColumnValues.toTimestamp(v, type(columnIndex), cal);
    }

    @Override
    public InputStream getAsciiStream(int columnIndex) throws SQLException {
        String s = getString(columnIndex);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int columnIndex) throws SQLException {
        String s = getString(columnIndex);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        byte[] b = getBytes(columnIndex);
        return b == null ? null : new ByteArrayInputStream(b);
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        String s = getString(columnIndex);
        return s == null ? null : new StringReader(s);
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        return getString(columnIndex);
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        return getCharacterStream(columnIndex);
    }

    /** pgJDBC's getObject: the class follows the column's java.sql.Types code. */
    @Override
    public Object getObject(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v == null) {
            return null;
        }
        DataType type = type(columnIndex);
        return switch (sqlType(columnIndex)) {
            case Types.BIT -> ColumnValues.toBoolean(v, type);
            case Types.SMALLINT, Types.INTEGER -> (int) ColumnValues.toLong(v, type, Integer.MIN_VALUE,
                    Integer.MAX_VALUE, "int");
            case Types.BIGINT -> ColumnValues.toLong(v, type, Long.MIN_VALUE, Long.MAX_VALUE, "long");
            case Types.NUMERIC -> ColumnValues.numericObject(v);
            case Types.REAL -> ColumnValues.toFloat(v, type);
            case Types.DOUBLE -> ColumnValues.toDouble(v, type, "double");
            case Types.DATE -> ColumnValues.toDate(v, type, null);
            case Types.TIME -> ColumnValues.toTime(v, type, null);
            case Types.TIMESTAMP -> ColumnValues.toTimestamp(v, type, null);
            case Types.BINARY -> ((byte[]) v).clone();
            case Types.ARRAY -> type.type() instanceof io.pglitedb.types.ArrayType array
                    && v instanceof io.pglitedb.types.ArrayValue a ? PgLiteArray.of(array, a) : ColumnValues.text(v, type);
            default -> v instanceof java.util.UUID ? v : ColumnValues.text(v, type);
        };
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> target) throws SQLException {
        if (target == null) {
            throw new SQLException("type is null");
        }
        Object v = value(columnIndex);
        DataType type = type(columnIndex);
        int sqlType = sqlType(columnIndex);
        if (target == java.util.UUID.class && (v == null || v instanceof java.util.UUID)) {
            return target.cast(v);
        } else if (target == byte[].class && sqlType == Types.BINARY) {
            return target.cast(getBytes(columnIndex));
        } else if (target == BigDecimal.class) {
            require(sqlType == Types.NUMERIC, target, type);
            return target.cast(getBigDecimal(columnIndex));
        } else if (target == String.class) {
            require(sqlType == Types.CHAR || sqlType == Types.VARCHAR, target, type);
            return target.cast(getString(columnIndex));
        } else if (target == Boolean.class) {
            require(sqlType == Types.BIT, target, type);
            return v == null ? null : target.cast(getBoolean(columnIndex));
        } else if (target == Short.class) {
            require(sqlType == Types.SMALLINT, target, type);
            return v == null ? null : target.cast(getShort(columnIndex));
        } else if (target == Integer.class) {
            require(sqlType == Types.INTEGER || sqlType == Types.SMALLINT, target, type);
            return v == null ? null : target.cast(getInt(columnIndex));
        } else if (target == Long.class) {
            require(sqlType == Types.BIGINT, target, type);
            return v == null ? null : target.cast(getLong(columnIndex));
        } else if (target == BigInteger.class) {
            require(sqlType == Types.BIGINT, target, type);
            return v == null ? null : target.cast(BigInteger.valueOf(getLong(columnIndex)));
        } else if (target == Float.class) {
            require(sqlType == Types.REAL, target, type);
            return v == null ? null : target.cast(getFloat(columnIndex));
        } else if (target == Double.class) {
            require(sqlType == Types.DOUBLE, target, type);
            return v == null ? null : target.cast(getDouble(columnIndex));
        } else if (target == Date.class) {
            require(sqlType == Types.DATE, target, type);
            return target.cast(getDate(columnIndex));
        } else if (target == Time.class) {
            require(sqlType == Types.TIME, target, type);
            return target.cast(getTime(columnIndex));
        } else if (target == Timestamp.class) {
            require(sqlType == Types.TIMESTAMP, target, type);
            return target.cast(getTimestamp(columnIndex));
        } else if (target == Calendar.class) {
            require(sqlType == Types.TIMESTAMP, target, type);
            Timestamp ts = getTimestamp(columnIndex);
            if (ts == null) {
                return null;
            }
            Calendar calendar = Calendar.getInstance();
            calendar.setTimeInMillis(ts.getTime());
            return target.cast(calendar);
        } else if (target == java.util.Date.class) {
            require(sqlType == Types.TIMESTAMP, target, type);
            Timestamp ts = getTimestamp(columnIndex);
            return ts == null ? null : target.cast(new java.util.Date(ts.getTime()));
        } else if (target == java.time.LocalTime.class) {
            return v == null ? null : target.cast(ColumnValues.toLocalTime(v, type));
        } else if (target == java.time.OffsetTime.class) {
            return v == null ? null : target.cast(ColumnValues.toOffsetTime(v, type));
        } else if (target == Array.class && sqlType == Types.ARRAY) {
            return target.cast(getArray(columnIndex));
        } else if (target == LocalDate.class) {
            return v == null ? null : target.cast(ColumnValues.toLocalDate(v, type));
        } else if (target == LocalDateTime.class) {
            return v == null ? null : target.cast(ColumnValues.toLocalDateTime(v, type));
        } else if (target == OffsetDateTime.class) {
            return v == null ? null : target.cast(ColumnValues.toOffsetDateTime(v, type));
        }
        throw ColumnValues.conversionNotSupported(target, type);
    }

    private static void require(boolean ok, Class<?> target, DataType type) throws SQLException {
        if (!ok) {
            throw ColumnValues.conversionNotSupported(target, type);
        }
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        if (map == null || map.isEmpty()) {
            return getObject(columnIndex);
        }
        throw new SQLFeatureNotSupportedException("getObject with a type map is not supported", "0A000");
    }

    @Override
    public Ref getRef(int columnIndex) throws SQLException {
        throw PgLiteStatement.unsupported("getRef");
    }

    @Override
    public Blob getBlob(int columnIndex) throws SQLException {
        throw PgLiteStatement.unsupported("getBlob");
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        throw PgLiteStatement.unsupported("getClob");
    }

    @Override
    public Array getArray(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v == null) {
            return null;
        }
        if (type(columnIndex).type() instanceof io.pglitedb.types.ArrayType array
                && v instanceof io.pglitedb.types.ArrayValue a) {
            return PgLiteArray.of(array, a);
        }
        throw ColumnValues.cannotConvert(type(columnIndex), "array");
    }

    @Override
    public URL getURL(int columnIndex) throws SQLException {
        throw PgLiteStatement.unsupported("getURL");
    }

    @Override
    public RowId getRowId(int columnIndex) throws SQLException {
        throw PgLiteStatement.unsupported("getRowId");
    }

    @Override
    public NClob getNClob(int columnIndex) throws SQLException {
        throw PgLiteStatement.unsupported("getNClob");
    }

    @Override
    public SQLXML getSQLXML(int columnIndex) throws SQLException {
        throw PgLiteStatement.unsupported("getSQLXML");
    }

    // ------------------------------------------------------------------ getters by label

    @Override
    public String getString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public boolean getBoolean(String columnLabel) throws SQLException {
        return getBoolean(findColumn(columnLabel));
    }

    @Override
    public byte getByte(String columnLabel) throws SQLException {
        return getByte(findColumn(columnLabel));
    }

    @Override
    public short getShort(String columnLabel) throws SQLException {
        return getShort(findColumn(columnLabel));
    }

    @Override
    public int getInt(String columnLabel) throws SQLException {
        return getInt(findColumn(columnLabel));
    }

    @Override
    public long getLong(String columnLabel) throws SQLException {
        return getLong(findColumn(columnLabel));
    }

    @Override
    public float getFloat(String columnLabel) throws SQLException {
        return getFloat(findColumn(columnLabel));
    }

    @Override
    public double getDouble(String columnLabel) throws SQLException {
        return getDouble(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
        return getBigDecimal(findColumn(columnLabel), scale);
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        return getBigDecimal(findColumn(columnLabel));
    }

    @Override
    public byte[] getBytes(String columnLabel) throws SQLException {
        return getBytes(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel) throws SQLException {
        return getDate(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel, Calendar cal) throws SQLException {
        return getDate(findColumn(columnLabel), cal);
    }

    @Override
    public Time getTime(String columnLabel) throws SQLException {
        return getTime(findColumn(columnLabel));
    }

    @Override
    public Time getTime(String columnLabel, Calendar cal) throws SQLException {
        return getTime(findColumn(columnLabel), cal);
    }

    @Override
    public Timestamp getTimestamp(String columnLabel) throws SQLException {
        return getTimestamp(findColumn(columnLabel));
    }

    @Override
    public Timestamp getTimestamp(String columnLabel, Calendar cal) throws SQLException {
        return getTimestamp(findColumn(columnLabel), cal);
    }

    @Override
    public InputStream getAsciiStream(String columnLabel) throws SQLException {
        return getAsciiStream(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(String columnLabel) throws SQLException {
        return getUnicodeStream(findColumn(columnLabel));
    }

    @Override
    public InputStream getBinaryStream(String columnLabel) throws SQLException {
        return getBinaryStream(findColumn(columnLabel));
    }

    @Override
    public Reader getCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public String getNString(String columnLabel) throws SQLException {
        return getNString(findColumn(columnLabel));
    }

    @Override
    public Reader getNCharacterStream(String columnLabel) throws SQLException {
        return getNCharacterStream(findColumn(columnLabel));
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return getObject(findColumn(columnLabel), type);
    }

    @Override
    public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(columnLabel), map);
    }

    @Override
    public Ref getRef(String columnLabel) throws SQLException {
        return getRef(findColumn(columnLabel));
    }

    @Override
    public Blob getBlob(String columnLabel) throws SQLException {
        return getBlob(findColumn(columnLabel));
    }

    @Override
    public Clob getClob(String columnLabel) throws SQLException {
        return getClob(findColumn(columnLabel));
    }

    @Override
    public Array getArray(String columnLabel) throws SQLException {
        return getArray(findColumn(columnLabel));
    }

    @Override
    public URL getURL(String columnLabel) throws SQLException {
        return getURL(findColumn(columnLabel));
    }

    @Override
    public RowId getRowId(String columnLabel) throws SQLException {
        return getRowId(findColumn(columnLabel));
    }

    @Override
    public NClob getNClob(String columnLabel) throws SQLException {
        return getNClob(findColumn(columnLabel));
    }

    @Override
    public SQLXML getSQLXML(String columnLabel) throws SQLException {
        return getSQLXML(findColumn(columnLabel));
    }

    // ------------------------------------------------------------------ metadata and position

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkClosed();
        if (metaData == null) {
            metaData = new PgLiteResultSetMetaData(statement.connection, columns);
        }
        return metaData;
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkClosed();
        return statement;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkClosed();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkClosed();
    }

    @Override
    public String getCursorName() throws SQLException {
        checkClosed();
        return null;
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkClosed();
        return rowNumber == 0 && !rows.isEmpty();
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkClosed();
        return afterLast && rowNumber > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkClosed();
        return rowNumber == 1 && current != null;
    }

    @Override
    public boolean isLast() throws SQLException {
        checkClosed();
        if (current == null || position + 1 < rows.size()) {
            return false;
        }
        if (fetcher == null || fetcher.isDone()) {
            return true;
        }
        throw notScrollable();
    }

    @Override
    public int getRow() throws SQLException {
        checkClosed();
        return current == null ? 0 : rowNumber;
    }

    private static SQLException notScrollable() {
        return new PgLiteSQLException("Operation requires a scrollable ResultSet, but this ResultSet is FORWARD_ONLY.",
                "24000");
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw notScrollable();
    }

    @Override
    public void afterLast() throws SQLException {
        throw notScrollable();
    }

    @Override
    public boolean first() throws SQLException {
        throw notScrollable();
    }

    @Override
    public boolean last() throws SQLException {
        throw notScrollable();
    }

    @Override
    public boolean absolute(int row) throws SQLException {
        throw notScrollable();
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        throw notScrollable();
    }

    @Override
    public boolean previous() throws SQLException {
        throw notScrollable();
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkClosed();
        if (direction != FETCH_FORWARD) {
            throw notScrollable();
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkClosed();
        return FETCH_FORWARD;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkClosed();
        if (rows < 0) {
            throw new PgLiteSQLException("Fetch size must be a value greater to or equal to 0.", "22023");
        }
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkClosed();
        return statement.fetchSize;
    }

    @Override
    public int getType() throws SQLException {
        checkClosed();
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        checkClosed();
        return CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkClosed();
        return HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Cannot unwrap to " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
