package io.pglitedb.jdbc;

import java.sql.SQLException;
import java.sql.Savepoint;

/** A savepoint named as pgJDBC names it: the given name (quoted), or JDBC_SAVEPOINT_n. */
final class PgLiteSavepoint implements Savepoint {
    private final int id;
    private final String name;

    PgLiteSavepoint(int id, String name) {
        this.id = id;
        this.name = name;
    }

    String sqlName() {
        return name == null ? "JDBC_SAVEPOINT_" + id : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public int getSavepointId() throws SQLException {
        if (name != null) {
            throw new PgLiteSQLException("Cannot retrieve the id of a named savepoint.", "HY000");
        }
        return id;
    }

    @Override
    public String getSavepointName() throws SQLException {
        if (name == null) {
            throw new PgLiteSQLException("Cannot retrieve the name of an unnamed savepoint.", "HY000");
        }
        return name;
    }
}
