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
 * @param references where the query text names a table or view, and which one it named when the
 *     view was created: the view keeps reading that relation whatever search_path says later and
 *     after the relation or its schema is renamed (PostgreSQL binds a view's names at creation)
 */
public record ViewDefinition(String query, boolean materialized, boolean populated, char checkOption,
        List<Integer> dependsOn, List<Reference> references) {
    /** The relation named at {@code position} (a character offset into the query text). */
    public record Reference(int position, int oid) {
    }


    public static final char NO_CHECK = 'n';
    public static final char LOCAL_CHECK = 'l';
    public static final char CASCADED_CHECK = 'c';

    public ViewDefinition {
        Objects.requireNonNull(query, "query is null");
        dependsOn = List.copyOf(dependsOn);
        references = List.copyOf(references);
    }

    /** The OID of the relation the name at {@code position} of the query was bound to, or -1. */
    public int boundAt(int position) {
        for (Reference r : references) {
            if (r.position() == position) {
                return r.oid();
            }
        }
        return -1;
    }

    public ViewDefinition withPopulated(boolean now) {
        return new ViewDefinition(query, materialized, now, checkOption, dependsOn, references);
    }
}
