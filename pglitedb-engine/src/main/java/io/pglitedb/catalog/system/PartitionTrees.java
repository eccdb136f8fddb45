package io.pglitedb.catalog.system;

import io.pglitedb.catalog.TableDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The partition trees of declaratively partitioned tables, as pg_partition_tree,
 * pg_partition_ancestors and pg_partition_root show them. Only partitioned tables (relkind 'p')
 * and partitions belong to a tree; any other relation (a plain table, a table in an INHERITS
 * hierarchy, an unknown OID) has no tree: no rows, and a NULL root.
 */
final class PartitionTrees {
    private PartitionTrees() {
    }

    /** The relation with this OID when it belongs to a partition tree, else null. */
    private static TableDescriptor member(SystemContext c, long oid) {
        if (oid <= 0 || oid > Integer.MAX_VALUE) {
            return null;
        }
        TableDescriptor t = c.view().tableByOid((int) oid);
        return t != null && (t.isPartitioned() || t.isPartition()) ? t : null;
    }

    /** The partitioned table a partition belongs to, or null for the top of the tree. */
    private static TableDescriptor parent(SystemContext c, TableDescriptor t) {
        return t.isPartition() && !t.parents().isEmpty() ? c.view().tableByOid(t.parents().get(0)) : null;
    }

    /** pg_partition_root: the topmost partitioned table above (or being) the relation, or null. */
    static Long root(SystemContext c, long oid) {
        TableDescriptor t = member(c, oid);
        if (t == null) {
            return null;
        }
        for (TableDescriptor up = parent(c, t); up != null; up = parent(c, up)) {
            t = up;
        }
        return (long) t.oid();
    }

    /** pg_partition_ancestors: the relation itself, then its parent, up to the root; one regclass a row. */
    static List<Object[]> ancestors(SystemContext c, long oid) {
        List<Object[]> rows = new ArrayList<>();
        for (TableDescriptor t = member(c, oid); t != null; t = parent(c, t)) {
            rows.add(new Object[] {(long) t.oid()});
        }
        return rows;
    }

    /**
     * pg_partition_tree: (relid, parentrelid, isleaf, level) for the relation and every partition
     * below it, level by level and by OID within a level (PostgreSQL's find_all_inheritors order);
     * the given relation is level 0, its parent shown even when it is not part of the answer.
     */
    static List<Object[]> tree(SystemContext c, long oid) {
        List<Object[]> rows = new ArrayList<>();
        TableDescriptor top = member(c, oid);
        if (top == null) {
            return rows;
        }
        List<TableDescriptor> level = List.of(top);
        for (int depth = 0; !level.isEmpty(); depth++) {
            List<TableDescriptor> next = new ArrayList<>();
            for (TableDescriptor t : level) {
                TableDescriptor parent = parent(c, t);
                rows.add(new Object[] {(long) t.oid(), parent == null ? null : (long) parent.oid(),
                        !t.isPartitioned(), depth});
                next.addAll(c.view().children(t.oid()));
            }
            next.sort(Comparator.comparingInt(TableDescriptor::oid));
            level = next;
        }
        return rows;
    }
}
