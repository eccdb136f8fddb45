package io.pglitedb.catalog;

import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.TransactionManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The ACLs of databases (pg_database.datacl), shared by every database like the database list:
 * {@code [0][DATABASE_ACLS][database oid]} holds an {@link ObjectAcl} of kind
 * {@link ObjectAcl#DATABASE} (its owner field is not used: the {@link DatabaseDescriptor} has the
 * owner). A database without an entry has PostgreSQL's default ACL. Written in the transaction's
 * batch through {@link SecurityCatalog}, published after commit.
 */
public final class SharedAclCatalog {
    private static final int DATABASE_ACLS = 22;

    private volatile Map<Integer, ObjectAcl> acls;

    SharedAclCatalog(TransactionManager transactions) {
        Map<Integer, ObjectAcl> loaded = new HashMap<>();
        byte[] from = new KeyEncoder().addInt(SharedCatalog.SHARED_SPACE).addInt(DATABASE_ACLS).toBytes();
        transactions.scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
            ObjectAcl acl = SecurityCodec.decodeAcl(value);
            loaded.put(acl.oid(), acl);
            return true;
        });
        acls = Map.copyOf(loaded);
    }

    /** The committed entry of a database, or null. */
    public ObjectAcl acl(int databaseOid) {
        return acls.get(databaseOid);
    }

    /** Writes a database's entry into the transaction's batch (publish it after the commit). */
    public void write(io.pglitedb.txn.Transaction txn, ObjectAcl acl) {
        txn.put(key(acl.oid()), SecurityCodec.encodeAcl(acl));
    }

    /** Deletes a dropped database's entry in the transaction's batch. */
    public void delete(io.pglitedb.txn.Transaction txn, int databaseOid) {
        txn.delete(key(databaseOid));
    }

    static byte[] key(int databaseOid) {
        return new KeyEncoder().addInt(SharedCatalog.SHARED_SPACE).addInt(DATABASE_ACLS).addInt(databaseOid).toBytes();
    }

    /** Makes one committed entry visible (ALTER DATABASE OWNER TO, outside a session's catalog view). */
    public void published(ObjectAcl acl) {
        publish(Map.of(acl.oid(), acl), java.util.List.of());
    }

    synchronized void publish(Map<Integer, ObjectAcl> changed, Iterable<Integer> dropped) {
        Map<Integer, ObjectAcl> next = new HashMap<>(acls);
        for (Integer oid : dropped) {
            next.remove(oid);
        }
        next.putAll(changed);
        acls = Map.copyOf(next);
    }
}
