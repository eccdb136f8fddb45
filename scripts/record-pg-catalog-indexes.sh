#!/usr/bin/env bash
# Records the indexes of the pg_catalog tables of the reference PostgreSQL 15 into
# pglitedb-engine/src/main/resources/io/pglitedb/catalog/system/pg_catalog_indexes.tsv, one line
# per index: index oid, index name, table oid, indisunique, indisprimary, key column names
# (comma-separated), indclass, indcollation (space-separated oids), pg_get_indexdef, and for an
# index behind a constraint its pg_constraint oid, contype and pg_get_constraintdef (else empty).
# SystemIndexes serves pg_class, pg_index, pg_attribute and pg_constraint rows from it.
#   scripts/record-pg-catalog-indexes.sh      (starts ../shared/tools/pg-reference.sh if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
"$(pwd)/../shared/tools/pg-reference.sh" start >/dev/null 2>&1 || /work/shared/tools/pg-reference.sh start >/dev/null
psql -h 127.0.0.1 -p 55432 -U postgres -d postgres -X -A -t -F $'\t' -c "
  SELECT i.indexrelid, c.relname, i.indrelid, i.indisunique, i.indisprimary,
         (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum),
         i.indclass::text, i.indcollation::text, pg_get_indexdef(i.indexrelid),
         coalesce(con.oid::text, ''), coalesce(con.contype::text, ''),
         coalesce(pg_get_constraintdef(con.oid), '')
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.contype IN ('p', 'u')
  WHERE c.relnamespace = 'pg_catalog'::regnamespace
  ORDER BY i.indexrelid" > pglitedb-engine/src/main/resources/io/pglitedb/catalog/system/pg_catalog_indexes.tsv
