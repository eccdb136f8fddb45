/**
 * Client authentication, shared by the front ends that accept connections (the wire server;
 * later HTTP).
 *
 * <ul>
 *   <li>{@link io.pglitedb.security.HbaRules}: pg_hba.conf-style rules; the first line matching
 *       (TLS or not, database, user, address) names the method.
 *   <li>{@link io.pglitedb.security.Authentication}: the rules in force (reloadable) and the
 *       password checks; the same 28P01 text for a wrong password, a missing one and an unknown
 *       role.
 *   <li>{@link io.pglitedb.security.ScramSha256}: stored verifiers in PostgreSQL's format and
 *       the server side of SCRAM-SHA-256[-PLUS]; {@link io.pglitedb.security.Md5Password}: the
 *       older md5 format.
 * </ul>
 *
 * <p>Rules that keep this safe: passwords are never stored or logged in clear (CREATE/ALTER ROLE
 * store {@link io.pglitedb.security.Authentication#storedForm}); every failure path costs about
 * what success costs (a role without a SCRAM verifier gets a mock exchange with a stable fake
 * salt; a cleartext check without a stored password still runs the key derivation), so neither
 * the answer nor its timing tells whether a role exists. Roles themselves live in the catalog
 * ({@link io.pglitedb.catalog.RoleDescriptor}); whether a role may log in at all (LOGIN,
 * CONNECTION LIMIT) is checked when the session opens, after authentication.
 */
package io.pglitedb.security;
