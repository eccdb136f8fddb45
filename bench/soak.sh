#!/usr/bin/env bash
# Soak: our server under a mixed load for a bounded time, reporting per interval the throughput,
# latency percentiles, the server's RSS and errors, and failing when memory trends upward.
#
#   bench/soak.sh                     1 hour
#   DURATION=1800 bench/soak.sh       30 minutes (any number of seconds)
#
# Load, all at once for DURATION seconds on a file-backed database (durable commits):
#   - pgbench tpcb-like, CLIENTS clients, logging every transaction (-l) for the percentiles;
#   - a DDL loop: CREATE TABLE, CREATE INDEX, INSERT, ALTER TABLE ADD COLUMN, DROP TABLE, every 2 s;
#   - long transactions: a REPEATABLE READ transaction that reads and holds its snapshot 60 s, again and again;
#   - reconnect storms: every 15 s, 50 connections opened, one query each, closed (pgbench -C).
# Output: one line per INTERVAL seconds (tps, p50/p95/p99 latency ms, the server's peak RSS MB,
# its JVM heap committed and RocksDB block cache in use at the interval's end (from
# --metrics-port), errors), then a summary. Exits 1 when a load reported errors (other than the
# serialization failures the long transactions may cause), or when RSS is not flat: after a
# warm-up of WARMUP seconds, the mean RSS of the last third of the run may exceed the mean of the
# first third by at most RSS_GROWTH_PCT percent or RSS_GROWTH_MB MB, whichever is larger.
#
# Environment: DURATION [3600], INTERVAL [60], CLIENTS [8], SCALE [1], WARMUP [DURATION/6],
# RSS_GROWTH_PCT [10], RSS_GROWTH_MB [16], PGLITEDB_JAVA_OPTS (server heap etc.), OURS_JAR (a
# fixed server jar), KEEP_TMP [0].
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
DURATION=${DURATION:-3600}
INTERVAL=${INTERVAL:-60}
CLIENTS=${CLIENTS:-8}
SCALE=${SCALE:-1}
WARMUP=${WARMUP:-$((DURATION / 6))}
RSS_GROWTH_PCT=${RSS_GROWTH_PCT:-10}
RSS_GROWTH_MB=${RSS_GROWTH_MB:-16}
KEEP_TMP=${KEEP_TMP:-0}
HOST=127.0.0.1
command -v pgbench >/dev/null || { echo "soak: pgbench not found (apt-get install postgresql-client-15)" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/soak.XXXXXX")
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
port=$(free_port)
mport=$(free_port)
server_pid=""
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ "$KEEP_TMP" = 1 ] && echo "soak: kept $tmp" >&2 || rm -rf "$tmp"
}
trap cleanup EXIT

if [ -n "${OURS_JAR:-}" ]; then export PGLITEDB_JAR=$OURS_JAR; fi
"$root/pglitedb" serve --port "$port" --data "$tmp/data" --max-connections 200 --metrics-port "$mport" \
  >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 3000); do
  grep -q "ready to accept connections" "$tmp/server.log" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 2; }
  sleep 0.1
done
jvm=$(pgrep -P "$server_pid" java || echo "$server_pid")
sql() { psql -X -At -q -h "$HOST" -p "$port" -U postgres -d postgres "$@"; }
pgbench -i -q -s "$SCALE" -h "$HOST" -p "$port" -U postgres postgres >"$tmp/init.log" 2>&1 \
  || { cat "$tmp/init.log" >&2; exit 2; }
echo "soak: ${DURATION}s, $CLIENTS pgbench clients at scale $SCALE, DDL, long transactions and reconnect storms; data in $tmp"

start=$(date +%s)
end=$((start + DURATION))
# memory every 5 s: seconds, RSS kB, then JVM heap committed and block cache in use (bytes)
( while [ "$(date +%s)" -lt "$end" ]; do
    m=$(curl -s --max-time 5 "http://$HOST:$mport/metrics" | awk '
      $1 == "pglitedb_jvm_heap_committed_bytes" { h = $2 } $1 == "pglitedb_storage_block_cache_usage_bytes" { c = $2 }
      END { print h + 0, c + 0 }')
    echo "$(( $(date +%s) - start )) $(awk '/VmRSS/ {print $2}' "/proc/$jvm/status") $m"; sleep 5
  done ) >"$tmp/rss.txt" &
pids+=($!)
# the main load
pgbench -n -c "$CLIENTS" -j 2 -T "$DURATION" -l --log-prefix="$tmp/tx" -h "$HOST" -p "$port" -U postgres postgres \
  >"$tmp/pgbench.log" 2>&1 &
bench_pid=$!
# DDL
( i=0; while [ "$(date +%s)" -lt "$end" ]; do
    i=$((i + 1))
    if ! sql -c "CREATE TABLE soak_ddl_$i (id int PRIMARY KEY, v text)" -c "CREATE INDEX ON soak_ddl_$i (v)" \
        -c "INSERT INTO soak_ddl_$i SELECT g, 'v' || g FROM generate_series(1, 1000) g" \
        -c "ALTER TABLE soak_ddl_$i ADD COLUMN w int DEFAULT 7" -c "DROP TABLE soak_ddl_$i" >/dev/null 2>>"$tmp/ddl.err"; then
      echo "$(( $(date +%s) - start ))" >>"$tmp/errors.txt"
    fi
    sleep 2
  done ) &
pids+=($!)
# long transactions (a serialization failure is not an error: they only read)
( while [ "$(date +%s)" -lt "$end" ]; do
    hold=$(( end - $(date +%s) )); [ "$hold" -gt 60 ] && hold=60; [ "$hold" -le 0 ] && break
    if ! sql -c "BEGIN ISOLATION LEVEL REPEATABLE READ" -c "SELECT sum(abalance) FROM pgbench_accounts" \
        -c "SELECT pg_sleep($hold)" -c "SELECT count(*) FROM pgbench_history" -c "COMMIT" >/dev/null 2>>"$tmp/long.err"; then
      echo "$(( $(date +%s) - start ))" >>"$tmp/errors.txt"
    fi
  done ) &
pids+=($!)
# reconnect storms
( while [ "$(date +%s)" -lt "$end" ]; do
    sleep 15
    if ! pgbench -n -C -S -c 50 -j 2 -t 1 -h "$HOST" -p "$port" -U postgres postgres >/dev/null 2>>"$tmp/storm.err"; then
      echo "$(( $(date +%s) - start ))" >>"$tmp/errors.txt"
    fi
  done ) &
pids+=($!)

wait "$bench_pid" || true
for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
pids=()
touch "$tmp/errors.txt"

# per interval: transactions, latency percentiles (from pgbench's per-transaction log:
# client id, tx no, latency us, script, epoch s, us), RSS and errors
cat "$tmp"/tx* | awk -v s="$start" -v iv="$INTERVAL" '$3 ~ /^[0-9]+$/ {print int(($5 - s) / iv), $3}' \
  | sort -k1,1n -k2,2n >"$tmp/lat.txt"
printf '%8s %9s %9s %9s %9s %8s %8s %9s %7s\n' "t(s)" "tps" "p50(ms)" "p95(ms)" "p99(ms)" "RSS(MB)" "heap(MB)" "cache(MB)" \
  "errors"
awk -v iv="$INTERVAL" -v dur="$DURATION" '
  FILENAME == ARGV[1] { lat[$1, ++n[$1]] = $2; next }
  FILENAME == ARGV[2] { b = int($1 / iv); if ($2 > rss[b]) rss[b] = $2; heap[b] = $3; cache[b] = $4; next }
  FILENAME == ARGV[3] { err[int($1 / iv)]++; next }
  END {
    for (b = 0; b * iv < dur; b++) {
      c = n[b] + 0
      p50 = c ? lat[b, int(c * 0.50) + (c * 0.50 > int(c * 0.50))] : 0
      p95 = c ? lat[b, int(c * 0.95) + (c * 0.95 > int(c * 0.95))] : 0
      p99 = c ? lat[b, int(c * 0.99) + (c * 0.99 > int(c * 0.99))] : 0
      printf "%8d %9.1f %9.2f %9.2f %9.2f %8.0f %8.0f %9.0f %7d\n", (b + 1) * iv, c / iv, p50 / 1000, p95 / 1000,
        p99 / 1000, rss[b] / 1024, heap[b] / 1048576, cache[b] / 1048576, err[b]
    }
  }' "$tmp/lat.txt" "$tmp/rss.txt" "$tmp/errors.txt"

failed=0
bench_failed=$(awk '/number of failed transactions/ {print $5}' "$tmp/pgbench.log")
echo "pgbench: $(grep -E '^tps' "$tmp/pgbench.log" || echo 'no tps line'), failed transactions: ${bench_failed:-?}"
if [ "${bench_failed:-1}" != 0 ] || ! grep -q '^tps' "$tmp/pgbench.log"; then
  echo "soak: pgbench reported failures:"; tail -5 "$tmp/pgbench.log"; failed=1
fi
errors=$(wc -l <"$tmp/errors.txt")
if [ "$errors" -gt 0 ]; then
  # serialization failures of the read-only long transactions are expected; anything else is not
  unexpected=$(cat "$tmp"/*.err 2>/dev/null | grep -E 'ERROR|FATAL|error' | grep -vc 'could not serialize' || true)
  echo "soak: $errors failed side-load steps, $unexpected unexpected errors"
  cat "$tmp"/*.err 2>/dev/null | grep -E 'ERROR|FATAL|error' | sort | uniq -c | sort -rn | head -5
  [ "$unexpected" -gt 0 ] && failed=1
fi
# memory trend: after the warm-up, the mean RSS of the first third against that of the last third
read -r first last < <(awk -v w="$WARMUP" -v d="$DURATION" '
  $1 >= w { t = ($1 - w) / (d - w); if (t < 1 / 3) { a += $2; n++ } else if (t >= 2 / 3) { b += $2; m++ } }
  END { printf "%d %d\n", n ? a / n : 0, m ? b / m : 0 }' "$tmp/rss.txt")
echo "RSS mean after ${WARMUP}s of warm-up: first third $((first / 1024)) MB, last third $((last / 1024)) MB"
allowed=$((first * RSS_GROWTH_PCT / 100))
[ "$allowed" -lt $((RSS_GROWTH_MB * 1024)) ] && allowed=$((RSS_GROWTH_MB * 1024))
if [ "$first" -eq 0 ] || [ "$last" -eq 0 ]; then
  echo "soak: too few RSS samples after the warm-up to judge the trend"; failed=1
elif [ $((last - first)) -gt "$allowed" ]; then
  echo "soak: RSS not flat: grew by $(((last - first) / 1024)) MB, more than ${RSS_GROWTH_PCT}% or ${RSS_GROWTH_MB} MB"; failed=1
fi
[ "$failed" = 0 ] && echo "soak: OK" || echo "soak: FAILED"
exit "$failed"
