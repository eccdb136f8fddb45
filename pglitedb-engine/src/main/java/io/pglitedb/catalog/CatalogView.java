package io.pglitedb.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one transaction sees of the catalog: the committed tables with the transaction's own
 * uncommitted CREATE and DROP laid over them. {@link #publish()} after commit makes the changes
 * everyone's; {@link #discard()} after rollback forgets them.
 */
public final class CatalogView {
    private final Catalog catalog;
    private final Map<String, TableDescriptor> created = new HashMap<>();
    private final Set<String> dropped = new HashSet<>();

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

    public boolean hasChanges() {
        return !created.isEmpty() || !dropped.isEmpty();
    }

    /** The transaction's catalog changes so far, to return to on ROLLBACK TO SAVEPOINT. */
    public Mark mark() {
        return new Mark(Map.copyOf(created), Set.copyOf(dropped));
    }

    /** Forgets the changes made since {@code mark} was taken. */
    public void rollbackTo(Mark mark) {
        created.clear();
        created.putAll(mark.created);
        dropped.clear();
        dropped.addAll(mark.dropped);
    }

    /** An immutable copy of the overlay ({@link #mark()}). */
    public record Mark(Map<String, TableDescriptor> created, Set<String> dropped) {
    }

    public void publish() {
        if (hasChanges()) {
            catalog.publish(created, dropped);
            discard();
        }
    }

    public void discard() {
        created.clear();
        dropped.clear();
    }
}
