package io.pglitedb.txn;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of pg_locks from the lock table: PostgreSQL's columns that a lock of ours can fill.
 * {@code relation} is a table OID; for a tuple lock {@code rowKey} is the row's storage key
 * (database, storage id, key), whose table the catalog resolves. Nullable columns are null
 * where PostgreSQL shows NULL for that locktype.
 *
 * <p>How ours map to PostgreSQL's: table locks are {@code relation} locks in their mode
 * (AccessShareLock ... AccessExclusiveLock); advisory locks are {@code advisory} with a bigint
 * key split into classid (high half) and objid (low half), objsubid 1, or two int keys as
 * classid and objid, objsubid 2, mode ExclusiveLock or ShareLock. Granted row locks do not
 * appear (PostgreSQL keeps them in the tuple); a transaction waiting for a row appears as
 * PostgreSQL's does: the first waiter holds the row's {@code tuple} lock (ExclusiveLock) and
 * waits for a ShareLock on the holder's {@code transactionid}; those behind it wait for the
 * {@code tuple} lock.
 */
public record LockStatus(String locktype, Long database, Long relation, byte[] rowKey, Long transactionId,
        Long classId, Long objId, Integer objSubId, Backend backend, String mode, boolean granted,
        boolean fastpath, long waitStartMillis) {

    static List<LockStatus> of(List<LockManager.Entry> entries) {
        List<LockStatus> rows = new ArrayList<>(entries.size());
        // a backend's transaction-level and session-level grants of one advisory lock in one mode
        // are one row, as PostgreSQL's locks belong to the backend
        java.util.Set<java.util.List<Object>> advisoryShown = new java.util.HashSet<>();
        for (LockManager.Entry e : entries) {
            byte[] key = e.key();
            Backend backend = e.owner().backend;
            if (LockManager.isTable(key)) {
                ByteBuffer b = ByteBuffer.wrap(key, 2, 8);
                long db = Integer.toUnsignedLong(b.getInt());
                long oid = Integer.toUnsignedLong(b.getInt());
                boolean weak = e.mode() == LockMode.ACCESS_SHARE || e.mode() == LockMode.ROW_SHARE
                        || e.mode() == LockMode.ROW_EXCLUSIVE;
                rows.add(new LockStatus("relation", db, oid, null, null, null, null, null, backend,
                        e.mode().lockName(), e.granted(), e.granted() && weak, e.waitStart()));
            } else if (LockManager.isAdvisory(key)) {
                ByteBuffer b = ByteBuffer.wrap(key, 2, 13);
                long db = Integer.toUnsignedLong(b.getInt());
                long k = b.getLong();
                int type = b.get();
                String mode = e.mode() == LockMode.SHARE ? "ShareLock" : "ExclusiveLock";
                if (e.granted() && !advisoryShown.add(java.util.List.of(java.util.Arrays.toString(key), backend, mode))) {
                    continue;
                }
                rows.add(new LockStatus("advisory", db, null, null, null, k >>> 32, k & 0xFFFFFFFFL, type, backend,
                        mode, e.granted(), false, e.waitStart()));
            } else if (!e.granted() && key.length >= 8) {
                long db = Integer.toUnsignedLong(ByteBuffer.wrap(key, 0, 4).getInt());
                boolean first = e.queuePosition() == 0;
                rows.add(new LockStatus("tuple", db, null, key, null, null, null, null, backend, "ExclusiveLock",
                        first, false, first ? 0 : e.waitStart()));
                if (first && e.blockerTransaction() != 0) {
                    rows.add(new LockStatus("transactionid", null, null, null,
                            Transaction.xidOf(e.blockerTransaction()), null, null, null, backend, "ShareLock", false,
                            false, e.waitStart()));
                }
            }
        }
        return rows;
    }
}
