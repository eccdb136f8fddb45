package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;

/**
 * Reads every row of a table in key order like {@link TableScan}, each row followed by its system
 * columns ctid and xmin (see {@code io.pglitedb.sql.analyze.RowSystemColumns}): planned only for
 * statements that read them, and left alone by the access path choices.
 * {@code alias} (nullable: the table's name) is the name the query gave the table, for EXPLAIN.
 */
public record SystemColumnsScan(TableDescriptor table, String alias) implements PlanNode {
    /** The system columns after the table's: ctid, xmin. */
    public static final int COLUMNS = 2;

    @Override
    public int width() {
        return table.columns().size() + COLUMNS;
    }
}
