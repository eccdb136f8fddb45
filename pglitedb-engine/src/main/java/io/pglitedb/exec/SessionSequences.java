package io.pglitedb.exec;

import io.pglitedb.catalog.SequenceDescriptor;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.HashMap;
import java.util.Map;

/**
 * What one session remembers of sequences, as PostgreSQL's backend does: the value nextval last
 * returned for each sequence (currval) and which sequence nextval touched last (lastval). Like
 * PostgreSQL's, this memory is not transactional. Used by one session's thread only.
 */
public final class SessionSequences {
    private final Map<Integer, Long> current = new HashMap<>();
    private SequenceDescriptor lastUsed;

    /** nextval returned value for the sequence. */
    public void nextval(SequenceDescriptor sequence, long value) {
        current.put(sequence.oid(), value);
        lastUsed = sequence;
    }

    /** setval with is_called = true sets currval (not lastval), as PostgreSQL does. */
    public void setval(SequenceDescriptor sequence, long value) {
        current.put(sequence.oid(), value);
    }

    public long currval(SequenceDescriptor sequence) {
        Long value = current.get(sequence.oid());
        if (value == null) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                    "currval of sequence \"%s\" is not yet defined in this session", sequence.name());
        }
        return value;
    }

    /** @return the sequence lastval reads, or null (55000 is the caller's to raise with context) */
    public SequenceDescriptor lastUsed() {
        return lastUsed;
    }

    public long lastval() {
        if (lastUsed == null || !current.containsKey(lastUsed.oid())) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "lastval is not yet defined in this session");
        }
        return current.get(lastUsed.oid());
    }

    /** Forgets a dropped sequence. */
    public void discard(SequenceDescriptor sequence) {
        current.remove(sequence.oid());
        if (lastUsed != null && lastUsed.oid() == sequence.oid()) {
            lastUsed = null;
        }
    }

    /** DISCARD SEQUENCES / DISCARD ALL. */
    public void discard() {
        current.clear();
        lastUsed = null;
    }
}
