#!/usr/bin/env bash
# The 22 TPC-H queries on PGLiteDB and on a real PostgreSQL 15, same data, side by side.
#
#   bench/tpch.sh                     scale 0.1: generate, load both, run all 22 (3 timed runs each)
#   QUERIES="1 6 14" bench/tpch.sh    only some queries
#   RUNS=1 bench/tpch.sh              one timed run per query
#
# What it does:
#   1. generates the eight tables with bench/tpch/TpchGen.java (deterministic; same scale, same
#      files), unless TPCH_DATA names a directory that already holds them;
#   2. starts PGLiteDB (`./pglitedb serve --port <free> --data <tmpdir>`, building the jar if it is
#      missing) and the reference PostgreSQL (../shared/tools/pg-reference.sh start; database
#      tpch_cmp there, dropped and recreated, dropped again at the end);
#   3. loads both identically through psql over the wire: bench/tpch/schema.sql (tables with
#      their primary keys), \copy of each table, bench/tpch/indexes.sql, VACUUM ANALYZE;
#   4. runs each query of bench/tpch/queries once on each server and compares psql's aligned
#      output (header, every row as psql prints it, row count) byte for byte; then times RUNS
#      more runs on each (psql's \timing, median);
#   5. prints a table: query, rows, identical, ours ms, PG ms, ratio ours/PG.
# A query that fails or runs past QUERY_TIMEOUT seconds (statement_timeout) counts as different.
# Exit status: 0 when all results are identical, 1 otherwise, 2 on a setup problem.
#
# Environment (defaults in brackets):
#   SCALE [0.1]  RUNS [3]  QUERIES [1..22]  QUERY_TIMEOUT [300]
#   TPCH_DATA                 directory with the generated *.tbl files (generated there if missing)
#   OURS_PORT                 use an already running server of ours (its database OURS_DB [postgres]
#                             gets the tables, dropped and recreated) instead of starting one
#   OURS_JAR                  run this server jar instead of the checkout's
#   SKIP_LOAD [0]             1 = both servers already hold the data (with OURS_PORT)
#   PG_PORT [55432] PG_DB [tpch_cmp] PG_REFERENCE [../shared/tools/pg-reference.sh]
#   KEEP_TMP [0]              1 = keep the temporary directory (outputs, diffs, server log)
#   KEEP_PG_DB [0]            1 = leave PG_DB loaded at the end (for later SKIP_LOAD=1 runs)
#   PGLITEDB_JAVA_OPTS        extra JVM options for our server
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
here=$root/bench/tpch

SCALE=${SCALE:-0.1}
RUNS=${RUNS:-3}
QUERIES=${QUERIES:-$(seq 1 22)}
QUERY_TIMEOUT=${QUERY_TIMEOUT:-300}
OURS_PORT=${OURS_PORT:-}
OURS_JAR=${OURS_JAR:-}
OURS_DB=${OURS_DB:-postgres}
SKIP_LOAD=${SKIP_LOAD:-0}
PG_PORT=${PG_PORT:-55432}
PG_DB=${PG_DB:-tpch_cmp}
PG_REFERENCE=${PG_REFERENCE:-$root/../shared/tools/pg-reference.sh}
HOST=127.0.0.1
READY_TIMEOUT=${READY_TIMEOUT:-300}
KEEP_TMP=${KEEP_TMP:-0}
TABLES="region nation supplier part partsupp customer orders lineitem"

die() { echo "tpch: $*" >&2; exit 2; }
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

command -v psql >/dev/null || die "psql not found (apt-get install postgresql-client-15)"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"

unset PGHOST PGHOSTADDR PGPORT PGDATABASE PGUSER PGSERVICE PGOPTIONS PGPASSWORD
export PGCONNECT_TIMEOUT=10 LC_ALL=C

. "$root/scripts/java-home.sh"
java_home=$(pglitedb_java_home 21) || die "needs Java 21 or newer for the generator"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tpch.XXXXXX")
ours_pid=""

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$ours_pid" ] && kill -0 "$ours_pid" 2>/dev/null; then
    kill -TERM "$ours_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$ours_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$ours_pid" 2>/dev/null || true
    wait "$ours_pid" 2>/dev/null || true
  fi
  if [ -n "${pg_started:-}" ] && [ "$SKIP_LOAD" != 1 ] && [ "${KEEP_PG_DB:-0}" != 1 ]; then
    psql -X -q -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
  fi
  if [ "$KEEP_TMP" = 1 ]; then echo "tpch: kept $tmp" >&2; else rm -rf "$tmp"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  python3 -c 'import socket,sys; s=socket.socket(); s.bind((sys.argv[1],0)); print(s.getsockname()[1]); s.close()' "$HOST"
}

# ---------------------------------------------------------------- data

data=${TPCH_DATA:-$tmp/data}
if [ ! -f "$data/lineitem.tbl" ]; then
  log "generating TPC-H scale $SCALE into $data"
  "$java_home/bin/java" "$here/TpchGen.java" "$SCALE" "$data" || die "generator failed"
fi

# ---------------------------------------------------------------- servers

start_ours() {
  if [ -n "$OURS_PORT" ]; then ours_port=$OURS_PORT; log "ours: using the server on $HOST:$ours_port"; return; fi
  ours_port=$(free_port)
  mkdir -p "$tmp/ours-data"
  if [ -n "$OURS_JAR" ]; then
    PGLITEDB_JAR=$OURS_JAR "$root/pglitedb" serve --host "$HOST" --port "$ours_port" --data "$tmp/ours-data" \
      >"$tmp/ours.log" 2>&1 </dev/null &
  else
    "$root/pglitedb" serve --host "$HOST" --port "$ours_port" --data "$tmp/ours-data" >"$tmp/ours.log" 2>&1 </dev/null &
  fi
  ours_pid=$!
  local waited=0
  until grep -q "ready to accept connections" "$tmp/ours.log" 2>/dev/null; do
    kill -0 "$ours_pid" 2>/dev/null || { tail -20 "$tmp/ours.log" >&2; ours_pid=""; die "our server exited before it was ready"; }
    [ "$waited" -lt $((READY_TIMEOUT * 10)) ] || { tail -20 "$tmp/ours.log" >&2; die "our server was not ready within ${READY_TIMEOUT}s"; }
    sleep 0.1; waited=$((waited + 1))
  done
  log "ours: $(grep -m1 'ready to accept connections' "$tmp/ours.log")"
}

start_pg() {
  [ -x "$PG_REFERENCE" ] || die "reference tool not found: $PG_REFERENCE (set PG_REFERENCE)"
  "$PG_REFERENCE" start "$PG_PORT" >&2 || die "could not start the reference PostgreSQL"
  pg_started=1
}

conn() {
  case $1 in
    ours) echo "-h $HOST -p $ours_port -U postgres -d $OURS_DB" ;;
    pg) echo "-h $HOST -p $PG_PORT -U postgres -d $PG_DB" ;;
  esac
}

sql() {  # sql SIDE psql-args... (stops at the first error)
  local side=$1; shift
  # shellcheck disable=SC2046
  psql -X -q -v ON_ERROR_STOP=1 $(conn "$side") "$@"
}

load() {
  local side=$1 start end
  start=$(date +%s.%N)
  if [ "$side" = pg ]; then
    psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U postgres -d postgres \
      -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
  else
    sql ours -c "SET client_min_messages = warning" -c "DROP TABLE IF EXISTS $(echo $TABLES | tr ' ' ,)" >/dev/null
  fi
  sql "$side" -f "$here/schema.sql" >/dev/null || return 1
  for t in $TABLES; do
    local t0 t1
    t0=$(date +%s.%N)
    sql "$side" -c "\\copy $t from '$data/$t.tbl'" >/dev/null || return 1
    t1=$(date +%s.%N)
    log "  $side: $t $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s"
  done
  sql "$side" -f "$here/indexes.sql" >/dev/null || return 1
  sql "$side" -c "VACUUM ANALYZE" >/dev/null || return 1
  end=$(date +%s.%N)
  load_secs[$side]=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}')
}

# ---------------------------------------------------------------- queries

# result SIDE FILE OUT -> psql's aligned output of the query (errors included) in OUT
result() {
  local side=$1 file=$2 out=$3
  # shellcheck disable=SC2046
  psql -X -q -P pager=off $(conn "$side") -c "SET statement_timeout = '${QUERY_TIMEOUT}s'" -f "$file" >"$out" 2>&1 || true
}

# timings SIDE FILE -> median of RUNS runs in ms ("-" if a run failed)
timings() {
  local side=$1 file=$2 args=() i
  for i in $(seq 1 "$RUNS"); do args+=(-f "$file"); done
  # shellcheck disable=SC2046
  psql -X -q -v ON_ERROR_STOP=1 -o /dev/null $(conn "$side") -c "SET statement_timeout = '${QUERY_TIMEOUT}s'" \
    -c '\timing on' "${args[@]}" 2>"$tmp/timing.err" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' >"$tmp/times" || true
  if [ "$(wc -l <"$tmp/times")" -ne "$RUNS" ]; then echo "-"; return; fi
  sort -g "$tmp/times" | awk '{v[NR] = $1} END { if (NR % 2) printf "%.1f\n", v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ---------------------------------------------------------------- main

start_pg
start_ours
declare -A load_secs=([ours]=- [pg]=-)
if [ "$SKIP_LOAD" != 1 ]; then
  for side in pg ours; do
    log "loading $side"
    load "$side" || die "loading $side failed"
    log "  $side loaded in ${load_secs[$side]} s"
  done
fi

different=0
rows=()
for q in $QUERIES; do
  n=$(printf '%02d' "$q")
  file=$here/queries/q$n.sql
  [ -f "$file" ] || die "no such query: $file"
  result pg "$file" "$tmp/q$n.pg.out"
  result ours "$file" "$tmp/q$n.ours.out"
  nrows=$(sed -n 's/^(\([0-9]*\) rows\?)$/\1/p' "$tmp/q$n.pg.out" | tail -1)
  if cmp -s "$tmp/q$n.pg.out" "$tmp/q$n.ours.out"; then
    same=yes
    ours_ms=$(timings ours "$file")
    pg_ms=$(timings pg "$file")
  else
    same=NO; different=1
    diff "$tmp/q$n.pg.out" "$tmp/q$n.ours.out" >"$tmp/q$n.diff" || true
    ours_ms=-
    grep -q ERROR "$tmp/q$n.ours.out" || ours_ms=$(timings ours "$file")
    pg_ms=$(timings pg "$file")
  fi
  ratio=$(awk -v a="$ours_ms" -v b="$pg_ms" 'BEGIN { if (a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.2f\n", a / b }')
  line=$(printf 'Q%-3s %6s  %-9s %10s %10s %8s' "$q" "${nrows:--}" "$same" "$ours_ms" "$pg_ms" "$ratio")
  rows+=("$line")
  log "$line"
  if [ "$same" = NO ]; then
    sed -n '1,12p' "$tmp/q$n.diff" | sed 's/^/    | /' >&2
  fi
done

echo
echo "TPC-H scale $SCALE: PGLiteDB vs PostgreSQL $(psql -X -At $(conn pg) -c 'SHOW server_version' | cut -d' ' -f1), median of $RUNS run(s), $(nproc) CPUs, $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-4s %6s  %-9s %10s %10s %8s\n' query rows identical "ours ms" "PG ms" "ours/PG"
for line in "${rows[@]}"; do echo "$line"; done
echo "load (generate excluded): ours ${load_secs[ours]} s, PostgreSQL ${load_secs[pg]} s"
if [ "$different" = 0 ]; then echo "result: all identical"; else echo "result: SOME RESULTS DIFFER"; fi
[ "$different" = 0 ] || exit 1
