package io.pglitedb.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.isolation.TestSession.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * pg_locks and pg_stat_activity while sessions hold and wait for row, table and advisory locks:
 * the rows and columns PostgreSQL 15 shows in the same situation (checked with
 * {@code -Dwire.reference.port=55432}). PostgreSQL also lists locks on the table's indexes,
 * which ours does not take; the queries look at the table's own locks.
 */
@Timeout(120)
class LockViewsTest {
    private IsolationServer server;
    private TestSession holder;
    private TestSession rowWaiter;
    private TestSession tupleWaiter;
    private TestSession advisoryWaiter;
    private TestSession tableWaiter;
    private TestSession monitor;

    @BeforeEach
    void start() throws Exception {
        server = IsolationServer.start();
        server.setup("DROP TABLE IF EXISTS lv", "CREATE TABLE lv (id integer PRIMARY KEY, v integer)",
                "INSERT INTO lv VALUES (1, 1), (2, 2)");
        holder = server.session("holder");
        rowWaiter = server.session("rowWaiter");
        tupleWaiter = server.session("tupleWaiter");
        advisoryWaiter = server.session("advisoryWaiter");
        tableWaiter = server.session("tableWaiter");
        monitor = server.session("monitor");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void locksAndWaitsAsPostgresShowsThem() {
        holder.exec("BEGIN");
        holder.exec("UPDATE lv SET v = 10 WHERE id = 1");
        holder.exec("SELECT pg_advisory_lock(42)");
        holder.exec("SELECT pg_advisory_lock(1, 2)");
        rowWaiter.exec("BEGIN");
        Step row = rowWaiter.run("UPDATE lv SET v = 20 WHERE id = 1");
        assertThat(row.blocked()).isTrue();
        tupleWaiter.exec("BEGIN");
        Step tuple = tupleWaiter.run("UPDATE lv SET v = 30 WHERE id = 1");
        assertThat(tuple.blocked()).isTrue();
        Step advisory = advisoryWaiter.run("SELECT pg_advisory_xact_lock_shared(42)");
        assertThat(advisory.blocked()).isTrue();
        tableWaiter.exec("BEGIN");
        Step table = tableWaiter.run("LOCK TABLE lv IN ACCESS EXCLUSIVE MODE");
        assertThat(table.blocked()).isTrue();

        assertThat(activity(holder)).isEqualTo("idle in transaction|Client|ClientRead|t|SELECT pg_advisory_lock(1, 2)|t|t|t");
        assertThat(activity(rowWaiter)).isEqualTo("active|Lock|transactionid|t|UPDATE lv SET v = 20 WHERE id = 1|t|t|t");
        assertThat(activity(tupleWaiter)).isEqualTo("active|Lock|tuple|t|UPDATE lv SET v = 30 WHERE id = 1|t|t|t");
        assertThat(activity(advisoryWaiter))
                .isEqualTo("active|Lock|advisory|f|SELECT pg_advisory_xact_lock_shared(42)|t|t|t");
        assertThat(activity(tableWaiter)).isEqualTo("active|Lock|relation|t|LOCK TABLE lv IN ACCESS EXCLUSIVE MODE|t|t|t");
        assertThat(monitor.exec("SELECT state, wait_event_type, backend_xid FROM pg_stat_activity WHERE pid = "
                + "pg_backend_pid()")).isEqualTo("active|null|null");

        String n = "null|null|null|";
        assertThat(locks(holder)).isEqualTo("advisory|null|0|42|1|ExclusiveLock|t|f, advisory|null|1|2|2|ExclusiveLock|t|f, "
                + "relation|lv|" + n + "RowExclusiveLock|t|f, transactionid|null|" + n + "ExclusiveLock|t|f, "
                + "virtualxid|null|" + n + "ExclusiveLock|t|f");
        assertThat(locks(rowWaiter)).isEqualTo("relation|lv|" + n + "RowExclusiveLock|t|f, "
                + "transactionid|null|" + n + "ExclusiveLock|t|f, transactionid|null|" + n + "ShareLock|f|t, "
                + "tuple|lv|" + n + "ExclusiveLock|t|f, virtualxid|null|" + n + "ExclusiveLock|t|f");
        assertThat(locks(tupleWaiter)).isEqualTo("relation|lv|" + n + "RowExclusiveLock|t|f, "
                + "transactionid|null|" + n + "ExclusiveLock|t|f, tuple|lv|" + n + "ExclusiveLock|f|t, "
                + "virtualxid|null|" + n + "ExclusiveLock|t|f");
        assertThat(locks(advisoryWaiter)).isEqualTo("advisory|null|0|42|1|ShareLock|f|t, virtualxid|null|" + n
                + "ExclusiveLock|t|f");
        assertThat(locks(tableWaiter)).isEqualTo("relation|lv|" + n + "AccessExclusiveLock|f|t, "
                + "transactionid|null|" + n + "ExclusiveLock|t|f, virtualxid|null|" + n + "ExclusiveLock|t|f");
        // the row waiter waits for the holder's xid, which is the holder's backend_xid
        assertThat(monitor.exec("SELECT count(*) FROM pg_locks w JOIN pg_locks h ON h.transactionid = w.transactionid "
                + "AND h.granted JOIN pg_stat_activity a ON a.pid = h.pid AND a.backend_xid = h.transactionid "
                + "WHERE NOT w.granted AND w.pid = " + rowWaiter.pid() + " AND h.pid = " + holder.pid())).isEqualTo("1");
        // every lock of a backend carries its virtual transaction id
        assertThat(monitor.exec("SELECT count(DISTINCT virtualtransaction) FROM pg_locks WHERE pid = " + holder.pid()
                + " AND virtualtransaction = (SELECT virtualxid FROM pg_locks WHERE pid = " + holder.pid()
                + " AND locktype = 'virtualxid')")).isEqualTo("1");

        holder.exec("ROLLBACK");
        assertThat(row.result()).isEqualTo("count 1");
        rowWaiter.exec("ROLLBACK");
        assertThat(tuple.result()).isEqualTo("count 1");
        tupleWaiter.exec("ROLLBACK");
        assertThat(table.result()).isEqualTo("count 0");
        tableWaiter.exec("COMMIT");
        holder.exec("SELECT pg_advisory_unlock_all()");
        assertThat(advisory.result()).isEqualTo("");
        assertThat(monitor.exec("SELECT count(*) FROM pg_locks WHERE pid IN (" + holder.pid() + ", " + rowWaiter.pid()
                + ", " + tupleWaiter.pid() + ", " + advisoryWaiter.pid() + ", " + tableWaiter.pid() + ")")).isEqualTo("0");
        assertThat(monitor.exec("SELECT state, wait_event_type, xact_start IS NULL, query FROM pg_stat_activity WHERE pid = "
                + holder.pid())).isEqualTo("idle|Client|t|SELECT pg_advisory_unlock_all()");
    }

    @Test
    void aDeferrableReadOnlyTransactionWaitsForASafeSnapshotAndCanBeCancelled() {
        holder.exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
        holder.exec("UPDATE lv SET v = 10 WHERE id = 1");
        rowWaiter.exec("BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY DEFERRABLE");
        Step waiting = rowWaiter.run("SELECT sum(v) FROM lv");
        assertThat(waiting.blocked()).isTrue();
        assertThat(monitor.exec("SELECT state, wait_event_type, wait_event FROM pg_stat_activity WHERE pid = "
                + rowWaiter.pid())).isEqualTo("active|IPC|SafeSnapshot");
        assertThat(monitor.exec("SELECT pg_cancel_backend(" + rowWaiter.pid() + ")")).isEqualTo("t");
        assertThat(waiting.result()).isEqualTo("ERROR 57014: canceling statement due to user request");
        rowWaiter.exec("ROLLBACK");
        rowWaiter.exec("BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY DEFERRABLE");
        Step again = rowWaiter.run("SELECT sum(v) FROM lv");
        assertThat(again.blocked()).isTrue();
        holder.exec("COMMIT");
        assertThat(again.result()).isEqualTo("3");
        rowWaiter.exec("COMMIT");
    }

    /** state|wait_event_type|wait_event|has backend_xid|query|has backend_start, xact_start, query_start. */
    private String activity(TestSession s) {
        return monitor.exec("SELECT state, wait_event_type, wait_event, backend_xid IS NOT NULL, query, "
                + "backend_start IS NOT NULL, xact_start IS NOT NULL, query_start IS NOT NULL "
                + "FROM pg_stat_activity WHERE pid = " + s.pid());
    }

    /** The backend's locks, PostgreSQL's index locks left out. */
    private String locks(TestSession s) {
        return monitor.exec("SELECT locktype, relation::regclass, classid, objid, objsubid, mode, granted, "
                + "waitstart IS NOT NULL "
                + "FROM pg_locks WHERE pid = " + s.pid() + " AND (relation IS NULL OR relation = 'lv'::regclass) "
                + "ORDER BY 1, 3, 4, 6, 7 DESC");
    }
}
