package io.pglitedb.catalog;

import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Role memberships (pg_auth_members), shared by every database like the roles themselves:
 * {@code [0][MEMBERS][role oid][member oid]} holds a {@link RoleMembership}. Written in the
 * transaction's batch, published after commit.
 */
public final class MembershipCatalog {
    private static final int MEMBERS = 21;

    private volatile Map<Long, RoleMembership> memberships;

    MembershipCatalog(TransactionManager transactions) {
        Map<Long, RoleMembership> loaded = new HashMap<>();
        byte[] from = new KeyEncoder().addInt(SharedCatalog.SHARED_SPACE).addInt(MEMBERS).toBytes();
        transactions.scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
            RoleMembership m = SecurityCodec.decodeMembership(value);
            loaded.put(m.pair(), m);
            return true;
        });
        memberships = Map.copyOf(loaded);
    }

    /** The committed memberships by {@link RoleMembership#pair()}. */
    public Map<Long, RoleMembership> memberships() {
        return memberships;
    }

    static byte[] memberKey(int role, int member) {
        return new KeyEncoder().addInt(SharedCatalog.SHARED_SPACE).addInt(MEMBERS).addInt(role).addInt(member)
                .toBytes();
    }

    /** Locks a (role, member) row. @return the newest stored membership, or null */
    public RoleMembership lockMembership(Transaction txn, int role, int member) {
        byte[] value = txn.lockForUpdate(memberKey(role, member));
        return value == null ? null : SecurityCodec.decodeMembership(value);
    }

    public void writeMembership(Transaction txn, RoleMembership m) {
        txn.put(memberKey(m.role(), m.member()), SecurityCodec.encodeMembership(m));
    }

    public void deleteMembership(Transaction txn, int role, int member) {
        txn.delete(memberKey(role, member));
    }

    synchronized void publish(Map<Long, RoleMembership> changed, Iterable<Long> dropped) {
        Map<Long, RoleMembership> next = new HashMap<>(memberships);
        for (Long pair : dropped) {
            next.remove(pair);
        }
        next.putAll(changed);
        memberships = Map.copyOf(next);
    }
}
