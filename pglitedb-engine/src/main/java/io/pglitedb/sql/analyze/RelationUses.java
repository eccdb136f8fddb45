package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.TableDescriptor;
import java.util.ArrayList;
import java.util.List;

/** The tables and views a statement's analysis resolved by name, in first-use order (a view's dependencies). */
public final class RelationUses {
    private final List<Integer> oids = new ArrayList<>();
    private int viewDepth;

    void add(TableDescriptor relation) {
        if (viewDepth == 0 && !oids.contains(relation.oid())) {
            oids.add(relation.oid());
        }
    }

    /** Inside an expanded view's query: what it reads is the view's dependency, not the statement's. */
    void enterView() {
        viewDepth++;
    }

    void leaveView() {
        viewDepth--;
    }

    public List<Integer> oids() {
        return List.copyOf(oids);
    }
}
