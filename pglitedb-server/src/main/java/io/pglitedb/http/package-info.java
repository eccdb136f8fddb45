/**
 * The HTTP/JSON door: the third front end onto the same {@link io.pglitedb.session.Database}
 * (beside the wire server and the embedded JDBC driver). The API is documented in
 * {@code docs/http.md}; the OpenAPI description is served at {@code /v1/openapi.json}.
 *
 * <h2>Layers, top-down</h2>
 * <ol>
 *   <li>{@link io.pglitedb.http.HttpDoor}: the JDK's HTTP(S) server, one virtual thread per request.
 *   <li>{@link io.pglitedb.http.HttpRoutes}: routing, request validation, authentication
 *       ({@link io.pglitedb.http.HttpAuthenticator}: HTTP Basic against stored SCRAM/md5
 *       verifiers, decided by the wire server's pg_hba-style rules), CORS.
 *   <li>{@link io.pglitedb.http.StatementRunner}: Parse / Bind / Execute / Sync on a
 *       {@link io.pglitedb.session.Session}, exactly as the extended query protocol does.
 *   <li>{@link io.pglitedb.http.ResultWriter} and {@link io.pglitedb.http.JsonValues}: results as
 *       JSON or NDJSON while they are produced.
 * </ol>
 *
 * <h2>The safety rule</h2>
 * Request values never become SQL text. {@code /v1/query} runs the client's own SQL with its
 * {@code params} bound as parameters (types inferred by PostgreSQL's rules). The table endpoints
 * ({@link io.pglitedb.http.TableRequest}) write statements from fixed keywords, quoted identifiers
 * (the names the request gives, resolved by the engine against the catalog) and {@code $n}
 * parameters for every value. Privileges are the session's, as for any other door.
 *
 * <h2>Sessions and transactions</h2>
 * A request without {@code txn} gets a fresh session, its statement runs in autocommit, and the
 * session closes with the request. {@link io.pglitedb.http.HttpTransactions} keeps a session in a
 * BEGIN block under a random id; one request uses it at a time; it is rolled back when idle past
 * its timeout or when the door closes.
 *
 * <h2>Errors and status codes</h2>
 * Every failure is {@code {"error":{"sqlstate","message","detail","hint","position"}}}; the status
 * comes from the SQLSTATE ({@link io.pglitedb.http.HttpErrors}). A result is held in memory up to
 * a threshold so that an error gets its real status; beyond it the body streams with 200 and a
 * later error closes the body with an {@code "error"} member ({@link io.pglitedb.http.ResponseStream}).
 */
package io.pglitedb.http;
