package io.pglitedb.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource for a {@code jdbc:pglitedb:} URL, for pools (HikariCP's dataSourceClassName) and
 * frameworks that want a DataSource bean. Every connection is a new session on the shared engine.
 */
public class PgLiteDataSource implements DataSource {
    private String url = "jdbc:pglitedb:mem:";
    private String user;
    private final Properties properties = new Properties();
    private int loginTimeout;
    private PrintWriter logWriter;

    public PgLiteDataSource() {
    }

    public PgLiteDataSource(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        if (!JdbcUrl.accepts(url)) {
            throw new IllegalArgumentException("not a PGLiteDB URL: " + url);
        }
        this.url = url;
    }

    /** Same as {@link #setUrl}, for tools that use the JDBC-style property name. */
    public void setJdbcUrl(String url) {
        setUrl(url);
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    /** The database inside the engine to connect to (default postgres), as pgJDBC's DataSources name it. */
    public void setDatabaseName(String database) {
        properties.setProperty("database", database);
    }

    public String getDatabaseName() {
        return properties.getProperty("database", "postgres");
    }

    /** A session setting for every connection (search_path, TimeZone, application_name ...). */
    public void setProperty(String name, String value) {
        properties.setProperty(name, value);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, null);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties info = new Properties();
        info.putAll(properties);
        if (username != null) {
            info.setProperty("user", username);
        }
        return PgLiteDriver.open(JdbcUrl.parse(url, info));
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("java.util.logging is not used");
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
