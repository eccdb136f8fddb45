package io.pglitedb.catalog.system;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.DerivedOids;
import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.PartitionIndexes;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.partition.BoundText;
import io.pglitedb.partition.PartitionKey;
import io.pglitedb.types.ArrayValue;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * pg_inherits and pg_partitioned_table, and the inheritance facts other catalogs show (pg_class's
 * relispartition, relpartbound and relhassubclass; pg_attribute's attinhcount; pg_depend's rows on
 * parents; pg_get_partkeydef),
 * from the tables' {@link io.pglitedb.catalog.Inheritance} entries.
 */
final class InheritanceRows {
    private InheritanceRows() {
    }

    static void register(Map<String, BiConsumer<SystemContext, SystemRelation.Rows>> sources) {
        sources.put("pg_inherits", InheritanceRows::inherits);
        sources.put("pg_partitioned_table", InheritanceRows::partitionedTables);
    }

    private static void inherits(SystemContext c, SystemRelation.Rows rows) {
        for (TableDescriptor t : CatalogRows.userTables(c.view())) {
            List<Integer> parents = t.parents();
            for (int i = 0; i < parents.size(); i++) {
                rows.add().oid("inhrelid", t.oid()).oid("inhparent", parents.get(i)).set("inhseqno", i + 1)
                        .set("inhdetachpending", false);
            }
            TableDescriptor parent = t.isPartition() ? c.view().tableByOid(parents.get(0)) : null;
            if (parent == null) {
                continue;
            }
            // a partition's indexes are partitions of its parent's indexes
            if (t.hasPrimaryKey() && parent.hasPrimaryKey()) {
                rows.add().oid("inhrelid", DerivedOids.primaryKeyIndex(t)).oid("inhparent",
                        DerivedOids.primaryKeyIndex(parent)).set("inhseqno", 1).set("inhdetachpending", false);
            }
            for (IndexDescriptor index : t.indexes()) {
                IndexDescriptor parentIndex = PartitionIndexes.parentOf(parent, t, index);
                if (parentIndex != null) {
                    rows.add().oid("inhrelid", index.oid()).oid("inhparent", parentIndex.oid()).set("inhseqno", 1)
                            .set("inhdetachpending", false);
                }
            }
        }
    }

    /** pg_depend's rows of inheritance: a partition's 'a' on its parent, an inheriting table's 'n' on each parent. */
    static void dependencies(SystemContext c, SystemRelation.Rows rows) {
        for (TableDescriptor t : CatalogRows.userTables(c.view())) {
            for (int parent : t.parents()) {
                rows.add().oid("classid", PG_CLASS).oid("objid", t.oid()).set("objsubid", 0).oid("refclassid", PG_CLASS)
                        .oid("refobjid", parent).set("refobjsubid", 0).chr("deptype", t.isPartition() ? 'a' : 'n');
            }
        }
    }

    private static final long PG_CLASS = 1259;

    private static void partitionedTables(SystemContext c, SystemRelation.Rows rows) {
        CatalogView view = c.view();
        for (TableDescriptor t : CatalogRows.userTables(view)) {
            PartitionKey key = t.inheritance().partitionKey();
            if (key == null) {
                continue;
            }
            long defaultPartition = 0;
            for (TableDescriptor child : view.children(t.oid())) {
                if (child.isPartition() && child.inheritance().bound().isDefault()) {
                    defaultPartition = child.oid();
                }
            }
            Object[] attrs = new Object[key.size()];
            Object[] classes = new Object[key.size()];
            Object[] collations = new Object[key.size()];
            List<String> expressions = new ArrayList<>();
            for (int i = 0; i < key.size(); i++) {
                attrs[i] = (short) (key.column(i) + 1);
                classes[i] = 0L;
                collations[i] = 0L;
                if (key.column(i) < 0) {
                    expressions.add(key.expressions().get(i));
                }
            }
            rows.add().oid("partrelid", t.oid()).chr("partstrat", key.strategy()).set("partnatts", (short) key.size())
                    .oid("partdefid", defaultPartition).set("partattrs", ArrayValue.of(attrs))
                    .set("partclass", ArrayValue.of(classes)).set("partcollation", ArrayValue.of(collations))
                    .set("partexprs", expressions.isEmpty() ? null : String.join(", ", expressions));
        }
    }

    /** pg_class's inheritance columns of a table's row (the row just added). */
    static void classColumns(CatalogView view, TableDescriptor t, SystemRelation.Rows rows) {
        boolean hasChildren = !view.children(t.oid()).isEmpty();
        rows.set("relhassubclass", hasChildren).set("relispartition", t.isPartition());
        if (t.isPartitioned()) {
            rows.chr("relreplident", 'd');
        }
        if (t.isPartition()) {
            rows.set("relpartbound", boundText(view, t));
        }
    }

    /** pg_get_expr(relpartbound): the partition's FOR VALUES as PostgreSQL deparses it. */
    static String boundText(CatalogView view, TableDescriptor partition) {
        TableDescriptor parent = view.tableByOid(partition.parents().get(0));
        return BoundText.of(partition.inheritance().bound(), parent == null ? new DataType[8] : keyTypes(parent));
    }

    /** pg_get_partition_constraintdef(oid): null for a table that is not a partition. */
    static String constraintDefinition(CatalogView view, long oid) {
        TableDescriptor t = view.tableByOid((int) oid);
        if (t == null || !t.isPartition()) {
            return null;
        }
        TableDescriptor parent = view.tableByOid(t.parents().get(0));
        if (parent == null || !parent.isPartitioned()) {
            return null;
        }
        PartitionKey key = parent.inheritance().partitionKey();
        String[] columns = new String[key.size()];
        for (int i = 0; i < columns.length; i++) {
            if (key.column(i) < 0) {
                return null;
            }
            columns[i] = io.pglitedb.sql.parser.Identifiers.quote(parent.columns().get(key.column(i)).name());
        }
        List<io.pglitedb.partition.PartitionBound> siblings = new ArrayList<>();
        for (TableDescriptor s : view.children(parent.oid())) {
            if (s.oid() != t.oid() && s.isPartition()) {
                siblings.add(s.inheritance().bound());
            }
        }
        String own = io.pglitedb.partition.ConstraintText.of(t.inheritance().bound(), columns, keyTypes(parent),
                siblings, parent.oid());
        if (parent.isPartition()) { // a sub-partition also satisfies its parent's constraint, written first
            String above = constraintDefinition(view, parent.oid());
            if (above != null) {
                return own == null ? above : "(" + above + " AND " + own + ")";
            }
        }
        return own;
    }

    /** The key parts' types where they are columns (null for an expression). */
    static DataType[] keyTypes(TableDescriptor partitioned) {
        PartitionKey key = partitioned.inheritance().partitionKey();
        DataType[] types = new DataType[key == null ? 0 : key.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = key.column(i) >= 0 ? partitioned.columns().get(key.column(i)).type() : null;
        }
        return types;
    }

    /** pg_get_partkeydef(oid): null for a table that is not partitioned. */
    static String keyDefinition(CatalogView view, long oid) {
        TableDescriptor t = view.tableByOid((int) oid);
        if (t == null || !t.isPartitioned()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (var column : t.columns()) {
            names.add(column.name());
        }
        return BoundText.keyDefinition(t.inheritance().partitionKey(), names);
    }

    /** How many parents of the table have a column of this name (pg_attribute.attinhcount). */
    static int inheritCount(CatalogView view, TableDescriptor t, String column) {
        int count = 0;
        for (int parent : t.parents()) {
            TableDescriptor p = view.tableByOid(parent);
            if (p != null && p.columnIndex(column) >= 0) {
                count++;
            }
        }
        return count;
    }

    /** How many parents of the table have a CHECK constraint of this name (pg_constraint.coninhcount). */
    static int checkInheritCount(CatalogView view, TableDescriptor t, String name) {
        int count = 0;
        for (int parent : t.parents()) {
            TableDescriptor p = view.tableByOid(parent);
            if (p != null && p.checks().stream().anyMatch(k -> k.name().equals(name))) {
                count++;
            }
        }
        return count;
    }

}
