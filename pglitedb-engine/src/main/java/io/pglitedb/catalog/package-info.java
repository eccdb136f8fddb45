/**
 * The catalog: tables and their columns, primary keys, defaults and owned sequences, and roles.
 *
 * <p>It lives in the same RocksDB as the data, under database 0, and is written into the same
 * transaction batch as the rows it describes, so DDL commits and rolls back with its transaction.
 * In memory, {@link io.pglitedb.catalog.Catalog} holds an immutable map of the committed tables,
 * replaced whenever a transaction with DDL commits; a transaction sees it through a
 * {@link io.pglitedb.catalog.CatalogView} that lays its own uncommitted CREATE/ALTER/DROP over it.
 * Concurrent DDL on one table name is serialised by locking the name's catalog row.
 *
 * <p>A table's rows live under its storage id (PostgreSQL's relfilenode), not its OID: CREATE
 * TABLE, TRUNCATE and table rewrites give the table new storage that only their transaction can
 * see until commit ({@link io.pglitedb.txn.PrivateStorage}), and the old storage is range-deleted
 * after commit. Storage no committed table names (left by a process that died mid-transaction) is
 * deleted when the catalog loads.
 *
 * <p>Roles ({@link io.pglitedb.catalog.RoleDescriptor}) are keyed by name, transactional like
 * tables (the view overlays created, altered and dropped roles); a new database gets the bootstrap
 * superuser {@code postgres} (OID 10).
 *
 * <p>Sequences (serial columns) are not transactional, like PostgreSQL's: a value is never handed
 * out twice, and durable reservations are made 32 values ahead.
 */
package io.pglitedb.catalog;
