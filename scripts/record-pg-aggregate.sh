#!/usr/bin/env bash
# Records PostgreSQL 15's pg_aggregate (OIDs as numbers, NULL as \N) into the engine's resources:
# the rows pg_aggregate shows for the built-in aggregates the engine implements.
#   scripts/record-pg-aggregate.sh [HOST] [PORT]   (default: the reference, 127.0.0.1 55432)
set -euo pipefail
host=${1:-127.0.0.1}
port=${2:-55432}
out=$(dirname "$0")/../pglitedb-engine/src/main/resources/io/pglitedb/catalog/system/pg_aggregate.tsv
psql -h "$host" -p "$port" -U postgres -d postgres -X -A -t -F $'\t' -P null='\N' -c "
SELECT aggfnoid::oid, aggkind, aggnumdirectargs, aggtransfn::oid, aggfinalfn::oid, aggcombinefn::oid,
       aggserialfn::oid, aggdeserialfn::oid, aggmtransfn::oid, aggminvtransfn::oid, aggmfinalfn::oid,
       aggfinalextra, aggmfinalextra, aggfinalmodify, aggmfinalmodify, aggsortop, aggtranstype,
       aggtransspace, aggmtranstype, aggmtransspace, agginitval, aggminitval
FROM pg_aggregate ORDER BY aggfnoid::oid" > "$out"
wc -l "$out"
