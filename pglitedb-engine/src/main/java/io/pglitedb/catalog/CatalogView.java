package io.pglitedb.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one transaction sees of the catalog: the committed tables, sequences and roles with the
 * transaction's own uncommitted CREATE, ALTER and DROP laid over them. {@link #publish()} after
 * commit makes the changes everyone's; {@link #discard()} after rollback forgets them.
 */
public final class CatalogView {
    private final Catalog catalog;
    private final Map<String, TableDescriptor> created = new HashMap<>();
    private final Set<String> dropped = new HashSet<>();
    private final Map<String, RoleDescriptor> changedRoles = new HashMap<>();
    private final Set<String> droppedRoles = new HashSet<>();
    private final Map<String, SequenceDescriptor> createdSequences = new HashMap<>();
    private final Set<String> droppedSequences = new HashSet<>();
    private final Map<String, SchemaDescriptor> changedSchemas = new HashMap<>();
    private final Set<String> droppedSchemas = new HashSet<>();
    private final Map<Integer, TypeDescriptor> changedTypes = new HashMap<>();
    private final Set<Integer> droppedTypes = new HashSet<>();
    private final SecurityOverlay security;
    /** How to undo this transaction's changes to the routine and aggregate maps, oldest first. */
    private final List<Runnable> routineUndo = new ArrayList<>();

    public CatalogView(Catalog catalog) {
        this.catalog = catalog;
        this.security = new SecurityOverlay(catalog.security());
    }

    /** Owners, ACLs and role memberships as this transaction sees them. */
    public SecurityOverlay security() {
        return security;
    }

    /** @return the role with this OID visible to this transaction, or null */
    public RoleDescriptor roleByOid(int oid) {
        for (RoleDescriptor own : changedRoles.values()) {
            if (own.oid() == oid) {
                return own;
            }
        }
        for (RoleDescriptor role : catalog.roles().values()) {
            if (role.oid() == oid) {
                return droppedRoles.contains(role.name()) || changedRoles.containsKey(role.name()) ? null : role;
            }
        }
        return null;
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
    public TableDescriptor table(int oid) {
        return tableByOid(oid);
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

    /** The tables that inherit directly from this one (its partitions, for a partitioned table), by OID. */
    public List<TableDescriptor> children(int oid) {
        List<TableDescriptor> children = new ArrayList<>();
        for (TableDescriptor t : tables()) {
            if (t.parents().contains(oid)) {
                children.add(t);
            }
        }
        children.sort(java.util.Comparator.comparingInt(TableDescriptor::oid));
        return children;
    }

    /** The table and every table below it in the inheritance hierarchy, parents before children. */
    public List<TableDescriptor> withDescendants(TableDescriptor table) {
        List<TableDescriptor> all = new ArrayList<>();
        all.add(table);
        for (int i = 0; i < all.size(); i++) {
            for (TableDescriptor child : children(all.get(i).oid())) {
                if (all.stream().noneMatch(t -> t.oid() == child.oid())) {
                    all.add(child);
                }
            }
        }
        return all;
    }

    /** Every table visible to this transaction. */
    public List<TableDescriptor> tables() {
        List<TableDescriptor> all = new ArrayList<>();
        for (Map.Entry<String, TableDescriptor> e : catalog.tables().entrySet()) {
            if (!created.containsKey(e.getKey()) && !dropped.contains(e.getKey())) {
                all.add(e.getValue());
            }
        }
        all.addAll(created.values());
        return all;
    }

    /** @return the sequence visible to this transaction, or null */
    public SequenceDescriptor sequence(String schema, String name) {
        String key = Catalog.qualifiedName(schema, name);
        SequenceDescriptor own = createdSequences.get(key);
        if (own != null) {
            return own;
        }
        return droppedSequences.contains(key) ? null : catalog.sequenceDefinitions().get(key);
    }

    /** Every sequence visible to this transaction. */
    public List<SequenceDescriptor> sequences() {
        List<SequenceDescriptor> all = new ArrayList<>();
        for (Map.Entry<String, SequenceDescriptor> e : catalog.sequenceDefinitions().entrySet()) {
            if (!createdSequences.containsKey(e.getKey()) && !droppedSequences.contains(e.getKey())) {
                all.add(e.getValue());
            }
        }
        all.addAll(createdSequences.values());
        return all;
    }

    /** The table owning the index with this name, or null. */
    public TableDescriptor tableOfIndex(String schema, String indexName) {
        for (TableDescriptor t : tables()) {
            if (t.schema().equals(schema) && t.index(indexName) != null) {
                return t;
            }
        }
        return null;
    }

    /** True when a table, sequence, index or composite type of this name exists (they share one name space). */
    public boolean relationExists(String schema, String name) {
        if (table(schema, name) != null || sequence(schema, name) != null || tableOfIndex(schema, name) != null) {
            return true;
        }
        TypeDescriptor type = type(schema, name);
        return type != null && type.isComposite();
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

    /** @return the schema visible to this transaction (system schemas included), or null */
    public SchemaDescriptor schema(String name) {
        switch (name) {
            case SchemaDescriptor.PG_CATALOG: return SchemaDescriptor.CATALOG;
            case SchemaDescriptor.INFORMATION_SCHEMA: return SchemaDescriptor.INFORMATION;
            case SchemaDescriptor.PG_TOAST: return SchemaDescriptor.TOAST;
            default: break;
        }
        SchemaDescriptor own = changedSchemas.get(name);
        if (own != null) {
            return own;
        }
        return droppedSchemas.contains(name) ? null : catalog.schemas().get(name);
    }

    /** Every schema visible to this transaction, system schemas first, then by OID. */
    public List<SchemaDescriptor> schemas() {
        List<SchemaDescriptor> all = new ArrayList<>(List.of(SchemaDescriptor.TOAST, SchemaDescriptor.CATALOG));
        List<SchemaDescriptor> user = new ArrayList<>();
        for (Map.Entry<String, SchemaDescriptor> e : catalog.schemas().entrySet()) {
            if (!changedSchemas.containsKey(e.getKey()) && !droppedSchemas.contains(e.getKey())) {
                user.add(e.getValue());
            }
        }
        user.addAll(changedSchemas.values());
        user.add(SchemaDescriptor.INFORMATION);
        user.sort(java.util.Comparator.comparingInt(SchemaDescriptor::oid));
        all.addAll(user);
        return all;
    }

    /** @return the schema with this OID, or null */
    public SchemaDescriptor schema(int oid) {
        for (SchemaDescriptor s : schemas()) {
            if (s.oid() == oid) {
                return s;
            }
        }
        return null;
    }

    /** A schema created, altered or (under its new name) renamed in this transaction. */
    public void schemaChanged(SchemaDescriptor schema) {
        changedSchemas.put(schema.name(), schema);
        droppedSchemas.remove(schema.name());
    }

    /** A schema dropped (also the old name of a renamed schema) in this transaction. */
    public void schemaDropped(String name) {
        changedSchemas.remove(name);
        if (catalog.schemas().containsKey(name)) {
            droppedSchemas.add(name);
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

    /** Every role visible to this transaction, by OID. */
    public List<RoleDescriptor> roles() {
        List<RoleDescriptor> all = new ArrayList<>();
        for (Map.Entry<String, RoleDescriptor> e : catalog.roles().entrySet()) {
            if (!changedRoles.containsKey(e.getKey()) && !droppedRoles.contains(e.getKey())) {
                all.add(e.getValue());
            }
        }
        all.addAll(changedRoles.values());
        all.sort(java.util.Comparator.comparingInt(RoleDescriptor::oid));
        return all;
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

    /** A table renamed: its old name disappears, the new one appears. */
    public void renamed(TableDescriptor before, TableDescriptor after) {
        dropped(before);
        String key = Catalog.qualifiedName(after.schema(), after.name());
        dropped.remove(key);
        created(after);
    }

    public void createdSequence(SequenceDescriptor sequence) {
        createdSequences.put(Catalog.qualifiedName(sequence.schema(), sequence.name()), sequence);
    }

    public void droppedSequence(SequenceDescriptor sequence) {
        String key = Catalog.qualifiedName(sequence.schema(), sequence.name());
        if (createdSequences.remove(key) == null || catalog.sequenceDefinitions().containsKey(key)) {
            droppedSequences.add(key);
        }
    }

    // ---------------------------------------------------------------- user-defined types

    /** @return the user-defined type with this OID visible to this transaction, or null */
    public TypeDescriptor type(int oid) {
        TypeDescriptor own = changedTypes.get(oid);
        if (own != null) {
            return own;
        }
        return droppedTypes.contains(oid) ? null : catalog.types().types().get(oid);
    }

    /** @return the user-defined type of this name visible to this transaction, or null */
    public TypeDescriptor type(String schema, String name) {
        for (TypeDescriptor t : types()) {
            if (t.schema().equals(schema) && t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** Every user-defined type visible to this transaction, by OID. */
    public List<TypeDescriptor> types() {
        List<TypeDescriptor> all = new ArrayList<>();
        for (TypeDescriptor t : catalog.types().types().values()) {
            if (!changedTypes.containsKey(t.oid()) && !droppedTypes.contains(t.oid())) {
                all.add(t);
            }
        }
        all.addAll(changedTypes.values());
        all.sort(java.util.Comparator.comparingInt(TypeDescriptor::oid));
        return all;
    }

    /** The type's value type (its labels as this transaction wrote them last). */
    public io.pglitedb.types.EnumType typeInstance(TypeDescriptor type) {
        return catalog.types().instance(type);
    }

    /** What the type's name stands for: the enum's instance, or the domain's {@link io.pglitedb.types.DomainType}. */
    public io.pglitedb.types.PgType valueType(TypeDescriptor type) {
        return catalog.types().valueType(type);
    }

    /** The row type of a table, view or materialized view (pg_type typtype 'c', typrelid the relation). */
    public io.pglitedb.types.CompositeType rowType(TableDescriptor table) {
        return catalog.types().tableRowType(table);
    }

    /** The type's array type (a domain's is its base type's array type). */
    public io.pglitedb.types.PgType arrayType(TypeDescriptor type) {
        return catalog.types().arrayType(type);
    }

    /** A type created or altered in this transaction. */
    public void typeChanged(TypeDescriptor type) {
        changedTypes.put(type.oid(), type);
        droppedTypes.remove(type.oid());
        if (type.kind() == 'e') {
            catalog.types().instance(type);
        }
    }

    /** A type dropped in this transaction. */
    public void typeDropped(TypeDescriptor type) {
        changedTypes.remove(type.oid());
        if (catalog.types().types().containsKey(type.oid())) {
            droppedTypes.add(type.oid());
        }
    }

    /** Puts the labels of the types this transaction touched back to what it now sees. */
    private void resyncTypes(Set<Integer> oids) {
        for (int oid : oids) {
            TypeDescriptor visible = type(oid);
            if (visible != null && visible.kind() == 'e') {
                catalog.types().instance(visible);
            }
        }
    }

    private Set<Integer> touchedTypes() {
        Set<Integer> oids = new HashSet<>(changedTypes.keySet());
        oids.addAll(droppedTypes);
        return oids;
    }

    public boolean hasChanges() {
        return !created.isEmpty() || !dropped.isEmpty() || !changedRoles.isEmpty() || !droppedRoles.isEmpty()
                || !createdSequences.isEmpty() || !droppedSequences.isEmpty() || !changedSchemas.isEmpty()
                || !droppedSchemas.isEmpty() || !changedTypes.isEmpty() || !droppedTypes.isEmpty()
                || security.hasChanges();
    }

    /** The transaction's catalog changes so far, to return to on ROLLBACK TO SAVEPOINT. */
    public Mark mark() {
        return new Mark(Map.copyOf(created), Set.copyOf(dropped), Map.copyOf(changedRoles), Set.copyOf(droppedRoles),
                Map.copyOf(createdSequences), Set.copyOf(droppedSequences), Map.copyOf(changedSchemas),
                Set.copyOf(droppedSchemas), security.mark(), Map.copyOf(changedTypes), Set.copyOf(droppedTypes));
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
        createdSequences.clear();
        createdSequences.putAll(mark.createdSequences);
        droppedSequences.clear();
        droppedSequences.addAll(mark.droppedSequences);
        changedSchemas.clear();
        changedSchemas.putAll(mark.changedSchemas);
        droppedSchemas.clear();
        droppedSchemas.addAll(mark.droppedSchemas);
        security.rollbackTo(mark.security);
        Set<Integer> touched = touchedTypes();
        changedTypes.clear();
        changedTypes.putAll(mark.changedTypes);
        droppedTypes.clear();
        droppedTypes.addAll(mark.droppedTypes);
        touched.addAll(touchedTypes());
        resyncTypes(touched);
    }

    /** An immutable copy of the overlay ({@link #mark()}). */
    public record Mark(Map<String, TableDescriptor> created, Set<String> dropped,
            Map<String, RoleDescriptor> changedRoles, Set<String> droppedRoles,
            Map<String, SequenceDescriptor> createdSequences, Set<String> droppedSequences,
            Map<String, SchemaDescriptor> changedSchemas, Set<String> droppedSchemas,
            SecurityOverlay.Mark security, Map<Integer, TypeDescriptor> changedTypes, Set<Integer> droppedTypes) {
    }

    public void publish() {
        routineUndo.clear();
        if (!created.isEmpty() || !dropped.isEmpty() || !createdSequences.isEmpty() || !droppedSequences.isEmpty()) {
            catalog.publish(created, dropped, createdSequences, droppedSequences);
        }
        if (!changedRoles.isEmpty() || !droppedRoles.isEmpty()) {
            catalog.publishRoles(changedRoles, droppedRoles);
        }
        if (!changedSchemas.isEmpty() || !droppedSchemas.isEmpty()) {
            catalog.publishSchemas(changedSchemas, droppedSchemas);
        }
        if (security.publish()) {
            catalog.securityPublished();
        }
        if (!changedTypes.isEmpty() || !droppedTypes.isEmpty()) {
            catalog.publishTypes(changedTypes, droppedTypes);
            changedTypes.clear();
            droppedTypes.clear();
        }
        discard();
    }

    public void discard() {
        for (int i = routineUndo.size() - 1; i >= 0; i--) {
            routineUndo.get(i).run();
        }
        routineUndo.clear();
        created.clear();
        dropped.clear();
        changedRoles.clear();
        droppedRoles.clear();
        createdSequences.clear();
        droppedSequences.clear();
        changedSchemas.clear();
        droppedSchemas.clear();
        security.discard();
        if (!changedTypes.isEmpty() || !droppedTypes.isEmpty()) {
            Set<Integer> touched = touchedTypes();
            changedTypes.clear();
            droppedTypes.clear();
            resyncTypes(touched);
        }
    }

    /** Writes a routine (function, procedure, aggregate); a rollback puts the previous one back. */
    public void writeRoutine(io.pglitedb.txn.Transaction txn, RoutineDescriptor routine) {
        RoutineDescriptor before = catalog.routines().byOid(routine.oid());
        catalog.routines().write(txn, routine);
        routineUndo.add(() -> catalog.routines().restore(routine.oid(), before));
    }

    /** Deletes a routine; a rollback brings it back. */
    public void deleteRoutine(io.pglitedb.txn.Transaction txn, RoutineDescriptor routine) {
        RoutineDescriptor before = catalog.routines().byOid(routine.oid());
        catalog.routines().delete(txn, routine);
        routineUndo.add(() -> catalog.routines().restore(routine.oid(), before));
    }

    /** Writes an aggregate's pg_aggregate row; a rollback puts the previous one back. */
    public void writeAggregate(io.pglitedb.txn.Transaction txn, AggregateDescriptor aggregate) {
        AggregateDescriptor before = catalog.aggregates().byOid(aggregate.oid());
        catalog.aggregates().write(txn, aggregate);
        routineUndo.add(() -> catalog.aggregates().restore(aggregate.oid(), before));
    }

    /** Deletes an aggregate's pg_aggregate row; a rollback brings it back. */
    public void deleteAggregate(io.pglitedb.txn.Transaction txn, int oid) {
        AggregateDescriptor before = catalog.aggregates().byOid(oid);
        catalog.aggregates().delete(txn, oid);
        routineUndo.add(() -> catalog.aggregates().restore(oid, before));
    }
}
