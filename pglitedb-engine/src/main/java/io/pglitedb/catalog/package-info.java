/**
 * The catalog: tables and their columns, primary keys, defaults and owned sequences.
 *
 * <p>It lives in the same RocksDB as the data, under database 0, and is written into the same
 * transaction batch as the rows it describes, so DDL commits and rolls back with its transaction.
 * In memory, {@link io.pglitedb.catalog.Catalog} holds an immutable map of the committed tables,
 * replaced whenever a transaction with DDL commits; a transaction sees it through a
 * {@link io.pglitedb.catalog.CatalogView} that lays its own uncommitted CREATE/ALTER/DROP over it.
 * Concurrent DDL on one table name is serialised by locking the name's catalog row.
 *
 * <p>Sequences (serial columns) are not transactional, like PostgreSQL's: a value is never handed
 * out twice, and durable reservations are made 32 values ahead.
 */
package io.pglitedb.catalog;
