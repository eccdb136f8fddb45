/**
 * pg_catalog as relations: the catalogs clients read behind their meta-commands (psql's \d
 * family, pgJDBC's DatabaseMetaData, ORMs' reflection) computed from the catalog a statement sees.
 *
 * <p>A {@link io.pglitedb.catalog.system.SystemRelation} has PostgreSQL 15's columns, types and
 * OID (recorded from PostgreSQL's own pg_attribute into {@code pg_catalog_columns.tsv}; columns
 * of types the engine lacks, such as arrays, are left out) and a row source in
 * {@link io.pglitedb.catalog.system.CatalogRows}. Name resolution finds them in pg_catalog (first
 * on every search path), the planner scans them with a {@code SystemScan}, and the executor
 * computes their rows from the statement's {@link io.pglitedb.catalog.system.SystemContext}
 * (its transaction's {@link io.pglitedb.catalog.CatalogView}, so uncommitted DDL shows), so
 * joins, filters, regular expressions and casts work over them like over tables. Nothing is
 * stored: no catalog table can disagree with the catalog.
 *
 * <p>OIDs: user objects have the catalog's OIDs; built-in types and functions PostgreSQL's
 * ({@code pg_type.tsv}, {@code pg_proc.tsv}); objects the catalog keeps without an OID (a
 * primary key's index, constraints, column defaults) get one derived from their table's OID
 * and name, stable while both are. The catalogs' own indexes (pg_class_oid_index ...) are
 * PostgreSQL's, recorded into {@code pg_catalog_indexes.tsv} and listed by
 * {@link io.pglitedb.catalog.system.SystemIndexes} (they index nothing: the rows are computed).
 *
 * <p>{@link io.pglitedb.catalog.system.CatalogFunctions} holds the functions over the catalog
 * (pg_get_userbyid, pg_table_is_visible, format_type, pg_get_indexdef ...), and
 * {@link io.pglitedb.catalog.system.SystemOidNames} the name lookups of the reg* types, which the
 * session installs on its thread while it runs a statement.
 */
package io.pglitedb.catalog.system;
