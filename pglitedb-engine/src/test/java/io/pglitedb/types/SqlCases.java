package io.pglitedb.types;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code {sql, expected}} cases in order on a fresh in-memory database: a null expected value
 * only executes the statement; otherwise the first column of every row (one per line, "" for a
 * statement without rows) or {@code ERROR:message} must equal it. Expected texts are PostgreSQL's.
 */
final class SqlCases {
    private SqlCases() {
    }

    /** @return a description of every case whose result differs (empty when all match) */
    static List<String> mismatches(String databasePrefix, String[][] cases) throws SQLException {
        List<String> mismatches = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:pglitedb:mem:" + databasePrefix + System.nanoTime());
                Statement s = c.createStatement()) {
            for (String[] kase : cases) {
                String sql = kase[0];
                String expected = kase[1];
                if (expected == null) {
                    s.execute(sql);
                    continue;
                }
                String actual;
                try {
                    actual = result(s, sql);
                } catch (SQLException e) {
                    String m = e.getMessage().lines().findFirst().orElse("");
                    actual = "ERROR:" + (m.startsWith("ERROR: ") ? m.substring("ERROR: ".length()) : m);
                }
                if (!actual.equals(expected)) {
                    mismatches.add(sql + "\n  expected: " + expected + "\n  actual:   " + actual);
                }
            }
        }
        return mismatches;
    }

    private static String result(Statement s, String sql) throws SQLException {
        if (!s.execute(sql)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        try (ResultSet rs = s.getResultSet()) {
            while (rs.next()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                String v = rs.getString(1);
                sb.append(v == null ? "" : v);
            }
        }
        return sb.toString();
    }
}
