package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.exec.expr.ColumnValue;
import io.pglitedb.partition.PartitionConstraint;
import io.pglitedb.partition.PartitionKey;
import io.pglitedb.partition.PartitionRouter;
import io.pglitedb.partition.TypedBound;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds what writing rows of a partitioned table or a partition needs, as the statement's
 * transaction sees the catalog: the {@link PartitionRouter} of a partitioned table (its partitions'
 * bounds typed, its key over its row), and the {@link PartitionConstraint} of a partition (its key
 * over its own row, matched by column name).
 */
public final class PartitionBinder {
    private PartitionBinder() {
    }

    /** The router of a partitioned table; null for any other table. */
    public static PartitionRouter router(TableDescriptor table, AnalyzerContext context) {
        if (!table.isPartitioned()) {
            return null;
        }
        BoundExpr[] key = PartitionDefinitions.keyExpressions(table, context);
        DataType[] types = types(key);
        String[] names = new String[key.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PartitionDefinitions.partName(table, i);
        }
        List<PartitionRouter.Child> children = new ArrayList<>();
        for (TableDescriptor child : context.catalog().children(table.oid())) {
            if (!child.isPartition()) {
                continue;
            }
            int[] map = new int[child.columns().size()];
            for (int i = 0; i < map.length; i++) {
                map[i] = table.columnIndex(child.columns().get(i).name());
            }
            children.add(new PartitionRouter.Child(child, new TypedBound(child.inheritance().bound(), types), map,
                    router(child, context)));
        }
        return new PartitionRouter(table, key, names, children);
    }

    /** The partition constraint of a partition (with its ancestors'); null for any other table. */
    public static PartitionConstraint constraint(TableDescriptor table, AnalyzerContext context) {
        List<PartitionConstraint.Level> levels = new ArrayList<>();
        TableDescriptor current = table;
        while (current.isPartition()) {
            TableDescriptor parent = context.catalog().table(current.parents().get(0));
            if (parent == null || !parent.isPartitioned()) {
                break;
            }
            BoundExpr[] parentKey = PartitionDefinitions.keyExpressions(parent, context);
            DataType[] types = types(parentKey);
            BoundExpr[] key = keyOver(parent, table, context);
            List<TypedBound> siblings = new ArrayList<>();
            for (TableDescriptor sibling : context.catalog().children(parent.oid())) {
                if (sibling.oid() != current.oid() && sibling.isPartition()) {
                    siblings.add(new TypedBound(sibling.inheritance().bound(), types));
                }
            }
            levels.add(new PartitionConstraint.Level(key, new TypedBound(current.inheritance().bound(), types),
                    siblings));
            current = parent;
        }
        return levels.isEmpty() ? null : new PartitionConstraint(levels);
    }

    /** A partitioned table's key, bound over the row of one of its (possibly indirect) partitions. */
    private static BoundExpr[] keyOver(TableDescriptor parent, TableDescriptor partition, AnalyzerContext context) {
        PartitionKey key = parent.inheritance().partitionKey();
        BoundExpr[] exprs = new BoundExpr[key.size()];
        for (int i = 0; i < exprs.length; i++) {
            int column = key.column(i);
            if (column >= 0) {
                int index = partition.columnIndex(parent.columns().get(column).name());
                exprs[i] = new ColumnValue(partition.columns().get(index).type(), index);
            } else {
                ExpressionAnalyzer analyzer = new ExpressionAnalyzer(context, Tables.scopeOf(partition, null, 0), null,
                        "partition key expressions");
                exprs[i] = analyzer.analyze(DefaultValues.parseExpression(key.expressions().get(i)));
            }
        }
        return exprs;
    }

    private static DataType[] types(BoundExpr[] key) {
        DataType[] types = new DataType[key.length];
        for (int i = 0; i < key.length; i++) {
            types[i] = key[i].type();
        }
        return types;
    }
}
