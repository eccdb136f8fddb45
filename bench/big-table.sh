#!/usr/bin/env bash
# A 1,000,000-row table on a server with a small heap: a selective indexed predicate reads only
# the matching index range (EXPLAIN ANALYZE shows the rows each node produced), and a full scan,
# a COPY out and a sort past work_mem run in bounded memory.
#
#   bench/big-table.sh            ROWS [1000000] HEAP [-Xmx256m] PORT [a free one] KEEP_TMP [0]
#
# The server runs with PGLITEDB_JAVA_OPTS=HEAP so that anything that materialised the table would
# fail with "out of memory"; the script prints each statement's output and its time, and at the end
# the server's heap after a full GC (jcmd GC.heap_info) when jcmd is there.
# Exit status: 0 when every statement succeeded.
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
ROWS=${ROWS:-1000000}
HEAP=${HEAP:--Xmx256m}
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
tmp=$(mktemp -d)
cleanup() {
    [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    [ "${KEEP_TMP:-0}" = 1 ] && echo "kept $tmp" || rm -rf "$tmp"
}
trap cleanup EXIT

PGLITEDB_JAVA_OPTS="$HEAP" "$root/pglitedb" serve --port "$PORT" --data "$tmp/data" >"$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
    psql -h 127.0.0.1 -p "$PORT" -U postgres -Atc 'select 1' >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 2; }
    sleep 0.5
done

run() {
    echo "=> $*"
    local start=$SECONDS
    psql -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -X "$@"
    echo "   ($((SECONDS - start)) s)"
}

run -c "create table big (id int primary key, k int not null, pad text)"
# loaded in transactions of 100,000 rows (one transaction's row locks live in memory until it ends)
batch=100000
for ((from = 1; from <= ROWS; from += batch)); do
    to=$((from + batch - 1 < ROWS ? from + batch - 1 : ROWS))
    psql -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -X -q -c \
        "insert into big select g, g % 100000, repeat('x', 50) from generate_series($from, $to) g"
done
run -c "select count(*) from big"
run -c "create index big_k on big (k)" -c "analyze big"
run -c "explain analyze select * from big where k between 500 and 502"
run -c "explain analyze select count(*) from big where id between 1000 and 1100"
run -c "explain analyze select count(*), sum(length(pad)) from big"
run -c "\\copy (select * from big) to /dev/null"
run -c "set work_mem = '4MB'" -c "select id, k from big order by k desc, id desc offset $((ROWS - 3))"
run -c "select count(*), min(c), max(c) from (select id % ($ROWS / 2) g, count(*) c from big group by 1) x"
if command -v jcmd >/dev/null || [ -x "${JAVA_HOME:-/nonexistent}/bin/jcmd" ]; then
    jcmd=$(command -v jcmd || echo "$JAVA_HOME/bin/jcmd")
    pid=$(pgrep -f -- "--port $PORT" | head -1 || true)
    [ -n "$pid" ] && "$jcmd" "$pid" GC.run >/dev/null 2>&1 && "$jcmd" "$pid" GC.heap_info 2>/dev/null | head -3 || true
fi
