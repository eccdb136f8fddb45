package io.pglitedb.jdbc;

import io.pglitedb.error.PgException;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.session.Session;
import io.pglitedb.session.StatementDescription;
import io.pglitedb.types.DataType;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * A prepared statement: {@code ?} markers become {@code $n}, the statement is parsed once as a
 * named engine statement with the parameter types pgJDBC would declare for the values bound
 * (parsed again when those types change), and each execution is Bind, Execute, Sync. Values reach
 * the executor as Java objects; nothing is encoded.
 */
final class PgLitePreparedStatement extends PgLiteStatement implements PreparedStatement {
    private final String nativeSql;
    private final int parameterCount;
    private final boolean wantKeys;
    private Object[] values;
    private int[] oids;
    private boolean[] bound;
    private List<Object[]> batchValues;
    private List<int[]> batchOids;

    /** The engine statement: its name, the types it was parsed with, and what Describe said. */
    private String statementName;
    private int[] parsedOids;
    private StatementDescription description;

    PgLitePreparedStatement(PgLiteConnection connection, String sql, String[] keyColumns) {
        super(connection);
        Placeholders placeholders = Placeholders.toNative(sql);
        this.wantKeys = keyColumns != null && isDml(placeholders.sql());
        this.nativeSql = wantKeys ? withReturning(placeholders.sql(), keyColumns) : placeholders.sql();
        this.parameterCount = placeholders.parameterCount();
        this.values = new Object[parameterCount];
        this.oids = new int[parameterCount];
        this.bound = new boolean[parameterCount];
    }

    // ------------------------------------------------------------------ execution

    @Override
    public ResultSet executeQuery() throws SQLException {
        if (!execute()) {
            throw new PgLiteSQLException("No results were returned by the query.", "02000");
        }
        return getResultSet();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) executeLargeUpdate();
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        execute();
        checkNoResultUpdate();
        return getLargeUpdateCount();
    }

    @Override
    public boolean execute() throws SQLException {
        connection.lock.lock();
        try {
            checkClosed();
            clearResults();
            checkAllBound();
            connection.beginIfNeeded();
            Session session = connection.session();
            long id = connection.executionStarted();
            ScheduledFuture<?> timer = QueryTimer.arm(connection, id, queryTimeoutMillis());
            try {
                prepare(oids);
                boolean stream = fetchSize > 0 && !wantKeys && !connection.getAutoCommit();
                String portal = stream ? connection.nextPortalName() : "";
                session.bind(portal, statementName, engineValues(values, oids), null);
                List<ResultColumn> columns = session.describePortal(portal);
                if (stream && columns != null) {
                    PortalFetcher fetcher = new PortalFetcher(connection, this::addWarning, portal, fetchSize, maxRows);
                    List<Object[]> first = fetcher.fetchLocked();
                    setStreamingResult(new PgLiteResultSet(this, columns, first, fetcher), columns);
                } else {
                    setResults(List.of(executePortal(session, portal, columns, maxRows)), wantKeys);
                }
            } catch (RuntimeException e) {
                throw PgLiteSQLException.of(e);
            } finally {
                stopTimer(timer);
                PgLiteSQLException.sync(session);
            }
            return getResultSet() != null;
        } finally {
            connection.lock.unlock();
        }
    }

    /** Execute of a bound portal, all its rows (or maxRows of them) collected. */
    private StatementResult executePortal(Session session, String portal, List<ResultColumn> columns, int limit) {
        ResultCollector collector = new ResultCollector(this::addWarning, 0);
        collector.expectColumns(columns);
        boolean suspended = session.execute(portal, limit, collector);
        if (suspended) {
            session.closePortal(portal);
            return new StatementResult(columns, collector.takeRows(), "SELECT " + limit);
        }
        return collector.results.get(0);
    }

    /** Parses the statement (again) when it has not been parsed with these parameter types. */
    private void prepare(int[] types) {
        if (statementName != null && Arrays.equals(parsedOids, types)) {
            return;
        }
        Session session = connection.session();
        if (statementName != null) {
            session.closeStatement(statementName);
            statementName = null;
        }
        String name = connection.nextStatementName();
        session.parse(name, nativeSql, types.clone());
        statementName = name;
        parsedOids = types.clone();
        description = session.describeStatement(name);
    }

    /** The bound values converted for the parameter types the engine resolved. */
    private Object[] engineValues(Object[] given, int[] types) {
        List<DataType> resolved = description.parameterTypes();
        Object[] out = new Object[given.length];
        for (int i = 0; i < given.length; i++) {
            try {
                out[i] = ParameterValues.toEngine(given[i], types[i], resolved.get(i));
            } catch (PgException e) {
                throw connection.session().abort(ParameterValues.withContext(e, i + 1));
            } catch (RuntimeException e) {
                throw connection.session().abort(e);
            }
        }
        return out;
    }

    private void setStreamingResult(PgLiteResultSet resultSet, List<ResultColumn> columns) throws SQLException {
        setResults(List.of(), false);
        adoptStreaming(resultSet, columns);
    }

    private void checkAllBound() throws SQLException {
        for (int i = 0; i < parameterCount; i++) {
            if (!bound[i]) {
                throw new PgLiteSQLException("No value specified for parameter " + (i + 1) + ".", "22023");
            }
        }
    }

    // ------------------------------------------------------------------ batches

    @Override
    public void addBatch() throws SQLException {
        checkClosed();
        checkAllBound();
        if (batchValues == null) {
            batchValues = new ArrayList<>();
            batchOids = new ArrayList<>();
        }
        batchValues.add(values.clone());
        batchOids.add(oids.clone());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkClosed();
        batchValues = null;
        batchOids = null;
    }

    /** Bind/Execute per entry with one Sync at the end: one implicit transaction, as pgJDBC's pipeline. */
    @Override
    public long[] executeLargeBatch() throws SQLException {
        connection.lock.lock();
        try {
            checkClosed();
            clearResults();
            List<Object[]> entries = batchValues == null ? List.of() : batchValues;
            List<int[]> types = batchOids == null ? List.of() : batchOids;
            batchValues = null;
            batchOids = null;
            long[] counts = new long[entries.size()];
            if (entries.isEmpty()) {
                return counts;
            }
            connection.beginIfNeeded();
            Session session = connection.session();
            long id = connection.executionStarted();
            ScheduledFuture<?> timer = QueryTimer.arm(connection, id, queryTimeoutMillis());
            List<Object[]> keyRows = new ArrayList<>();
            List<ResultColumn> keyColumns = null;
            int index = 0;
            try {
                for (; index < entries.size(); index++) {
                    prepare(types.get(index));
                    session.bind("", statementName, engineValues(entries.get(index), types.get(index)), null);
                    List<ResultColumn> columns = session.describePortal("");
                    StatementResult result = executePortal(session, "", columns, 0);
                    if (columns != null) {
                        if (!wantKeys) {
                            throw batchError(index, nativeSql, new PgLiteSQLException(
                                    "A result was returned when none was expected.", "0100E"), counts);
                        }
                        keyColumns = columns;
                        keyRows.addAll(result.rows());
                    }
                    counts[index] = result.updateCount();
                }
            } catch (RuntimeException e) {
                throw batchError(index, nativeSql, PgLiteSQLException.of(e), counts);
            } finally {
                stopTimer(timer);
                PgLiteSQLException.sync(session);
            }
            if (keyColumns != null) {
                setGeneratedKeys(new PgLiteResultSet(this, keyColumns, keyRows, null));
            }
            return counts;
        } finally {
            connection.lock.unlock();
        }
    }

    // ------------------------------------------------------------------ metadata

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        List<ResultColumn> columns = describe().columns();
        return columns == null ? null : new PgLiteResultSetMetaData(connection, columns);
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        return new PgLiteParameterMetaData(describe().parameterTypes());
    }

    /** Parse and Describe with the types bound so far (unbound parameters left to the engine). */
    private StatementDescription describe() throws SQLException {
        connection.lock.lock();
        try {
            checkClosed();
            Session session = connection.session();
            try {
                prepare(oids);
                return description;
            } catch (RuntimeException e) {
                throw PgLiteSQLException.of(e);
            } finally {
                PgLiteSQLException.sync(session);
            }
        } finally {
            connection.lock.unlock();
        }
    }

    @Override
    void closeResources() throws SQLException {
        super.closeResources();
        if (statementName != null && !connection.isClosed()) {
            connection.session().closeStatement(statementName);
            statementName = null;
        }
    }

    // ------------------------------------------------------------------ query-string methods are not for prepared statements

    private static SQLException wrongMethod() {
        return new PgLiteSQLException("Can't use query methods that take a query string on a PreparedStatement.",
                "42809");
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw wrongMethod();
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        throw wrongMethod();
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw wrongMethod();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw wrongMethod();
    }

    // ------------------------------------------------------------------ setters

    private void bind(int index, Object value, int oid) throws SQLException {
        checkClosed();
        if (index < 1 || index > parameterCount) {
            throw new PgLiteSQLException("The column index is out of range: " + index + ", number of columns: "
                    + parameterCount + ".", "22023");
        }
        values[index - 1] = value;
        oids[index - 1] = oid;
        bound[index - 1] = true;
    }

    @Override
    public void clearParameters() throws SQLException {
        checkClosed();
        Arrays.fill(values, null);
        Arrays.fill(oids, 0);
        Arrays.fill(bound, false);
    }

    @Override
    public void setNull(int index, int sqlType) throws SQLException {
        bind(index, null, JdbcTypes.oidForSetNull(sqlType));
    }

    @Override
    public void setNull(int index, int sqlType, String typeName) throws SQLException {
        setNull(index, sqlType);
    }

    @Override
    public void setBoolean(int index, boolean x) throws SQLException {
        bind(index, x, JdbcTypes.BOOL);
    }

    @Override
    public void setByte(int index, byte x) throws SQLException {
        setShort(index, x);
    }

    @Override
    public void setShort(int index, short x) throws SQLException {
        bind(index, x, JdbcTypes.INT2);
    }

    @Override
    public void setInt(int index, int x) throws SQLException {
        bind(index, x, JdbcTypes.INT4);
    }

    @Override
    public void setLong(int index, long x) throws SQLException {
        bind(index, x, JdbcTypes.INT8);
    }

    /** pgJDBC sends a float as its decimal text, typed float8. */
    @Override
    public void setFloat(int index, float x) throws SQLException {
        bind(index, Double.parseDouble(Float.toString(x)), JdbcTypes.FLOAT8);
    }

    @Override
    public void setDouble(int index, double x) throws SQLException {
        bind(index, x, JdbcTypes.FLOAT8);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal x) throws SQLException {
        bind(index, x == null ? null : ParameterValues.numeric(x), JdbcTypes.NUMERIC);
    }

    @Override
    public void setString(int index, String x) throws SQLException {
        int oid = connection.stringTypeOid();
        bind(index, x == null || oid == JdbcTypes.VARCHAR ? x : new ParameterValues.Text(x), oid);
    }

    @Override
    public void setNString(int index, String value) throws SQLException {
        setString(index, value);
    }

    @Override
    public void setBytes(int index, byte[] x) throws SQLException {
        bind(index, x == null ? null : new ParameterValues.Text(hex(x)), 17);
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(2 + bytes.length * 2).append("\\x");
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }

    @Override
    public void setDate(int index, Date x) throws SQLException {
        setDate(index, x, null);
    }

    @Override
    public void setDate(int index, Date x, Calendar cal) throws SQLException {
        bind(index, x == null ? null : new ParameterValues.Text(ParameterValues.date(x, cal)),
                x == null ? JdbcTypes.DATE : JdbcTypes.UNSPECIFIED);
    }

    @Override
    public void setTime(int index, Time x) throws SQLException {
        setTime(index, x, null);
    }

    @Override
    public void setTime(int index, Time x, Calendar cal) throws SQLException {
        bind(index, x == null ? null : new ParameterValues.Text(x.toString()), JdbcTypes.UNSPECIFIED);
    }

    @Override
    public void setTimestamp(int index, Timestamp x) throws SQLException {
        setTimestamp(index, x, null);
    }

    /** Unspecified type, as in pgJDBC: the text carries the zone offset, which a timestamp column ignores. */
    @Override
    public void setTimestamp(int index, Timestamp x, Calendar cal) throws SQLException {
        bind(index, x == null ? null : new ParameterValues.Text(ParameterValues.timestamp(x, cal)),
                JdbcTypes.UNSPECIFIED);
    }

    @Override
    public void setObject(int index, Object x) throws SQLException {
        checkClosed();
        if (x == null) {
            setNull(index, Types.OTHER);
        } else if (x instanceof String s) {
            setString(index, s);
        } else if (x instanceof BigDecimal d) {
            setBigDecimal(index, d);
        } else if (x instanceof Short s) {
            setShort(index, s);
        } else if (x instanceof Integer i) {
            setInt(index, i);
        } else if (x instanceof Long l) {
            setLong(index, l);
        } else if (x instanceof Float f) {
            setFloat(index, f);
        } else if (x instanceof Double d) {
            setDouble(index, d);
        } else if (x instanceof byte[] b) {
            setBytes(index, b);
        } else if (x instanceof java.util.UUID u) {
            bind(index, new ParameterValues.Text(u.toString()), 2950);
        } else if (x instanceof Date d) {
            setDate(index, d);
        } else if (x instanceof Time t) {
            setTime(index, t);
        } else if (x instanceof Timestamp t) {
            setTimestamp(index, t);
        } else if (x instanceof Boolean b) {
            setBoolean(index, b);
        } else if (x instanceof Byte b) {
            setByte(index, b);
        } else if (x instanceof Character c) {
            setString(index, c.toString());
        } else if (x instanceof LocalDate d) {
            bind(index, new ParameterValues.Text(ParameterValues.date(d)), JdbcTypes.DATE);
        } else if (x instanceof LocalDateTime t) {
            bind(index, new ParameterValues.Text(ParameterValues.timestamp(t)), JdbcTypes.TIMESTAMP);
        } else if (x instanceof OffsetDateTime t) {
            bind(index, new ParameterValues.Text(ParameterValues.timestampTz(t)), JdbcTypes.TIMESTAMPTZ);
        } else if (x instanceof java.time.LocalTime t) {
            bind(index, new ParameterValues.Text(t.toString()), JdbcTypes.TIME);
        } else if (x instanceof BigInteger b) {
            bind(index, new ParameterValues.Text(b.toString()), JdbcTypes.NUMERIC);
        } else if (x instanceof Number n) {
            bind(index, new ParameterValues.Text(n.toString()), JdbcTypes.NUMERIC);
        } else {
            throw ParameterValues.cannotInfer(x);
        }
    }

    @Override
    public void setObject(int index, Object x, int targetSqlType) throws SQLException {
        setObject(index, x, targetSqlType, -1);
    }

    /** setObject with a target type: the value converted as pgJDBC converts it. */
    @Override
    public void setObject(int index, Object x, int targetSqlType, int scale) throws SQLException {
        checkClosed();
        if (x == null) {
            setNull(index, targetSqlType);
            return;
        }
        switch (targetSqlType) {
            case Types.VARCHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.LONGNVARCHAR -> setString(index, asString(x));
            case Types.CHAR, Types.NCHAR -> bind(index, asString(x), JdbcTypes.BPCHAR);
            case Types.INTEGER -> setInt(index, asNumber(x).intValue());
            case Types.SMALLINT, Types.TINYINT -> setShort(index, asNumber(x).shortValue());
            case Types.BIGINT -> setLong(index, asNumber(x).longValue());
            case Types.REAL -> setFloat(index, asNumber(x).floatValue());
            case Types.DOUBLE, Types.FLOAT -> setDouble(index, asNumber(x).doubleValue());
            case Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal d = x instanceof BigDecimal b ? b : new BigDecimal(asString(x).trim());
                setBigDecimal(index, scale >= 0 && x instanceof BigDecimal ? d.setScale(scale, java.math.RoundingMode.HALF_UP) : d);
            }
            case Types.BIT, Types.BOOLEAN -> setBoolean(index, x instanceof Boolean b ? b
                    : ColumnValues.toBoolean(asString(x), DataType.of(io.pglitedb.types.Types.TEXT)));
            case Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIME, Types.TIME_WITH_TIMEZONE -> {
                if (x instanceof String s) {
                    bind(index, new ParameterValues.Text(s), targetSqlType == Types.DATE ? JdbcTypes.DATE
                            : JdbcTypes.UNSPECIFIED);
                } else {
                    setObject(index, x);
                }
            }
            case Types.OTHER -> bind(index, new ParameterValues.Text(x.toString()), JdbcTypes.UNSPECIFIED);
            default -> setObject(index, x);
        }
    }

    private static String asString(Object x) {
        if (x instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return x.toString();
    }

    private static Number asNumber(Object x) throws SQLException {
        if (x instanceof Number n) {
            return n;
        }
        if (x instanceof Boolean b) {
            return b ? 1 : 0;
        }
        try {
            return new BigDecimal(x.toString().trim());
        } catch (NumberFormatException e) {
            throw new PgLiteSQLException("Cannot convert an instance of " + x.getClass().getName()
                    + " to a number.", "22003");
        }
    }

    @Override
    public void setCharacterStream(int index, Reader reader, int length) throws SQLException {
        setCharacterStream(index, reader, (long) length);
    }

    @Override
    public void setCharacterStream(int index, Reader reader, long length) throws SQLException {
        if (reader == null) {
            setNull(index, Types.VARCHAR);
            return;
        }
        char[] buffer = new char[(int) Math.min(length, 1 << 20)];
        StringBuilder sb = new StringBuilder();
        try {
            long left = length;
            int n;
            while (left > 0 && (n = reader.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                sb.append(buffer, 0, n);
                left -= n;
            }
        } catch (IOException e) {
            throw new PgLiteSQLException("Provided Reader failed.", "58030", e);
        }
        setString(index, sb.toString());
    }

    @Override
    public void setCharacterStream(int index, Reader reader) throws SQLException {
        setCharacterStream(index, reader, Long.MAX_VALUE);
    }

    @Override
    public void setNCharacterStream(int index, Reader value, long length) throws SQLException {
        setCharacterStream(index, value, length);
    }

    @Override
    public void setNCharacterStream(int index, Reader value) throws SQLException {
        setCharacterStream(index, value);
    }

    @Override
    public void setAsciiStream(int index, InputStream x, int length) throws SQLException {
        setAsciiStream(index, x, (long) length);
    }

    @Override
    public void setAsciiStream(int index, InputStream x, long length) throws SQLException {
        if (x == null) {
            setNull(index, Types.VARCHAR);
            return;
        }
        setString(index, new String(readAll(x, length), StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int index, InputStream x) throws SQLException {
        setAsciiStream(index, x, Long.MAX_VALUE);
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int index, InputStream x, int length) throws SQLException {
        if (x == null) {
            setNull(index, Types.VARCHAR);
            return;
        }
        setString(index, new String(readAll(x, length), StandardCharsets.UTF_8));
    }

    @Override
    public void setBinaryStream(int index, InputStream x, int length) throws SQLException {
        setBinaryStream(index, x, (long) length);
    }

    @Override
    public void setBinaryStream(int index, InputStream x, long length) throws SQLException {
        setBytes(index, x == null ? null : readAll(x, length));
    }

    @Override
    public void setBinaryStream(int index, InputStream x) throws SQLException {
        setBinaryStream(index, x, Long.MAX_VALUE);
    }

    private static byte[] readAll(InputStream in, long length) throws SQLException {
        try {
            return length == Long.MAX_VALUE ? in.readAllBytes() : in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new PgLiteSQLException("Provided InputStream failed.", "58030", e);
        }
    }

    @Override
    public void setRef(int index, Ref x) throws SQLException {
        throw unsupported("setRef");
    }

    @Override
    public void setBlob(int index, Blob x) throws SQLException {
        throw unsupported("setBlob");
    }

    @Override
    public void setBlob(int index, InputStream inputStream, long length) throws SQLException {
        throw unsupported("setBlob");
    }

    @Override
    public void setBlob(int index, InputStream inputStream) throws SQLException {
        throw unsupported("setBlob");
    }

    @Override
    public void setClob(int index, Clob x) throws SQLException {
        throw unsupported("setClob");
    }

    @Override
    public void setClob(int index, Reader reader, long length) throws SQLException {
        throw unsupported("setClob");
    }

    @Override
    public void setClob(int index, Reader reader) throws SQLException {
        throw unsupported("setClob");
    }

    @Override
    public void setNClob(int index, NClob value) throws SQLException {
        throw unsupported("setNClob");
    }

    @Override
    public void setNClob(int index, Reader reader, long length) throws SQLException {
        throw unsupported("setNClob");
    }

    @Override
    public void setNClob(int index, Reader reader) throws SQLException {
        throw unsupported("setNClob");
    }

    @Override
    public void setArray(int index, Array x) throws SQLException {
        if (x == null) {
            setNull(index, Types.ARRAY);
        } else if (x instanceof PgLiteArray array) {
            bind(index, new ParameterValues.Text(array.literal()), array.type().oid());
        } else {
            throw unsupported("setArray with an Array of another driver");
        }
    }

    @Override
    public void setURL(int index, URL x) throws SQLException {
        throw unsupported("setURL");
    }

    @Override
    public void setRowId(int index, RowId x) throws SQLException {
        throw unsupported("setRowId");
    }

    @Override
    public void setSQLXML(int index, SQLXML xmlObject) throws SQLException {
        throw unsupported("setSQLXML");
    }
}
