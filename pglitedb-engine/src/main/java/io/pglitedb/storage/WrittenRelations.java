package io.pglitedb.storage;

import java.util.Arrays;

/**
 * The relations (key prefixes {@code [database oid][relation oid]}, see {@link RelationCache#relationOf})
 * a write batch touches, noted as its keys are written so that {@link Store#write} can tell the
 * {@link RelationCache} which copies the batch makes stale. Not thread-safe: one per writer.
 */
public final class WrittenRelations {
    private long[] relations = new long[4];
    private int count;
    /** Whether some key was too short to name a relation: then every copy is stale. */
    private boolean unknown;

    /** Notes the relation of a key written (a put or a delete). */
    public void add(byte[] key) {
        long relation = RelationCache.relationOf(key);
        if (relation == RelationCache.NONE) {
            if (key.length < RelationCache.PREFIX_LENGTH) {
                unknown = true;
            }
            return; // the catalog's keys: never cached
        }
        if (count > 0 && relations[count - 1] == relation) {
            return; // the usual case: rows of one table written one after another
        }
        for (int i = 0; i < count; i++) {
            if (relations[i] == relation) {
                return;
            }
        }
        if (count == relations.length) {
            relations = Arrays.copyOf(relations, count * 2);
        }
        relations[count++] = relation;
    }

    /** True when a key of {@code relation} was noted. */
    public boolean contains(long relation) {
        for (int i = 0; i < count; i++) {
            if (relations[i] == relation) {
                return true;
            }
        }
        return false;
    }

    int count() {
        return count;
    }

    long get(int i) {
        return relations[i];
    }

    boolean hasUnknown() {
        return unknown;
    }

    /** Forgets everything (the batch was written or discarded). */
    public void clear() {
        count = 0;
        unknown = false;
    }
}
