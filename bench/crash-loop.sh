#!/usr/bin/env bash
# Crash consistency: pgbench tpcb-like against our server, kill -9 at random moments, restart,
# and check after every restart that nothing acknowledged was lost and nothing is torn.
#
#   bench/crash-loop.sh                    20 crashes at scale 1 with 10 clients
#   CRASHES=5 bench/crash-loop.sh          fewer
#
# After each restart (data directory kept across all rounds):
#   (a) durability: every transaction pgbench reported committed (its -l log: one line per
#       acknowledged transaction) is there: count(pgbench_history) >= acknowledged so far, and
#       at most CLIENTS more per crash (commits that reached the log but not the client);
#   (b) atomicity: sum(abalance) = sum(bbalance) = sum(tbalance) = sum(delta);
#   (c) keys: pgbench_accounts has exactly its 100,000 x scale rows with distinct keys 1..N,
#       every primary-key lookup of a sampled row finds it, and amcheck's
#       bt_index_check(index, heapallindexed => true) passes for every index (the primary keys and
#       two secondary indexes the script adds, on pgbench_accounts(bid) and pgbench_history(aid)):
#       every index entry names an existing row with exactly its values, every row has its entry.
# Before that, LOAD_CRASHES times, pgbench -i itself is killed at a random moment: after the
# restart, pgbench_accounts must be missing, empty or complete (the load is one transaction whose
# rows go straight to new storage; a lost one must leave nothing behind).
# Prints one line per round and exits 1 on the first violation (the data directory is kept).
#
# Environment: CRASHES [20], LOAD_CRASHES [3], SCALE [1], CLIENTS [10], JOBS [2], MIN_RUN_MS [500], MAX_RUN_MS [4000]
# (each round runs pgbench this long before the kill), OURS_JAR (a fixed server jar, run through
# ./pglitedb), KEEP_TMP [0].
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

CRASHES=${CRASHES:-20}
LOAD_CRASHES=${LOAD_CRASHES:-3}
SCALE=${SCALE:-1}
CLIENTS=${CLIENTS:-10}
JOBS=${JOBS:-2}
MIN_RUN_MS=${MIN_RUN_MS:-500}
MAX_RUN_MS=${MAX_RUN_MS:-4000}
OURS_JAR=${OURS_JAR:-}
KEEP_TMP=${KEEP_TMP:-0}
HOST=127.0.0.1

die() { echo "crash-loop: $*" >&2; exit 2; }
log() { echo "[$(date +%H:%M:%S)] $*"; }
command -v pgbench >/dev/null || die "pgbench not found (apt-get install postgresql-client-15)"
command -v psql >/dev/null || die "psql not found (apt-get install postgresql-client-15)"
unset PGHOST PGHOSTADDR PGPORT PGDATABASE PGUSER PGSERVICE PGOPTIONS PGPASSWORD
export PGCONNECT_TIMEOUT=10 LC_ALL=C

tmp=$(mktemp -d "${TMPDIR:-/tmp}/crash-loop.XXXXXX")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
server_pid=""
failed=0
cleanup() {
  local rc=$?
  if [ -n "$server_pid" ]; then kill -KILL "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "$KEEP_TMP" = 1 ] || [ "$failed" = 1 ]; then echo "crash-loop: kept $tmp" >&2; else rm -rf "$tmp"; fi
  exit "$rc"
}
trap cleanup EXIT

start_server() {
  : >"$tmp/server.log"
  if [ -n "$OURS_JAR" ]; then
    PGLITEDB_JAR=$OURS_JAR "$root/pglitedb" serve --port "$port" --data "$tmp/data" >>"$tmp/server.log" 2>&1 &
  else
    "$root/pglitedb" serve --port "$port" --data "$tmp/data" >>"$tmp/server.log" 2>&1 &
  fi
  server_pid=$!
  for _ in $(seq 1 3000); do
    grep -q "ready to accept connections" "$tmp/server.log" && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; die "the server exited while starting"; }
    sleep 0.1
  done
  die "the server was not ready within 300 s"
}

sql() { psql -X -At -q -h "$HOST" -p "$port" -U postgres -d postgres -c "$1"; }

violation() { failed=1; echo "crash-loop: VIOLATION after crash $1: $2" >&2; exit 1; }

# check CRASH ACKED: the three checks after a restart
check() {
  local crash=$1 acked=$2 history sums accounts sample missing
  history=$(sql "SELECT count(*) FROM pgbench_history")
  local most=$((acked + CLIENTS * crash))
  if [ "$history" -lt "$acked" ]; then
    violation "$crash" "pgbench_history has $history rows but $acked transactions were acknowledged (lost commits)"
  fi
  if [ "$history" -gt "$most" ]; then
    violation "$crash" "pgbench_history has $history rows, more than $acked acknowledged + $CLIENTS in flight per crash"
  fi
  sums=$(sql "SELECT (SELECT sum(abalance) FROM pgbench_accounts) || ' ' || (SELECT sum(bbalance) FROM pgbench_branches)
              || ' ' || (SELECT sum(tbalance) FROM pgbench_tellers) || ' ' || (SELECT coalesce(sum(delta), 0) FROM pgbench_history)")
  read -r a b t d <<<"$sums"
  if [ "$a" != "$b" ] || [ "$b" != "$t" ] || [ "$t" != "$d" ]; then
    violation "$crash" "TPC-B sums differ: accounts $a, branches $b, tellers $t, history $d"
  fi
  accounts=$(sql "SELECT count(*) || ' ' || count(DISTINCT aid) || ' ' || min(aid) || ' ' || max(aid) FROM pgbench_accounts")
  if [ "$accounts" != "$((100000 * SCALE)) $((100000 * SCALE)) 1 $((100000 * SCALE))" ]; then
    violation "$crash" "pgbench_accounts rows (count, distinct, min, max) = $accounts"
  fi
  # key lookups agree with the scan: a sample of rows found by aid = constant (a primary-key point read)
  sample=""
  for _ in $(seq 1 20); do sample+="$(( (RANDOM * 32768 + RANDOM) % (100000 * SCALE) + 1 )),"; done
  missing=$(for aid in ${sample//,/ }; do sql "SELECT count(*) FROM pgbench_accounts WHERE aid = $aid"; done | grep -vc '^1$' || true)
  [ "$missing" = 0 ] || violation "$crash" "$missing of 20 primary-key lookups did not find exactly one row"
  local checked
  checked=$(sql "SELECT bt_index_check(indexrelid, true) FROM pg_index" 2>&1 | wc -l) \
    || violation "$crash" "index check failed: $(sql "SELECT bt_index_check(indexrelid, true) FROM pg_index" 2>&1)"
  log "crash $crash: history $history (acknowledged $acked, at most $most), sums $a, accounts OK, $checked indexes OK"
}

log "crash-loop: $LOAD_CRASHES crashes while loading, $CRASHES while running, scale $SCALE, $CLIENTS clients, data in $tmp/data"
start_server
for crash in $(seq 1 "$LOAD_CRASHES"); do
  pgbench -i -q -s "$SCALE" -h "$HOST" -p "$port" -U postgres postgres >"$tmp/init.log" 2>&1 &
  init_pid=$!
  run_ms=$((200 + RANDOM % 3000))
  sleep "$(printf '%d.%03d' $((run_ms / 1000)) $((run_ms % 1000)))"
  kill -KILL "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  wait "$init_pid" 2>/dev/null || true
  start_server
  rows=$(sql "SELECT count(*) FROM pgbench_accounts" 2>/dev/null || echo missing)
  case $rows in
    missing|0|$((100000 * SCALE))) log "load crash $crash: killed after ${run_ms} ms; pgbench_accounts: $rows rows" ;;
    *) violation "load $crash" "pgbench_accounts has $rows rows after a load was killed (expected none or all)" ;;
  esac
done
pgbench -i -q -s "$SCALE" -h "$HOST" -p "$port" -U postgres postgres >"$tmp/init.log" 2>&1 \
  || { cat "$tmp/init.log" >&2; die "pgbench -i failed"; }
# secondary indexes that every transaction maintains, for the index check (c)
sql "CREATE INDEX pgbench_accounts_bid ON pgbench_accounts (bid); CREATE INDEX pgbench_history_aid ON pgbench_history (aid)"
acked=0
check 0 0
for crash in $(seq 1 "$CRASHES"); do
  rm -f "$tmp"/txlog*
  pgbench -n -c "$CLIENTS" -j "$JOBS" -T 600 -l --log-prefix="$tmp/txlog" \
    -h "$HOST" -p "$port" -U postgres postgres >"$tmp/pgbench.log" 2>&1 &
  bench_pid=$!
  run_ms=$((MIN_RUN_MS + RANDOM % (MAX_RUN_MS - MIN_RUN_MS + 1)))
  sleep "$(printf '%d.%03d' $((run_ms / 1000)) $((run_ms % 1000)))"
  kill -KILL "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  wait "$bench_pid" 2>/dev/null || true # pgbench ends with "server closed the connection"
  # one log line per transaction pgbench saw committed; a numeric third field = completed
  round=$(cat "$tmp"/txlog* 2>/dev/null | awk '$3 ~ /^[0-9]+$/' | wc -l)
  acked=$((acked + round))
  log "crash $crash: killed after ${run_ms} ms, $round transactions acknowledged in this round"
  start_server
  check "$crash" "$acked"
done
log "crash-loop: $CRASHES crashes, $acked acknowledged transactions, no violation"
