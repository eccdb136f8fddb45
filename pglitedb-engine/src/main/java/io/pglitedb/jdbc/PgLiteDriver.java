package io.pglitedb.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The embedded JDBC driver for {@code jdbc:pglitedb:} URLs (see {@link JdbcUrl}); registered with
 * DriverManager through {@code META-INF/services/java.sql.Driver} and when this class loads.
 * Connections run in this JVM against an engine shared by every connection to the same URL.
 */
public final class PgLiteDriver implements Driver {
    public static final String NAME = "PGLiteDB JDBC Driver";
    public static final String VERSION = "0.1.0";
    public static final int MAJOR_VERSION = 0;
    public static final int MINOR_VERSION = 1;

    static {
        try {
            DriverManager.registerDriver(new PgLiteDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null; // DriverManager asks every driver; not ours
        }
        return open(JdbcUrl.parse(url, info));
    }

    static PgLiteConnection open(JdbcUrl url) throws SQLException {
        DatabaseRegistry.Entry entry = DatabaseRegistry.INSTANCE.acquire(url);
        try {
            return new PgLiteConnection(url, entry);
        } catch (SQLException | RuntimeException e) {
            DatabaseRegistry.INSTANCE.release(entry);
            throw e;
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return JdbcUrl.accepts(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        DriverPropertyInfo user = new DriverPropertyInfo("user", info == null ? null : info.getProperty("user"));
        user.description = "the session user (no authentication in embedded mode)";
        DriverPropertyInfo keep = new DriverPropertyInfo("keep", info == null ? null : info.getProperty("keep"));
        keep.description = "keep a named database open after its last connection closes";
        keep.choices = new String[] {"true", "false"};
        return new DriverPropertyInfo[] {user, keep};
    }

    @Override
    public int getMajorVersion() {
        return MAJOR_VERSION;
    }

    @Override
    public int getMinorVersion() {
        return MINOR_VERSION;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("java.util.logging is not used");
    }
}
