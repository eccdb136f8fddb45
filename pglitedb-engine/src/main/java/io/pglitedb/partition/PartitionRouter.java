package io.pglitedb.partition;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.expr.BoundExpr;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * Tuple routing: finds the leaf partition a row written to a partitioned table belongs to, and
 * rearranges the row into that partition's columns (matched by name; a partition attached with
 * another column order has them elsewhere). A row no partition takes fails with 23514 "no partition
 * of relation ... found for row", as in PostgreSQL's ExecFindPartition.
 */
public final class PartitionRouter {
    /** A leaf partition and the row in its columns. */
    public record Target(TableDescriptor table, Object[] row) {
    }

    /**
     * One partition: its bound, for each of its columns the column of the partitioned table's row it
     * takes (-1: none, null), and its own router when it is partitioned too.
     */
    public record Child(TableDescriptor table, TypedBound bound, int[] columnMap, PartitionRouter sub) {
    }

    private final TableDescriptor table;
    private final BoundExpr[] key;
    private final DataType[] keyTypes;
    private final String[] partNames;
    private final List<Child> children;

    /**
     * @param key the key's parts as expressions over the partitioned table's row
     * @param partNames the parts as messages name them (column names or expression texts)
     */
    public PartitionRouter(TableDescriptor table, BoundExpr[] key, String[] partNames, List<Child> children) {
        this.table = table;
        this.key = key.clone();
        this.partNames = partNames.clone();
        this.children = List.copyOf(children);
        keyTypes = new DataType[key.length];
        for (int i = 0; i < key.length; i++) {
            keyTypes[i] = key[i].type();
        }
    }

    public TableDescriptor table() {
        return table;
    }

    public List<Child> children() {
        return children;
    }

    /** The leaf partition for a row of the partitioned table, with the row in its columns. */
    public Target route(Object[] row, Object[] params) {
        Object[] values = new Object[key.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = key[i].eval(row, params);
        }
        Child chosen = null;
        Child fallback = null;
        for (Child child : children) {
            if (child.bound().isDefault()) {
                fallback = child;
            } else if (child.bound().contains(values)) {
                chosen = child;
                break;
            }
        }
        if (chosen == null) {
            chosen = fallback;
        }
        if (chosen == null) {
            throw new PgException(SqlState.CHECK_VIOLATION, "no partition of relation \"%s\" found for row", table.name())
                    .withDetail("Partition key of the failing row contains " + keyText(values) + ".")
                    .withTable(table.schema(), table.name());
        }
        Object[] mapped = new Object[chosen.columnMap().length];
        for (int i = 0; i < mapped.length; i++) {
            int from = chosen.columnMap()[i];
            mapped[i] = from < 0 ? null : row[from];
        }
        return chosen.sub() != null ? chosen.sub().route(mapped, params) : new Target(chosen.table(), mapped);
    }

    /** "(a, b) = (1, x)" as PostgreSQL's partition key details write it. */
    private String keyText(Object[] values) {
        StringBuilder names = new StringBuilder("(");
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                names.append(", ");
                text.append(", ");
            }
            names.append(partNames[i]);
            text.append(values[i] == null ? "null" : keyTypes[i].type().toText(values[i], keyTypes[i].typmod()));
        }
        return names.append(") = ").append(text).append(')').toString();
    }
}
