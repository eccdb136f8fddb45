package io.pglitedb.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What makes a relation a view or a materialized view: the text of its defining query (parsed and
 * analysed again wherever the view is used, so a plan always sees the current base tables), the
 * relations the query reads (the view depends on them: DROP of one fails with 2BP01 unless
 * CASCADE), and the CHECK OPTION of an updatable view.
 *
 * @param query the SELECT as written after AS, without a trailing semicolon (what pg_get_viewdef shows)
 * @param materialized true for a materialized view, whose rows live in its storage like a table's
 * @param populated false for a materialized view created or refreshed WITH NO DATA
 * @param checkOption {@link #NO_CHECK}, {@link #LOCAL_CHECK} or {@link #CASCADED_CHECK}
 * @param dependsOn OIDs of the tables and views the query reads
 */
public record ViewDefinition(String query, boolean materialized, boolean populated, char checkOption,
        List<Integer> dependsOn) {
    public static final char NO_CHECK = 'n';
    public static final char LOCAL_CHECK = 'l';
    public static final char CASCADED_CHECK = 'c';

    public ViewDefinition {
        Objects.requireNonNull(query, "query is null");
        dependsOn = List.copyOf(dependsOn);
    }

    public ViewDefinition withPopulated(boolean now) {
        return new ViewDefinition(query, materialized, now, checkOption, dependsOn);
    }
}
