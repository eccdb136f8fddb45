#!/usr/bin/env bash
# Many idle connections: opens N connections to our server (virtual thread per connection), holds
# them idle for HOLD seconds, reports the server's RSS and heap before and with them, and the cost
# per connection; then runs SELECT 1 on every connection. Exits 1 if a connection fails or the
# RSS growth exceeds BUDGET_MB.
#
#   bench/idle-connections.sh                 2,000 connections, budget 400 MB
#   N=10000 BUDGET_MB=2000 bench/idle-connections.sh
#   N=10000 ACTIVE=5000 BUDGET_MB=3000 bench/idle-connections.sh
#                                             and, while they are held, 5,000 more clients run
#                                             pgbench select-only (needs pgbench): TPS and failures
#
# Environment: N [2000], HOLD [10] seconds, BUDGET_MB [400], ACTIVE [0] pgbench clients,
# ACTIVE_SECONDS [30], PGLITEDB_JAVA_OPTS (server heap etc.), OURS_JAR (a fixed server jar).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
N=${N:-2000}
HOLD=${HOLD:-10}
BUDGET_MB=${BUDGET_MB:-400}
ACTIVE=${ACTIVE:-0}
ACTIVE_SECONDS=${ACTIVE_SECONDS:-30}
java=$("$root/scripts/java-home.sh" 2>/dev/null)/bin/java || true
[ -x "$java" ] || java=java

tmp=$(mktemp -d "${TMPDIR:-/tmp}/idle-connections.XXXXXX")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

if [ -n "${OURS_JAR:-}" ]; then export PGLITEDB_JAR=$OURS_JAR; fi
"$root/pglitedb" serve --port "$port" --data "$tmp/data" --max-connections $((N + ACTIVE + 10)) \
  >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 3000); do
  grep -q "ready to accept connections" "$tmp/server.log" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 2; }
  sleep 0.1
done
# the JVM behind the launcher
jvm=$(pgrep -P "$server_pid" java || echo "$server_pid")
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$jvm/status"; }
heap() { "$(dirname "$java")/jcmd" "$jvm" GC.heap_info 2>/dev/null | awk '/used/ {print; exit}' || true; }

psql -X -q -h 127.0.0.1 -p "$port" -U postgres -c "SELECT 1" >/dev/null
sleep 1
before=$(rss_kb)
echo "server RSS with 1 connection done: $((before / 1024)) MB"

fifo=$tmp/go; mkfifo "$fifo"
"$java" "$root/bench/IdleConnections.java" 127.0.0.1 "$port" "$N" <"$fifo" >"$tmp/client.log" 2>&1 &
client=$!
exec 3>"$fifo"
for _ in $(seq 1 6000); do
  grep -q HOLDING "$tmp/client.log" && break
  kill -0 "$client" 2>/dev/null || { cat "$tmp/client.log" >&2; exit 1; }
  sleep 0.1
done
cat "$tmp/client.log"
sleep "$HOLD"
with=$(rss_kb)
threads=$(awk '/Threads/ {print $2}' "/proc/$jvm/status")
echo "server RSS holding $N idle connections: $((with / 1024)) MB (platform threads: $threads)"
echo "growth: $(((with - before) / 1024)) MB, $(((with - before) / N)) KB per connection"
"$(dirname "$java")/jcmd" "$jvm" GC.run >/dev/null 2>&1 || true
echo "heap after GC: $(heap)"
active_failed=0
if [ "$ACTIVE" -gt 0 ]; then
  pgbench -i -q -s 1 -h 127.0.0.1 -p "$port" -U postgres postgres >"$tmp/init.log" 2>&1 || { cat "$tmp/init.log" >&2; exit 1; }
  echo "running pgbench -S with $ACTIVE clients for ${ACTIVE_SECONDS}s while the $N idle connections are held ..."
  pgbench -n -S -c "$ACTIVE" -j 2 -T "$ACTIVE_SECONDS" -h 127.0.0.1 -p "$port" -U postgres postgres >"$tmp/active.log" 2>&1 \
    || active_failed=1
  grep -E "number of clients|number of transactions actually|number of failed|latency average|initial connection|^tps" "$tmp/active.log"
  grep -q "number of failed transactions: 0 " "$tmp/active.log" || active_failed=1
  echo "server RSS with $N idle and $ACTIVE active: $(($(rss_kb) / 1024)) MB (peak $(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$jvm/status") MB)"
  [ "$active_failed" = 0 ] || { echo "idle-connections: the active clients failed" >&2; tail -5 "$tmp/active.log" >&2; }
fi
echo go >&3; exec 3>&-
status=0
wait "$client" || status=1
tail -1 "$tmp/client.log"
if [ $(((with - before) / 1024)) -gt "$BUDGET_MB" ]; then
  echo "idle-connections: RSS growth above the budget of $BUDGET_MB MB" >&2
  status=1
fi
[ "$active_failed" = 0 ] || status=1
exit $status
