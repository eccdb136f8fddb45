package io.pglitedb.sql.plan;

import io.pglitedb.types.DataType;

/** Sort by column {@code column} of the input; PostgreSQL default: NULLS LAST for ASC, FIRST for DESC. */
public record SortKey(int column, DataType type, boolean descending, boolean nullsFirst) {
}
