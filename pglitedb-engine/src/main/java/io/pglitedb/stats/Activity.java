package io.pglitedb.stats;

import java.util.function.IntUnaryOperator;

/**
 * The engine's activity statistics, one per open engine: statements, databases, tables.
 *
 * @param backends sessions connected to a database, by database OID (pg_stat_database.numbackends)
 */
public record Activity(StatementStatistics statements, DatabaseActivity databases, TableActivity tables,
        IntUnaryOperator backends) {

    public Activity(IntUnaryOperator backends) {
        this(new StatementStatistics(), new DatabaseActivity(), new TableActivity(), backends);
    }
}
