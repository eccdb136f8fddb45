package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * The FROM items of the queries being analysed, innermost last, as PostgreSQL's range tables of
 * the current query and the queries around it: a qualified name that no visible table alias
 * resolves is told apart as a table that is there but out of reach (a table inside an aliased
 * join, a FROM item left of a subquery not marked LATERAL, the target of an UPDATE), a table
 * named by its relation name although it has an alias, or a name nothing in the statement has.
 */
final class RangeNames {
    /** A FROM item: the name it is reached by, for a table the table's own name, and its columns' names. */
    private record Entry(String alias, String relation, List<String> columns) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Where the current query's items start; pass to {@link #release} when the query is analysed. */
    int mark() {
        return entries.size();
    }

    /** Forgets the items of a query analysed to the end (its range table is no longer searched). */
    void release(int mark) {
        while (entries.size() > mark) {
            entries.remove(entries.size() - 1);
        }
    }

    void add(String alias, String relation, Scope scope) {
        List<String> columns = new ArrayList<>();
        for (Scope.Column c : scope.columns()) {
            columns.add(c.name());
        }
        entries.add(new Entry(alias, relation, columns));
    }

    /**
     * PostgreSQL's hint for an unqualified column no visible range has but an item out of reach
     * does (a FROM item left of a subquery not marked LATERAL), or null.
     */
    String columnOutOfReach(String column, java.util.function.Predicate<String> visible) {
        for (Entry e : entries) {
            if (e.alias() != null && e.columns().contains(column) && !visible.test(e.alias())) {
                return "There is a column named \"" + column + "\" in table \"" + e.alias()
                        + "\", but it cannot be referenced from this part of the query.";
            }
        }
        return null;
    }

    /**
     * The error for {@code qualifier.x} when no visible range has that name (parse_relation.c's
     * errorMissingRTE); {@code visible} tells whether an alias can be referenced where the name is.
     */
    PgException missing(String qualifier, int position, java.util.function.Predicate<String> visible) {
        Entry found = null;
        for (Entry e : entries) {
            if (qualifier.equals(e.relation()) || qualifier.equals(e.alias())) {
                found = e;
                break;
            }
        }
        if (found == null) {
            return new PgException(SqlState.UNDEFINED_TABLE, "missing FROM-clause entry for table \"%s\"", qualifier)
                    .withPosition(position);
        }
        PgException e = new PgException(SqlState.UNDEFINED_TABLE,
                "invalid reference to FROM-clause entry for table \"%s\"", qualifier).withPosition(position);
        if (!found.alias().equals(qualifier) && visible.test(found.alias())) {
            return e.withHint("Perhaps you meant to reference the table alias \"" + found.alias() + "\".");
        }
        return e.withHint("There is an entry for table \"" + qualifier
                + "\", but it cannot be referenced from this part of the query.");
    }
}
