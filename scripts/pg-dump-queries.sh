#!/usr/bin/env bash
# The queries stock pg_dump (15) sends, captured from the reference PostgreSQL: what our server
# must answer (pg_catalog relations and functions) before `pg_dump` works against it.
#
#   scripts/pg-dump-queries.sh [DATABASE]   # default: a small scratch database it creates
#
# It runs pg_dump against ../shared/tools/pg-reference.sh (port 55432) with log_statement=all for
# that one session and prints pg_dump's statements, separated by lines ";;", on stdout; a summary
# of the catalog relations and functions they use goes to stderr.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
port=55432
"$here/../../shared/tools/pg-reference.sh" start "$port" >/dev/null
log=/tmp/pg-reference-$port.log
db=${1:-}
psql=(psql -X -q -h 127.0.0.1 -p "$port" -U postgres)
if [ -z "$db" ]; then
  db=pg_dump_queries_$$
  "${psql[@]}" -d postgres -c "CREATE DATABASE $db" >/dev/null
  "${psql[@]}" -d "$db" -c "CREATE TABLE t (id serial PRIMARY KEY, v text UNIQUE CHECK (v <> ''));
    CREATE TABLE u (id int REFERENCES t, n numeric(5,2) DEFAULT 1); CREATE INDEX u_n ON u (n DESC);" >/dev/null
  trap '"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null' EXIT
fi
before=$(wc -l < "$log")
PGOPTIONS="-c log_statement=all -c application_name=pg_dump_queries" \
  pg_dump -h 127.0.0.1 -p "$port" -U postgres "$db" >/dev/null
tail -n +"$((before + 1))" "$log" | python3 -c '
import re, sys
text = sys.stdin.read()
entries = re.split(r"\n(?=\d{4}-\d\d-\d\d )", text)
pids = {}
for e in entries:
    m = re.match(r"\S+ \S+ \S+ \[(\d+)\] LOG:  statement: (.*)", e, re.S)
    if m:
        pids.setdefault(m.group(1), []).append(m.group(2).strip())
statements = max(pids.values(), key=len)  # the pg_dump session
print("\n;;\n".join(statements))
joined = " ".join(statements)
relations = sorted(set(re.findall(r"\b(pg_[a-z_]+)\b(?!\s*\()", joined)) - {"pg_catalog"})
functions = sorted(f for f in set(re.findall(r"\b([a-z_]+)\s*\(", joined))
                   if f not in {"array", "t", "u", "src"})
print(f"{len(statements)} statements", file=sys.stderr)
print("relations: " + ", ".join(relations), file=sys.stderr)
print("functions: " + ", ".join(functions), file=sys.stderr)
'
