package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * The names a query level's expressions can use: the columns of its FROM clause, each with the
 * table alias it is reached by, its name, type, index in the input row, and where it comes from
 * (table OID and attribute number, for RowDescription).
 *
 * <p>Two views, as in PostgreSQL's namespace: the <em>visible</em> columns, which unqualified names
 * and {@code *} see (a join's USING/NATURAL columns appear once, merged, first), and the
 * <em>ranges</em>, the table aliases {@code t.x} and {@code t.*} resolve against (an aliased join
 * hides the ranges inside it behind its own alias).
 */
public final class Scope {
    /** A column visible in the scope. */
    public record Column(String tableAlias, String name, DataType type, int index, int tableOid, short attributeNumber) {
        Column shifted(int offset) {
            return new Column(tableAlias, name, type, index + offset, tableOid, attributeNumber);
        }

        Column renamed(String newAlias, String newName) {
            return new Column(newAlias, newName, type, index, tableOid, attributeNumber);
        }
    }

    /**
     * A table alias and the columns {@code alias.name} can reach. {@code nullExtensionMarkers}: the
     * row indexes of the markers of the outer joins that may null-extend this range (each is
     * non-null in a joined row and null in a null-extended one). A join's alias has none: its
     * whole row is a row of the join's columns, which PostgreSQL never makes NULL.
     */
    record Range(String alias, List<Column> columns, int position, List<Integer> nullExtensionMarkers,
            boolean joinAlias) {
        Range(String alias, List<Column> columns, int position, boolean joinAlias) {
            this(alias, columns, position, List.of(), joinAlias);
        }
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<Range> ranges = new ArrayList<>();
    /**
     * System columns of the table ranges (tableoid): not visible to {@code *}, found by name when
     * no ordinary column has it. Index -1: the value is the column's table OID itself (a table
     * read alone); else the row carries it at that index (a table read with its children).
     */
    private final List<Column> system = new ArrayList<>();
    /**
     * USING columns computed from one side's column coerced to the common type (a LEFT JOIN of
     * int with bigint): row index of the merged value → the column it is computed from, so GROUP BY
     * that column covers it as in PostgreSQL (where the merged column is that column's cast).
     */
    private final java.util.Map<Integer, Column> mergedSources = new java.util.HashMap<>();

    /** pg_attribute.attnum of tableoid. */
    static final short TABLEOID_ATTNUM = -6;

    /** Adds a system column of the range added last. */
    void addSystemColumn(Column column) {
        system.add(column);
    }

    public static Scope empty() {
        return new Scope();
    }

    /** Starts a new range; the columns added next belong to it (and are visible). */
    public void addTable(String alias, int position) {
        addTable(alias, position, false);
    }

    private void addTable(String alias, int position, boolean joinAlias) {
        checkAlias(alias, position);
        ranges.add(new Range(alias, new ArrayList<>(), position, joinAlias));
    }

    private void checkAlias(String alias, int position) {
        if (alias != null && hasTable(alias)) {
            throw new PgException(SqlState.DUPLICATE_ALIAS,
                    "table name \"%s\" specified more than once", alias);
        }
    }

    public void addColumn(Column column) {
        columns.add(column);
        if (!ranges.isEmpty()) {
            ranges.get(ranges.size() - 1).columns().add(column);
        }
    }

    /** The columns of another scope, their indexes moved by offset (a join's right side). */
    void addAll(Scope other, int offset) {
        addAll(other, offset, -1);
    }

    /**
     * The columns of another scope, their indexes moved by offset, as the side of an outer join that
     * null-extends it: the joined row carries at {@code nullExtensionMarker} (unless -1) a value that
     * is null exactly in the rows where that side is a null extension.
     */
    void addAll(Scope other, int offset, int nullExtensionMarker) {
        for (Range r : other.ranges) {
            checkAlias(r.alias(), r.position());
            List<Column> shifted = new ArrayList<>(r.columns().size());
            for (Column c : r.columns()) {
                shifted.add(c.shifted(offset));
            }
            List<Integer> markers = new ArrayList<>(r.nullExtensionMarkers().size());
            for (int m : r.nullExtensionMarkers()) {
                markers.add(m + offset);
            }
            if (nullExtensionMarker >= 0 && !r.joinAlias()) {
                markers.add(nullExtensionMarker);
            }
            ranges.add(new Range(r.alias(), shifted, r.position(), List.copyOf(markers), r.joinAlias()));
        }
        for (Column c : other.columns) {
            columns.add(c.shifted(offset));
        }
        for (Column c : other.system) {
            system.add(c.index() < 0 ? c : c.shifted(offset));
        }
        other.mergedSources.forEach((index, source) -> mergedSources.put(index + offset, source.shifted(offset)));
    }

    /** Records that the merged USING column at {@code index} is {@code source} coerced. */
    void addMergedSource(int index, Column source) {
        mergedSources.put(index, source);
    }

    /** The column a coerced merged USING column at {@code index} is computed from, or null. */
    Column mergedSource(int index) {
        return mergedSources.get(index);
    }

    /** A range of existing columns under one more alias (JOIN ... USING (...) AS alias). */
    void addRange(String alias, List<Column> rangeColumns, int position) {
        checkAlias(alias, position);
        List<Column> renamed = new ArrayList<>(rangeColumns.size());
        for (Column c : rangeColumns) {
            renamed.add(c.renamed(alias, c.name()));
        }
        ranges.add(new Range(alias, renamed, position, true));
    }

    /** Replaces the visible columns (USING / NATURAL merging); the ranges stay. */
    void setVisible(List<Column> visible) {
        columns.clear();
        columns.addAll(visible);
    }

    /** One range holding the visible columns, under a new alias and column names (aliased join). */
    Scope aliased(String alias, List<String> columnAliases, int position) {
        Scope out = new Scope();
        out.addTable(alias, position, true);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            out.addColumn(c.renamed(alias, i < columnAliases.size() ? columnAliases.get(i) : c.name()));
        }
        out.mergedSources.putAll(mergedSources);
        return out;
    }

    /** The visible columns, in {@code SELECT *} order. */
    public List<Column> columns() {
        return columns;
    }

    /**
     * The row indexes of the markers that say whether range {@code alias} is null-extended (its
     * whole row is NULL when one of them is null), or null when there is no such range.
     */
    List<Integer> nullExtensionMarkers(String alias) {
        for (Range r : ranges) {
            if (alias.equals(r.alias())) {
                return r.nullExtensionMarkers();
            }
        }
        return null;
    }

    /** The aliases of the ranges ({@code alias.x} qualifiers; null for an unnamed one). */
    List<String> rangeAliases() {
        List<String> aliases = new ArrayList<>(ranges.size());
        for (Range r : ranges) {
            aliases.add(r.alias());
        }
        return aliases;
    }

    /** The columns of range {@code alias} ({@code alias.*}), or null when there is no such range. */
    List<Column> rangeColumns(String alias) {
        for (Range r : ranges) {
            if (alias.equals(r.alias())) {
                return r.columns();
            }
        }
        return null;
    }

    /** The column at row index {@code index}, or null (a computed column such as a FULL JOIN's merged one). */
    Column columnAt(int index) {
        for (Range r : ranges) {
            for (Column c : r.columns()) {
                if (c.index() == index) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Number of columns of the row this scope describes. */
    public int width() {
        int width = 0;
        for (Column c : columns) {
            width = Math.max(width, c.index() + 1);
        }
        for (Range r : ranges) {
            for (Column c : r.columns()) {
                width = Math.max(width, c.index() + 1);
            }
            for (int m : r.nullExtensionMarkers()) {
                width = Math.max(width, m + 1);
            }
        }
        for (Column c : system) {
            width = Math.max(width, c.index() + 1);
        }
        return width;
    }

    /** True when the FROM clause named anything (SELECT * over zero columns is still valid then). */
    boolean hasAnyTable() {
        return !ranges.isEmpty();
    }

    public boolean hasTable(String alias) {
        for (Range r : ranges) {
            if (alias.equals(r.alias())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the column named, or null when no column has that name (the caller decides the error)
     * @throws PgException 42702 when the name is ambiguous
     */
    public Column find(String qualifier, String name, int position) {
        Column found = findOrdinary(qualifier, name, position);
        if (found != null) {
            return found;
        }
        for (Column c : system) {
            if (c.name().equals(name) && (qualifier == null || qualifier.equals(c.tableAlias()))) {
                if (found != null) {
                    throw ambiguous(name, position);
                }
                found = c;
            }
        }
        return found;
    }

    private Column findOrdinary(String qualifier, String name, int position) {
        Column found = null;
        if (qualifier == null) {
            for (Column c : columns) {
                if (c.name().equals(name)) {
                    if (found != null) {
                        throw ambiguous(name, position);
                    }
                    found = c;
                }
            }
            return found;
        }
        for (Range r : ranges) {
            if (!qualifier.equals(r.alias())) {
                continue;
            }
            for (Column c : r.columns()) {
                if (c.name().equals(name)) {
                    if (found != null) {
                        throw ambiguous(name, position);
                    }
                    found = c;
                }
            }
        }
        return found;
    }

    private static PgException ambiguous(String name, int position) {
        return new PgException(SqlState.AMBIGUOUS_COLUMN, "column reference \"%s\" is ambiguous", name)
                .withPosition(position + 1);
    }
}
