#!/usr/bin/env bash
# Finds a Java >= 21 (or the minimum given as $1) and prints its home directory.
#
#   scripts/java-home.sh [MIN_MAJOR]     prints JAVA_HOME, or exits 1 printing nothing
#   . scripts/java-home.sh; pglitedb_java_home 21     the same, as a function
#
# Order: $JAVA_HOME if it is new enough; else `java` on PATH if new enough; else the newest
# new-enough JDK/JRE under the usual install places (/usr/lib/jvm, /usr/java, /opt, SDKMAN,
# ~/.jdks, macOS JavaVirtualMachines). JDKs are preferred over JREs of the same version.
# Shared by ./pglitedb (the launcher) and .ci/run.

# prints the major version of the Java installed at $1 (a home directory), or nothing
pglitedb_java_major() {
  local home=$1 v=''
  [ -x "$home/bin/java" ] || return 1
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" | head -n1)
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
  fi
  [ -n "$v" ] || return 1
  case $v in
    1.*) v=${v#1.} ;;                     # 1.8.0_402 -> 8
  esac
  v=${v%%[.+_-]*}
  case $v in ''|*[!0-9]*) return 1 ;; esac
  echo "$v"
}

pglitedb_java_home() {
  local min=${1:-21} home major best='' best_major=0 best_jdk=0 jdk
  if [ -n "${JAVA_HOME:-}" ] && major=$(pglitedb_java_major "$JAVA_HOME") && [ "$major" -ge "$min" ]; then
    echo "$JAVA_HOME"; return 0
  fi
  if command -v java >/dev/null 2>&1; then
    home=$(readlink -f "$(command -v java)"); home=${home%/bin/java}
    if major=$(pglitedb_java_major "$home") && [ "$major" -ge "$min" ]; then
      echo "$home"; return 0
    fi
  fi
  local candidates=(
    /usr/lib/jvm/* /usr/java/* /usr/local/java/* /opt/java/* /opt/jdk* /opt/*jdk* /opt/*/jdk*
    "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.local/share/jdks/*
    /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home
  )
  for home in "${candidates[@]}"; do
    [ -d "$home" ] && [ ! -L "$home" ] || continue   # skip aliases such as /usr/lib/jvm/default-java
    major=$(pglitedb_java_major "$home") || continue
    [ "$major" -ge "$min" ] || continue
    jdk=0; [ -x "$home/bin/javac" ] && jdk=1
    if [ "$major" -gt "$best_major" ] || { [ "$major" -eq "$best_major" ] && [ "$jdk" -gt "$best_jdk" ]; }; then
      best=$home; best_major=$major; best_jdk=$jdk
    fi
  done
  [ -n "$best" ] || return 1
  echo "$best"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  pglitedb_java_home "${1:-21}"
fi
