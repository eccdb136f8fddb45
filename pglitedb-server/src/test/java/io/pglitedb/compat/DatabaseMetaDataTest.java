package io.pglitedb.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pglitedb.PgLite;
import io.pglitedb.wire.PgWireServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * pgJDBC's DatabaseMetaData over our pg_catalog gives what it gives against PostgreSQL 15: the
 * same schema is made on both, and each method's rows (catalog names aside) must be equal. The
 * embedded driver's getTables, getColumns, getPrimaryKeys, getIndexInfo and foreign key methods
 * give the same rows and result column types too.
 */
class DatabaseMetaDataTest {
    private static final int REFERENCE_PORT = 55432;
    private static final String REFERENCE_DB = "pglitedb_metadata_" + ProcessHandle.current().pid();
    private static final String[] SCHEMA = {
        "CREATE TABLE customers (id serial PRIMARY KEY, email varchar(100) UNIQUE NOT NULL, age int CHECK (age >= 0),"
                + " joined date DEFAULT current_date, score numeric(10,2), active boolean DEFAULT true, note text)",
        "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                + " customer_id int REFERENCES customers ON DELETE CASCADE, placed timestamptz, code char(3))",
        "CREATE SEQUENCE invoice_no",
        "CREATE SCHEMA billing",
        "CREATE TABLE billing.invoices (no int PRIMARY KEY, total numeric(12,2) NOT NULL)",
        "CREATE TABLE lines (order_id bigint, line int, qty int NOT NULL DEFAULT 1, item text, tags text[],"
                + " at time with time zone, PRIMARY KEY (order_id, line),"
                + " FOREIGN KEY (order_id) REFERENCES orders ON UPDATE RESTRICT ON DELETE SET NULL)",
        "CREATE INDEX lines_item ON lines (item DESC, qty)",
        "CREATE UNIQUE INDEX lines_item_line ON lines (item, line)",
        "CREATE TYPE address AS (street text, zip varchar(10))",
        "CREATE TABLE shipments (id int, dest address, sample lines, stops address[])"};

    private static PgLite embedded;
    private static PgWireServer server;

    @BeforeAll
    static void start() throws Exception {
        embedded = PgLite.openInMemory();
        server = PgWireServer.start(embedded.database(), "127.0.0.1", 0);
        try (Connection c = pgJdbc(server.port(), "postgres"); Statement s = c.createStatement()) {
            for (String sql : SCHEMA) {
                s.execute(sql);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        embedded.close();
        if (referenceReachable()) {
            try (Connection admin = pgJdbc(REFERENCE_PORT, "postgres"); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + REFERENCE_DB);
            }
        }
    }

    private static Connection pgJdbc(int port, String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", "");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
    }

    private static boolean referenceReachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", REFERENCE_PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Connection reference() throws SQLException {
        assumeTrue(referenceReachable(), "reference PostgreSQL not running on port " + REFERENCE_PORT);
        try (Connection admin = pgJdbc(REFERENCE_PORT, "postgres"); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + REFERENCE_DB);
            s.execute("CREATE DATABASE " + REFERENCE_DB);
        }
        Connection c = pgJdbc(REFERENCE_PORT, REFERENCE_DB);
        try (Statement s = c.createStatement()) {
            for (String sql : SCHEMA) {
                s.execute(sql);
            }
        }
        return c;
    }

    /** The rows as "LABEL=value" lists; the catalog (database name) columns are left out. */
    private static List<String> rows(ResultSet rs) throws SQLException {
        List<String> out = new ArrayList<>();
        ResultSetMetaData m = rs.getMetaData();
        while (rs.next()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                String label = m.getColumnLabel(i);
                if (label.endsWith("_CAT") || label.equals("TABLE_CATALOG")) {
                    continue;
                }
                sb.append(label).append('=').append(rs.getString(i)).append(' ');
            }
            out.add(sb.toString());
        }
        rs.close();
        return out;
    }

    interface Call {
        ResultSet on(DatabaseMetaData md) throws SQLException;
    }

    private static void sameAsPostgres(Call call) throws SQLException {
        try (Connection pg = reference(); Connection ours = pgJdbc(server.port(), "postgres")) {
            List<String> expected = rows(call.on(pg.getMetaData()));
            assertThat(expected).isNotEmpty();
            assertThat(rows(call.on(ours.getMetaData()))).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void getTablesOfEachTypeMatchesPostgres() throws SQLException {
        sameAsPostgres(md -> md.getTables(null, "public", "%", new String[] {"TABLE"}));
        sameAsPostgres(md -> md.getTables(null, "billing", null, null));
        sameAsPostgres(md -> md.getTables(null, null, "%", new String[] {"SEQUENCE", "INDEX"}));
    }

    @Test
    void getColumnsMatchesPostgres() throws SQLException {
        sameAsPostgres(md -> md.getColumns(null, "public", "customers", "%"));
        sameAsPostgres(md -> md.getColumns(null, "public", "orders", null));
        sameAsPostgres(md -> md.getColumns(null, "billing", "%", "%"));
    }

    @Test
    void embeddedDriverGetTablesGivesPgJdbcsRows() throws SQLException {
        try (Connection ours = pgJdbc(server.port(), "postgres"); Connection direct = embedded.getConnection()) {
            assertThat(rows(direct.getMetaData().getTables(null, "public", "%", new String[] {"TABLE", "SEQUENCE"})))
                    .containsExactlyElementsOf(rows(ours.getMetaData().getTables(null, "public", "%",
                            new String[] {"TABLE", "SEQUENCE"})));
            assertThat(rows(direct.getMetaData().getSchemas())).contains("TABLE_SCHEM=billing ",
                    "TABLE_SCHEM=public ", "TABLE_SCHEM=pg_catalog ", "TABLE_SCHEM=information_schema ");
        }
    }

    /** The embedded driver's rows against pgJDBC's on PostgreSQL, statistics columns aside. */
    private static void embeddedSameAsPostgres(Call call) throws SQLException {
        try (Connection pg = reference(); Connection direct = embedded.getConnection()) {
            List<String> expected = withoutStatistics(rows(call.on(pg.getMetaData())));
            assertThat(expected).isNotEmpty();
            assertThat(withoutStatistics(rows(call.on(direct.getMetaData())))).containsExactlyElementsOf(expected);
            // the same result columns with the same types
            try (ResultSet ours = call.on(direct.getMetaData()); ResultSet theirs = call.on(pg.getMetaData())) {
                assertThat(columnTypes(ours.getMetaData())).isEqualTo(columnTypes(theirs.getMetaData()));
            }
        }
    }

    /** CARDINALITY and PAGES of getIndexInfo are planner statistics (reltuples, relpages). */
    private static List<String> withoutStatistics(List<String> rows) {
        return rows.stream().map(r -> r.replaceAll("CARDINALITY=\\S+ PAGES=\\S+ ", "")).toList();
    }

    private static List<String> columnTypes(ResultSetMetaData m) throws SQLException {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= m.getColumnCount(); i++) {
            out.add(m.getColumnLabel(i) + ":" + m.getColumnType(i) + ":" + m.getColumnTypeName(i));
        }
        return out;
    }

    @Test
    void embeddedDriverColumnsKeysAndIndexesGivePgJdbcsRows() throws SQLException {
        embeddedSameAsPostgres(md -> md.getColumns(null, "public", "customers", "%"));
        embeddedSameAsPostgres(md -> md.getColumns(null, "public", "orders", null));
        embeddedSameAsPostgres(md -> md.getColumns(null, "billing", "%", "%"));
        embeddedSameAsPostgres(md -> md.getColumns(null, null, "o%", "c%"));
        embeddedSameAsPostgres(md -> md.getPrimaryKeys(null, "public", "orders"));
        embeddedSameAsPostgres(md -> md.getPrimaryKeys(null, null, "lines"));
        embeddedSameAsPostgres(md -> md.getIndexInfo(null, "public", "customers", false, true));
        embeddedSameAsPostgres(md -> md.getIndexInfo(null, "public", "lines", false, true));
        embeddedSameAsPostgres(md -> md.getIndexInfo(null, "public", "lines", true, true));
        embeddedSameAsPostgres(md -> md.getImportedKeys(null, "public", "lines"));
        embeddedSameAsPostgres(md -> md.getExportedKeys(null, "public", "orders"));
        embeddedSameAsPostgres(md -> md.getCrossReference(null, "public", "customers", null, "public", "orders"));
    }

    /** pgJDBC's own queries for keys and indexes expand indkey with information_schema._pg_expandarray. */
    @Test
    void keysAndIndexesOverTheWireMatchPostgres() throws SQLException {
        sameAsPostgres(md -> md.getPrimaryKeys(null, "public", "orders"));
        sameAsPostgres(md -> md.getPrimaryKeys(null, null, "lines"));
        sameAsPostgres(md -> md.getPrimaryKeys(null, "billing", null));
        sameAsPostgres(md -> md.getImportedKeys(null, "public", "lines"));
        sameAsPostgres(md -> md.getExportedKeys(null, "public", "orders"));
        sameAsPostgres(md -> md.getCrossReference(null, "public", "customers", null, "public", "orders"));
        sameAsPostgres(md -> md.getBestRowIdentifier(null, "public", "lines", DatabaseMetaData.bestRowSession, true));
        sameAsPostgres(md -> md.getVersionColumns(null, "public", "customers"));
        try (Connection pg = reference(); Connection ours = pgJdbc(server.port(), "postgres")) {
            for (String table : new String[] {"customers", "lines", "orders"}) {
                for (boolean unique : new boolean[] {false, true}) {
                    List<String> expected = withoutStatistics(rows(pg.getMetaData().getIndexInfo(null, "public",
                            table, unique, true)));
                    assertThat(expected).isNotEmpty();
                    assertThat(withoutStatistics(rows(ours.getMetaData().getIndexInfo(null, "public", table, unique,
                            true)))).containsExactlyElementsOf(expected);
                }
            }
        }
    }

    /** Composite types and every table's row type are user-defined types (STRUCT), columns may have them. */
    @Test
    void userDefinedTypesAndRowTypedColumnsMatchPostgres() throws SQLException {
        sameAsPostgres(md -> md.getUDTs(null, "public", "%", null));
        sameAsPostgres(md -> md.getUDTs(null, null, "ship%", new int[] {java.sql.Types.STRUCT}));
        sameAsPostgres(md -> md.getColumns(null, "public", "shipments", "%"));
        try (Connection pg = reference(); Connection ours = pgJdbc(server.port(), "postgres")) {
            for (Connection c : new Connection[] {pg, ours}) {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO shipments VALUES (1, ROW('Main St 1', '12345'), NULL, NULL)");
                }
            }
            String query = "SELECT dest, (dest).zip, pg_typeof(shipments)::text, shipments::text FROM shipments";
            assertThat(rows(ours.createStatement().executeQuery(query)))
                    .containsExactlyElementsOf(rows(pg.createStatement().executeQuery(query)));
        }
    }

    @Test
    void schemasOverTheWireMatchPostgres() throws SQLException {
        sameAsPostgres(DatabaseMetaData::getSchemas);
        sameAsPostgres(md -> md.getSchemas(null, "p%"));
        sameAsPostgres(md -> md.getTables(null, "public", "%", new String[] {"VIEW", "TABLE", "SEQUENCE"}));
    }
}
