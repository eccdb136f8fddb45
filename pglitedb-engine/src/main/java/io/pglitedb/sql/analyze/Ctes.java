package io.pglitedb.sql.analyze;

import io.pglitedb.sql.ast.CommonTableExpr;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * The WITH queries in reach of a query, innermost first. Each reference to a WITH query analyses
 * and plans its query again, in the level where the WITH clause was written (a query named more
 * than once is then computed once, see {@link Entry#sharedSlot}). While the recursive
 * part of a WITH RECURSIVE query is analysed, its own name stands for the work table.
 */
final class Ctes {
    static final Ctes EMPTY = new Ctes(null, null);

    /**
     * A WITH query, the level its query is analysed in, its work table while recursing, and the
     * slot its rows are kept in when several references share one computation (else -1).
     */
    record Entry(CommonTableExpr cte, boolean recursive, Level definedIn, WorkTable workTable, int sharedSlot) {
        Entry(CommonTableExpr cte, boolean recursive, Level definedIn, WorkTable workTable) {
            this(cte, recursive, definedIn, workTable, -1);
        }
    }

    /** The self-reference of a recursive query: its slot, column names and types. */
    record WorkTable(int slot, List<String> names, List<DataType> types) {
        WorkTable {
            names = List.copyOf(names);
            types = List.copyOf(types);
        }
    }

    private final Entry entry;
    private final Ctes rest;

    private Ctes(Entry entry, Ctes rest) {
        this.entry = entry;
        this.rest = rest;
    }

    Ctes with(Entry e) {
        return new Ctes(e, this);
    }

    Entry find(String name) {
        for (Ctes c = this; c.entry != null; c = c.rest) {
            if (c.entry.cte().name().equals(name)) {
                return c.entry;
            }
        }
        return null;
    }
}
