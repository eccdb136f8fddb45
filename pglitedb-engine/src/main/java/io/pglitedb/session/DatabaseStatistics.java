package io.pglitedb.session;

/**
 * A snapshot of a database's activity since it was opened, with pg_stat_database's names and
 * meaning where PostgreSQL has one ({@link Database#statistics()}); for the pg_stat_database view,
 * the Prometheus endpoint and tests.
 *
 * @param numbackends sessions open now
 * @param xactCommit transactions committed (read-only ones too, as PostgreSQL counts them)
 * @param xactRollback transactions rolled back
 * @param tupReturned rows sent to clients by queries
 * @param tupInserted rows inserted by INSERT
 * @param tupUpdated rows updated by UPDATE
 * @param tupDeleted rows deleted by DELETE
 * @param lockWaits times a statement had to wait for a row, table or advisory lock
 * @param deadlocks deadlocks detected
 * @param walSyncs WAL syncs (one per group commit)
 * @param writable false while writes are refused after a WAL write failure (full or failing disk)
 */
public record DatabaseStatistics(int numbackends, long xactCommit, long xactRollback, long tupReturned,
        long tupInserted, long tupUpdated, long tupDeleted, long lockWaits, long deadlocks, long walSyncs,
        boolean writable) {
}
