#!/usr/bin/env bash
# http-check.sh — checks every endpoint of the HTTP/JSON door from outside, with curl, and
# compares its answers with the same queries over psql on the same server.
#
#   scripts/http-check.sh            start ./pglitedb serve --memory --http-port ... and check it
#
# Sections: setup (psql) · results equal psql (/v1/query as arrays, objects and NDJSON, with
# parameters, several statements) · table endpoints · transactions · authentication (Basic,
# bearer tokens, privileges) · errors equal psql's · SQL injection through every parameter (data
# unchanged, clean 4xx JSON errors) · health, metrics, OpenAPI, CORS, limits · a load of CLIENTS
# concurrent HTTP clients (curl --parallel). Prints one line per check and exits 1 if any failed.
#
# Needs curl (7.66+), jq and psql. Environment:
#   PGLITEDB_CMD   command that runs the CLI (default: ./pglitedb; the Maven test passes
#                  "java -cp CLASSPATH io.pglitedb.cli.Main")
#   HTTP_CHECK_PORT / HTTP_CHECK_HTTP_PORT   wire and HTTP ports (default 54420 / 54421)
#   CLIENTS (50), LOAD_REQUESTS (3000)       the load section
#   PSQL           psql binary (default: psql 15 if installed, else psql on PATH)
#   KEEP_TMP=1     keep the scratch directory (server log, bodies, load status codes)
set -uo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
read -r -a cmd <<< "${PGLITEDB_CMD:-$root/pglitedb}"
port=${HTTP_CHECK_PORT:-54420}
hport=${HTTP_CHECK_HTTP_PORT:-54421}
clients=${CLIENTS:-50}
load_requests=${LOAD_REQUESTS:-3000}
psql_bin=${PSQL:-/usr/lib/postgresql/15/bin/psql}
[ -x "$psql_bin" ] || psql_bin=$(command -v psql) || { echo "http-check: psql not found" >&2; exit 2; }
for tool in curl jq; do
  command -v "$tool" > /dev/null || { echo "http-check: $tool not found" >&2; exit 2; }
done

tmp=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2> /dev/null; then
    kill -TERM "$server_pid"
    for _ in $(seq 1 150); do kill -0 "$server_pid" 2> /dev/null || break; sleep 0.1; done
  fi
  if [ -n "${KEEP_TMP:-}" ]; then echo "http-check: files kept in $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

# postgres is trusted from this machine; every other role must give its password
cat > "$tmp/hba.conf" <<'EOF'
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
EOF

# a long-lived bearer token for bob, made by the CLI; the server gets only its hash
"${cmd[@]}" token bob > "$tmp/token.out" 2>&1 || { echo "http-check: pglitedb token failed:" >&2; cat "$tmp/token.out" >&2; exit 2; }
file_token=$(sed -n 's/^token: //p' "$tmp/token.out")
tail -1 "$tmp/token.out" > "$tmp/tokens.conf"

"${cmd[@]}" serve --memory --host 127.0.0.1 --port "$port" --http-port "$hport" --hba "$tmp/hba.conf" \
  --http-max-body 1048576 --http-tokens "$tmp/tokens.conf" > "$tmp/server.log" 2>&1 < /dev/null &
server_pid=$!
for _ in $(seq 1 1200); do
  grep -q "ready to accept connections" "$tmp/server.log" && break
  kill -0 "$server_pid" 2> /dev/null || break
  sleep 0.1
done
if ! grep -q "ready to accept connections" "$tmp/server.log"; then
  echo "http-check: the server did not start:" >&2; cat "$tmp/server.log" >&2; exit 2
fi

base=http://127.0.0.1:$hport
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; shift; for line in "$@"; do echo "       $line"; done; }
# same NAME EXPECTED ACTUAL
same() {
  if [ "$2" == "$3" ]; then ok "$1"; return; fi
  local i=0 from
  while [ "${2:i:1}" == "${3:i:1}" ]; do i=$((i + 1)); done
  from=$((i > 80 ? i - 80 : 0))
  bad "$1" "first difference at character $i:" "expected: …${2:from:240}" "actual:   …${3:from:240}"
}

# psql as postgres (or PGUSER/PGPASSWORD given by the caller) on the wire port
pg() { LC_ALL=C "$psql_bin" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "${PGUSER:-postgres}" -d postgres "$@"; }
# psql with its command tags (no -q)
pg_tags() { LC_ALL=C "$psql_bin" -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"; }
# rows as psql prints them unaligned: fields split by US, rows by RS, NULL as <NULL>
pg_rows() { pg -A -t -F $'\x1f' -R $'\x1e' -P null='<NULL>' -c "$1"; }
# psql's error message for a statement (the text after "ERROR:  ")
pg_error() { pg -c "$1" 2>&1 | sed -n 's/^\(psql:[^ ]* \)\{0,1\}ERROR:  //p' | head -1; }

# curl: the status code is printed, the body is in $tmp/body, headers in $tmp/headers
req() { curl -sS -o "$tmp/body" -D "$tmp/headers" -w '%{http_code}' "$@"; }
post_json() { req -X POST -H 'Content-Type: application/json' --data-binary "$2" "$base$1"; }
body() { cat "$tmp/body"; }
query_body() { jq -cn --arg sql "$1" --argjson params "${2:-[]}" '{sql: $sql, params: $params}'; }

# The JSON encodings of docs/http.md turned back into PostgreSQL's text output, so that an HTTP
# result can be compared with psql's: one line per row, fields split by US, rows by RS.
jq_text='
def hex: "0123456789abcdef" as $d | ($d[(./16|floor):(./16|floor)+1]) + ($d[(.%16):(.%16)+1]);
def b64hex:
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/" as $a
  | [sub("=+$"; "") | explode[] | [.] | implode | . as $c | $a | index($c)] as $v
  | [range(0; $v | length; 4) as $i | $v[$i:$i+4] as $g | ($g + [0, 0, 0])[0:4] as $h
     | ($h[0] * 262144 + $h[1] * 4096 + $h[2] * 64 + $h[3]) as $n
     | [($n / 65536 | floor), (($n / 256 | floor) % 256), ($n % 256)][0:($g | length) - 1][]]
  | "\\x" + (map(hex) | join(""));
def pgjson: if type == "object" then "{" + ([to_entries[] | (.key | tojson) + ": " + (.value | pgjson)] | join(", ")) + "}"
  elif type == "array" then "[" + (map(pgjson) | join(", ")) + "]" else tojson end;
def pgtext($type):
  if . == null then "<NULL>"
  elif $type == "boolean" then (if . then "t" else "f" end)
  elif $type == "bytea" then b64hex
  elif $type == "jsonb" then pgjson
  elif $type == "json" then tojson
  elif $type == "timestamp without time zone" then sub("T"; " ")
  elif $type == "timestamp with time zone" then sub("T"; " ") | sub("Z$"; "+00")
  elif type == "string" then .
  else tostring end;
def rowarrays: if (.rows[0] | type) == "object" then . as $r | .rows |= map([.[$r.columns[].name]]) else . end;
rowarrays | [.columns[].type] as $t
| [.rows[] | [range(0; length) as $i | .[$i] | pgtext($t[$i])] | join("\u001f")] | join("\u001e")'
as_text() { jq -j "$jq_text" "$tmp/body"; }
ndjson_as_text() { jq -s -j '{columns: .[0].columns, rows: .[1:-1]}' "$tmp/body" > "$tmp/nd.json" \
  && jq -j "$jq_text" "$tmp/nd.json"; }

# parity NAME PSQL_SQL [HTTP_SQL PARAMS]: the HTTP answer (arrays, objects and NDJSON) equals psql's rows
parity() {
  local name=$1 literal=$2 sql=${3:-$2} params=${4:-[]} expected status
  expected=$(pg_rows "$literal")
  status=$(post_json /v1/query "$(query_body "$sql" "$params")")
  [ "$status" == 200 ] || { bad "$name (HTTP $status)" "$(body)"; return; }
  same "$name" "$expected" "$(as_text)"
  if jq -e '[.columns[].name] | length == (unique | length)' "$tmp/body" > /dev/null; then
    # (objects need distinct column names)
    post_json /v1/query "$(query_body "$sql" "$params" | jq -c '.rowFormat = "object"')" > /dev/null
    same "$name [rowFormat object]" "$expected" "$(as_text)"
  fi
  req -X POST -H 'Content-Type: application/json' -H 'Accept: application/x-ndjson' \
    --data-binary "$(query_body "$sql" "$params")" "$base/v1/query" > /dev/null
  same "$name [NDJSON]" "$expected" "$(ndjson_as_text)"
}

# expect_error NAME STATUS SQLSTATE: the last answer is that clean JSON error
expect_error() {
  local name=$1 status=$2 code=$3 got=$4
  if [ "$got" == "$status" ] && grep -qi '^content-type: application/json' "$tmp/headers" \
      && [ "$(jq -r '.error.sqlstate' "$tmp/body" 2> /dev/null)" == "$code" ] \
      && [ -n "$(jq -r '.error.message // empty' "$tmp/body" 2> /dev/null)" ]; then
    ok "$name → $status $code"
  else
    bad "$name" "expected HTTP $status with sqlstate $code, got HTTP $got: $(body | head -c 400)"
  fi
}

echo "== setup over psql (server: ${cmd[0]##*/} … on ports $port/$hport)"
pg <<'SQL' || { echo "http-check: setup failed" >&2; exit 2; }
CREATE TABLE typed (id int PRIMARY KEY, si smallint, bi bigint, n numeric(12,3), r real, d double precision,
  b boolean, t text, vc varchar(20), dt date, ts timestamp, tstz timestamptz, tm time, iv interval, u uuid,
  by bytea, j jsonb, js json, arr int[], tags text[]);
INSERT INTO typed VALUES
 (1, 1, 9007199254740993, 1.500, 0.1, 0.1, true, 'plain', 'v1', '2025-01-31', '2025-01-31 12:34:56.5',
  '2025-01-31 10:34:56+00', '12:00:01', '1 day 02:03:04', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
  '\x00ff10', '{"a": 1, "b": [true, null, "x"]}', '{"k":"v"}', '{1,2,3}', '{"a b",c}'),
 (2, -32768, -1, -0.001, 'Infinity', 'NaN', false, 'quote '' and "dq" and \ back', 'ünïcødé', 'infinity',
  '1999-12-31 23:59:59', '2000-01-01 00:00:00+00', '00:00:00', '-3 months', NULL, '\x', '[]', '[1,2]', '{}', '{NULL}'),
 (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (4, 7, 42, 12345.678, -2.5, 1e+20, true, 'line1
line2', '', '0001-01-01', '2025-06-15 08:00:00', '2025-06-15 08:00:00.123456+00', '23:59:59.999999',
  '00:00:00.5', '00000000-0000-0000-0000-000000000000', 'hello', '{"nested": {"deep": [1.5, "s"]}}', '"str"',
  '{-1}', '{"x,y"}');
CREATE TABLE orders (id serial PRIMARY KEY, customer text NOT NULL, total numeric(10,2), placed date DEFAULT '2025-01-01');
INSERT INTO orders (customer, total, placed) SELECT 'c' || (g % 7), g * 1.25, DATE '2025-01-01' + g
  FROM generate_series(1, 40) AS g;
CREATE ROLE alice LOGIN PASSWORD 'alice pw';
CREATE ROLE bob LOGIN PASSWORD 'bob pw';
GRANT SELECT ON orders TO alice;
GRANT SELECT, INSERT, UPDATE, DELETE ON orders TO bob;
GRANT USAGE ON SEQUENCE orders_id_seq TO bob;
SQL

echo "== results equal psql (POST /v1/query)"
parity "every type of typed, row by row" "SELECT * FROM typed ORDER BY id"
parity "aggregates" "SELECT count(*), sum(n), avg(si), max(ts), min(dt), bool_and(b) FROM typed"
parity "join, group by, order" "SELECT o.customer, count(*), sum(o.total) FROM orders o JOIN typed t ON t.id = o.id % 4 + 1 GROUP BY o.customer ORDER BY 3 DESC, 1"
parity "CTE, window, generate_series" "WITH s AS (SELECT g, g * g AS sq FROM generate_series(1, 12) g) SELECT g, sq, sum(sq) OVER (ORDER BY g), row_number() OVER (PARTITION BY g % 3 ORDER BY g DESC) FROM s ORDER BY g"
parity "expressions of many types" "SELECT 1::int2, 2::int8, 3.0::float4 / 7, pi(), 1.5::numeric ^ 3, 'x'::char(3), now() > '2000-01-01', interval '1 day' * 3, '1.2.3.4'::text, ARRAY[1.5, 2.5], '{\"z\": 1, \"a\": [1, 2]}'::jsonb, E'\\\\x0102'::bytea, date '2024-02-29' + 1"
parity "catalog" "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid WHERE c.relname = 'typed' AND a.attnum > 0 ORDER BY a.attnum"
parity "empty result" "SELECT id, t FROM typed WHERE false"
parity "parameters of inferred types" \
  "SELECT id, t, n FROM typed WHERE id > 1 AND (t <> 'plain' OR t IS NULL) AND coalesce(n, 0) < 100.5 ORDER BY id" \
  'SELECT id, t, n FROM typed WHERE id > $1 AND (t <> $2 OR t IS NULL) AND coalesce(n, 0) < $3 ORDER BY id' '[1, "plain", "100.5"]'
parity "parameters as values" \
  "SELECT 'it''s; DROP TABLE typed; --'::text, DATE '2025-01-31' + 1, '{\"a\": [1, 2]}'::jsonb -> 'a', 12.5::numeric * 2, true AND NOT false" \
  'SELECT $1::text, $2::date + 1, $3::jsonb -> '"'a'"', $4::numeric * 2, $5::boolean AND NOT false' \
  '["it'"'"'s; DROP TABLE typed; --", "2025-01-31", {"a": [1, 2]}, 12.5, true]'
status=$(post_json /v1/query '{"sql": "SELECT bi FROM typed WHERE id IN (1, 2, 4) ORDER BY id", "exactNumbers": "number"}')
# (read as text: jq 1.6 would round 2^53 + 1)
same "exactNumbers number: bigint as JSON numbers" '"rows":[[9007199254740993],[-1],[42]]' "$(grep -o '"rows":[^}]*\]\]' "$tmp/body")"
for dml in "INSERT INTO orders (customer, total) VALUES ('dml', 1), ('dml', 2)" "UPDATE orders SET total = total + 1 WHERE customer = 'dml'" "DELETE FROM orders WHERE customer = 'dml'" "CREATE TABLE scratch (x int)" "DROP TABLE scratch"; do
  # psql first, in a transaction it rolls back; then the same statement over HTTP
  psql_tag=$(pg_tags -c BEGIN -c "$dml" -c ROLLBACK 2>&1 | sed -n '2p' | awk '{print $0, ($NF ~ /^[0-9]+$/ ? $NF : "null")}')
  post_json /v1/query "$(query_body "$dml")" > /dev/null
  http_tag=$(jq -r '.command + " " + (.rowCount | tostring)' "$tmp/body")
  same "command tag and rowCount of ${dml%% [a-z(]*}" "$psql_tag" "$http_tag"
done
status=$(post_json /v1/query '{"statements": ["INSERT INTO orders (customer, total) VALUES ($$batch$$, 5)", {"sql": "UPDATE orders SET total = total * $1 WHERE customer = $2", "params": [2, "batch"]}, "SELECT customer, total FROM orders WHERE customer = $$batch$$"]}')
same "several statements: one result each" "200 INSERT 0 1|UPDATE 1|SELECT 1 batch,10.00" \
  "$status $(jq -r '[.results[].command] | join("|")' "$tmp/body") $(jq -r '.results[2].rows[0] | join(",")' "$tmp/body")"
same "several statements: psql sees them committed" "batch|10.00" "$(pg -A -t -c "SELECT customer, total FROM orders WHERE customer = 'batch'")"
status=$(post_json /v1/query '{"statements": ["DELETE FROM orders WHERE customer = $$batch$$", "SELECT 1/0"]}')
expect_error "several statements: an error undoes all" 400 22012 "$status"
same "several statements: the failed one is named; psql still sees the row" "1 1" \
  "$(jq -r .error.statement "$tmp/body") $(pg -A -t -c "SELECT count(*) FROM orders WHERE customer = 'batch'")"

echo "== table endpoints equal psql"
tables=$base/v1/databases/postgres/tables
table_parity() {
  local name=$1 literal=$2 url=$3 status
  status=$(req "$url")
  [ "$status" == 200 ] || { bad "$name (HTTP $status)" "$(body)"; return; }
  same "$name" "$(pg_rows "$literal")" "$(as_text)"
}
table_parity "GET all rows" "SELECT * FROM typed ORDER BY id" "$tables/typed?order=id"
table_parity "GET eq/order/limit/offset/select" "SELECT id, customer, total FROM orders WHERE customer = 'c3' ORDER BY total DESC LIMIT 3 OFFSET 1" \
  "$tables/orders?customer=eq.c3&order=total.desc&limit=3&offset=1&select=id,customer,total"
table_parity "GET gt/lte/neq" "SELECT id FROM orders WHERE id > 5 AND total <= 20 AND customer <> 'c2' ORDER BY id" \
  "$tables/orders?id=gt.5&total=lte.20&customer=neq.c2&select=id&order=id"
table_parity "GET in/like/ilike/not" "SELECT id, t FROM typed WHERE id IN (1, 2, 4) AND t LIKE '%l%' AND NOT (t ILIKE 'LINE%') ORDER BY id" \
  "$tables/typed?id=in.(1,2,4)&t=like.*l*&t=not.ilike.LINE*&select=id,t&order=id"
table_parity "GET is.null/is.true, nulls first" "SELECT id, b FROM typed WHERE n IS NOT NULL AND b IS TRUE ORDER BY si DESC NULLS FIRST" \
  "$tables/typed?n=is.notnull&b=is.true&select=id,b&order=si.desc.nullsfirst"
table_parity "GET in with quoted commas" "SELECT id FROM typed WHERE t IN ('plain', 'x,y') ORDER BY id" \
  "$tables/typed?t=in.(plain,%22x,y%22)&select=id&order=id"
status=$(req -X POST -H 'Content-Type: application/json' --data-binary '[{"customer": "new1", "total": "3.50"}, {"customer": "new2"}]' "$tables/orders")
same "POST inserts and returns the rows (201)" "201 2" "$status $(jq '.rows | length' "$tmp/body")"
same "POST: psql sees the rows, defaults applied" "$(pg_rows "SELECT * FROM orders WHERE customer LIKE 'new%' ORDER BY id")" "$(as_text)"
status=$(req -X PATCH -H 'Content-Type: application/json' --data-binary '{"total": 99}' "$tables/orders?customer=eq.new2")
same "PATCH returns the updated rows" "$(pg_rows "SELECT * FROM orders WHERE customer = 'new2'")" "$(as_text)"
same "PATCH: psql sees the new value" "99.00" "$(pg -A -t -c "SELECT total FROM orders WHERE customer = 'new2'")"
expected=$(pg_rows "SELECT * FROM orders WHERE customer LIKE 'new%' ORDER BY id")
status=$(req -X DELETE "$tables/orders?customer=like.new*&order=id")
expect_error "DELETE takes no order" 400 08P01 "$status"
status=$(req -X DELETE "$tables/orders?customer=like.new*")
same "DELETE returns the deleted rows" "$expected" "$(jq -c '.rows |= sort_by(.id)' "$tmp/body" > "$tmp/sorted" && mv "$tmp/sorted" "$tmp/body"; as_text)"
same "DELETE: psql sees them gone" "0" "$(pg -A -t -c "SELECT count(*) FROM orders WHERE customer LIKE 'new%'")"
status=$(req -X DELETE "$tables/orders")
expect_error "DELETE without a filter is refused" 400 08P01 "$status"

echo "== transactions"
post_json /v1/transactions '{"isolation": "repeatable read"}' > /dev/null
txn=$(jq -r .txn "$tmp/body")
post_json /v1/query "$(jq -cn --arg t "$txn" '{sql: "INSERT INTO orders (customer) VALUES ($1)", params: ["txn"], txn: $t}')" > /dev/null
same "insert inside a transaction is invisible to psql" "0" "$(pg -A -t -c "SELECT count(*) FROM orders WHERE customer = 'txn'")"
status=$(post_json /v1/query "$(jq -cn --arg t "$txn" '{sql: "SELECT count(*) FROM orders WHERE customer = $1", params: ["txn"], txn: $t}')")
same "… and visible inside it" "200 1" "$status $(jq -r '.rows[0][0]' "$tmp/body")"
status=$(req -X POST "$base/v1/transactions/$txn/commit")
same "commit" "200 COMMIT" "$status $(jq -r .command "$tmp/body")"
same "psql sees the committed row" "1" "$(pg -A -t -c "SELECT count(*) FROM orders WHERE customer = 'txn'")"
count_before=$(pg -A -t -c "SELECT count(*) FROM orders")
post_json /v1/transactions '{}' > /dev/null
txn=$(jq -r .txn "$tmp/body")
post_json /v1/query "$(jq -cn --arg t "$txn" '{sql: "DELETE FROM orders", txn: $t}')" > /dev/null
status=$(req -X DELETE "$base/v1/transactions/$txn")
same "rollback (DELETE /v1/transactions/ID)" "200 ROLLBACK" "$status $(jq -r .command "$tmp/body")"
same "psql sees nothing deleted" "$count_before" "$(pg -A -t -c "SELECT count(*) FROM orders")"
post_json /v1/transactions '{"timeout": 1}' > /dev/null
txn=$(jq -r .txn "$tmp/body")
post_json /v1/query "$(jq -cn --arg t "$txn" '{sql: "UPDATE orders SET total = 0 WHERE id = 1", txn: $t}')" > /dev/null
sleep 2.5
status=$(post_json /v1/query "$(jq -cn --arg t "$txn" '{sql: "SELECT 1", txn: $t}')")
expect_error "an abandoned transaction is gone after its timeout" 404 25000 "$status"
same "… rolled back, its lock released" "UPDATE 1" "$(pg_tags -c "SET lock_timeout = '2s'" -c "UPDATE orders SET total = total WHERE id = 1" 2>&1 | tail -1)"

echo "== authentication"
status=$(post_json /v1/query '{"sql": "SELECT current_user"}')
same "no credentials from a trusted address: postgres" "200 postgres" "$status $(jq -r '.rows[0][0]' "$tmp/body")"
status=$(req -u 'alice:alice pw' -X POST -H 'Content-Type: application/json' -d '{"sql": "SELECT current_user, count(*) FROM orders"}' "$base/v1/query")
same "HTTP Basic: alice" "200 alice,$(pg -A -t -c "SELECT count(*) FROM orders")" "$status $(jq -r '.rows[0] | join(",")' "$tmp/body")"
status=$(req -u 'alice:wrong' -X POST -H 'Content-Type: application/json' -d '{"sql": "SELECT 1"}' "$base/v1/query")
expect_error "wrong password" 401 28P01 "$status"
same "… with a WWW-Authenticate challenge" "1" "$(grep -ci '^www-authenticate: basic' "$tmp/headers")"
status=$(req -u 'alice:alice pw' -X POST -H 'Content-Type: application/json' -d '{"sql": "SELECT * FROM typed"}' "$base/v1/query")
expect_error "privileges as over the wire: alice may not read typed" 403 42501 "$status"
same "… with psql's message" "$(PGUSER=alice PGPASSWORD='alice pw' pg_error 'SELECT * FROM typed')" "$(jq -r .error.message "$tmp/body")"
status=$(req -u 'alice:alice pw' -X POST -H 'Content-Type: application/json' -d '{"expiresIn": 600}' "$base/v1/tokens")
token=$(jq -r .token "$tmp/body")
same "POST /v1/tokens after a password check" "201 alice" "$status $(jq -r .role "$tmp/body")"
status=$(req -H "Authorization: Bearer $token" -X POST -H 'Content-Type: application/json' -d '{"sql": "SELECT session_user"}' "$base/v1/query")
same "a bearer token stands for its role" "200 alice" "$status $(jq -r '.rows[0][0]' "$tmp/body")"
signature=${token#*.}
forged="${token%%.*}.$([ "${signature:0:1}" == A ] && echo B || echo A)${signature:1}"
status=$(req -H "Authorization: Bearer $forged" "$base/v1/metrics")
expect_error "a forged bearer token" 401 28P01 "$status"
pg -c "ALTER ROLE alice PASSWORD 'new pw'"
status=$(req -H "Authorization: Bearer $token" -X POST -H 'Content-Type: application/json' -d '{"sql": "SELECT 1"}' "$base/v1/query")
expect_error "a new password ends the role's tokens" 401 28P01 "$status"
status=$(req -H "Authorization: Bearer $file_token" -X POST -H 'Content-Type: application/json' -d '{"sql": "SELECT current_user"}' "$base/v1/query")
same "a token of the --http-tokens file (pglitedb token bob) stands for bob" "200 bob" "$status $(jq -r '.rows[0][0]' "$tmp/body")"
status=$(req -H "Authorization: Bearer $(cut -d' ' -f2 "$tmp/tokens.conf")" "$base/v1/metrics")
expect_error "… its stored hash is no token" 401 28P01 "$status"
status=$(req -u 'bob:bob pw' -X POST -H 'Content-Type: application/json' -d '{"customer": "bob"}' "$tables/orders")
same "bob inserts through the table endpoint" "201 bob" "$status $(jq -r '.rows[0].customer' "$tmp/body")"
status=$(req -u 'bob:bob pw' "$tables/typed")
expect_error "bob may not read typed through the table endpoint" 403 42501 "$status"

echo "== errors equal psql's"
error_parity() {
  local name=$1 sql=$2 http_status=$3 code=$4 status
  status=$(post_json /v1/query "$(query_body "$sql")")
  expect_error "$name" "$http_status" "$code" "$status"
  same "$name: psql's message" "$(pg_error "$sql")" "$(jq -r .error.message "$tmp/body")"
}
error_parity "syntax error" "SELECT * FROMM typed" 400 42601
same "syntax error: position (1-based) of FROMM" "10" "$(jq -r .error.position "$tmp/body")"
error_parity "unknown table" "SELECT * FROM nowhere" 400 42P01
error_parity "unknown column" "SELECT nope FROM typed" 400 42703
error_parity "division by zero" "SELECT 1 / (id - id) FROM typed" 400 22012
error_parity "bad input" "SELECT 'x'::int" 400 22P02
error_parity "unique violation" "INSERT INTO typed (id) VALUES (1)" 409 23505
same "unique violation: detail" "Key (id)=(1) already exists." "$(jq -r .error.detail "$tmp/body")"
error_parity "not null violation" "INSERT INTO orders (customer) VALUES (NULL)" 409 23502
status=$(post_json /v1/query '{"sql": "SELECT $1::int", "params": ["12x"]}')
expect_error "a parameter that does not fit its type" 400 22P02 "$status"
same "… with PostgreSQL's message" 'invalid input syntax for type integer: "12x"' "$(jq -r .error.message "$tmp/body")"
status=$(post_json /v1/query '{"sql": "SELECT 1", "database": "nowhere"}')
expect_error "unknown database" 404 3D000 "$status"

echo "== SQL injection through every parameter: data unchanged, clean 4xx JSON errors"
fingerprint() { pg_rows "SELECT * FROM typed ORDER BY id" | md5sum; pg_rows "SELECT * FROM orders ORDER BY id" | md5sum
  pg -A -t -c "SELECT (SELECT count(*) FROM pg_class) || ' ' || (SELECT count(*) FROM pg_roles)"; }
before=$(fingerprint)
status=$(post_json /v1/query "$(query_body 'SELECT $1::text' '["x'"'"'); DROP TABLE typed; --"]')")
same "values: a hostile parameter is data" "200 x'); DROP TABLE typed; --" "$status $(jq -r '.rows[0][0]' "$tmp/body")"
status=$(post_json /v1/query "$(query_body 'SELECT id FROM typed WHERE t = $1' '["'"'"' OR '"'"'1'"'"'='"'"'1"]')")
same "values: a tautology parameter matches nothing" "200 0" "$status $(jq -r '.rowCount' "$tmp/body")"
status=$(req "$tables/typed?t=eq.x'%3B%20DROP%20TABLE%20typed%3B--")
same "filters: a hostile text value is data" "200 0" "$status $(jq -r '.rowCount' "$tmp/body")"
status=$(req "$tables/typed?id=eq.1%20OR%201=1")
expect_error "filters: 'id=eq.1 OR 1=1'" 400 22P02 "$status"
status=$(req "$tables/typed?id=in.(1)%20OR%20(1=1)")
expect_error "filters: in list breaking out" 400 22P02 "$status"
status=$(req "$tables/typed?id=eq.1);DROP%20TABLE%20typed;--")
expect_error "filters: a value closing the parenthesis" 400 22P02 "$status"
status=$(req "$tables/typed?id%22%20%3D%201%20OR%20%22id=eq.1")
expect_error "column names: a quote in a filter column" 400 42703 "$status"
status=$(req "$tables/typed?select=id,(SELECT%20rolpassword%20FROM%20pg_authid)")
expect_error "column names: a subquery in select" 400 42703 "$status"
status=$(req "$tables/typed?select=*%20FROM%20pg_authid--")
expect_error "column names: select breaking out" 400 42703 "$status"
status=$(req "$tables/typed%22%3B%20DROP%20TABLE%20typed%3B--")
expect_error "table names: a hostile table name" 404 42P01 "$status"
status=$(req "$tables/pg_authid%22%20--")
expect_error "table names: a catalog table with a comment" 404 42P01 "$status"
status=$(req "$tables/typed?order=id%3B%20DROP%20TABLE%20typed")
expect_error "order: a statement after the column" 400 42703 "$status"
status=$(req "$tables/typed?order=(SELECT%201).desc")
expect_error "order: an expression" 400 42703 "$status"
status=$(req "$tables/typed?limit=1%3B%20DROP%20TABLE%20typed")
expect_error "limit: a statement after the number" 400 08P01 "$status"
status=$(req "$tables/typed?offset=-1")
expect_error "offset: negative" 400 08P01 "$status"
status=$(req -X POST -H 'Content-Type: application/json' --data-binary '{"id\") VALUES (9); DROP TABLE typed; --": 1}' "$tables/typed")
expect_error "insert: a hostile column name" 400 42703 "$status"
status=$(req -X PATCH -H 'Content-Type: application/json' --data-binary '{"t\" = null, \"id": 5}' "$tables/typed?id=eq.1")
expect_error "update: a hostile column name" 400 42703 "$status"
status=$(req -X PATCH -H 'Content-Type: application/json' --data-binary '{"t": "x'"'"' WHERE false; DROP TABLE typed; --"}' "$tables/typed?id=eq.999")
same "update: a hostile value is data (no row)" "200 0" "$status $(jq -r '.rowCount' "$tmp/body")"
status=$(req -X DELETE "$tables/typed?id=gt.0%20OR%20true")
expect_error "delete: a filter breaking out" 400 22P02 "$status"
status=$(req "$base/v1/databases/postgres%22%3B%20DROP%20TABLE%20typed%3B--/tables/typed")
expect_error "database in the path" 404 3D000 "$status"
status=$(post_json /v1/query '{"sql": "SELECT 1", "database": "postgres'"'"'; DROP TABLE typed; --"}')
expect_error "database in the body" 404 3D000 "$status"
status=$(post_json /v1/query '{"sql": "SELECT 1", "txn": "x'"'"' OR '"'"'1'"'"'='"'"'1"}')
expect_error "txn id in the body" 404 25000 "$status"
status=$(req -X POST "$base/v1/transactions/x';%20ROLLBACK;%20DROP%20TABLE%20typed;--/commit")
expect_error "txn id in the path" 404 25000 "$status"
status=$(post_json /v1/transactions '{"isolation": "serializable; DROP TABLE typed"}')
expect_error "isolation level" 400 08P01 "$status"
status=$(post_json /v1/query '{"sql": "SELECT 1", "rowFormat": "object; DROP TABLE typed"}')
expect_error "rowFormat" 400 08P01 "$status"
status=$(post_json /v1/query '{"sql": "SELECT 1; DROP TABLE typed"}')
expect_error "a second statement in sql" 400 42601 "$status"
same "after every attempt: typed, orders, pg_class and pg_roles unchanged" "$before" "$(fingerprint)"

echo "== health, metrics, OpenAPI, CORS, limits"
status=$(req "$base/v1/health")
same "GET /v1/health" "200 ok true" "$status $(jq -r '.status + " " + (.writable | tostring)' "$tmp/body")"
status=$(req -u 'alice:wrong' "$base/v1/health")
same "health needs no credentials" "200" "$status"
status=$(req "$base/v1/metrics")
commits=$(sed -n 's/^pglitedb_xact_commit_total //p' "$tmp/body")
same "GET /v1/metrics: Prometheus text with commits counted" "200 yes" "$status $([ "${commits:-0}" -gt 10 ] && echo yes || echo "no ($commits)")"
same "… the same metric names as --metrics-port's page" "pglitedb_connections pglitedb_writable pglitedb_xact_commit_total" \
  "$(grep -oE '^(pglitedb_connections|pglitedb_xact_commit_total|pglitedb_writable) ' "$tmp/body" | tr -d ' ' | sort | xargs)"
status=$(req -u 'alice:wrong' "$base/v1/metrics")
expect_error "metrics with a wrong password" 401 28P01 "$status"
status=$(req "$base/v1/openapi.json")
same "GET /v1/openapi.json lists every endpoint" "200 /v1/databases/{db}/tables/{table} /v1/health /v1/metrics /v1/openapi.json /v1/query /v1/tokens /v1/transactions /v1/transactions/{id} /v1/transactions/{id}/commit /v1/transactions/{id}/rollback" \
  "$status $(jq -r '.paths | keys | join(" ")' "$tmp/body")"
status=$(req -X OPTIONS -H 'Origin: https://evil.example' -H 'Access-Control-Request-Method: POST' "$base/v1/query")
same "CORS is off unless configured (no Allow-Origin)" "0" "$(grep -ci '^access-control-allow-origin' "$tmp/headers")"
status=$(req "$base/v1/nothing")
expect_error "unknown endpoint" 404 08P01 "$status"
status=$(req "$base/v1/query")
expect_error "wrong method" 405 08P01 "$status"
head -c 1100000 /dev/zero | tr '\0' 'x' | jq -Rc '{sql: ("SELECT " + (. | @json) + "::text")}' > "$tmp/big.json"
status=$(req -X POST -H 'Content-Type: application/json' --data-binary "@$tmp/big.json" "$base/v1/query")
expect_error "a body over --http-max-body" 413 54000 "$status"
status=$(req -X POST -H 'Content-Type: text/plain' --data-binary 'SELECT 1' "$base/v1/query")
expect_error "a body that is not JSON" 415 08P01 "$status"
status=$(req -X POST -H 'Content-Type: application/json' --data-binary '{"sql": ' "$base/v1/query")
expect_error "malformed JSON" 400 08P01 "$status"

echo "== load: $clients concurrent HTTP clients, $load_requests requests"
: > "$tmp/load.cfg"
for i in $(seq 1 "$load_requests"); do
  case $((i % 4)) in
    0) printf 'url = "%s/v1/query"\ndata = "{\\"sql\\": \\"INSERT INTO orders (customer, total) VALUES ($1, $2)\\", \\"params\\": [\\"load\\", %d]}"\n' "$base" "$i" ;;
    1) printf 'url = "%s/v1/query"\ndata = "{\\"sql\\": \\"SELECT * FROM orders WHERE id = $1\\", \\"params\\": [%d]}"\n' "$base" $((i % 40 + 1)) ;;
    2) printf 'url = "%s/v1/databases/postgres/tables/orders?customer=eq.c%d&order=id.desc&limit=5"\n' "$base" $((i % 7)) ;;
    3) printf 'url = "%s/v1/query"\ndata = "{\\"statements\\": [\\"UPDATE orders SET total = total + 1 WHERE id = 1\\", \\"SELECT total FROM orders WHERE id = 1\\"]}"\n' "$base" ;;
  esac
  printf 'header = "Content-Type: application/json"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n'
  [ "$i" -eq "$load_requests" ] || printf 'next\n'
done >> "$tmp/load.cfg"
inserts=$((load_requests / 4))
updates=$(((load_requests + 1) / 4))
total_before=$(pg -A -t -c "SELECT total FROM orders WHERE id = 1")
start_ns=$(date +%s%N)
curl --no-progress-meter -Z --parallel-max "$clients" --parallel-immediate -K "$tmp/load.cfg" > "$tmp/codes" 2> "$tmp/load.err"
end_ns=$(date +%s%N)
ms=$(((end_ns - start_ns) / 1000000))
codes=$(sort "$tmp/codes" | uniq -c | awk '{printf "%s×%s ", $2, $1}')
errors=$(grep -vc '^2' "$tmp/codes")
echo "     $load_requests requests from $clients clients in ${ms} ms: $((load_requests * 1000 / (ms > 0 ? ms : 1))) requests/s; status codes: $codes"
same "load: every request answered 2xx" "$load_requests 0" "$(wc -l < "$tmp/codes" | tr -d ' ') $errors"
same "load: psql sees every insert and every increment" "$inserts $(pg -A -t -c "SELECT $total_before + $updates")" \
  "$(pg -A -t -c "SELECT count(*) FROM orders WHERE customer = 'load'") $(pg -A -t -c "SELECT total FROM orders WHERE id = 1")"

echo "== $passed passed, $failed failed"
[ "$failed" -eq 0 ]
