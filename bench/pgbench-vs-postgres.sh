#!/usr/bin/env bash
# pgbench against PGLiteDB and a real PostgreSQL 15, side by side, in the same run.
#
#   bench/pgbench-vs-postgres.sh                  the full comparison (about 15 minutes, 3 of them loading scale 10)
#   QUICK=1 bench/pgbench-vs-postgres.sh          a smoke run: 1 round, -t 200, -T 5
#   CONFIGS="simple prepared" bench/pgbench-vs-postgres.sh   only some configurations
#
# What it does:
#   1. starts PGLiteDB (`./pglitedb serve --port <free> --data <tmpdir>`, building the server jar
#      first if it is missing) and the reference PostgreSQL (`../shared/tools/pg-reference.sh
#      start`: PostgreSQL 15 on port 55432 with its durable defaults, which this script never
#      changes; it uses a database of its own there, pgbench_cmp, dropped and recreated);
#   2. loads both identically with `pgbench -i -s N` (scale 1, later scale 10);
#   3. runs every configuration alternately, ours then PostgreSQL, ROUNDS times:
#        simple    scale 1   tpcb-like  -M simple   -c 10 -j 2 -t 1000
#        prepared  scale 1   tpcb-like  -M prepared -c 10 -j 2 -t 1000
#        select    scale 1   select-only -S         -c 10 -j 2 -T 20
#        scale10   scale 10  tpcb-like  -M simple   -c 10 -j 2 -T 30
#      Runs use `pgbench -n` plus an explicit VACUUM of pgbench_branches and pgbench_tellers
#      before each run (what pgbench does by default, minus truncating pgbench_history, so the
#      TPC-B invariant below holds over all rounds);
#   4. after every run checks the TPC-B invariant on both servers: sum(abalance) of
#      pgbench_accounts = sum(bbalance) of pgbench_branches = sum(tbalance) of pgbench_tellers =
#      sum(delta) of pgbench_history, and pgbench's "number of failed transactions";
#   5. prints per configuration the median TPS and median average latency of each server, the
#      ratios ours/PG, failed transactions, the invariant and our server's peak RSS (VmRSS polled
#      from /proc every 0.2 s during the runs; the lifetime peak VmHWM, which includes loading,
#      is printed at the end).
# Exit status: 0 when every run succeeded (pgbench exit 0, all transactions processed, none
# failed, invariant OK on both), 1 otherwise, 2 on a setup problem. Processes it started and its
# temporary directory are removed on exit (the reference PostgreSQL keeps running).
#
# Environment (defaults in brackets):
#   ROUNDS [3; QUICK=1: 1]      rounds per configuration (each round = one run on each server)
#   QUICK [0]                   1 = TXNS=200, DURATION=5, DURATION_BIG=5, ROUNDS=1
#   CONFIGS [simple prepared select scale10]   which configurations, in this order
#   CLIENTS [10] JOBS [2]       pgbench -c and -j
#   TXNS [1000]                 -t per client for the tpcb-like scale 1 runs
#   DURATION [20]               -T seconds for select-only
#   DURATION_BIG [30]           -T seconds for the scale 10 run
#   SCALE [1] SCALE_BIG [10]    scale factors
#   OURS [1] PG [1]             0 = leave that server out (e.g. OURS=0 to check the script on
#                               PostgreSQL alone)
#   OURS_JAR                    run this server jar (PGLITEDB_JAR=JAR ./pglitedb serve ...: same JVM
#                               options, no rebuild check), e.g. to measure a fixed build
#   OURS_PORT                   use an already running server as "ours" instead of starting one
#   OURS_PID                    with OURS_PORT: the process whose RSS to report
#   OURS_DB [postgres]          database name used on our server
#   PG_PORT [55432] PG_DB [pgbench_cmp]   the reference server and the database used there
#   PG_REFERENCE [../shared/tools/pg-reference.sh]
#   BENCH_HOST [127.0.0.1]      loopback address both servers are reached on
#   READY_TIMEOUT [300]         seconds to wait for "ready to accept connections" (may include a build)
#   RUN_TIMEOUT                 seconds before a pgbench run is killed (default: 600, or 10 x -T)
#   KEEP_TMP [0]                1 = keep the temporary directory (server log, pgbench logs)
#   PGLITEDB_JAVA_OPTS          extra JVM options for our server (passed on by ./pglitedb)
# With more than ~95 clients the reference needs max_connections raised: stop it and start it
# with PG_REFERENCE_OPTS="-c max_connections=300" (settings are only taken when it starts).
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

QUICK=${QUICK:-0}
if [ "$QUICK" = 1 ]; then
  ROUNDS=${ROUNDS:-1}; TXNS=${TXNS:-200}; DURATION=${DURATION:-5}; DURATION_BIG=${DURATION_BIG:-5}
fi
ROUNDS=${ROUNDS:-3}
TXNS=${TXNS:-1000}
DURATION=${DURATION:-20}
DURATION_BIG=${DURATION_BIG:-30}
CLIENTS=${CLIENTS:-10}
JOBS=${JOBS:-2}
SCALE=${SCALE:-1}
SCALE_BIG=${SCALE_BIG:-10}
CONFIGS=${CONFIGS:-simple prepared select scale10}
OURS=${OURS:-1}
PG=${PG:-1}
OURS_PORT=${OURS_PORT:-}
OURS_PID=${OURS_PID:-}
OURS_JAR=${OURS_JAR:-}
OURS_DB=${OURS_DB:-postgres}
PG_PORT=${PG_PORT:-55432}
PG_DB=${PG_DB:-pgbench_cmp}
PG_REFERENCE=${PG_REFERENCE:-$root/../shared/tools/pg-reference.sh}
HOST=${BENCH_HOST:-127.0.0.1}
READY_TIMEOUT=${READY_TIMEOUT:-300}
KEEP_TMP=${KEEP_TMP:-0}

die() { echo "pgbench-vs-postgres: $*" >&2; exit 2; }
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

command -v pgbench >/dev/null || die "pgbench not found (apt-get install postgresql-client-15)"
command -v psql >/dev/null || die "psql not found (apt-get install postgresql-client-15)"
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer"
[ "$OURS" = 1 ] || [ "$PG" = 1 ] || die "OURS=0 and PG=0: nothing to run"
for c in $CONFIGS; do
  case $c in simple|prepared|select|scale10) ;; *) die "unknown configuration '$c' (simple prepared select scale10)";; esac
done

# Nothing from the caller's PG* variables may redirect a connection.
unset PGHOST PGHOSTADDR PGPORT PGDATABASE PGUSER PGSERVICE PGOPTIONS PGPASSWORD
export PGCONNECT_TIMEOUT=10 LC_ALL=C

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pgbench-vs-pg.XXXXXX")
ours_pid=""
sampler_pid=""
child_pid=""

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$child_pid" ]; then kill -TERM "$child_pid" 2>/dev/null || true; wait "$child_pid" 2>/dev/null || true; fi
  if [ -n "$sampler_pid" ]; then kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; fi
  if [ -n "$ours_pid" ] && kill -0 "$ours_pid" 2>/dev/null; then
    kill -TERM "$ours_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$ours_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$ours_pid" 2>/dev/null; then
      log "our server did not stop within 10 s; killing it"
      kill -KILL "$ours_pid" 2>/dev/null || true
    fi
    wait "$ours_pid" 2>/dev/null || true
  fi
  if [ "$PG" = 1 ] && [ -n "${pg_started:-}" ]; then
    psql -X -q -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
  fi
  if [ "$KEEP_TMP" = 1 ]; then echo "pgbench-vs-postgres: kept $tmp" >&2; else rm -rf "$tmp"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  if command -v python3 >/dev/null; then
    python3 -c 'import socket,sys; s=socket.socket(); s.bind((sys.argv[1],0)); print(s.getsockname()[1]); s.close()' "$HOST"
    return
  fi
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/$HOST/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  die "no free port found"
}

# Runs a command in the background and waits for it, so that a signal to this script is handled
# at once (bash defers traps while a foreground child runs) and cleanup can stop the command.
in_background() {
  "$@" &
  child_pid=$!
  local rc=0
  wait "$child_pid" || rc=$?
  child_pid=""
  return "$rc"
}

# ---------------------------------------------------------------- servers

start_ours() {
  if [ -n "$OURS_PORT" ]; then
    ours_port=$OURS_PORT
    ours_rss_pid=$OURS_PID
    log "ours: using the running server on $HOST:$ours_port${OURS_PID:+ (pid $OURS_PID)}"
    return
  fi
  ours_port=$(free_port)
  mkdir -p "$tmp/data"
  if [ -n "$OURS_JAR" ]; then
    # A fixed build, run by ./pglitedb (same JVM options) but without its rebuild check.
    [ -f "$OURS_JAR" ] || die "OURS_JAR not found: $OURS_JAR"
    log "ours: PGLITEDB_JAR=$OURS_JAR ./pglitedb serve --host $HOST --port $ours_port --data $tmp/data"
    PGLITEDB_JAR=$OURS_JAR "$root/pglitedb" serve --host "$HOST" --port "$ours_port" --data "$tmp/data" \
      >"$tmp/ours.log" 2>&1 </dev/null &
  else
    if [ ! -f "$root/pglitedb-server/target/pglitedb-server.jar" ]; then
      log "ours: building the server jar (./mvnw -q -B -DskipTests package)"
      (cd "$root" && ./mvnw -q -B -DskipTests package </dev/null) >&2 || die "build failed"
    fi
    log "ours: ./pglitedb serve --host $HOST --port $ours_port --data $tmp/data"
    "$root/pglitedb" serve --host "$HOST" --port "$ours_port" --data "$tmp/data" >"$tmp/ours.log" 2>&1 </dev/null &
  fi
  ours_pid=$!
  local waited=0
  until grep -q "ready to accept connections" "$tmp/ours.log" 2>/dev/null; do
    if ! kill -0 "$ours_pid" 2>/dev/null; then
      tail -20 "$tmp/ours.log" >&2; ours_pid=""; die "our server exited before it was ready"
    fi
    if [ "$waited" -ge $((READY_TIMEOUT * 10)) ]; then
      tail -20 "$tmp/ours.log" >&2; die "our server was not ready within ${READY_TIMEOUT}s"
    fi
    sleep 0.1; waited=$((waited + 1))
  done
  ours_rss_pid=$ours_pid  # ./pglitedb execs the JVM, so this is the java process
  log "ours: $(grep -m1 'ready to accept connections' "$tmp/ours.log")"
}

start_pg() {
  [ -x "$PG_REFERENCE" ] || die "reference tool not found: $PG_REFERENCE (set PG_REFERENCE)"
  "$PG_REFERENCE" start "$PG_PORT" >&2 || die "could not start the reference PostgreSQL"
  local maxconn
  maxconn=$(psql -X -At -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -c "SHOW max_connections") ||
    die "cannot connect to the reference PostgreSQL on $HOST:$PG_PORT"
  if [ $((CLIENTS + 3)) -gt "$maxconn" ]; then
    die "reference max_connections=$maxconn is too small for -c $CLIENTS: '$PG_REFERENCE stop $PG_PORT', then start it with PG_REFERENCE_OPTS=\"-c max_connections=$((CLIENTS + 50))\""
  fi
  log "pg: $(psql -X -At -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -c "SELECT version()" | cut -d, -f1)," \
    "fsync=$(psql -X -At -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -c "SHOW fsync")," \
    "synchronous_commit=$(psql -X -At -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -c "SHOW synchronous_commit")"
  pg_started=1
}

# side -> connection arguments
conn() {
  case $1 in
    ours) echo "-h $HOST -p $ours_port -U postgres -d $OURS_DB" ;;
    pg) echo "-h $HOST -p $PG_PORT -U postgres -d $PG_DB" ;;
  esac
}
label() { [ "$1" = ours ] && echo "PGLiteDB" || echo "PostgreSQL"; }

# ---------------------------------------------------------------- measuring

rss_kb() { awk -v f="$2" '$1 == f":" {print $2}' "/proc/$1/status" 2>/dev/null || true; }

start_sampler() {  # polls VmRSS of our server into $tmp/rss.max
  echo 0 >"$tmp/rss.max"
  [ -n "${ours_rss_pid:-}" ] || return 0
  (
    max=0
    while kill -0 "$ours_rss_pid" 2>/dev/null; do
      v=$(rss_kb "$ours_rss_pid" VmRSS); v=${v:-0}
      if [ "$v" -gt "$max" ]; then max=$v; echo "$max" >"$tmp/rss.max"; fi
      sleep 0.2
    done
  ) &
  sampler_pid=$!
}

stop_sampler() {
  if [ -n "$sampler_pid" ]; then kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""; fi
  cat "$tmp/rss.max"
}

# invariant SIDE -> "OK" or "FAIL(a/b/t/h)"
invariant() {
  local out
  # shellcheck disable=SC2046
  if ! out=$(psql -X -At -v ON_ERROR_STOP=1 $(conn "$1") \
      -c "SELECT sum(abalance) FROM pgbench_accounts" -c "SELECT sum(bbalance) FROM pgbench_branches" \
      -c "SELECT sum(tbalance) FROM pgbench_tellers" -c "SELECT sum(delta) FROM pgbench_history" 2>"$tmp/inv.err"); then
    echo "FAIL(query: $(head -1 "$tmp/inv.err"))"; return
  fi
  local a b t h
  { read -r a; read -r b; read -r t; read -r h; } <<<"$out"
  a=${a:-0}; b=${b:-0}; t=${t:-0}; h=${h:-0}
  if [ "$a" = "$b" ] && [ "$b" = "$t" ] && [ "$t" = "$h" ]; then echo "OK"; else echo "FAIL($a/$b/$t/$h)"; fi
}

# init SIDE SCALE -> 0 on success; prints the seconds taken to $tmp/init.SIDE
init_side() {
  local side=$1 scale=$2 start end rc=0
  if [ "$side" = pg ]; then
    psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U postgres -d postgres \
      -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
  fi
  start=$(date +%s.%N)
  # shellcheck disable=SC2046
  in_background timeout 1800 pgbench -i -q -s "$scale" $(conn "$side") >"$tmp/init.$side.log" 2>&1 || rc=$?
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}' >"$tmp/init.$side.secs"
  return "$rc"
}

# run_one SIDE CONFIG ROUND -> appends "tps lat failed processed_ok invariant rss_kb rc" to $tmp/res.CONFIG.SIDE
run_one() {
  local side=$1 cfg=$2 round=$3 out="$tmp/run.$2.$1.$3.log" rc=0 expected="" limit
  local -a args
  case $cfg in
    simple)   args=(-M simple -c "$CLIENTS" -j "$JOBS" -t "$TXNS"); expected=$((CLIENTS * TXNS)) ;;
    prepared) args=(-M prepared -c "$CLIENTS" -j "$JOBS" -t "$TXNS"); expected=$((CLIENTS * TXNS)) ;;
    select)   args=(-S -c "$CLIENTS" -j "$JOBS" -T "$DURATION") ;;
    scale10)  args=(-M simple -c "$CLIENTS" -j "$JOBS" -T "$DURATION_BIG") ;;
  esac
  case $cfg in select) limit=$((DURATION * 10 + 60)) ;; scale10) limit=$((DURATION_BIG * 10 + 60)) ;; *) limit=600 ;; esac
  limit=${RUN_TIMEOUT:-$limit}
  # What pgbench does before a run by default, except truncating pgbench_history.
  # shellcheck disable=SC2046
  psql -X -q $(conn "$side") -c "VACUUM pgbench_branches" -c "VACUUM pgbench_tellers" >/dev/null 2>"$tmp/vacuum.err" ||
    log "  $(label "$side"): VACUUM failed (ignored, as pgbench does): $(head -1 "$tmp/vacuum.err")"
  [ "$side" = ours ] && start_sampler
  # shellcheck disable=SC2046
  in_background timeout "$limit" pgbench -n "${args[@]}" $(conn "$side") >"$out" 2>&1 || rc=$?
  local rss=0
  [ "$side" = ours ] && rss=$(stop_sampler)
  local tps lat failed processed inv ok=1
  tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$out" | head -1)
  lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$out" | head -1)
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$out" | head -1)
  processed=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$out" | head -1)
  inv=$(invariant "$side")
  [ "$rc" = 0 ] || ok=0
  [ -n "$tps" ] && [ -n "$lat" ] || ok=0
  [ "${failed:-x}" = 0 ] || ok=0
  [ -z "$expected" ] || [ "${processed:-0}" = "$expected" ] || ok=0
  [ "$inv" = OK ] || ok=0
  printf '%s %s %s %s %s %s\n' "${tps:-nan}" "${lat:-nan}" "${failed:-?}" "$inv" "$rss" "$ok" >>"$tmp/res.$cfg.$side"
  local msg
  msg=$(printf '  round %d %-10s tps %10s  latency %8s ms  processed %s%s  failed %s  invariant %s' \
    "$round" "$(label "$side")" "${tps:--}" "${lat:--}" "${processed:--}" "${expected:+/$expected}" "${failed:--}" "$inv")
  [ "$side" = ours ] && [ "$rss" -gt 0 ] && msg+=$(printf '  peak RSS %d MB' $((rss / 1024)))
  log "$msg"
  if [ "$ok" = 0 ]; then
    log "  $(label "$side") run FAILED (pgbench exit $rc$([ "$rc" = 124 ] && echo ', timed out')); last lines:"
    grep -Ev '^pgbench: client [0-9]+ (sending|receiving|executing)' "$out" | tail -8 | sed 's/^/    | /' >&2 || true
    any_failed=1
  fi
}

median() {  # median of the numbers on stdin ("nan" entries ignored); "-" if none
  awk '$1 != "nan"' | sort -g | awk '{v[NR] = $1} END {
    if (NR == 0) print "-"; else if (NR % 2) printf "%.2f\n", v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.2fx\n", a / b }'; }

config_title() {
  case $1 in
    simple)   echo "tpcb-like s$SCALE -M simple -c$CLIENTS -j$JOBS -t$TXNS" ;;
    prepared) echo "tpcb-like s$SCALE -M prepared -c$CLIENTS -j$JOBS -t$TXNS" ;;
    select)   echo "select-only s$SCALE -S -c$CLIENTS -j$JOBS -T$DURATION" ;;
    scale10)  echo "tpcb-like s$SCALE_BIG -M simple -c$CLIENTS -j$JOBS -T$DURATION_BIG" ;;
  esac
}

# ---------------------------------------------------------------- main

any_failed=0
sides=()
[ "$OURS" = 1 ] && sides+=(ours)
[ "$PG" = 1 ] && sides+=(pg)
[ "$PG" = 1 ] && start_pg
[ "$OURS" = 1 ] && start_ours

declare -A init_ok init_secs
for cfg in $CONFIGS; do
  scale=$SCALE; [ "$cfg" = scale10 ] && scale=$SCALE_BIG
  if [ "${loaded_scale:-}" != "$scale" ]; then
    for side in "${sides[@]}"; do
      log "$(label "$side"): pgbench -i -s $scale"
      if init_side "$side" "$scale"; then
        init_ok[$side]=1
        inv=$(invariant "$side")
        log "  loaded in $(cat "$tmp/init.$side.secs") s, invariant $inv"
        init_secs[$side.$scale]="$(cat "$tmp/init.$side.secs") s"
      else
        init_ok[$side]=0
        init_secs[$side.$scale]=FAIL
        any_failed=1
        log "  $(label "$side"): pgbench -i FAILED; its runs at scale $scale are skipped. Last lines:"
        tail -8 "$tmp/init.$side.log" | sed 's/^/    | /' >&2
      fi
    done
    loaded_scale=$scale
  fi
  log "$(config_title "$cfg")"
  for round in $(seq 1 "$ROUNDS"); do
    for side in "${sides[@]}"; do
      if [ "${init_ok[$side]}" = 1 ]; then run_one "$side" "$cfg" "$round"; fi
    done
  done
done

# ---------------------------------------------------------------- report

hwm=""
[ -n "${ours_rss_pid:-}" ] && hwm=$(rss_kb "$ours_rss_pid" VmHWM)

echo
echo "pgbench: PGLiteDB vs PostgreSQL $(psql --version | awk '{print $3}') client, median of $ROUNDS round(s), $(nproc) CPUs, $(date -u +%Y-%m-%dT%H:%MZ)"
line=$(printf '%.0s-' $(seq 1 156))
echo "$line"
printf '%-42s | %10s %10s %7s | %9s %9s %7s | %6s | %-9s | %-7s | %9s\n' \
  "configuration" "ours TPS" "PG TPS" "TPS o/P" "ours ms" "PG ms" "lat o/P" "failed" "invariant" "runs OK" "ours RSS"
echo "$line"
for cfg in $CONFIGS; do
  declare -A tps=() lat=() failed=() inv=() okruns=()
  rss_max=0
  for side in ours pg; do
    f=$tmp/res.$cfg.$side
    if [ -s "$f" ]; then
      tps[$side]=$(awk '{print $1}' "$f" | median)
      lat[$side]=$(awk '{print $2}' "$f" | median)
      failed[$side]=$(awk '{s += ($3 == "?" ? 0 : $3)} END {print s}' "$f")
      inv[$side]=$(awk '$4 != "OK" {bad++} END {print bad ? "FAIL" : "OK"}' "$f")
      okruns[$side]=$(awk '{n++; ok += $6} END {print ok "/" n}' "$f")
      [ "$side" = ours ] && rss_max=$(awk '$5 > m {m = $5} END {print m + 0}' "$f")
    else
      tps[$side]="-"; lat[$side]="-"; failed[$side]="-"; inv[$side]="-"; okruns[$side]="-"
    fi
  done
  rss="-"; [ "$rss_max" -gt 0 ] && rss="$((rss_max / 1024)) MB"
  printf '%-42s | %10s %10s %7s | %9s %9s %7s | %6s | %-9s | %-7s | %9s\n' \
    "$(config_title "$cfg")" "${tps[ours]}" "${tps[pg]}" "$(ratio "${tps[ours]}" "${tps[pg]}")" \
    "${lat[ours]}" "${lat[pg]}" "$(ratio "${lat[ours]}" "${lat[pg]}")" \
    "${failed[ours]}" "${inv[ours]}/${inv[pg]}" "${okruns[ours]} ${okruns[pg]}" "$rss"
done
echo "$line"
echo "TPS o/P = ours/PostgreSQL TPS (higher is better); lat o/P = ours/PostgreSQL average latency (lower is better);"
echo "failed = our failed transactions (sum over rounds); invariant = TPC-B sums after every run, ours/PostgreSQL;"
echo "runs OK = successful runs, ours and PostgreSQL; ours RSS = peak VmRSS of our server during that configuration's runs."
for s in $SCALE $SCALE_BIG; do
  case " $CONFIGS " in *" scale10 "*) ;; *) [ "$s" = "$SCALE_BIG" ] && [ "$s" != "$SCALE" ] && continue ;; esac
  echo "pgbench -i -s $s took: ours ${init_secs[ours.$s]:--}, PostgreSQL ${init_secs[pg.$s]:--}"
done
[ -n "$hwm" ] && echo "our server's lifetime peak RSS (VmHWM, includes loading): $((hwm / 1024)) MB"
if [ "$any_failed" = 0 ]; then echo "result: all runs OK"; else echo "result: SOME RUNS FAILED (see the log above)"; fi
[ "$any_failed" = 0 ] || exit 1
