package io.pglitedb.catalog;

import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What all databases of a data directory share, as PostgreSQL's global catalogs (pg_authid,
 * pg_database): roles, the database list and the OID counter. Stored under key space 0:
 * {@code [0][ROLES][name]} a role, {@code [0][DATABASES][name]} a database. Changes are
 * transactional like the per-database {@link Catalog}'s.
 */
public final class SharedCatalog {
    /** The key space of shared entries (no database has OID 0). */
    public static final int SHARED_SPACE = 0;

    private static final int ROLES = 4;
    private static final int DATABASES = 32;

    private final TransactionManager transactions;
    private final AtomicInteger nextOid = new AtomicInteger(Catalog.FIRST_USER_OID);
    private volatile Map<String, RoleDescriptor> roles;
    private volatile Map<String, DatabaseDescriptor> databases;
    private final MembershipCatalog memberships;
    private final SharedAclCatalog databaseAcls;
    private final RoleSettingCatalog roleSettings;

    /** Loads roles and databases; a new data directory gets postgres, template1 and template0. */
    public SharedCatalog(TransactionManager transactions) {
        this.transactions = transactions;
        moveLegacyCatalog();
        Map<String, RoleDescriptor> loadedRoles = new HashMap<>();
        byte[] rolesFrom = new KeyEncoder().addInt(SHARED_SPACE).addInt(ROLES).toBytes();
        transactions.scanCommitted(rolesFrom, KeyEncoder.prefixEnd(rolesFrom), (key, value) -> {
            RoleDescriptor role = CatalogCodec.decodeRole(value);
            loadedRoles.put(role.name(), role);
            oidsAbove(role.oid());
            return true;
        });
        Map<String, DatabaseDescriptor> loadedDatabases = new HashMap<>();
        byte[] databasesFrom = new KeyEncoder().addInt(SHARED_SPACE).addInt(DATABASES).toBytes();
        transactions.scanCommitted(databasesFrom, KeyEncoder.prefixEnd(databasesFrom), (key, value) -> {
            DatabaseDescriptor database = CatalogCodec.decodeDatabase(value);
            loadedDatabases.put(database.name(), database);
            oidsAbove(database.oid());
            return true;
        });
        if (loadedRoles.isEmpty() || loadedDatabases.isEmpty()) { // a new data directory (or an older one)
            Transaction txn = transactions.begin();
            if (loadedRoles.isEmpty()) {
                RoleDescriptor superuser = RoleDescriptor.bootstrapSuperuser();
                txn.put(roleKey(superuser.name()), CatalogCodec.encodeRole(superuser));
                loadedRoles.put(superuser.name(), superuser);
            }
            if (loadedDatabases.isEmpty()) {
                int owner = RoleDescriptor.BOOTSTRAP_SUPERUSER_OID;
                for (DatabaseDescriptor d : new DatabaseDescriptor[] {
                    new DatabaseDescriptor(DatabaseDescriptor.POSTGRES_OID, DatabaseDescriptor.POSTGRES, owner, false, true, -1),
                    new DatabaseDescriptor(DatabaseDescriptor.TEMPLATE1_OID, DatabaseDescriptor.TEMPLATE1, owner, true, true, -1),
                    new DatabaseDescriptor(DatabaseDescriptor.TEMPLATE0_OID, DatabaseDescriptor.TEMPLATE0, owner, true, false, -1)}) {
                    txn.put(databaseKey(d.name()), CatalogCodec.encodeDatabase(d));
                    loadedDatabases.put(d.name(), d);
                }
            }
            txn.commit();
        }
        addPredefinedRoles(loadedRoles);
        this.roles = Map.copyOf(loadedRoles);
        this.databases = Map.copyOf(loadedDatabases);
        this.memberships = new MembershipCatalog(transactions);
        this.databaseAcls = new SharedAclCatalog(transactions);
        this.roleSettings = new RoleSettingCatalog(transactions, this);
    }

    /** PostgreSQL's predefined roles (pg_read_all_data ...), added to data directories that lack them. */
    private void addPredefinedRoles(Map<String, RoleDescriptor> loaded) {
        Transaction txn = null;
        for (String name : RoleDescriptor.PREDEFINED.keySet()) {
            if (!loaded.containsKey(name)) {
                txn = txn != null ? txn : transactions.begin();
                RoleDescriptor role = RoleDescriptor.predefined(name);
                txn.put(roleKey(name), CatalogCodec.encodeRole(role));
                loaded.put(name, role);
                if (List.of("pg_read_all_settings", "pg_read_all_stats", "pg_stat_scan_tables").contains(name)) {
                    int monitor = RoleDescriptor.PREDEFINED.get("pg_monitor");
                    RoleMembership m = new RoleMembership(role.oid(), monitor, RoleDescriptor.BOOTSTRAP_SUPERUSER_OID,
                            false);
                    txn.put(MembershipCatalog.memberKey(m.role(), m.member()), SecurityCodec.encodeMembership(m));
                }
            }
        }
        if (txn != null) {
            txn.commit();
        }
    }

    /** The databases' ACLs (pg_database.datacl), shared like the database list. */
    public SharedAclCatalog databaseAcls() {
        return databaseAcls;
    }

    /** Per-database and per-role setting defaults (pg_db_role_setting), shared like the roles. */
    public RoleSettingCatalog roleSettings() {
        return roleSettings;
    }

    /** Role memberships (pg_auth_members), shared like the roles. */
    public MembershipCatalog memberships() {
        return memberships;
    }

    /**
     * Data directories written before there were several databases kept the catalog of the one
     * database under key space 0: move its entries to the postgres database's space (OID 5, where
     * its rows already are).
     */
    private void moveLegacyCatalog() {
        Transaction txn = null;
        for (int kind : new int[] {Catalog.TABLES, Catalog.SEQUENCES, Catalog.NAMES, Catalog.SEQUENCE_DEFINITIONS}) {
            byte[] from = new KeyEncoder().addInt(SHARED_SPACE).addInt(kind).toBytes();
            java.util.List<byte[][]> entries = new java.util.ArrayList<>();
            transactions.scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
                entries.add(new byte[][] {key, value});
                return true;
            });
            for (byte[][] entry : entries) {
                txn = txn != null ? txn : transactions.begin();
                byte[] moved = entry[0].clone();
                java.nio.ByteBuffer.wrap(moved).putInt(0, DatabaseDescriptor.POSTGRES_OID); // the 4-byte key space
                txn.put(moved, entry[1]);
                txn.delete(entry[0]);
            }
        }
        if (txn != null) {
            txn.commit();
        }
    }

    /** Raises the OID counter above {@code oid} (catalogs call it for every OID they load). */
    void oidsAbove(int oid) {
        nextOid.accumulateAndGet(oid + 1, Math::max);
    }

    /** A new OID, unique in the data directory (tables, indexes, sequences, roles, databases). */
    public int allocateOid() {
        return nextOid.getAndIncrement();
    }

    // ---------------------------------------------------------------- roles

    /** The committed role with this name, or null. */
    public RoleDescriptor role(String name) {
        return roles.get(name);
    }

    /** The committed roles by name. */
    public Map<String, RoleDescriptor> roles() {
        return roles;
    }

    static byte[] roleKey(String name) {
        return new KeyEncoder().addInt(SHARED_SPACE).addInt(ROLES).add(DataType.of(Types.TEXT), name).toBytes();
    }

    /**
     * Locks a role name's catalog row, so concurrent CREATE/ALTER/DROP of one role serialise and
     * the later one sees the earlier's commit.
     *
     * @return the newest stored role of that name (null if none)
     */
    public byte[] lockRoleName(Transaction txn, String name) {
        return txn.lockForUpdate(roleKey(name));
    }

    /** Writes a new or changed role into the transaction's batch (the caller holds its name lock). */
    public void writeRole(Transaction txn, RoleDescriptor role) {
        txn.put(roleKey(role.name()), CatalogCodec.encodeRole(role));
    }

    public void deleteRole(Transaction txn, String name) {
        txn.delete(roleKey(name));
    }

    /** Makes a committed transaction's role changes visible to every session. */
    public synchronized void publishRoles(Map<String, RoleDescriptor> changed, Iterable<String> dropped) {
        Map<String, RoleDescriptor> next = new HashMap<>(roles);
        for (String name : dropped) {
            next.remove(name);
        }
        next.putAll(changed);
        roles = Map.copyOf(next);
    }

    // ---------------------------------------------------------------- databases

    /** The committed database with this name, or null. */
    public DatabaseDescriptor database(String name) {
        return databases.get(name);
    }

    /** The committed databases by name. */
    public Map<String, DatabaseDescriptor> databases() {
        return databases;
    }

    private static byte[] databaseKey(String name) {
        return new KeyEncoder().addInt(SHARED_SPACE).addInt(DATABASES).add(DataType.of(Types.TEXT), name).toBytes();
    }

    /** Locks a database name's row (CREATE/ALTER/DROP DATABASE serialise on it); returns the stored entry. */
    public byte[] lockDatabaseName(Transaction txn, String name) {
        return txn.lockForUpdate(databaseKey(name));
    }

    public void writeDatabase(Transaction txn, DatabaseDescriptor database) {
        txn.put(databaseKey(database.name()), CatalogCodec.encodeDatabase(database));
    }

    public void deleteDatabase(Transaction txn, String name) {
        txn.delete(databaseKey(name));
    }

    /** Makes a committed CREATE/ALTER/DROP DATABASE visible ({@code removed} may be null). */
    public synchronized void publishDatabase(String removed, DatabaseDescriptor added) {
        Map<String, DatabaseDescriptor> next = new HashMap<>(databases);
        if (removed != null) {
            next.remove(removed);
        }
        if (added != null) {
            next.put(added.name(), added);
        }
        databases = Map.copyOf(next);
    }
}
