package io.pglitedb.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pglitedb.PgLite;
import io.pglitedb.wire.PgWireServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One JDBC program, three databases: the embedded driver ({@code jdbc:pglitedb:mem:}), pgJDBC
 * against our wire server running on an embedded engine (mixed mode), and pgJDBC against the
 * reference PostgreSQL 15 on 127.0.0.1:55432 (skipped when it is not running). The expected values
 * are what PostgreSQL with pgJDBC gives; the POSTGRES run checks that they are.
 *
 * <p>pgJDBC reads result metadata (nullability, table names, serial) from pg_catalog, which our
 * server does not have yet; those assertions are skipped for WIRE only.
 */
class JdbcCompatibilityTest {
    enum Target { EMBEDDED, WIRE, POSTGRES }

    private static final int REFERENCE_PORT = 55432;
    /** Unique per test run: several builds may use the reference server at the same time. */
    private static final String REFERENCE_DB = "pglitedb_jdbc_compat_" + ProcessHandle.current().pid() + "_"
            + Long.toHexString(System.nanoTime() & 0xffffffL);

    private PgLite embedded;
    private PgWireServer server;
    private final List<Connection> open = new ArrayList<>();
    private Target target;

    /** A new connection to this test's database (the same database for every call in one test). */
    private Connection connect(Target t) throws Exception {
        target = t;
        Connection c = switch (t) {
            case EMBEDDED -> {
                if (embedded == null) {
                    embedded = PgLite.openInMemory();
                }
                yield DriverManager.getConnection(embedded.url());
            }
            case WIRE -> {
                if (embedded == null) {
                    embedded = PgLite.openInMemory();
                    server = PgWireServer.start(embedded.database(), "127.0.0.1", 0);
                }
                yield pgJdbc(server.port(), "postgres");
            }
            case POSTGRES -> {
                assumeTrue(referenceReachable(), "reference PostgreSQL not running on port " + REFERENCE_PORT);
                if (open.isEmpty()) {
                    try (Connection admin = pgJdbc(REFERENCE_PORT, "postgres"); Statement s = admin.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS " + REFERENCE_DB);
                        s.execute("CREATE DATABASE " + REFERENCE_DB);
                    }
                }
                yield pgJdbc(REFERENCE_PORT, REFERENCE_DB);
            }
        };
        open.add(c);
        return c;
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

    @AfterEach
    void closeAll() throws Exception {
        for (Connection c : open) {
            c.close();
        }
        if (target == Target.POSTGRES && !open.isEmpty()) {
            try (Connection admin = pgJdbc(REFERENCE_PORT, "postgres"); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + REFERENCE_DB);
            }
        }
        if (server != null) {
            server.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static SQLException error(Connection c, String sql) {
        return catchThrowableOfType(SQLException.class, () -> exec(c, sql));
    }

    // ------------------------------------------------------------------ types and values

    private static final String ALL_TYPES = "CREATE TABLE all_types (id serial PRIMARY KEY, i2 smallint, i4 integer NOT NULL,"
            + " i8 bigint, n numeric(10,2), nu numeric, f4 real, f8 double precision, b boolean, t text,"
            + " vc varchar(20), c char(5), d date, ts timestamp, tz timestamptz)";

    private static void insertAllTypes(Connection c) throws SQLException {
        exec(c, ALL_TYPES);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO all_types (i2, i4, i8, n, nu, f4, f8, b, t, vc, c,"
                + " d, ts, tz) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setShort(1, (short) -7);
            ps.setInt(2, 42);
            ps.setLong(3, 9_000_000_000L);
            ps.setBigDecimal(4, new BigDecimal("12.5"));
            ps.setBigDecimal(5, new BigDecimal("3.14159265358979"));
            ps.setFloat(6, 1.5f);
            ps.setDouble(7, 0.1);
            ps.setBoolean(8, true);
            ps.setString(9, "hello");
            ps.setString(10, "varying");
            ps.setString(11, "ab");
            ps.setObject(12, LocalDate.of(2024, 2, 29));
            ps.setObject(13, LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_000));
            ps.setObject(14, OffsetDateTime.of(2024, 2, 29, 13, 14, 15, 0, ZoneOffset.ofHours(2)));
            assertThat(ps.executeUpdate()).isEqualTo(1);
            ps.setInt(2, 0);
            for (int i : new int[] {1, 3, 4, 5, 6, 7, 8, 9, 10, 11}) {
                ps.setNull(i, typeOf(i));
            }
            ps.setNull(12, Types.DATE);
            ps.setObject(13, null);
            ps.setNull(14, Types.TIMESTAMP_WITH_TIMEZONE);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private static int typeOf(int parameter) {
        return switch (parameter) {
            case 1 -> Types.SMALLINT;
            case 3 -> Types.BIGINT;
            case 4, 5 -> Types.NUMERIC;
            case 6 -> Types.REAL;
            case 7 -> Types.DOUBLE;
            case 8 -> Types.BOOLEAN;
            case 11 -> Types.CHAR;
            default -> Types.VARCHAR;
        };
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void getObjectClassesAndValuesMatchPgJdbc(Target t) throws Exception {
        Connection c = connect(t);
        insertAllTypes(c);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM all_types ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject("id")).isEqualTo(1);
            assertThat(rs.getObject("i2")).isEqualTo(-7); // smallint is an Integer in pgJDBC
            assertThat(rs.getObject("i4")).isEqualTo(42);
            assertThat(rs.getObject("i8")).isEqualTo(9_000_000_000L);
            assertThat(rs.getObject("n")).isEqualTo(new BigDecimal("12.50"));
            assertThat(rs.getObject("nu")).isEqualTo(new BigDecimal("3.14159265358979"));
            assertThat(rs.getObject("f4")).isEqualTo(1.5f);
            assertThat(rs.getObject("f8")).isEqualTo(0.1d);
            assertThat(rs.getObject("b")).isEqualTo(Boolean.TRUE);
            assertThat(rs.getObject("t")).isEqualTo("hello");
            assertThat(rs.getObject("vc")).isEqualTo("varying");
            assertThat(rs.getObject("c")).isEqualTo("ab   ");
            assertThat(rs.getObject("d")).isEqualTo(Date.valueOf("2024-02-29"));
            assertThat(rs.getObject("ts")).isEqualTo(Timestamp.valueOf("2024-02-29 13:14:15.123456"));
            assertThat(rs.getObject("tz")).isEqualTo(Timestamp.from(
                    OffsetDateTime.of(2024, 2, 29, 11, 14, 15, 0, ZoneOffset.UTC).toInstant()));

            assertThat(rs.getObject("d", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(rs.getObject("ts", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(rs.getObject("ts", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_000));
            assertThat(rs.getObject("tz", OffsetDateTime.class))
                    .isEqualTo(OffsetDateTime.of(2024, 2, 29, 11, 14, 15, 0, ZoneOffset.UTC));
            assertThat(rs.getObject("ts", OffsetDateTime.class))
                    .isEqualTo(OffsetDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_000, ZoneOffset.UTC));
            assertThat(rs.getObject("i2", Short.class)).isEqualTo((short) -7);
            assertThat(rs.getObject("i4", Integer.class)).isEqualTo(42);
            assertThat(rs.getObject("n", BigDecimal.class)).isEqualTo(new BigDecimal("12.50"));

            assertThat(rs.getString("n")).isEqualTo("12.50");
            assertThat(rs.getString("f8")).isEqualTo("0.1");
            assertThat(rs.getString("b")).isEqualTo("t");
            assertThat(rs.getString("d")).isEqualTo("2024-02-29");
            assertThat(rs.getString("ts")).isEqualTo("2024-02-29 13:14:15.123456");
            assertThat(rs.getString("tz")).isEqualTo("2024-02-29 11:14:15+00");
            assertThat(rs.getInt("n")).isEqualTo(12);
            assertThat(rs.getLong("i4")).isEqualTo(42L);
            assertThat(rs.getDouble("n")).isEqualTo(12.5d);
            assertThat(rs.getBigDecimal("i8")).isEqualTo(new BigDecimal("9000000000"));
        }
    }

    /** pgJDBC sends every statement with Parse/Bind/Execute: SQL-level EXECUTE must run that way too. */
    @ParameterizedTest
    @EnumSource(Target.class)
    void sqlPrepareAndExecuteThroughTheDriver(Target t) throws Exception {
        Connection c = connect(t);
        exec(c, "PREPARE twice(int) AS SELECT $1 AS first, $1 * 2 AS second");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXECUTE twice(21)")) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(2);
            assertThat(rs.getMetaData().getColumnName(2)).isEqualTo("second");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("first")).isEqualTo(21);
            assertThat(rs.getInt("second")).isEqualTo(42);
            assertThat(rs.next()).isFalse();
        }
        assertThat(error(c, "EXECUTE nosuch").getSQLState()).isEqualTo("26000");
    }

    /** now() is the transaction's start: equal across statements of one transaction, later in the next. */
    @ParameterizedTest
    @EnumSource(Target.class)
    void nowIsTheTransactionStart(Target t) throws Exception {
        Connection c = connect(t);
        c.setAutoCommit(false);
        java.sql.Timestamp first = timestamp(c, "SELECT now()");
        Thread.sleep(5);
        assertThat(timestamp(c, "SELECT now()")).isEqualTo(first);
        assertThat(timestamp(c, "SELECT clock_timestamp()")).isAfter(first);
        c.commit();
        assertThat(timestamp(c, "SELECT now()")).isAfter(first);
        c.rollback();
    }

    private static java.sql.Timestamp timestamp(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void nullsAndWasNull(Target t) throws Exception {
        Connection c = connect(t);
        insertAllTypes(c);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT i2, i8, n, f8, b, t, d, ts, tz FROM all_types WHERE id = 2")) {
            assertThat(rs.next()).isTrue();
            for (int i = 1; i <= 9; i++) {
                assertThat(rs.getObject(i)).isNull();
                assertThat(rs.wasNull()).isTrue();
            }
            assertThat(rs.getInt(1)).isZero();
            assertThat(rs.wasNull()).isTrue();
            assertThat(rs.getBoolean(5)).isFalse();
            assertThat(rs.getString(6)).isNull();
            assertThat(rs.getObject(7, LocalDate.class)).isNull();
            assertThat(rs.getObject(9, OffsetDateTime.class)).isNull();
            assertThat(rs.next()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void getterConversionErrorsMatchPgJdbc(Target t) throws Exception {
        Connection c = connect(t);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 'abc'::text AS word, 3000000000::bigint AS big, 42 AS answer")) {
            assertThat(rs.next()).isTrue();
            SQLException e = catchThrowableOfType(SQLException.class, () -> rs.getInt("word"));
            assertThat(e.getSQLState()).isEqualTo("22003");
            assertThat(e.getMessage()).isEqualTo("Bad value for type int : abc");
            e = catchThrowableOfType(SQLException.class, () -> rs.getInt("big"));
            assertThat(e.getMessage()).isEqualTo("Bad value for type int : 3000000000");
            e = catchThrowableOfType(SQLException.class, () -> rs.getBoolean("answer"));
            assertThat(e.getSQLState()).isEqualTo("42846");
            e = catchThrowableOfType(SQLException.class, () -> rs.getObject("answer", String.class));
            assertThat(e.getSQLState()).isEqualTo("22023");
            assertThat(e.getMessage()).isEqualTo("conversion to class java.lang.String from int4 not supported");
            e = catchThrowableOfType(SQLException.class, () -> rs.getObject("word", LocalDate.class));
            assertThat(e.getMessage()).isEqualTo("Cannot convert the column of type TEXT to requested type java.time.LocalDate.");
            assertThat(rs.findColumn("WORD")).isEqualTo(1);
            e = catchThrowableOfType(SQLException.class, () -> rs.findColumn("nope"));
            assertThat(e.getSQLState()).isEqualTo("42703");
            assertThat(e.getMessage()).isEqualTo("The column name nope was not found in this ResultSet.");
        }
    }

    // ------------------------------------------------------------------ metadata

    @ParameterizedTest
    @EnumSource(Target.class)
    void resultSetMetaDataMatchesPgJdbc(Target t) throws Exception {
        Connection c = connect(t);
        exec(c, ALL_TYPES);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, i2, i4 AS renamed, i8, n, nu, f4, f8, b, t, vc, c, d, ts, tz,"
                        + " i4 + 1 AS computed FROM all_types")) {
            ResultSetMetaData md = rs.getMetaData();
            assertThat(md.getColumnCount()).isEqualTo(16);
            List<String> seen = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                seen.add(md.getColumnLabel(i) + "|" + md.getColumnName(i) + "|" + md.getColumnType(i) + "|"
                        + md.getPrecision(i) + "|" + md.getScale(i) + "|" + md.getColumnDisplaySize(i) + "|"
                        + md.getColumnClassName(i) + "|" + md.isSigned(i) + "|" + md.isCaseSensitive(i));
            }
            assertThat(seen).containsExactly(
                    "id|id|4|10|0|11|java.lang.Integer|true|false",
                    "i2|i2|5|5|0|6|java.lang.Integer|true|false",
                    "renamed|renamed|4|10|0|11|java.lang.Integer|true|false",
                    "i8|i8|-5|19|0|20|java.lang.Long|true|false",
                    "n|n|2|10|2|12|java.math.BigDecimal|true|false",
                    "nu|nu|2|0|0|131089|java.math.BigDecimal|true|false",
                    "f4|f4|7|8|8|15|java.lang.Float|true|false",
                    "f8|f8|8|17|17|25|java.lang.Double|true|false",
                    "b|b|-7|1|0|1|java.lang.Boolean|false|false",
                    "t|t|12|2147483647|0|2147483647|java.lang.String|false|true",
                    "vc|vc|12|20|0|20|java.lang.String|false|true",
                    "c|c|1|5|0|5|java.lang.String|false|true",
                    "d|d|91|13|0|13|java.sql.Date|false|false",
                    "ts|ts|93|29|6|29|java.sql.Timestamp|false|false",
                    "tz|tz|93|35|6|35|java.sql.Timestamp|false|false",
                    "computed|computed|4|10|0|11|java.lang.Integer|true|false");
            if (t != Target.WIRE) { // pgJDBC asks pg_catalog for these
                List<String> origin = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    origin.add(md.getColumnTypeName(i) + "|" + md.isNullable(i) + "|" + md.getTableName(i) + "|"
                            + md.isAutoIncrement(i) + "|" + md.getSchemaName(i));
                }
                assertThat(origin).containsExactly("serial|0|all_types|true|", "int2|1|all_types|false|",
                        "int4|0|all_types|false|", "int8|1|all_types|false|", "numeric|1|all_types|false|",
                        "numeric|1|all_types|false|", "float4|1|all_types|false|", "float8|1|all_types|false|",
                        "bool|1|all_types|false|", "text|1|all_types|false|", "varchar|1|all_types|false|",
                        "bpchar|1|all_types|false|", "date|1|all_types|false|", "timestamp|1|all_types|false|",
                        "timestamptz|1|all_types|false|", "int4|2||false|");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void parameterMetaDataReportsResolvedTypes(Target t) throws Exception {
        Connection c = connect(t);
        exec(c, ALL_TYPES);
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM all_types WHERE i8 = ? AND t = ? AND n > ?")) {
            ParameterMetaData pm = ps.getParameterMetaData();
            assertThat(pm.getParameterCount()).isEqualTo(3);
            assertThat(List.of(pm.getParameterTypeName(1), pm.getParameterTypeName(2), pm.getParameterTypeName(3)))
                    .containsExactly("int8", "text", "numeric");
            assertThat(List.of(pm.getParameterType(1), pm.getParameterType(2), pm.getParameterType(3)))
                    .containsExactly(Types.BIGINT, Types.VARCHAR, Types.NUMERIC);
            assertThat(pm.getParameterClassName(3)).isEqualTo("java.math.BigDecimal");
            assertThat(pm.isNullable(1)).isEqualTo(ParameterMetaData.parameterNullableUnknown);
            assertThat(ps.getMetaData().getColumnLabel(1)).isEqualTo("id");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void databaseMetaDataBasics(Target t) throws Exception {
        Connection c = connect(t);
        var md = c.getMetaData();
        assertThat(md.getDatabaseProductName()).isEqualTo("PostgreSQL");
        assertThat(md.getDatabaseMajorVersion()).isEqualTo(15);
        assertThat(md.getIdentifierQuoteString()).isEqualTo("\"");
        assertThat(md.supportsBatchUpdates()).isTrue();
        assertThat(md.supportsGetGeneratedKeys()).isTrue();
        assertThat(md.storesLowerCaseIdentifiers()).isTrue();
        if (t != Target.WIRE) { // pgJDBC reads pg_settings for this
            assertThat(md.getDefaultTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
        assertThat(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED)).isTrue();
    }

    // ------------------------------------------------------------------ generated keys and batches

    @ParameterizedTest
    @EnumSource(Target.class)
    void generatedKeysComeFromReturning(Target t) throws Exception {
        Connection c = connect(t);
        exec(c, "CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL, qty int DEFAULT 5)");
        try (Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("INSERT INTO items (name) VALUES ('a'), ('b')", Statement.RETURN_GENERATED_KEYS))
                    .isEqualTo(2);
            try (ResultSet keys = s.getGeneratedKeys()) {
                assertThat(keys.getMetaData().getColumnCount()).isEqualTo(3);
                assertThat(keys.next()).isTrue();
                assertThat(keys.getInt("id")).isEqualTo(1);
                assertThat(keys.getInt("qty")).isEqualTo(5);
                assertThat(keys.next()).isTrue();
                assertThat(keys.getInt(1)).isEqualTo(2);
                assertThat(keys.next()).isFalse();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO items (name) VALUES (?)", new String[] {"id"})) {
            ps.setString(1, "c");
            assertThat(ps.executeUpdate()).isEqualTo(1);
            try (ResultSet keys = ps.getGeneratedKeys()) {
                assertThat(keys.getMetaData().getColumnCount()).isEqualTo(1);
                assertThat(keys.next()).isTrue();
                assertThat(keys.getLong(1)).isEqualTo(3L);
            }
            ps.setString(1, "d");
            ps.addBatch();
            ps.setString(1, "e");
            ps.addBatch();
            assertThat(ps.executeBatch()).containsExactly(1, 1);
            List<Integer> ids = new ArrayList<>();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getInt(1));
                }
            }
            assertThat(ids).containsExactly(4, 5);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE items SET qty = qty + 1 WHERE id <= ?",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setInt(1, 2);
            assertThat(ps.executeUpdate()).isEqualTo(2);
            try (ResultSet keys = ps.getGeneratedKeys()) {
                assertThat(keys.next()).isTrue();
                assertThat(keys.getInt("qty")).isEqualTo(6);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void batchesReturnUpdateCountsAndFailAsAWhole(Target t) throws Exception {
        Connection c = connect(t);
        exec(c, "CREATE TABLE b (id int PRIMARY KEY, v text)");
        try (Statement s = c.createStatement()) {
            s.addBatch("INSERT INTO b VALUES (1, 'x'), (2, 'y')");
            s.addBatch("UPDATE b SET v = 'z'");
            s.addBatch("DELETE FROM b WHERE id = 2");
            s.addBatch("CREATE TABLE b2 (id int)");
            assertThat(s.executeBatch()).containsExactly(2, 2, 1, 0);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO b VALUES (?, ?)")) {
            ps.setInt(1, 10);
            ps.setString(2, "ten");
            ps.addBatch();
            ps.setInt(1, 11);
            ps.setNull(2, Types.VARCHAR);
            ps.addBatch();
            assertThat(ps.executeBatch()).containsExactly(1, 1);
            ps.setInt(1, 12);
            ps.setString(2, "twelve");
            ps.addBatch();
            ps.setInt(1, 10); // duplicate key: the whole batch fails
            ps.setString(2, "again");
            ps.addBatch();
            BatchUpdateException e = catchThrowableOfType(BatchUpdateException.class, ps::executeBatch);
            assertThat(e.getSQLState()).isEqualTo("23505");
            assertThat(e.getUpdateCounts()).containsExactly(Statement.EXECUTE_FAILED, Statement.EXECUTE_FAILED);
            assertThat(e.getNextException().getMessage()).isEqualTo(
                    "ERROR: duplicate key value violates unique constraint \"b_pkey\"\n  Detail: Key (id)=(10) already exists.");
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, v FROM b ORDER BY id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getInt(1) + "=" + rs.getString(2));
            }
            assertThat(rows).containsExactly("1=z", "10=ten", "11=null");
        }
    }

    // ------------------------------------------------------------------ statements and results

    @ParameterizedTest
    @EnumSource(Target.class)
    void multipleResultsAndUpdateCounts(Target t) throws Exception {
        Connection c = connect(t);
        try (Statement s = c.createStatement()) {
            assertThat(s.execute("CREATE TABLE m (id int); INSERT INTO m VALUES (1), (2); SELECT id FROM m ORDER BY id;"
                    + " UPDATE m SET id = id + 10")).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(0);
            assertThat(s.getMoreResults()).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(2);
            assertThat(s.getMoreResults()).isTrue();
            assertThat(s.getUpdateCount()).isEqualTo(-1);
            try (ResultSet rs = s.getResultSet()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            assertThat(s.getMoreResults()).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(2);
            assertThat(s.getMoreResults()).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(-1);

            SQLException e = catchThrowableOfType(SQLException.class, () -> s.executeQuery("DELETE FROM m"));
            assertThat(e.getSQLState()).isEqualTo("02000");
            assertThat(e.getMessage()).isEqualTo("No results were returned by the query.");
            e = catchThrowableOfType(SQLException.class, () -> s.executeUpdate("SELECT 1"));
            assertThat(e.getSQLState()).isEqualTo("0100E");
            assertThat(e.getMessage()).isEqualTo("A result was returned when none was expected.");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void maxRowsAndFetchSizeStreaming(Target t) throws Exception {
        Connection c = connect(t);
        try (Statement s = c.createStatement()) {
            s.setMaxRows(3);
            try (ResultSet rs = s.executeQuery("SELECT g FROM generate_series(1, 100) AS g")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                assertThat(n).isEqualTo(3);
            }
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("SELECT g, g * 2 AS twice FROM generate_series(1, ?) AS g")) {
            ps.setFetchSize(7);
            ps.setInt(1, 100);
            long sum = 0;
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                    sum += rs.getLong("twice");
                }
            }
            assertThat(n).isEqualTo(100);
            assertThat(sum).isEqualTo(10100);
        }
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10);
            try (ResultSet rs = s.executeQuery("SELECT g FROM generate_series(1, 25) AS g")) {
                int n = 0;
                while (rs.next()) {
                    assertThat(rs.getInt(1)).isEqualTo(++n);
                }
                assertThat(n).isEqualTo(25);
            }
        }
        c.commit();
    }

    // ------------------------------------------------------------------ transactions

    @ParameterizedTest
    @EnumSource(Target.class)
    void transactionsCommitAndRollback(Target t) throws Exception {
        Connection a = connect(t);
        Connection b = connect(t);
        exec(a, "CREATE TABLE acct (id int PRIMARY KEY, balance int)");
        exec(a, "INSERT INTO acct VALUES (1, 100)");
        a.setAutoCommit(false);
        exec(a, "UPDATE acct SET balance = 50 WHERE id = 1");
        assertThat(balance(b)).isEqualTo(100); // not committed yet
        a.rollback();
        assertThat(balance(b)).isEqualTo(100);
        exec(a, "UPDATE acct SET balance = 70 WHERE id = 1");
        a.commit();
        assertThat(balance(b)).isEqualTo(70);

        // an error aborts the transaction until rollback
        SQLException e = error(a, "INSERT INTO acct VALUES (1, 0)");
        assertThat(e.getSQLState()).isEqualTo("23505");
        e = error(a, "SELECT 1");
        assertThat(e.getSQLState()).isEqualTo("25P02");
        assertThat(e.getMessage()).isEqualTo(
                "ERROR: current transaction is aborted, commands ignored until end of transaction block");
        a.rollback();
        assertThat(balance(a)).isEqualTo(70);
        a.setAutoCommit(true);

        SQLException notAllowed = catchThrowableOfType(SQLException.class, a::commit);
        assertThat(notAllowed.getSQLState()).isEqualTo("25P01");
        assertThat(notAllowed.getMessage()).isEqualTo("Cannot commit when autoCommit is enabled.");
        assertThat(a.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        a.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        assertThat(a.isValid(1)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void savepointsRollBackPartOfATransaction(Target t) throws Exception {
        Connection c = connect(t);
        exec(c, "CREATE TABLE acct (id int PRIMARY KEY, balance int)");
        exec(c, "INSERT INTO acct VALUES (1, 100)");
        SQLException autocommit = catchThrowableOfType(SQLException.class, c::setSavepoint);
        assertThat(autocommit.getMessage()).isEqualTo("Cannot establish a savepoint in auto-commit mode.");
        c.setAutoCommit(false);
        exec(c, "UPDATE acct SET balance = 90");
        var unnamed = c.setSavepoint();
        exec(c, "UPDATE acct SET balance = 80");
        c.rollback(unnamed);
        assertThat(balance(c)).isEqualTo(90);
        var named = c.setSavepoint("before error");
        assertThat(named.getSavepointName()).isEqualTo("before error");
        assertThat(error(c, "INSERT INTO acct VALUES (1, 0)").getSQLState()).isEqualTo("23505");
        c.rollback(named); // the error aborted only what followed the savepoint
        c.releaseSavepoint(named);
        c.commit();
        assertThat(balance(c)).isEqualTo(90);
        assertThat(c.getMetaData().supportsSavepoints()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void repeatableReadAndReadOnlyTransactions(Target t) throws Exception {
        Connection a = connect(t);
        Connection b = connect(t);
        exec(a, "CREATE TABLE acct (id int PRIMARY KEY, balance int)");
        exec(a, "INSERT INTO acct VALUES (1, 100)");
        a.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        assertThat(a.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
        a.setAutoCommit(false);
        assertThat(balance(a)).isEqualTo(100);
        exec(b, "UPDATE acct SET balance = 1");
        assertThat(balance(a)).isEqualTo(100); // the transaction's snapshot
        SQLException e = error(a, "UPDATE acct SET balance = 2");
        assertThat(e.getSQLState()).isEqualTo("40001");
        assertThat(e.getMessage()).isEqualTo("ERROR: could not serialize access due to concurrent update");
        a.rollback();
        assertThat(balance(a)).isEqualTo(1); // a new transaction is open now
        SQLException busy = catchThrowableOfType(SQLException.class,
                () -> a.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED));
        assertThat(busy.getSQLState()).isEqualTo("25001");
        a.rollback();
        a.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);

        a.setReadOnly(true);
        e = error(a, "UPDATE acct SET balance = 3");
        assertThat(e.getSQLState()).isEqualTo("25006");
        assertThat(e.getMessage()).isEqualTo("ERROR: cannot execute UPDATE in a read-only transaction");
        a.rollback();
        a.setReadOnly(false);
        exec(a, "UPDATE acct SET balance = 4");
        a.commit();
        assertThat(balance(b)).isEqualTo(4);
    }

    private static int balance(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT balance FROM acct WHERE id = 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void noticesBecomeWarnings(Target t) throws Exception {
        Connection c = connect(t);
        try (Statement s = c.createStatement()) {
            s.execute("COMMIT");
            SQLWarning w = s.getWarnings(); // pgJDBC puts a statement's notices on the statement
            assertThat((Object) w).isNotNull();
            assertThat(w.getSQLState()).isEqualTo("25P01");
            assertThat(w.getMessage()).isEqualTo("there is no transaction in progress");
            assertThat((Object) c.getWarnings()).isNull();
            s.execute("SELECT 1");
            assertThat((Object) s.getWarnings()).isNull(); // cleared by the next execution
        }
    }

    // ------------------------------------------------------------------ errors

    @ParameterizedTest
    @EnumSource(Target.class)
    void errorsCarryPostgresSqlStateAndMessage(Target t) throws Exception {
        Connection c = connect(t);
        exec(c, "CREATE TABLE e (id int PRIMARY KEY, name varchar(3) NOT NULL, n int)");
        exec(c, "INSERT INTO e VALUES (1, 'abc', 1)");
        assertError(c, "SELECT * FROM missing", "42P01", "ERROR: relation \"missing\" does not exist\n  Position: 15");
        assertError(c, "SELECT nope FROM e", "42703", "ERROR: column \"nope\" does not exist\n"
                + "  Hint: Perhaps you meant to reference the column \"e.name\".\n  Position: 8");
        assertError(c, "SELEC 1", "42601", "ERROR: syntax error at or near \"SELEC\"\n  Position: 1");
        assertError(c, "INSERT INTO e VALUES (1, 'x', 1)", "23505",
                "ERROR: duplicate key value violates unique constraint \"e_pkey\"\n  Detail: Key (id)=(1) already exists.");
        assertError(c, "INSERT INTO e (id) VALUES (2)", "23502",
                "ERROR: null value in column \"name\" of relation \"e\" violates not-null constraint\n"
                        + "  Detail: Failing row contains (2, null, null).");
        assertError(c, "SELECT 1 / 0", "22012", "ERROR: division by zero");
        assertError(c, "SELECT 'x'::int", "22P02", "ERROR: invalid input syntax for type integer: \"x\"\n  Position: 8");
        assertError(c, "SELECT 2147483647 + 1", "22003", "ERROR: integer out of range");
        assertError(c, "INSERT INTO e VALUES (3, 'abcd', 1)", "22001",
                "ERROR: value too long for type character varying(3)");
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM e WHERE n = ?")) {
            ps.setString(1, "abc");
            SQLException e = catchThrowableOfType(SQLException.class, ps::executeQuery);
            assertThat(e.getSQLState()).isEqualTo("42883");
            SQLException unset = catchThrowableOfType(SQLException.class, () -> {
                ps.clearParameters();
                ps.executeQuery();
            });
            assertThat(unset.getSQLState()).isEqualTo("22023");
            assertThat(unset.getMessage()).isEqualTo("No value specified for parameter 1.");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM e WHERE n = ?")) {
            ps.setObject(1, "abc", Types.OTHER);
            SQLException e = catchThrowableOfType(SQLException.class, ps::executeQuery);
            assertThat(e.getSQLState()).isEqualTo("22P02");
            assertThat(e.getMessage()).isEqualTo("ERROR: invalid input syntax for type integer: \"abc\"\n"
                    + "  Where: unnamed portal parameter $1 = '...'");
        }
        // the session is still usable after each error
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM e")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1L);
        }
    }

    private static void assertError(Connection c, String sql, String state, String message) {
        SQLException e = error(c, sql);
        assertThat((Object) e).as(sql).isNotNull();
        assertThat(e.getSQLState()).as(sql).isEqualTo(state);
        assertThat(e.getMessage()).as(sql).isEqualTo(message);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void queryTimeoutCancelsTheStatement(Target t) throws Exception {
        Connection c = connect(t);
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(1);
            long start = System.nanoTime();
            SQLException e = catchThrowableOfType(SQLException.class,
                    () -> s.executeQuery("SELECT pg_sleep(60)"));
            assertThat((Object) e).isNotNull();
            assertThat(e.getSQLState()).isEqualTo("57014");
            assertThat(e.getMessage()).isEqualTo("ERROR: canceling statement due to user request");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
            s.setQueryTimeout(0);
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void cancelFromAnotherThreadStopsTheStatement(Target t) throws Exception {
        Connection c = connect(t);
        try (Statement s = c.createStatement()) {
            // a cancel that arrives before the statement runs is ignored (as in PostgreSQL): on a
            // loaded machine the first one may, so cancel every 500 ms until the statement ends
            java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
            Thread canceller = new Thread(() -> {
                try {
                    while (!ended.get()) {
                        Thread.sleep(500);
                        if (!ended.get()) {
                            s.cancel();
                        }
                    }
                } catch (InterruptedException | SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            canceller.start();
            SQLException e = catchThrowableOfType(SQLException.class,
                    () -> s.executeQuery("SELECT pg_sleep(60)"));
            ended.set(true);
            canceller.join();
            assertThat((Object) e).isNotNull();
            assertThat(e.getSQLState()).isEqualTo("57014");
            assertThat(e.getMessage()).isEqualTo("ERROR: canceling statement due to user request");
            try (ResultSet rs = s.executeQuery("SELECT 2")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void preparedStatementSettersRoundTrip(Target t) throws Exception {
        Connection c = connect(t);
        try (PreparedStatement ps = c.prepareStatement("SELECT ?::int2, ?::int4, ?::int8, ?::numeric, ?::float8,"
                + " ?::bool, ?::text, ?::date, ?::timestamp, ?::timestamptz, ?, ? AS str, ?::date")) {
            ps.setObject(1, (short) 3);
            ps.setObject(2, 4);
            ps.setObject(3, 5L);
            ps.setObject(4, new BigDecimal("1E+3"));
            ps.setObject(5, 2.5d);
            ps.setObject(6, false);
            ps.setObject(7, "it's");
            ps.setDate(8, Date.valueOf("1999-12-31"));
            ps.setTimestamp(9, Timestamp.valueOf("2001-02-03 04:05:06.7"));
            ps.setTimestamp(10, Timestamp.valueOf("2001-02-03 04:05:06"));
            ps.setBigDecimal(11, new BigDecimal("-0.50"));
            ps.setString(12, "plain");
            ps.setObject(13, "2020-01-02", Types.DATE);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= 13; i++) {
                    Object v = rs.getObject(i);
                    values.add(v.getClass().getSimpleName() + ":" + v);
                }
                assertThat(values).containsExactly("Integer:3", "Integer:4", "Long:5", "BigDecimal:1000", "Double:2.5",
                        "Boolean:false", "String:it's", "Date:1999-12-31", "Timestamp:2001-02-03 04:05:06.7",
                        "Timestamp:2001-02-03 04:05:06.0", "BigDecimal:-0.50", "String:plain", "Date:2020-01-02");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void questionMarksInLiteralsAndCommentsAreNotParameters(Target t) throws Exception {
        Connection c = connect(t);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT '?' AS q, \"?col\" AS c, ? AS p -- what?\n FROM generate_series(1, 1) AS \"?col\" /* ? */")) {
            ps.setInt(1, 9);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("q")).isEqualTo("?");
                assertThat(rs.getInt("p")).isEqualTo(9);
            }
        }
    }
}
