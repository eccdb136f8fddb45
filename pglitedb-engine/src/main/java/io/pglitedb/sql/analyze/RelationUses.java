package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.ViewDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The tables and views a statement's analysis resolved by name, in first-use order (a view's
 * dependencies) with where each was named (a view's bound references), and the views being
 * expanded, whose names resolve to the relations bound when the view was created.
 */
public final class RelationUses {
    private final List<Integer> oids = new ArrayList<>();
    private final List<ViewDefinition.Reference> references = new ArrayList<>();
    private final Deque<ViewDefinition> views = new ArrayDeque<>();
    private int textStart;

    /** Names at statement offset {@code start} are at offset 0 of the recorded references (a view's query text). */
    void recordFrom(int start) {
        textStart = start;
    }

    void add(TableDescriptor relation, int position) {
        if (!views.isEmpty()) {
            return;
        }
        if (!oids.contains(relation.oid())) {
            oids.add(relation.oid());
        }
        ViewDefinition.Reference reference = new ViewDefinition.Reference(position - textStart, relation.oid());
        if (!references.contains(reference)) {
            references.add(reference);
        }
    }

    /** Inside an expanded view's query: what it reads is the view's dependency, not the statement's. */
    void enterView(TableDescriptor view) {
        views.push(view.view());
    }

    void leaveView() {
        views.pop();
    }

    /** The OID the view being expanded bound the name at {@code position} of its text to, or -1. */
    int boundAt(int position) {
        ViewDefinition view = views.peek();
        return view == null ? -1 : view.boundAt(position);
    }

    public List<Integer> oids() {
        return List.copyOf(oids);
    }

    public List<ViewDefinition.Reference> references() {
        return List.copyOf(references);
    }
}
