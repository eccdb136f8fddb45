package io.pglitedb.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A table's settings that only the catalogs show: pg_class.relpersistence (UNLOGGED),
 * relreplident with pg_index.indisreplident (REPLICA IDENTITY) and pg_constraint.convalidated
 * (constraints added NOT VALID and not yet validated).
 *
 * <p>An unlogged table is stored like a permanent one: RocksDB's write-ahead log covers every
 * table, so its rows survive a crash that PostgreSQL's would not (a stronger guarantee, not a
 * different result).
 *
 * @param persistence {@link #PERMANENT} or {@link #UNLOGGED} (a temporary table's 't' comes from its schema)
 * @param replicaIdentity 'd' (default: the primary key), 'f' (full), 'n' (nothing) or 'i' (an index)
 * @param replicaIdentityIndex the OID of the index of REPLICA IDENTITY USING INDEX, else 0 (it stays set when
 *     the index is dropped, as relreplident 'i' does in PostgreSQL: then no index is the identity)
 * @param notValidConstraints CHECK and FOREIGN KEY constraints added NOT VALID, by name
 */
public record TableSettings(char persistence, char replicaIdentity, long replicaIdentityIndex,
        List<String> notValidConstraints) {
    public static final char PERMANENT = 'p';
    public static final char UNLOGGED = 'u';
    public static final char REPLICA_DEFAULT = 'd';
    public static final char REPLICA_FULL = 'f';
    public static final char REPLICA_NOTHING = 'n';
    public static final char REPLICA_INDEX = 'i';

    public static final TableSettings DEFAULT = new TableSettings(PERMANENT, REPLICA_DEFAULT, 0, List.of());

    public TableSettings {
        notValidConstraints = List.copyOf(Objects.requireNonNull(notValidConstraints, "notValidConstraints is null"));
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    public TableSettings withPersistence(char newPersistence) {
        return new TableSettings(newPersistence, replicaIdentity, replicaIdentityIndex, notValidConstraints);
    }

    public TableSettings withReplicaIdentity(char identity, long index) {
        return new TableSettings(persistence, identity, index, notValidConstraints);
    }

    public TableSettings withNotValidConstraints(List<String> names) {
        return new TableSettings(persistence, replicaIdentity, replicaIdentityIndex, names);
    }

    /** Whether constraint {@code name} was added NOT VALID and is not validated yet. */
    public boolean notValid(String name) {
        return notValidConstraints.contains(name);
    }
}
