package io.pglitedb.txn;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Serializable Snapshot Isolation (Cahill, Röhm, Fekete 2008; PostgreSQL's SSI, Ports and
 * Grittner, VLDB 2012) over the key space: SERIALIZABLE transactions run on one snapshot like
 * REPEATABLE READ, and this class finds the rw-antidependencies between concurrent ones and
 * cancels a transaction before a cycle of them can commit.
 *
 * <p>Each serializable transaction records the key ranges it read (point reads and scans: its
 * predicate locks, so a later insert into a scanned range is seen, no phantoms) and the keys it
 * wrote. An rw-antidependency R → W exists when R read something W wrote and R could not see
 * that write (W was not committed in R's snapshot). Every non-serializable execution contains a
 * "dangerous structure" T_in → T_pivot → T_out in which T_out commits first; we cancel the pivot
 * when it tries to commit after its T_out did (reason "pivot, during commit attempt"), or a
 * T_in that finds it read around a pivot already committed after its T_out. Like PostgreSQL this
 * may cancel transactions that would have been serializable after all (it does not apply the
 * read-only optimisation); it never lets a cycle commit. Non-serializable transactions take no
 * part, as in PostgreSQL.
 *
 * <p>All state is guarded by this object's monitor; only serializable transactions pay for it.
 */
final class SerializableConflicts {
    /** A serializable transaction's part: what it read and wrote, its conflicts, its commit order. */
    static final class Participant {
        private final long snapshotSequence;
        private final KeyRanges reads = new KeyRanges();
        private final KeyRanges writes = new KeyRanges();
        /** Transactions with an rw-antidependency to this one (they read what this one wrote). */
        private final Set<Participant> in = new HashSet<>();
        /** Transactions this one has an rw-antidependency to (this one read what they wrote). */
        private final Set<Participant> out = new HashSet<>();
        /** An in-conflict from a transaction forgotten since: it still counts. */
        private boolean inFromForgotten;
        /** The smallest commit order among the out-conflicts that committed (Long.MAX_VALUE: none). */
        private long earliestOutCommit = Long.MAX_VALUE;
        /** Order of the commit attempt (0 while running); commits are ordered by it. */
        private long commitOrder;
        /** Store sequence its commit was written at (Long.MAX_VALUE until then). */
        private long commitSequence = Long.MAX_VALUE;
        private boolean aborted;
        /**
         * At commit: the earliest commit sequence among its out-conflicts that had committed
         * (Long.MAX_VALUE: none) — a snapshot taken after that commit but concurrent with this
         * transaction is unsafe if this one wrote anything.
         */
        private long outCommittedAt = Long.MAX_VALUE;
        /** Set by another transaction: this one must be cancelled with this reason at its next step. */
        private String doomed;

        private Participant(long snapshotSequence) {
            this.snapshotSequence = snapshotSequence;
        }

        private boolean hasIn() {
            return inFromForgotten || !in.isEmpty();
        }

        /** True when {@code writer}'s commit is not in this transaction's snapshot. */
        private boolean cannotSee(Participant writer) {
            return writer.commitSequence > snapshotSequence;
        }

        /** Neither saw the other's commit: only such transactions have rw-conflicts that matter. */
        private boolean concurrentWith(Participant other) {
            return !other.aborted && cannotSee(other) && other.cannotSee(this);
        }
    }

    private final List<Participant> participants = new ArrayList<>();
    private long commitOrders;

    /** Registers a serializable transaction whose snapshot is at {@code snapshotSequence}. */
    synchronized Participant begin(long snapshotSequence) {
        Participant p = new Participant(snapshotSequence);
        participants.add(p);
        return p;
    }

    /** {@code reader} read [from, to): conflicts out to concurrent writers of that range. */
    synchronized void read(Participant reader, byte[] from, byte[] to) {
        checkNotDoomed(reader);
        reader.reads.add(from, to);
        for (Participant writer : participants) {
            if (writer != reader && reader.concurrentWith(writer) && writer.writes.intersects(from, to)) {
                conflict(reader, writer, reader);
            }
        }
        checkNotPivot(reader, "Canceled on identification as a pivot, during conflict out checking.");
    }

    /** {@code writer} wrote {@code key}: conflicts in from concurrent readers of it. */
    synchronized void write(Participant writer, byte[] key) {
        checkNotDoomed(writer);
        writer.writes.addKey(key);
        for (Participant reader : participants) {
            if (reader != writer && writer.concurrentWith(reader) && reader.reads.containsKey(key)) {
                conflict(reader, writer, writer);
            }
        }
        checkNotPivot(writer, "Canceled on identification as a pivot, during write.");
    }

    /**
     * A running transaction with an in-conflict and an out-conflict to a committed transaction is
     * the pivot of a dangerous structure whose T_out committed first: it would be cancelled at its
     * commit, so it is now.
     */
    private static void checkNotPivot(Participant p, String reason) {
        if (p.commitOrder == 0 && p.hasIn() && p.earliestOutCommit != Long.MAX_VALUE) {
            throw failure(reason);
        }
    }

    /**
     * Records reader → writer. When the writer already committed after its own out-conflict did,
     * the reader completes a dangerous structure whose pivot can no longer be cancelled: the
     * reader is (now if it is the caller, else at its next step).
     */
    private void conflict(Participant reader, Participant writer, Participant caller) {
        if (reader.out.add(writer)) {
            writer.in.add(reader);
        }
        if (writer.commitOrder > 0) {
            reader.earliestOutCommit = Math.min(reader.earliestOutCommit, writer.commitOrder);
            if (writer.earliestOutCommit < writer.commitOrder && reader.commitOrder == 0) {
                doom(reader, caller, "Canceled on conflict out to old pivot, during read.");
            }
        }
    }

    private void doom(Participant victim, Participant caller, String reason) {
        if (victim == caller) {
            throw failure(reason);
        }
        if (victim.doomed == null) {
            victim.doomed = reason;
        }
    }

    /**
     * Before the commit's write: cancels a pivot whose out-conflict committed first. After this
     * the transaction counts as committed for everyone else's checks.
     *
     * @throws PgException 40001 (the caller rolls back, which calls {@link #abort})
     */
    synchronized void beforeCommit(Participant p) {
        checkNotDoomed(p);
        if (p.hasIn() && p.earliestOutCommit != Long.MAX_VALUE) {
            throw failure("Canceled on identification as a pivot, during commit attempt.");
        }
        p.commitOrder = ++commitOrders;
        for (Participant writer : p.out) {
            if (writer.commitOrder > 0) {
                p.outCommittedAt = Math.min(p.outCommittedAt, writer.commitSequence);
            }
        }
        for (Participant reader : p.in) {
            reader.earliestOutCommit = Math.min(reader.earliestOutCommit, p.commitOrder);
        }
    }

    /** The commit was written at {@code sequence}: readers whose snapshot is older cannot see it. */
    synchronized void committed(Participant p, long sequence) {
        p.commitSequence = sequence;
        forgetFinished();
        notifyAll(); // deferrable readers wait for concurrent transactions to end
    }

    /** A rollback (or a failed commit): its conflicts no longer count. */
    synchronized void abort(Participant p) {
        p.aborted = true;
        detach(p);
        participants.remove(p);
        forgetFinished();
        notifyAll();
    }

    /**
     * PostgreSQL's GetSafeSnapshot for SERIALIZABLE READ ONLY DEFERRABLE: waits until every
     * serializable transaction concurrent with a snapshot at {@code snapshotSequence} has ended.
     * The snapshot is safe unless one of them committed writes after reading around a transaction
     * that committed before the snapshot (an rw-conflict out to it): only then can a read-only
     * transaction on this snapshot be the T_in of a dangerous structure (the read-only anomaly).
     * A safe snapshot needs no SSI tracking at all.
     *
     * @return false when the snapshot turned out unsafe: take a new one and ask again
     * @throws PgException 57014 when the backend's statement is cancelled while waiting
     */
    synchronized boolean awaitSafe(long snapshotSequence, Backend backend) {
        List<Participant> concurrent = new ArrayList<>();
        for (Participant p : participants) {
            if (!p.aborted && p.commitSequence > snapshotSequence) {
                concurrent.add(p);
            }
        }
        backend.waitingForSafeSnapshot = true;
        try {
            for (Participant p : concurrent) {
                while (!p.aborted && p.commitSequence == Long.MAX_VALUE) {
                    PgException cancel = backend.cancelPending;
                    if (cancel != null) {
                        throw cancel;
                    }
                    try {
                        wait(50); // a cancel does not notify: look again now and then
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
                    }
                }
            }
        } finally {
            backend.waitingForSafeSnapshot = false;
        }
        for (Participant p : concurrent) {
            if (!p.aborted && !p.writes.isEmpty() && p.outCommittedAt <= snapshotSequence) {
                return false;
            }
        }
        return true;
    }

    /**
     * Forgets committed transactions no running one is concurrent with: no new conflict can
     * involve them. What their conflicts meant for others stays in those others' flags.
     */
    private void forgetFinished() {
        long oldestRunning = Long.MAX_VALUE;
        for (Participant p : participants) {
            if (p.commitOrder == 0) {
                oldestRunning = Math.min(oldestRunning, p.snapshotSequence);
            }
        }
        for (int i = participants.size() - 1; i >= 0; i--) {
            Participant p = participants.get(i);
            if (p.commitOrder > 0 && p.commitSequence != Long.MAX_VALUE && p.commitSequence <= oldestRunning) {
                for (Participant writer : p.out) {
                    writer.inFromForgotten = true;
                }
                detach(p);
                participants.remove(i);
            }
        }
    }

    private static void detach(Participant p) {
        for (Participant writer : p.out) {
            writer.in.remove(p);
        }
        for (Participant reader : p.in) {
            reader.out.remove(p);
        }
        p.out.clear();
        p.in.clear();
    }

    private static void checkNotDoomed(Participant p) {
        if (p.doomed != null) {
            throw failure(p.doomed);
        }
    }

    private static PgException failure(String reason) {
        return new PgException(SqlState.SERIALIZATION_FAILURE,
                "could not serialize access due to read/write dependencies among transactions")
                .withDetail("Reason code: " + reason)
                .withHint("The transaction might succeed if retried.");
    }
}
