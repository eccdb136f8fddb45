#!/usr/bin/env bash
# Records the expected transcripts of the client-library checks from the reference PostgreSQL 15:
# scripts/python-clients-check.py (SQLAlchemy reflection, psycopg2 round trips) and
# scripts/node-clients-check.js (node-postgres) each run against a fresh empty database there,
# their output written to pglitedb-server/src/test/resources/clients/NAME.out, which
# ClientLibrariesTest compares with the same script run against PGLiteDB.
#
#   scripts/record-clients.sh [python|node ...]
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
pgref=${PG_REFERENCE:-$root/../shared/tools/pg-reference.sh}
port=${PG_REFERENCE_PORT:-55432}
db=clients_record
out=$root/pglitedb-server/src/test/resources/clients
"$pgref" start "$port" >&2
names=("$@"); [ ${#names[@]} -gt 0 ] || names=(python node)
for name in "${names[@]}"; do
  psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db TEMPLATE template0"
  case $name in
    python) /usr/bin/python3 "$root/scripts/python-clients-check.py" 127.0.0.1 "$port" "$db" >"$out/python.out" ;;
    node) node "$root/scripts/node-clients/check.js" 127.0.0.1 "$port" "$db" >"$out/node.out" ;;
    *) echo "record-clients: unknown check $name" >&2; exit 2 ;;
  esac
  echo "recorded $out/$name.out ($(wc -l <"$out/$name.out") lines)"
done
psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db"
