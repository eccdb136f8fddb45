package io.pglitedb.sql.plan;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * SELECT ... FOR UPDATE / NO KEY UPDATE / SHARE / KEY SHARE: the query's plan, and how to lock
 * each row it returns. strength is the words after FOR, waitPolicy null, "NOWAIT" or "SKIP
 * LOCKED". Over one table, {@code table} is it and {@code joined} is empty; over joins or several
 * tables, {@code table} is null and {@code joined} lists the tables locked, whose primary keys the
 * plan's rows carry after the columns of {@code query.columns()}.
 */
public record LockingQueryPlan(QueryPlan query, TableDescriptor table, String strength, String waitPolicy,
        List<LockedTable> joined) implements StatementPlan {
    public LockingQueryPlan {
        joined = List.copyOf(joined);
    }

    public LockingQueryPlan(QueryPlan query, TableDescriptor table, String strength, String waitPolicy) {
        this(query, table, strength, waitPolicy, List.of());
    }

    /**
     * A table locked among several: its primary key values are the row's columns from {@code
     * keyColumn} (a table without primary key: the ctid standing for its hidden row id).
     */
    public record LockedTable(TableDescriptor table, int keyColumn, DataType[] keyTypes) {
    }
}
