package io.pglitedb.catalog;

import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The committed security entries of one database's catalog: object owners and ACLs
 * ({@link ObjectAcl}, {@code [database oid][ACLS][object oid]}: tables, sequences, schemas), and
 * access to what all databases share: role memberships ({@link MembershipCatalog}) and the
 * databases' ACLs ({@link SharedAclCatalog}). Like tables they are written into
 * the transaction's batch and published after commit; a transaction sees its own changes through
 * {@link SecurityOverlay}. An object without an entry (made before ownership was recorded) is
 * owned by the bootstrap superuser with default privileges.
 */
public final class SecurityCatalog {
    private static final int ACLS = 20;
    private static final int DEFAULT_ACLS = 21;

    private final int databaseOid;
    private final MembershipCatalog memberships;
    private final SharedAclCatalog databaseAcls;
    private volatile Map<Integer, ObjectAcl> acls;
    private volatile Map<String, DefaultAcl> defaultAcls;
    private int maxOid;

    SecurityCatalog(TransactionManager transactions, int databaseOid, MembershipCatalog memberships,
            SharedAclCatalog databaseAcls) {
        this.databaseOid = databaseOid;
        this.memberships = memberships;
        this.databaseAcls = databaseAcls;
        Map<Integer, ObjectAcl> loadedAcls = new HashMap<>();
        byte[] from = new KeyEncoder().addInt(databaseOid).addInt(ACLS).toBytes();
        transactions.scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
            ObjectAcl acl = SecurityCodec.decodeAcl(value);
            loadedAcls.put(acl.oid(), acl);
            maxOid = Math.max(maxOid, acl.oid());
            return true;
        });
        acls = Map.copyOf(loadedAcls);
        Map<String, DefaultAcl> loadedDefaults = new HashMap<>();
        byte[] defaults = new KeyEncoder().addInt(databaseOid).addInt(DEFAULT_ACLS).toBytes();
        transactions.scanCommitted(defaults, KeyEncoder.prefixEnd(defaults), (key, value) -> {
            DefaultAcl d = SecurityCodec.decodeDefaultAcl(value);
            loadedDefaults.put(d.key(), d);
            return true;
        });
        defaultAcls = Map.copyOf(loadedDefaults);
    }

    /** The committed pg_default_acl rows by {@link DefaultAcl#key()}. */
    public Map<String, DefaultAcl> defaultAcls() {
        return defaultAcls;
    }

    private byte[] defaultAclKey(int role, int schema, char objectType) {
        return new KeyEncoder().addInt(databaseOid).addInt(DEFAULT_ACLS).addInt(role).addInt(schema)
                .addInt(objectType).toBytes();
    }

    /** Locks a default ACL row (concurrent ALTER DEFAULT PRIVILEGES of one role serialise). */
    public void lockDefaultAcl(Transaction txn, int role, int schema, char objectType) {
        txn.lockForUpdate(defaultAclKey(role, schema, objectType));
    }

    public void writeDefaultAcl(Transaction txn, DefaultAcl d) {
        txn.put(defaultAclKey(d.role(), d.schema(), d.objectType()), SecurityCodec.encodeDefaultAcl(d));
    }

    public void deleteDefaultAcl(Transaction txn, int role, int schema, char objectType) {
        txn.delete(defaultAclKey(role, schema, objectType));
    }

    synchronized void publishDefaults(Map<String, DefaultAcl> changed, Iterable<String> dropped) {
        Map<String, DefaultAcl> next = new HashMap<>(defaultAcls);
        for (String key : dropped) {
            next.remove(key);
        }
        next.putAll(changed);
        defaultAcls = Map.copyOf(next);
    }

    /** The largest object OID with a stored entry (OIDs are never handed out twice). */
    int maxOid() {
        return maxOid;
    }

    /** The committed entry of an object (of this database, or a database), or null. */
    public ObjectAcl acl(int oid) {
        ObjectAcl local = acls.get(oid);
        return local != null ? local : databaseAcls.acl(oid);
    }

    /** The committed memberships by {@link RoleMembership#pair()}. */
    public Map<Long, RoleMembership> memberships() {
        return memberships.memberships();
    }

    private byte[] aclKey(int oid, char kind) {
        return kind == ObjectAcl.DATABASE ? SharedAclCatalog.key(oid)
                : new KeyEncoder().addInt(databaseOid).addInt(ACLS).addInt(oid).toBytes();
    }

    /**
     * Locks an object's ACL row, so concurrent GRANT/REVOKE/ALTER OWNER of one object serialise.
     *
     * @return the newest stored entry (also one committed after this transaction's snapshot), or null
     */
    public ObjectAcl lockAcl(Transaction txn, int oid) {
        return lockAcl(txn, oid, ObjectAcl.TABLE);
    }

    /** {@link #lockAcl(Transaction, int)} for an object of this kind (databases' entries are shared). */
    public ObjectAcl lockAcl(Transaction txn, int oid, char kind) {
        byte[] value = txn.lockForUpdate(aclKey(oid, kind));
        return value == null ? null : SecurityCodec.decodeAcl(value);
    }

    public void writeAcl(Transaction txn, ObjectAcl acl) {
        txn.put(aclKey(acl.oid(), acl.kind()), SecurityCodec.encodeAcl(acl));
    }

    public void deleteAcl(Transaction txn, int oid) {
        txn.delete(aclKey(oid, ObjectAcl.TABLE));
    }

    /** Removes a dropped database's ACL (in the shared key space). */
    public void deleteDatabaseAcl(Transaction txn, int oid) {
        txn.delete(aclKey(oid, ObjectAcl.DATABASE));
    }

    /** Locks a (role, member) row. @return the newest stored membership, or null */
    public RoleMembership lockMembership(Transaction txn, int role, int member) {
        return memberships.lockMembership(txn, role, member);
    }

    public void writeMembership(Transaction txn, RoleMembership m) {
        memberships.writeMembership(txn, m);
    }

    public void deleteMembership(Transaction txn, int role, int member) {
        memberships.deleteMembership(txn, role, member);
    }

    /** Makes a committed transaction's changes visible to every session. */
    synchronized void publish(Map<Integer, ObjectAcl> changedAcls, Iterable<Integer> droppedAcls,
            Map<Long, RoleMembership> changedMembers, Iterable<Long> droppedMembers) {
        Map<Integer, ObjectAcl> nextAcls = new HashMap<>(acls);
        Map<Integer, ObjectAcl> sharedChanged = new HashMap<>();
        java.util.List<Integer> sharedDropped = new java.util.ArrayList<>();
        for (Integer oid : droppedAcls) {
            if (nextAcls.remove(oid) == null) {
                sharedDropped.add(oid);
            }
        }
        for (ObjectAcl acl : changedAcls.values()) {
            if (acl.kind() == ObjectAcl.DATABASE) {
                sharedChanged.put(acl.oid(), acl);
            } else {
                nextAcls.put(acl.oid(), acl);
            }
        }
        acls = Map.copyOf(nextAcls);
        if (!sharedChanged.isEmpty() || !sharedDropped.isEmpty()) {
            databaseAcls.publish(sharedChanged, sharedDropped);
        }
        memberships.publish(changedMembers, droppedMembers);
    }
}
