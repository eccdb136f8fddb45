#!/usr/bin/env bash
# Issue 9's outside check: a plain Maven project (examples/jdbc-compare) that depends on
# io.pglitedb:pglitedb runs one JDBC program against jdbc:pglitedb:mem: and against the reference
# PostgreSQL through pgJDBC; the two transcripts (values and their classes, metadata, generated
# keys, batches, transactions, SQLSTATEs and messages) must be identical.
#
#   scripts/embedded-outside-check.sh
#
# Environment:
#   MAVEN_REPO   local Maven repository to install PGLiteDB into and build the example with
#                (default /tmp/pglitedb-outside-m2; seeded from ~/.m2/repository when it does not
#                exist, so that it works offline). Never the shared ~/.m2: other builds on this
#                machine would then test against this engine jar.
#   PG_PORT      the reference PostgreSQL 15 (default 55432; started with
#                ../shared/tools/pg-reference.sh when that tool exists), user postgres
#   OFFLINE=1    pass -o to Maven
#   SKIP_INSTALL=1  use the PGLiteDB already installed in MAVEN_REPO
# Exit status 0 when the transcripts are identical, 1 when they differ, 2 on setup errors.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
repo=${MAVEN_REPO:-/tmp/pglitedb-outside-m2}
port=${PG_PORT:-55432}
example=$root/examples/jdbc-compare
work=$(mktemp -d)
db=pglitedb_outside_$$
trap 'rm -rf "$work"; psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT

if [ ! -d "$repo" ]; then
  if [ -d "$HOME/.m2/repository" ]; then
    echo "outside-check: seeding $repo from ~/.m2/repository"
    cp -r "$HOME/.m2/repository" "$repo"
  else
    mkdir -p "$repo"
  fi
fi
mvn_args=(-B -ntp -q "-Dmaven.repo.local=$repo")
# Maven itself runs on a JDK >= 21 (the example compiles for release 21; the machine's java may be older)
java_home=$("$root/scripts/java-home.sh" 21) || { echo "outside-check: no Java 21+ found" >&2; exit 2; }
export JAVA_HOME=$java_home
[ "${OFFLINE:-0}" = 1 ] && mvn_args+=(-o)

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  echo "outside-check: installing io.pglitedb:pglitedb into $repo"
  (cd "$root" && ./mvnw "${mvn_args[@]}" -DskipTests install -pl pglitedb-engine -am)
fi

pgref=$root/../shared/tools/pg-reference.sh
[ -x "$pgref" ] && "$pgref" start "$port" >/dev/null 2>&1 || true
psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE $db" >/dev/null \
  || { echo "outside-check: no PostgreSQL on 127.0.0.1:$port" >&2; exit 2; }

# Build the example with Maven (its dependencies come from $repo), then run it on a JDK >= 21.
echo "outside-check: building examples/jdbc-compare"
(cd "$example" && "$root/mvnw" "${mvn_args[@]}" compile dependency:build-classpath \
    "-Dmdep.outputFile=$work/classpath.txt") >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; echo "outside-check: the example did not build" >&2; exit 2; }
classpath="$example/target/classes:$(cat "$work/classpath.txt")"
run() { # output args...
  local out=$1; shift
  "$java_home/bin/java" --enable-native-access=ALL-UNNAMED -cp "$classpath" example.JdbcCompare "$@" \
    >"$out" 2>"$out.err" || {
    echo "outside-check: the program failed against $1:" >&2; cat "$out.err" "$out" >&2; exit 2; }
}
echo "outside-check: running examples/jdbc-compare against jdbc:pglitedb:mem:"
run "$work/embedded.txt" "jdbc:pglitedb:mem:"
echo "outside-check: running it against PostgreSQL (pgJDBC, 127.0.0.1:$port/$db)"
run "$work/postgres.txt" "jdbc:postgresql://127.0.0.1:$port/$db" postgres

lines=$(wc -l <"$work/postgres.txt")
sections=$(grep -c '^== ' "$work/postgres.txt" || true)
if diff -u --label postgresql "$work/postgres.txt" --label pglitedb "$work/embedded.txt"; then
  echo "outside-check: identical transcripts ($lines lines, $sections sections)"
else
  echo "outside-check: the transcripts differ (- PostgreSQL with pgJDBC, + PGLiteDB embedded)" >&2
  exit 1
fi
