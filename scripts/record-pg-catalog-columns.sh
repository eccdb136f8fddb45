#!/usr/bin/env bash
# Records the columns of every pg_catalog table and view of the reference PostgreSQL 15 into
# pglitedb-engine/src/main/resources/io/pglitedb/catalog/system/pg_catalog_columns.tsv
# (oid, relname, relkind, attname, format_type, attnotnull; by relation OID, then attnum), the list
# SystemRelations builds the pg_catalog relations from.
#   scripts/record-pg-catalog-columns.sh      (starts ../shared/tools/pg-reference.sh if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
"$(pwd)/../shared/tools/pg-reference.sh" start >/dev/null 2>&1 || /work/shared/tools/pg-reference.sh start >/dev/null
psql -h 127.0.0.1 -p 55432 -U postgres -d postgres -X -A -t -F $'\t' -c "
  SELECT c.oid, c.relname, c.relkind, a.attname, format_type(a.atttypid, NULL), a.attnotnull
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
  WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind IN ('r', 'v')
    AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY c.oid, a.attnum" > pglitedb-engine/src/main/resources/io/pglitedb/catalog/system/pg_catalog_columns.tsv

# The views of the extensions every database has built in (pg_stat_statements), from a scratch
# database of the reference; their OIDs there are install-time ones, so ours are fixed here.
psql -h 127.0.0.1 -p 55432 -U postgres -d postgres -X -q -c "DROP DATABASE IF EXISTS pglitedb_record_ext" \
  -c "CREATE DATABASE pglitedb_record_ext"
psql -h 127.0.0.1 -p 55432 -U postgres -d pglitedb_record_ext -X -q -c "CREATE EXTENSION pg_stat_statements"
psql -h 127.0.0.1 -p 55432 -U postgres -d pglitedb_record_ext -X -A -t -F $'\t' -c "
  SELECT CASE c.relname WHEN 'pg_stat_statements' THEN 16300 ELSE 16301 END, c.relname, c.relkind, a.attname,
         format_type(a.atttypid, NULL), a.attnotnull
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
  WHERE c.relname IN ('pg_stat_statements', 'pg_stat_statements_info')
    AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY 1, a.attnum" > pglitedb-engine/src/main/resources/io/pglitedb/catalog/system/extension_columns.tsv
psql -h 127.0.0.1 -p 55432 -U postgres -d postgres -X -q -c "DROP DATABASE pglitedb_record_ext"
