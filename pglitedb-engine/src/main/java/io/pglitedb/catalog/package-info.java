/**
 * The catalog: tables with their columns, primary keys, defaults, indexes and constraints;
 * sequences; roles.
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
 * after commit. An index's OID is its storage id in the same way, and moves with its table's.
 * Storage no committed table or index names (left by a process that died mid-transaction) is
 * deleted when the catalog loads.
 *
 * <p>Tables, indexes and sequences share one name space per schema (the {@code NAMES} rows), as
 * PostgreSQL's relations do. Indexes ({@link io.pglitedb.catalog.IndexDescriptor}), CHECK
 * constraints and foreign keys are part of their table's descriptor, so they change with it in one
 * catalog write; a foreign key names the referenced table by OID. Unnamed objects get
 * PostgreSQL's names ({@link io.pglitedb.catalog.ObjectNames}).
 *
 * <p>Roles ({@link io.pglitedb.catalog.RoleDescriptor}) are keyed by name, transactional like
 * tables (the view overlays created, altered and dropped roles); a new database gets the bootstrap
 * superuser {@code postgres} (OID 10).
 *
 * <p>A sequence's definition ({@link io.pglitedb.catalog.SequenceDescriptor}) is transactional;
 * its value ({@link io.pglitedb.catalog.Sequence}, keyed by OID) is not, like PostgreSQL's: a value
 * is never handed out twice, durable reservations are made 32 values ahead, and a clean shutdown
 * stores the exact value.
 */
package io.pglitedb.catalog;
