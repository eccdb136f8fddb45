package io.pglitedb.sql.ast;

import java.util.List;

/** A top-level query with locking clauses: SELECT ... FOR UPDATE / SHARE ... */
public record LockedQuery(Query query, List<LockingClause> clauses) implements Statement {
    public LockedQuery {
        clauses = List.copyOf(clauses);
    }
}
