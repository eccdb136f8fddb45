package io.pglitedb.catalog;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.storage.KeyDecoder;
import io.pglitedb.storage.KeyEncoder;
import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The committed catalog of one database, held in memory and persisted in RocksDB under the
 * database's OID in the same write batch as the data it describes (so DDL commits or rolls back
 * with its transaction). What all databases share (roles, the database list, the OID counter) is
 * the {@link SharedCatalog}; the role methods here delegate to it.
 *
 * <p>Keys ({@code db} is the database OID; entry kinds are small numbers, so they never meet
 * table rows, whose storage ids start at {@link #FIRST_USER_OID}): {@code [db][TABLES][table oid]}
 * holds a table descriptor (with its indexes and constraints), {@code [db][SEQUENCE_DEFINITIONS][oid]}
 * a sequence's definition, {@code [db][NAMES][schema.name]} the OID of the relation (table, index
 * or sequence: one name space, as in PostgreSQL) with that name (also the row that concurrent
 * CREATE/DROP of one name lock), {@code [db][SEQUENCES][oid]} a sequence's non-transactional
 * state ({@link Sequence}). DROP DATABASE deletes the range {@code [db]}: catalog and rows.
 *
 * <p>Readers take {@link #tables()}, an immutable map replaced on each published change; a session
 * overlays its own uncommitted DDL on it ({@link CatalogView}).
 */
public final class Catalog {
    public static final int FIRST_USER_OID = 16384;

    static final int TABLES = 1;
    static final int SEQUENCES = 2;
    static final int NAMES = 3;
    static final int SEQUENCE_DEFINITIONS = 5;
    static final int SCHEMAS = 6;
    /** Present once the bootstrap schema public was written (so a dropped public stays dropped). */
    static final int SCHEMAS_BOOTSTRAPPED = 7;

    private final TransactionManager transactions;
    private final SharedCatalog shared;
    private final int databaseOid;
    private volatile Map<String, TableDescriptor> tables;
    private volatile Map<String, SequenceDescriptor> sequenceDefinitions;
    private volatile Map<String, SchemaDescriptor> schemas;
    private volatile long version;
    private final Map<Integer, Sequence> sequences = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> rowIds = new ConcurrentHashMap<>();
    private final SecurityCatalog security;
    private final RoutineCatalog routines;
    private final AggregateCatalog aggregates;
    private final TriggerCatalog triggers;
    private final StatisticsCatalog statistics;
    private final TypeCatalog types;

    /** Thrown while loading when a column's type is the row type of a table not read back yet. */
    private static final class RowTypeNotLoaded extends RuntimeException {
        RowTypeNotLoaded() {
            super(null, null, false, false);
        }
    }

    /**
     * The stored tables, decoded. A column may have another table's row type (or its array type),
     * which exists only once that table is read: tables are decoded in rounds, each taking those
     * whose row-typed columns' tables the earlier rounds produced.
     */
    private List<TableDescriptor> decodeTables(List<byte[]> stored) {
        Map<Integer, TableDescriptor> byOid = new HashMap<>();
        List<TableDescriptor> out = new ArrayList<>();
        java.util.function.IntFunction<io.pglitedb.types.PgType> userTypes = oid -> {
            int tableOid = DerivedOids.tableOfRowType(oid);
            if (tableOid == 0) {
                return types.byOid(oid);
            }
            TableDescriptor table = byOid.get(tableOid);
            if (table == null) {
                throw new RowTypeNotLoaded();
            }
            io.pglitedb.types.CompositeType row = types.tableRowType(table);
            return DerivedOids.isRowTypeArray(oid) ? row.arrayType() : row;
        };
        List<byte[]> pending = stored;
        while (!pending.isEmpty()) {
            List<byte[]> later = new ArrayList<>();
            for (byte[] value : pending) {
                try {
                    TableDescriptor table = CatalogCodec.decodeTable(value, userTypes);
                    byOid.put(table.oid(), table);
                    out.add(table);
                } catch (RowTypeNotLoaded e) {
                    later.add(value);
                }
            }
            if (later.size() == pending.size()) {
                throw new PgException(SqlState.DATA_CORRUPTED, "%d stored tables have columns of row types of"
                        + " tables that do not exist", later.size());
            }
            pending = later;
        }
        return out;
    }

    /** Loads the committed catalog of the database with this OID. */
    public Catalog(TransactionManager transactions, SharedCatalog shared, int databaseOid) {
        this.transactions = transactions;
        this.shared = shared;
        this.databaseOid = databaseOid;
        Map<String, TableDescriptor> loaded = new HashMap<>();
        int[] maxOid = {FIRST_USER_OID - 1};
        this.types = new TypeCatalog(transactions, databaseOid);
        maxOid[0] = Math.max(maxOid[0], types.maxOid());
        byte[] from = catalogKey(TABLES).toBytes();
        List<byte[]> stored = new ArrayList<>();
        transactions.scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
            stored.add(value);
            return true;
        });
        for (TableDescriptor table : decodeTables(stored)) {
            loaded.put(qualifiedName(table.schema(), table.name()), table);
            maxOid[0] = Math.max(maxOid[0], Math.max(table.oid(), table.storageId()));
            for (IndexDescriptor index : table.indexes()) {
                maxOid[0] = Math.max(maxOid[0], index.oid());
            }
        }
        Map<String, SequenceDescriptor> loadedSequences = new HashMap<>();
        byte[] definitions = catalogKey(SEQUENCE_DEFINITIONS).toBytes();
        transactions.scanCommitted(definitions, KeyEncoder.prefixEnd(definitions), (key, value) -> {
            SequenceDescriptor sequence = CatalogCodec.decodeSequence(value);
            loadedSequences.put(qualifiedName(sequence.schema(), sequence.name()), sequence);
            maxOid[0] = Math.max(maxOid[0], sequence.oid());
            return true;
        });
        // the state of a sequence whose CREATE rolled back may remain: never reuse its OID
        byte[] states = catalogKey(SEQUENCES).toBytes();
        transactions.scanCommitted(states, KeyEncoder.prefixEnd(states), (key, value) -> {
            if (key.length == states.length + 4) {
                maxOid[0] = Math.max(maxOid[0], java.nio.ByteBuffer.wrap(key, states.length, 4).getInt());
            }
            return true;
        });
        this.tables = Map.copyOf(loaded);
        this.schemas = loadSchemas(maxOid);
        this.security = new SecurityCatalog(transactions, databaseOid, shared.memberships(), shared.databaseAcls());
        maxOid[0] = Math.max(maxOid[0], security.maxOid());
        this.routines = new RoutineCatalog(transactions, databaseOid);
        maxOid[0] = Math.max(maxOid[0], routines.maxOid());
        this.aggregates = new AggregateCatalog(transactions, databaseOid);
        this.triggers = new TriggerCatalog(transactions, databaseOid);
        this.statistics = new StatisticsCatalog(transactions, databaseOid);
        maxOid[0] = Math.max(maxOid[0], triggers.maxOid());
        this.sequenceDefinitions = Map.copyOf(loadedSequences);
        shared.oidsAbove(maxOid[0]);
        deleteUnnamedStorage();
    }

    /** The OID of the database this catalog describes (the first int of all its keys). */
    public int databaseOid() {
        return databaseOid;
    }

    /** The storage the catalog and its tables live in (for size estimates). */
    public io.pglitedb.storage.Store store() {
        return transactions.store();
    }

    /** What all databases share: roles and the database list. */
    public SharedCatalog shared() {
        return shared;
    }

    private KeyEncoder catalogKey(int kind) {
        return new KeyEncoder().addInt(databaseOid).addInt(kind);
    }

    private Map<String, SchemaDescriptor> loadSchemas(int[] maxOid) {
        Map<String, SchemaDescriptor> loaded = new HashMap<>();
        byte[] from = catalogKey(SCHEMAS).toBytes();
        transactions.scanCommitted(from, KeyEncoder.prefixEnd(from), (key, value) -> {
            SchemaDescriptor schema = CatalogCodec.decodeSchema(value);
            loaded.put(schema.name(), schema);
            maxOid[0] = Math.max(maxOid[0], schema.oid());
            return true;
        });
        byte[] marker = catalogKey(SCHEMAS_BOOTSTRAPPED).toBytes();
        boolean[] bootstrapped = {false};
        transactions.scanCommitted(marker, KeyEncoder.prefixEnd(marker), (key, value) -> {
            bootstrapped[0] = true;
            return false;
        });
        if (!bootstrapped[0]) { // a new database, or one made before schemas were stored
            SchemaDescriptor pub = SchemaDescriptor.bootstrapPublic();
            Transaction txn = transactions.begin();
            txn.put(schemaKey(pub.name()), CatalogCodec.encodeSchema(pub));
            txn.put(marker, new byte[] {1});
            txn.commit();
            loaded.put(pub.name(), pub);
        }
        return Map.copyOf(loaded);
    }

    /** The committed user schemas (public and those CREATE SCHEMA made) by name. */
    public Map<String, SchemaDescriptor> schemas() {
        return schemas;
    }

    private byte[] schemaKey(String name) {
        return catalogKey(SCHEMAS).add(io.pglitedb.types.DataType.of(io.pglitedb.types.Types.TEXT), name).toBytes();
    }

    /**
     * Locks a schema name's catalog row, so concurrent CREATE/ALTER/DROP SCHEMA of one name
     * serialise. @return the newest stored schema of that name (null if none)
     */
    public byte[] lockSchemaName(Transaction txn, String name) {
        return txn.lockForUpdate(schemaKey(name));
    }

    public void writeSchema(Transaction txn, SchemaDescriptor schema) {
        txn.put(schemaKey(schema.name()), CatalogCodec.encodeSchema(schema));
    }

    public void deleteSchema(Transaction txn, String name) {
        txn.delete(schemaKey(name));
    }

    /** Makes a committed transaction's schema changes visible to every session. */
    public synchronized void publishSchemas(Map<String, SchemaDescriptor> changed, Iterable<String> dropped) {
        Map<String, SchemaDescriptor> next = new HashMap<>(schemas);
        for (String name : dropped) {
            next.remove(name);
        }
        next.putAll(changed);
        schemas = Map.copyOf(next);
        version++;
    }

    /** The committed role with this name, or null. */
    public RoleDescriptor role(String name) {
        return shared.role(name);
    }

    /** The committed roles by name. */
    public Map<String, RoleDescriptor> roles() {
        return shared.roles();
    }

    /** Owners and ACLs of this database's objects; role memberships (shared by all databases). */
    /** User-defined functions and procedures. */
    public RoutineCatalog routines() {
        return routines;
    }

    /** The pg_aggregate rows of user-defined aggregates (routines of kind 'a'). */
    public AggregateCatalog aggregates() {
        return aggregates;
    }

    /** Triggers on this database's tables. */
    /** ANALYZE's statistics of the tables. */
    public StatisticsCatalog statistics() {
        return statistics;
    }

    public TriggerCatalog triggers() {
        return triggers;
    }

    /** User-defined types (enums). */
    public TypeCatalog types() {
        return types;
    }

    /** Makes a committed transaction's type changes visible to every session. */
    synchronized void publishTypes(Map<Integer, TypeDescriptor> changed, Set<Integer> dropped) {
        types.publish(changed, dropped);
        version++;
    }

    public SecurityCatalog security() {
        return security;
    }

    /** Security changes (GRANT, REVOKE, ownership, membership) were published: plans are checked again. */
    synchronized void securityPublished() {
        version++;
    }

    /**
     * Locks a role name's catalog row, so concurrent CREATE/ALTER/DROP of one role serialise and
     * the later one sees the earlier's commit.
     *
     * @return the newest stored role of that name (null if none)
     */
    public byte[] lockRoleName(Transaction txn, String name) {
        return shared.lockRoleName(txn, name);
    }

    /** Writes a new or changed role into the transaction's batch (the caller holds its name lock). */
    public void writeRole(Transaction txn, RoleDescriptor role) {
        shared.writeRole(txn, role);
    }

    public void deleteRole(Transaction txn, String name) {
        shared.deleteRole(txn, name);
    }

    /** Makes a committed transaction's role changes visible to every session. */
    public void publishRoles(Map<String, RoleDescriptor> changed, Iterable<String> dropped) {
        shared.publishRoles(changed, dropped);
        securityPublished(); // a role's attributes decide its privileges: plans are checked again
    }

    /**
     * Deletes rows under storage ids no table names: what a transaction that created, truncated
     * or rewrote a table left when the process died before its commit (or before the old
     * storage's deletion after it). Runs when the database opens, before any session.
     */
    private void deleteUnnamedStorage() {
        Set<Integer> named = new HashSet<>();
        for (TableDescriptor table : tables.values()) {
            named.add(table.storageId());
            for (IndexDescriptor index : table.indexes()) {
                named.add(index.oid());
            }
        }
        byte[] end = KeyEncoder.prefixEnd(new KeyEncoder().addInt(databaseOid).toBytes());
        byte[] from = new KeyEncoder().addInt(databaseOid).addInt(FIRST_USER_OID).toBytes(); // after the catalog
        byte[] key;
        while ((key = transactions.firstCommittedKey(from, end)) != null) {
            KeyDecoder decoder = new KeyDecoder(key);
            decoder.readInt(); // the database
            int storageId = decoder.readInt();
            byte[] prefix = new KeyEncoder().addInt(databaseOid).addInt(storageId).toBytes();
            from = KeyEncoder.prefixEnd(prefix);
            if (!named.contains(storageId)) {
                transactions.store().deleteRange(prefix, from);
            }
        }
    }

    /** Changes with every published DDL: prepared plans older than this are analysed again. */
    public long version() {
        return version;
    }

    /** The committed tables by "schema.name". */
    public Map<String, TableDescriptor> tables() {
        return tables;
    }

    /** The committed sequences by "schema.name". */
    public Map<String, SequenceDescriptor> sequenceDefinitions() {
        return sequenceDefinitions;
    }

    public static String qualifiedName(String schema, String name) {
        return schema + "." + name;
    }

    public int allocateOid() {
        return shared.allocateOid();
    }

    /** The row that serialises CREATE and DROP of one table name. */
    public byte[] nameKey(String schema, String name) {
        return catalogKey(NAMES)
                .add(io.pglitedb.types.DataType.of(io.pglitedb.types.Types.TEXT), qualifiedName(schema, name))
                .toBytes();
    }

    byte[] tableKey(int oid) {
        return catalogKey(TABLES).addInt(oid).toBytes();
    }

    byte[] sequenceKey(int oid) {
        return catalogKey(SEQUENCES).addInt(oid).toBytes();
    }

    byte[] sequenceDefinitionKey(int oid) {
        return catalogKey(SEQUENCE_DEFINITIONS).addInt(oid).toBytes();
    }

    private static byte[] oidText(int oid) {
        return Integer.toString(oid).getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes a new or changed table into the transaction's batch (the caller holds its name lock). */
    public void writeTable(Transaction txn, TableDescriptor table) {
        txn.put(tableKey(table.oid()), CatalogCodec.encodeTable(table));
        txn.put(nameKey(table.schema(), table.name()), oidText(table.oid()));
    }

    /** Writes the name entry of a new or renamed index (the table descriptor holds the index itself). */
    public void writeIndexName(Transaction txn, String schema, IndexDescriptor index) {
        txn.put(nameKey(schema, index.name()), oidText(index.oid()));
    }

    public void deleteIndexName(Transaction txn, String schema, IndexDescriptor index) {
        txn.delete(nameKey(schema, index.name()));
    }

    /** Removes a table's catalog entries (with its indexes' names) in the transaction's batch. */
    public void deleteTable(Transaction txn, TableDescriptor table) {
        txn.delete(tableKey(table.oid()));
        security.deleteAcl(txn, table.oid());
        txn.delete(nameKey(table.schema(), table.name()));
        for (IndexDescriptor index : table.indexes()) {
            deleteIndexName(txn, table.schema(), index);
        }
        statistics.delete(txn, table.oid());
    }

    /** Writes a new or changed sequence definition into the transaction's batch. */
    public void writeSequence(Transaction txn, SequenceDescriptor sequence) {
        txn.put(sequenceDefinitionKey(sequence.oid()), CatalogCodec.encodeSequence(sequence));
        txn.put(nameKey(sequence.schema(), sequence.name()), oidText(sequence.oid()));
    }

    /** A sequence's new name (its state, keyed by OID, stays). */
    public void renameSequence(Transaction txn, SequenceDescriptor old, SequenceDescriptor renamed) {
        txn.delete(nameKey(old.schema(), old.name()));
        writeSequence(txn, renamed);
    }

    /** Removes a sequence's definition and its state in the transaction's batch. */
    public void deleteSequence(Transaction txn, SequenceDescriptor sequence) {
        txn.delete(sequenceDefinitionKey(sequence.oid()));
        txn.delete(nameKey(sequence.schema(), sequence.name()));
        txn.delete(sequenceKey(sequence.oid()));
        security.deleteAcl(txn, sequence.oid());
    }

    /** Makes a committed transaction's DDL visible to every session. */
    public synchronized void publish(Map<String, TableDescriptor> created, Iterable<String> dropped,
            Map<String, SequenceDescriptor> createdSequences, Iterable<String> droppedSequences) {
        Map<String, TableDescriptor> next = new HashMap<>(tables);
        for (TableDescriptor table : created.values()) {
            TableDescriptor before = next.get(qualifiedName(table.schema(), table.name()));
            if (before != null && before.storageId() != table.storageId()) {
                rowIds.remove(before.storageId()); // truncated or rewritten: the old storage is gone
            }
        }
        for (String name : dropped) {
            TableDescriptor gone = next.remove(name);
            if (gone != null) {
                rowIds.remove(gone.storageId());
            }
        }
        next.putAll(created);
        Map<String, SequenceDescriptor> nextSequences = new HashMap<>(sequenceDefinitions);
        for (String name : droppedSequences) {
            nextSequences.remove(name);
        }
        nextSequences.putAll(createdSequences);
        java.util.Set<Integer> live = new java.util.HashSet<>();
        for (SequenceDescriptor s : nextSequences.values()) {
            live.add(s.oid());
        }
        sequences.keySet().retainAll(live); // renamed or altered sequences keep their state
        tables = Map.copyOf(next);
        sequenceDefinitions = Map.copyOf(nextSequences);
        version++;
    }

    /**
     * On a clean shutdown: stores each sequence's real current value instead of its reservation,
     * so it continues where it stopped, as PostgreSQL's does after a clean restart (after a crash
     * it continues after the reservation).
     */
    public void saveSequences() {
        for (Sequence sequence : sequences.values()) {
            sequence.saveExact();
        }
    }

    /** False once a sequence whose value was taken has been dropped (lastval then fails). */
    public boolean sequenceInUse(int oid) {
        return sequences.containsKey(oid);
    }

    /** The state of the sequence with this OID (its current value), loaded on first use. */
    public Sequence sequence(SequenceDescriptor definition) {
        return sequences.computeIfAbsent(definition.oid(), oid -> {
            byte[] key = sequenceKey(oid);
            byte[][] found = new byte[1][];
            transactions.scanCommitted(key, KeyEncoder.prefixEnd(key), (k, v) -> {
                found[0] = v;
                return false;
            });
            return new Sequence(definition, key, transactions, found[0]);
        });
    }

    /**
     * The next hidden row id of a table without primary key, per storage id. Seeded from the
     * largest key on first use; ids of rolled-back inserts are not reused.
     */
    public long nextRowId(int storageId, byte[] tablePrefix) {
        AtomicLong counter = rowIds.computeIfAbsent(storageId, id -> {
            byte[] last = transactions.lastCommittedKey(tablePrefix, KeyEncoder.prefixEnd(tablePrefix));
            long seed = 0;
            if (last != null && last.length >= tablePrefix.length + 8) {
                seed = new KeyDecoder(last, last.length - 8).readLong();
            }
            return new AtomicLong(seed);
        });
        return counter.incrementAndGet();
    }
}
