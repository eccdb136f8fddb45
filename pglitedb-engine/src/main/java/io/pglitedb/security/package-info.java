/**
 * Client authentication, shared by the front ends that accept connections (the wire server;
 * later HTTP), and authorization: what a role may do once connected.
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
 *
 * <h2>Authorization</h2>
 * Owners and ACLs live in the catalog ({@link io.pglitedb.catalog.ObjectAcl}, PostgreSQL's
 * aclitem semantics: grantee, grantor, privilege and grant-option bits) apart from table
 * definitions; memberships are {@link io.pglitedb.catalog.RoleMembership}s.
 * {@link io.pglitedb.security.Authorization} answers PostgreSQL's questions (has_privs_of_role,
 * is_member_of_role, is_admin_of_role, aclmask) for a role against one transaction's catalog view.
 * The analyser records what a statement touches in {@link io.pglitedb.security.AccessRequirements}
 * (tables read, columns read/inserted/updated, sequences); the session checks them for
 * current_user after analysis and before anything runs, so name errors come first and a denied
 * statement has no effect. A prepared statement remembers for whom it was checked and is analysed
 * again after GRANT/REVOKE (they change the catalog version) or SET ROLE. Foreign key checks are
 * not privilege-checked (PostgreSQL runs them as the table owner).
 *
 * <h2>Row-level security</h2>
 * A table's flags and policies ({@link io.pglitedb.catalog.RowSecurity}) live in its ACL entry.
 * {@link io.pglitedb.security.RowLevelSecurity} decides whether they apply to a role (not to
 * superusers, BYPASSRLS roles or the owner unless FORCEd; row_security off turns "would filter"
 * into 42501) and which policies of a command do. The analyser (RowSecurityQuals) puts the USING
 * conditions below everything else a query does with the table (a Filter right over its scan, or
 * ANDed first into UPDATE/DELETE's WHERE), and hands INSERT/UPDATE the WITH CHECK conditions,
 * checked on each new row before constraints.
 */
package io.pglitedb.security;
