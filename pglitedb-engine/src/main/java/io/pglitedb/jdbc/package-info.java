/**
 * The embedded JDBC driver: a second door onto {@link io.pglitedb.session.Session}, in-process,
 * with no sockets and no protocol encoding. Rows go from the executor through a
 * {@link io.pglitedb.session.ResultSink} ({@code ResultCollector}) into the ResultSet as Java values.
 *
 * <h2>Map</h2>
 * <ul>
 * <li>{@code PgLiteDriver} / {@code PgLiteDataSource}: URLs ({@code JdbcUrl}) and the
 * {@code DatabaseRegistry} that shares one engine among the connections to one URL (reference
 * counted; {@code keep=true} keeps it).</li>
 * <li>{@code PgLiteConnection}: one session; transaction control with the SQL pgJDBC sends
 * (BEGIN before the first statement when autocommit is off, COMMIT/ROLLBACK, SET SESSION
 * CHARACTERISTICS, SAVEPOINT), so the engine alone decides what is supported.</li>
 * <li>{@code PgLiteStatement}: a SQL string runs as a simple query (all its statements, one
 * implicit transaction); with a fetch size and autocommit off a single statement streams from a
 * portal ({@code PortalFetcher}). Batches are Parse/Bind/Execute per entry and one Sync.</li>
 * <li>{@code PgLitePreparedStatement}: {@code ?} become {@code $n} ({@code Placeholders}); the
 * statement is parsed once with the parameter type OIDs pgJDBC would declare for the setters used
 * ({@code ParameterValues}), and values reach Bind as engine values.</li>
 * <li>{@code PgLiteResultSet}, {@code ColumnValues}, {@code JdbcTypes}, the metadata classes:
 * getters, getObject classes, java.sql.Types codes, precision/scale/display size as pgJDBC.</li>
 * </ul>
 *
 * <h2>The compatibility rule</h2>
 * Whatever a user can observe (values and their classes, update counts, metadata, SQLSTATE and
 * message texts, including the driver's own errors such as "No results were returned by the
 * query.") is what pgJDBC 42.7 gives against PostgreSQL 15. {@code JdbcCompatibilityTest} in the
 * server module runs one program against this driver, against our wire server via pgJDBC, and
 * against the reference PostgreSQL.
 *
 * <h2>Threads and cancellation</h2>
 * A connection serialises calls on its session with a lock. {@code Statement.cancel()} and query
 * timeouts ({@code QueryTimer}) do not take it: they go through
 * {@link io.pglitedb.session.Database#cancel}, the engine's CancelRequest path, and only while the
 * execution they were armed for is still running.
 */
package io.pglitedb.jdbc;
