#!/usr/bin/env bash
# Records what PostgreSQL 15 says about each run-time parameter that a session can set (contexts
# user and superuser, and the fixed ones PGLiteDB shows) into pglitedb-engine/src/main/resources/io/pglitedb/session/pg_settings.tsv:
# name, vartype, unit, category, short_desc, extra_desc, context, min_val, max_val, enumvals,
# boot_val (COPY text format, \N for NULL). Settings builds its parameter table from it: the types,
# units, ranges and allowed values SET checks, and what pg_settings shows.
#   scripts/record-pg-settings.sh      (starts ../shared/tools/pg-reference.sh if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
"$(pwd)/../shared/tools/pg-reference.sh" start >/dev/null 2>&1 || /work/shared/tools/pg-reference.sh start >/dev/null
psql -h 127.0.0.1 -p 55432 -U postgres -d postgres -X -q -c "
  COPY (SELECT name, vartype, unit, category, short_desc, extra_desc, context, min_val, max_val, enumvals, boot_val
        FROM pg_settings WHERE context IN ('user', 'superuser') OR name IN (
          'server_version', 'server_version_num', 'server_encoding', 'integer_datetimes', 'in_hot_standby',
          'is_superuser', 'max_connections', 'authentication_timeout', 'max_identifier_length', 'max_index_keys',
          'max_function_args', 'fsync', 'lc_collate', 'lc_ctype', 'block_size', 'data_directory_mode')
        ORDER BY name) TO STDOUT" > pglitedb-engine/src/main/resources/io/pglitedb/session/pg_settings.tsv
