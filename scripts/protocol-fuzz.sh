#!/usr/bin/env bash
# Hostile traffic against a running server process: random and mutated protocol messages (before
# and after startup, wrong lengths, unknown types, TLS/GSS requests), random and mutated SQL over
# the simple and extended protocols, for SECONDS (default 600), from ProtocolFuzzTest aimed at the
# server with -Dfuzz.port. Every error the server sends must carry a real SQLSTATE (not XX000) and
# no Java text, and a sentinel connection must keep answering SELECT 41 + 1 (checked every 10
# cases). At the end: the server process must be alive, a fresh psql must get an answer, and the
# server log must show no failed connection (an uncaught exception) or OutOfMemoryError.
#
#   scripts/protocol-fuzz.sh                  10 minutes, seed 20261128
#   SECONDS_TO_RUN=60 SEED=7 scripts/protocol-fuzz.sh
#
# Environment: SECONDS_TO_RUN [600], SEED [20261128], PORT [a free one], OURS_JAR (a fixed server
# jar), KEEP_TMP [0]. Exit 0 when everything held, 1 otherwise (the log is kept).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

SECONDS_TO_RUN=${SECONDS_TO_RUN:-600}
SEED=${SEED:-20261128}
OURS_JAR=${OURS_JAR:-}
KEEP_TMP=${KEEP_TMP:-0}
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')}

log() { echo "[$(date +%H:%M:%S)] $*"; }
command -v psql >/dev/null || { echo "protocol-fuzz: psql not found" >&2; exit 2; }
unset PGHOST PGHOSTADDR PGPORT PGDATABASE PGUSER PGSERVICE PGOPTIONS PGPASSWORD
export PGCONNECT_TIMEOUT=10 LC_ALL=C

tmp=$(mktemp -d "${TMPDIR:-/tmp}/protocol-fuzz.XXXXXX")
server_pid=""
failed=1
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "$KEEP_TMP" = 1 ] || [ "$failed" = 1 ]; then echo "protocol-fuzz: kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

if [ -n "$OURS_JAR" ]; then export PGLITEDB_JAR=$OURS_JAR; fi
"$root/pglitedb" serve --memory --host 127.0.0.1 --port "$PORT" >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -Atc 'SELECT 1' >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; echo "protocol-fuzz: server did not start" >&2; exit 1; }
  sleep 1
done
log "server pid $server_pid on port $PORT; fuzzing for ${SECONDS_TO_RUN}s with seed $SEED"

set +e
(cd "$root" && ./mvnw -B -ntp -o -pl pglitedb-engine,pglitedb-server test -Dtest=ProtocolFuzzTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -Djunit.jupiter.execution.timeout.mode=disabled \
  -Dfuzz.port="$PORT" -Dfuzz.seconds="$SECONDS_TO_RUN" -Dfuzz.seed="$SEED") >"$tmp/fuzz.log" 2>&1
fuzz_rc=$?
set -e
grep -h "fuzz: seed" "$tmp/fuzz.log" "$root"/pglitedb-server/target/surefire-reports/*ProtocolFuzzTest*-output.txt 2>/dev/null | head -1 || true
grep -E "Tests run:|FAIL|AssertionError" "$tmp/fuzz.log" | head -5 || true

ok=1
if [ "$fuzz_rc" != 0 ]; then log "the fuzzer failed (rc $fuzz_rc), see $tmp/fuzz.log"; ok=0; fi
if kill -0 "$server_pid" 2>/dev/null; then log "server process alive"; else log "server process DIED"; ok=0; fi
answer=$(psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -Atc 'SELECT 41 + 1' 2>&1 || true)
if [ "$answer" = 42 ]; then log "fresh psql connection answers: $answer"; else log "fresh psql got: $answer"; ok=0; fi
crashes=$(grep -cE "connection failed|OutOfMemoryError|StackOverflowError" "$tmp/server.log" || true)
log "server log: $crashes failed connections / OutOfMemoryError / StackOverflowError"
[ "$crashes" = 0 ] || ok=0
if [ "$ok" = 1 ]; then failed=0; log "protocol-fuzz: PASS"; exit 0; fi
log "protocol-fuzz: FAIL"
exit 1
