package io.pglitedb.jdbc;

import io.pglitedb.types.DataType;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.util.List;

/** Parameter types as the engine resolved them at Parse, reported as pgJDBC reports them. */
final class PgLiteParameterMetaData implements ParameterMetaData {
    private final List<DataType> types;

    PgLiteParameterMetaData(List<DataType> types) {
        this.types = types;
    }

    private int oid(int param) throws SQLException {
        if (param < 1 || param > types.size()) {
            throw new PgLiteSQLException("The parameter index is out of range: " + param + ", number of parameters: "
                    + types.size() + ".", "22023");
        }
        return types.get(param - 1).oid();
    }

    @Override
    public int getParameterCount() {
        return types.size();
    }

    @Override
    public int isNullable(int param) throws SQLException {
        oid(param);
        return parameterNullableUnknown;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        return JdbcTypes.isSigned(oid(param));
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        oid(param);
        return 0;
    }

    @Override
    public int getScale(int param) throws SQLException {
        oid(param);
        return 0;
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        return JdbcTypes.sqlType(oid(param));
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        oid(param);
        return types.get(param - 1).type().name();
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        return JdbcTypes.className(oid(param));
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        oid(param);
        return parameterModeIn;
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
