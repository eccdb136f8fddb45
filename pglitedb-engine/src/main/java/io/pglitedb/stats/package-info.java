/**
 * Activity statistics PostgreSQL's cumulative statistics views show: per statement
 * (pg_stat_statements: calls, times, rows per normalised query text), per database
 * (pg_stat_database's transaction and row counters) and per table (pg_stat_user_tables' scans and
 * row counts). Counters are kept in memory from the moment the engine opens, as PostgreSQL keeps
 * them from the last reset; nothing here is durable. Updated by sessions and the executor with
 * LongAdders and short per-entry locks, so counting from many sessions does not contend.
 */
package io.pglitedb.stats;
