package io.pglitedb.catalog.system;

import io.pglitedb.catalog.TableDescriptor;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The rows of pg_stat_activity and pg_locks, from the server's sessions and lock table (see
 * {@link io.pglitedb.txn.LockStatus} for how our locks map to PostgreSQL's). Columns without a
 * counterpart here (client address, backend_xmin, query_id, tuple lock page and tuple) are NULL.
 */
final class ActivityRows {
    private ActivityRows() {
    }

    static void register(Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> m) {
        m.put("pg_stat_activity", ActivityRows::activity);
        m.put("pg_locks", ActivityRows::locks);
    }

    private static void activity(SystemContext c, SystemRelation.Rows rows) {
        StatisticsVisibility visibility = new StatisticsVisibility(c);
        for (SystemContext.BackendRow b : c.session().backends()) {
            String[] wait = b.waitEvent();
            if (wait == null && b.state().startsWith("idle")) {
                wait = new String[] {"Client", "ClientRead"}; // waiting for the client's next message
            }
            rows.add().oid("datid", b.databaseOid()).set("datname", b.databaseName()).set("pid", b.pid())
                    .oid("usesysid", b.userOid()).set("usename", b.user())
                    .set("application_name", b.applicationName() == null ? "" : b.applicationName())
                    .set("backend_start", timestamp(b.backendStart()))
                    .set("xact_start", timestamp(b.transactionStart()))
                    .set("query_start", timestamp(b.queryStart()))
                    .set("state_change", timestamp(b.stateChange()))
                    .set("wait_event_type", wait == null ? null : wait[0])
                    .set("wait_event", wait == null ? null : wait[1])
                    .set("state", b.state()).set("backend_xid", b.xid()).set("query", b.query())
                    .set("backend_type", "client backend");
            if (!visibility.seesDetailsOf(b.userOid())) {
                // another user's session: who and where, not what (as PostgreSQL shows it)
                for (String column : java.util.List.of("backend_start", "xact_start", "query_start", "state_change",
                        "wait_event_type", "wait_event", "state", "backend_xid")) {
                    rows.set(column, null);
                }
                rows.set("query", StatisticsVisibility.HIDDEN);
            }
        }
    }

    private static void locks(SystemContext c, SystemRelation.Rows rows) {
        Map<Integer, Long> tableByStorage = null;
        int database = c.view().catalog().databaseOid();
        for (SystemContext.LockRow l : c.session().locks()) {
            Long relation = l.relation();
            if (l.rowKey() != null && l.rowKey().length >= 8) {
                ByteBuffer key = ByteBuffer.wrap(l.rowKey(), 0, 8);
                if (key.getInt() == database) {
                    if (tableByStorage == null) {
                        tableByStorage = new HashMap<>();
                        for (TableDescriptor t : c.view().tables()) {
                            tableByStorage.put(t.storageId(), (long) t.oid());
                        }
                    }
                    relation = tableByStorage.get(key.getInt());
                }
            }
            rows.add().set("locktype", l.locktype()).set("database", l.database()).set("relation", relation)
                    .set("virtualxid", l.virtualXid()).set("transactionid", l.transactionId())
                    .set("classid", l.classId()).set("objid", l.objId())
                    .set("objsubid", l.objSubId() == null ? null : (short) (int) l.objSubId())
                    .set("virtualtransaction", l.virtualTransaction()).set("pid", l.pid()).set("mode", l.mode())
                    .set("granted", l.granted()).set("fastpath", l.fastpath())
                    .set("waitstart", StatisticsRows.timestamp(l.waitStart()));
        }
    }

    /** A session's PostgreSQL timestamp, 0 for none. */
    private static Long timestamp(long pgMicros) {
        return pgMicros == 0 ? null : pgMicros;
    }
}
