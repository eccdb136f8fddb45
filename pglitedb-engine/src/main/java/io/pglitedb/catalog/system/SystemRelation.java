package io.pglitedb.catalog.system;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A relation of pg_catalog computed from the catalog when a statement scans it: PostgreSQL's
 * columns (in its order, with its types; columns of types this engine lacks are left out) and a
 * row source. The planner scans it like a table, so joins, filters and casts work over it.
 *
 * @param kind 'r' for PostgreSQL's catalog tables, 'v' for its system views
 */
public record SystemRelation(int oid, String schema, String name, char kind, List<ColumnDescriptor> columns,
        BiConsumer<SystemContext, Rows> source) {

    public SystemRelation {
        columns = List.copyOf(columns);
    }

    /** The relation as a table descriptor (what name resolution and scopes work with). */
    public TableDescriptor descriptor() {
        return new TableDescriptor(oid, schema, name, columns, new int[0], null, 1);
    }

    /** Computes the rows for one scan. */
    public List<Object[]> rows(SystemContext context) {
        Rows rows = new Rows(columns);
        source.accept(context, rows);
        return rows.rows;
    }

    /** Collects rows by column name (columns not set are NULL, names the relation lacks are ignored). */
    public static final class Rows {
        private final Map<String, Integer> index = new HashMap<>();
        private final int width;
        private final List<Object[]> rows = new java.util.ArrayList<>();
        private Object[] current;

        Rows(List<ColumnDescriptor> columns) {
            for (int i = 0; i < columns.size(); i++) {
                index.put(columns.get(i).name(), i);
            }
            width = columns.size();
        }

        /** Starts a new row. */
        public Rows add() {
            current = new Object[width];
            rows.add(current);
            return this;
        }

        /** Sets a column of the current row; values follow the column's type (oid: Long, int2: Short ...). */
        public Rows set(String column, Object value) {
            Integer i = index.get(column);
            if (i != null) {
                current[i] = value;
            }
            return this;
        }

        public Rows oid(String column, long value) {
            return set(column, value);
        }

        public Rows chr(String column, char value) {
            return set(column, String.valueOf(value));
        }
    }
}
