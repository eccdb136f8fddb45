package io.pglitedb.jdbc;

import io.pglitedb.session.ColumnOrigin;
import io.pglitedb.session.ResultColumn;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * Result metadata as pgJDBC reports it: the column name is the label; table name, nullability and
 * auto-increment come from the table column the result column reads (pgJDBC asks pg_attribute,
 * this asks the session's catalog); schema and catalog names are empty, as in pgJDBC.
 */
final class PgLiteResultSetMetaData implements ResultSetMetaData {
    private final PgLiteConnection connection;
    private final List<ResultColumn> columns;
    private ColumnOrigin[] origins;

    PgLiteResultSetMetaData(PgLiteConnection connection, List<ResultColumn> columns) {
        this.connection = connection;
        this.columns = columns;
    }

    private ResultColumn column(int column) throws SQLException {
        if (column < 1 || column > columns.size()) {
            throw new PgLiteSQLException("The column index is out of range: " + column + ", number of columns: "
                    + columns.size() + ".", "22023");
        }
        return columns.get(column - 1);
    }

    private int oid(int column) throws SQLException {
        return column(column).type().oid();
    }

    private int typmod(int column) throws SQLException {
        return column(column).type().typmod();
    }

    /** Where each column comes from, looked up once in the catalog (null for computed columns). */
    private ColumnOrigin origin(int column) throws SQLException {
        ResultColumn c = column(column);
        if (origins == null) {
            origins = new ColumnOrigin[columns.size()];
            connection.lock.lock();
            try {
                connection.checkClosed();
                for (int i = 0; i < columns.size(); i++) {
                    ResultColumn rc = columns.get(i);
                    origins[i] = connection.session().columnOrigin(rc.tableOid(), rc.attributeNumber());
                }
            } catch (RuntimeException e) {
                throw PgLiteSQLException.of(e);
            } finally {
                connection.lock.unlock();
            }
        }
        return c.tableOid() == 0 ? null : origins[column - 1];
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        ColumnOrigin o = origin(column);
        return o != null && o.autoIncrement();
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return JdbcTypes.isCaseSensitive(oid(column));
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        ColumnOrigin o = origin(column);
        if (o == null) {
            return columnNullableUnknown; // computed column
        }
        return o.notNull() ? columnNoNulls : columnNullable;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return JdbcTypes.isSigned(oid(column));
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return JdbcTypes.displaySize(oid(column), typmod(column));
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return column(column).name();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return getColumnLabel(column);
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        return JdbcTypes.precision(oid(column), typmod(column));
    }

    @Override
    public int getScale(int column) throws SQLException {
        return JdbcTypes.scale(oid(column), typmod(column));
    }

    @Override
    public String getTableName(int column) throws SQLException {
        ColumnOrigin o = origin(column);
        return o == null ? "" : o.table();
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return JdbcTypes.sqlType(oid(column));
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        String name = column(column).type().type().name();
        if (isAutoIncrement(column)) {
            switch (name) {
                case "int4":
                    return "serial";
                case "int8":
                    return "bigserial";
                case "int2":
                    return "smallserial";
                default:
                    break;
            }
        }
        return name;
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        return !isReadOnly(column);
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return JdbcTypes.className(oid(column));
    }

    /** pgJDBC's PGResultSetMetaData extras: the table column behind a result column, or "". */
    public String getBaseColumnName(int column) throws SQLException {
        ColumnOrigin o = origin(column);
        return o == null ? "" : o.column();
    }

    public String getBaseSchemaName(int column) throws SQLException {
        ColumnOrigin o = origin(column);
        return o == null ? "" : o.schema();
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
