package io.pglitedb.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one transaction sees of the catalog: the committed tables and roles with the transaction's
 * own uncommitted CREATE, ALTER and DROP laid over them. {@link #publish()} after commit makes the changes
 * everyone's; {@link #discard()} after rollback forgets them.
 */
public final class CatalogView {
    private final Catalog catalog;
    private final Map<String, TableDescriptor> created = new HashMap<>();
    private final Set<String> dropped = new HashSet<>();
    private final Map<String, RoleDescriptor> changedRoles = new HashMap<>();
    private final Set<String> droppedRoles = new HashSet<>();

    public CatalogView(Catalog catalog) {
        this.catalog = catalog;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** @return the table visible to this transaction, or null */
    public TableDescriptor table(String schema, String name) {
        String key = Catalog.qualifiedName(schema, name);
        if (created.isEmpty() && dropped.isEmpty()) {
            return catalog.tables().get(key);
        }
        TableDescriptor own = created.get(key);
        if (own != null) {
            return own;
        }
        return dropped.contains(key) ? null : catalog.tables().get(key);
    }

    /** @return the table with this OID visible to this transaction, or null */
    public TableDescriptor tableByOid(int oid) {
        for (TableDescriptor own : created.values()) {
            if (own.oid() == oid) {
                return own;
            }
        }
        for (TableDescriptor table : catalog.tables().values()) {
            if (table.oid() == oid) {
                return dropped.contains(Catalog.qualifiedName(table.schema(), table.name())) ? null : table;
            }
        }
        return null;
    }

    public void created(TableDescriptor table) {
        String key = Catalog.qualifiedName(table.schema(), table.name());
        created.put(key, table);
    }

    public void dropped(TableDescriptor table) {
        String key = Catalog.qualifiedName(table.schema(), table.name());
        created.remove(key); // created or altered in this transaction
        if (catalog.tables().containsKey(key)) {
            dropped.add(key);
        }
    }

    /** @return the role visible to this transaction, or null */
    public RoleDescriptor role(String name) {
        RoleDescriptor own = changedRoles.get(name);
        if (own != null) {
            return own;
        }
        return droppedRoles.contains(name) ? null : catalog.role(name);
    }

    /** A role created or altered (also the new name of a renamed role) in this transaction. */
    public void roleChanged(RoleDescriptor role) {
        changedRoles.put(role.name(), role);
    }

    /** A role dropped (also the old name of a renamed role) in this transaction. */
    public void roleDropped(String name) {
        changedRoles.remove(name);
        if (catalog.role(name) != null) {
            droppedRoles.add(name);
        }
    }

    public boolean hasChanges() {
        return !created.isEmpty() || !dropped.isEmpty() || !changedRoles.isEmpty() || !droppedRoles.isEmpty();
    }

    /** The transaction's catalog changes so far, to return to on ROLLBACK TO SAVEPOINT. */
    public Mark mark() {
        return new Mark(Map.copyOf(created), Set.copyOf(dropped), Map.copyOf(changedRoles), Set.copyOf(droppedRoles));
    }

    /** Forgets the changes made since {@code mark} was taken. */
    public void rollbackTo(Mark mark) {
        created.clear();
        created.putAll(mark.created);
        dropped.clear();
        dropped.addAll(mark.dropped);
        changedRoles.clear();
        changedRoles.putAll(mark.changedRoles);
        droppedRoles.clear();
        droppedRoles.addAll(mark.droppedRoles);
    }

    /** An immutable copy of the overlay ({@link #mark()}). */
    public record Mark(Map<String, TableDescriptor> created, Set<String> dropped,
            Map<String, RoleDescriptor> changedRoles, Set<String> droppedRoles) {
    }

    public void publish() {
        if (!created.isEmpty() || !dropped.isEmpty()) {
            catalog.publish(created, dropped);
        }
        if (!changedRoles.isEmpty() || !droppedRoles.isEmpty()) {
            catalog.publishRoles(changedRoles, droppedRoles);
        }
        discard();
    }

    public void discard() {
        created.clear();
        dropped.clear();
        changedRoles.clear();
        droppedRoles.clear();
    }
}
