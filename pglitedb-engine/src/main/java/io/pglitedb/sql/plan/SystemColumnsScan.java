package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.exec.expr.BoundExpr;

/**
 * Reads every row of a table in key order like {@link TableScan}, each row followed by its system
 * columns ctid and xmin (see {@code io.pglitedb.sql.analyze.RowSystemColumns}): planned only for
 * statements that read them, and left alone by the access path choices.
 * {@code alias} (nullable: the table's name) is the name the query gave the table, for EXPLAIN.
 * With a {@code tid} (PostgreSQL's Tid Scan), it reads only the row at that ctid, found by its row
 * id: {@code tidCondition} is the {@code ctid = value} term of the WHERE it answers, for EXPLAIN.
 */
public record SystemColumnsScan(TableDescriptor table, String alias, BoundExpr tidCondition, BoundExpr tid)
        implements PlanNode {
    /** The system columns after the table's: ctid, xmin. */
    public static final int COLUMNS = 2;

    public SystemColumnsScan(TableDescriptor table, String alias) {
        this(table, alias, null, null);
    }

    @Override
    public int width() {
        return table.columns().size() + COLUMNS;
    }
}
