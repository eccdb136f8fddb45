#!/usr/bin/env bash
# Benchmark regression check: builds our server at two git revisions and runs the same pgbench
# workload on both, alternating A, B, A, B ... so that machine noise hits both alike; prints each
# round, the medians and the ratio B/A, and exits 1 when B is slower than A beyond the noise.
#
#   bench/compare-revisions.sh                     main vs the working tree's HEAD
#   bench/compare-revisions.sh v1 HEAD             any two revisions
#   ROUNDS=7 MODE=select bench/compare-revisions.sh HEAD~5 HEAD
#
# "Beyond the noise": the median of B is lower than A's by more than THRESHOLD_PCT percent AND by
# more than the spread (max - min) of A's rounds, i.e. a change no single round of A explains.
#
# Environment: ROUNDS [5], SECONDS_PER_ROUND [20], MODE [tpcb: pgbench -M prepared tpcb-like;
# select: pgbench -S], CLIENTS [10], SCALE [1], THRESHOLD_PCT [5], KEEP_TMP [0].
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
REV_A=${1:-main}
REV_B=${2:-HEAD}
ROUNDS=${ROUNDS:-5}
SECONDS_PER_ROUND=${SECONDS_PER_ROUND:-20}
MODE=${MODE:-tpcb}
CLIENTS=${CLIENTS:-10}
SCALE=${SCALE:-1}
THRESHOLD_PCT=${THRESHOLD_PCT:-5}
KEEP_TMP=${KEEP_TMP:-0}
HOST=127.0.0.1
command -v pgbench >/dev/null || { echo "compare-revisions: pgbench not found (apt-get install postgresql-client-15)" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/compare-revisions.XXXXXX")
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  for side in a b; do
    [ -d "$tmp/src-$side" ] && git -C "$root" worktree remove --force "$tmp/src-$side" >/dev/null 2>&1 || true
  done
  [ "$KEEP_TMP" = 1 ] && echo "compare-revisions: kept $tmp" >&2 || rm -rf "$tmp"
}
trap cleanup EXIT

# build each revision's server jar in a detached worktree (never touching the caller's checkout)
build() {
  local side=$1 rev=$2
  git -C "$root" worktree add --detach "$tmp/src-$side" "$rev" >/dev/null 2>&1 \
    || { echo "compare-revisions: unknown revision $rev" >&2; exit 2; }
  echo "building $rev ($(git -C "$tmp/src-$side" rev-parse --short HEAD)) ..."
  (cd "$tmp/src-$side" && ./mvnw -B -ntp -q -DskipTests package -pl pglitedb-server -am >"$tmp/build-$side.log" 2>&1) \
    || { tail -20 "$tmp/build-$side.log" >&2; exit 2; }
  cp "$tmp/src-$side/pglitedb-server/target/pglitedb-server.jar" "$tmp/$side.jar"
}
build a "$REV_A"
build b "$REV_B"

# one round: a fresh data directory, pgbench -i, then the timed run; prints the TPS
round() {
  local side=$1 port data
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  data="$tmp/data-$side"
  rm -rf "$data"
  PGLITEDB_JAR="$tmp/$side.jar" "$root/pglitedb" serve --port "$port" --data "$data" >"$tmp/server-$side.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 3000); do
    grep -q "ready to accept connections" "$tmp/server-$side.log" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server-$side.log" >&2; exit 2; }
    sleep 0.1
  done
  pgbench -i -q -s "$SCALE" -h "$HOST" -p "$port" -U postgres postgres >"$tmp/init.log" 2>&1 \
    || { cat "$tmp/init.log" >&2; exit 2; }
  local args=(-M prepared)
  [ "$MODE" = select ] && args=(-S -M prepared)
  pgbench -n "${args[@]}" -c "$CLIENTS" -j 2 -T "$SECONDS_PER_ROUND" -h "$HOST" -p "$port" -U postgres postgres \
    >"$tmp/run.log" 2>&1 || { cat "$tmp/run.log" >&2; exit 2; }
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
  awk '/^tps/ {printf "%.0f\n", $3}' "$tmp/run.log"
}

a_tps=(); b_tps=()
echo "$MODE, $CLIENTS clients, scale $SCALE, $ROUNDS rounds of ${SECONDS_PER_ROUND}s each, alternating"
for r in $(seq 1 "$ROUNDS"); do
  a=$(round a); b=$(round b)
  a_tps+=("$a"); b_tps+=("$b")
  printf 'round %d: A %s TPS, B %s TPS\n' "$r" "$a" "$b"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
spread() { printf '%s\n' "$@" | sort -n | awk 'NR==1 {min=$1} {max=$1} END {print max - min}'; }
ma=$(median "${a_tps[@]}"); mb=$(median "${b_tps[@]}"); sa=$(spread "${a_tps[@]}")
ratio=$(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.3f", b / a}')
echo "A $REV_A: median $ma TPS (spread $sa); B $REV_B: median $mb TPS; B/A = $ratio"
if awk -v a="$ma" -v b="$mb" -v s="$sa" -v t="$THRESHOLD_PCT" 'BEGIN {exit !((a - b) > a * t / 100 && (a - b) > s)}'; then
  echo "compare-revisions: REGRESSION: B is slower than A beyond the noise"
  exit 1
fi
echo "compare-revisions: no regression beyond the noise"
