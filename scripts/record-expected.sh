#!/usr/bin/env bash
# Records the expected output of the psql compatibility scripts from the reference PostgreSQL 15.
#
#   scripts/record-expected.sh                 every pglitedb-server/src/test/resources/compat/*.sql
#   scripts/record-expected.sh errors.sql ...  only these scripts
#
# For each NAME.sql: a fresh empty database on the reference server, then exactly the psql run
# that PsqlScriptTest does against PGLiteDB (same flags, environment and relative file name, so
# `psql:NAME.sql:LINE: ERROR: ...` lines compare equal), written to NAME.out beside the script.
# The reference server is ../shared/tools/pg-reference.sh (override: PG_REFERENCE=path,
# PG_REFERENCE_PORT=55432). Review the diff of the .out files before committing them.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
dir=$root/pglitedb-server/src/test/resources/compat
pgref=${PG_REFERENCE:-$root/../shared/tools/pg-reference.sh}
port=${PG_REFERENCE_PORT:-55432}
db=compat_test

[ -x "$pgref" ] || { echo "record-expected: reference tool not found: $pgref (set PG_REFERENCE)" >&2; exit 2; }
"$pgref" start "$port" >&2

# psql 15 (the version the .out files are recorded with), else whatever psql is on PATH;
# PsqlScriptTest picks it the same way.
psql=/usr/lib/postgresql/15/bin/psql
[ -x "$psql" ] || psql=$(command -v psql) || { echo "record-expected: psql not found" >&2; exit 2; }

# The environment psql runs in, here and in the test: nothing from PG*/PSQL* variables, C locale.
clean_env=(env -i "PATH=$PATH" "HOME=${HOME:-/root}" LC_ALL=C PGCONNECT_TIMEOUT=10)

if [ $# -gt 0 ]; then scripts=("$@"); else
  scripts=(); for f in "$dir"/*.sql; do scripts+=("$(basename "$f")"); done
fi
for name in "${scripts[@]}"; do
  name=$(basename "$name")
  [ -f "$dir/$name" ] || { echo "record-expected: no such script: $dir/$name" >&2; exit 2; }
  "${clean_env[@]}" "$psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db TEMPLATE template0" >/dev/null
  rc=0
  (cd "$dir" && "${clean_env[@]}" "$psql" -X -a -v ON_ERROR_STOP=0 \
      -h 127.0.0.1 -p "$port" -U postgres -d "$db" -f "$name" >"${name%.sql}.out" 2>&1) || rc=$?
  [ "$rc" = 0 ] || { echo "record-expected: psql exited with $rc on $name; see ${name%.sql}.out" >&2; exit 1; }
  echo "recorded ${name%.sql}.out ($(wc -l <"$dir/${name%.sql}.out") lines)"
done
"${clean_env[@]}" "$psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" >/dev/null
