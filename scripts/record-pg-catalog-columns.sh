#!/usr/bin/env bash
# Records the columns of every pg_catalog table and view of the reference PostgreSQL 15 into
# pglitedb-engine/src/main/resources/io/pglitedb/catalog/system/pg_catalog_columns.tsv
# (oid, relname, relkind, attname, format_type; by relation OID, then attnum), the list
# SystemRelations builds the pg_catalog relations from.
#   scripts/record-pg-catalog-columns.sh      (starts ../shared/tools/pg-reference.sh if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
"$(pwd)/../shared/tools/pg-reference.sh" start >/dev/null 2>&1 || /work/shared/tools/pg-reference.sh start >/dev/null
psql -h 127.0.0.1 -p 55432 -U postgres -d postgres -X -A -t -F $'\t' -c "
  SELECT c.oid, c.relname, c.relkind, a.attname, format_type(a.atttypid, NULL)
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
  WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind IN ('r', 'v')
    AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY c.oid, a.attnum" > pglitedb-engine/src/main/resources/io/pglitedb/catalog/system/pg_catalog_columns.tsv
