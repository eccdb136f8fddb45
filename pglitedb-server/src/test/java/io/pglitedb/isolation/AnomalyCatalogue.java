package io.pglitedb.isolation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The classic anomaly catalogue (Adya's phenomena as Hermitage scripts them, on a table
 * {@code test (id, value)} holding (1, 10) and (2, 20)) as {@link Interleaving} scripts, plus a
 * few lock-release cases. Each is run at READ COMMITTED, REPEATABLE READ and SERIALIZABLE.
 */
final class AnomalyCatalogue {
    private AnomalyCatalogue() {
    }

    static final Map<String, String> SCRIPTS = new LinkedHashMap<>();

    static {
        // G0: write cycles (dirty writes)
        SCRIPTS.put("G0", """
                1: BEGIN
                2: BEGIN
                1: UPDATE test SET value = 11 WHERE id = 1
                2: UPDATE test SET value = 12 WHERE id = 1
                1: UPDATE test SET value = 21 WHERE id = 2
                1: COMMIT
                2: wait
                1: SELECT * FROM test ORDER BY id
                2: UPDATE test SET value = 22 WHERE id = 2
                2: COMMIT
                """);
        // G1a: aborted reads
        SCRIPTS.put("G1a", """
                1: BEGIN
                2: BEGIN
                1: UPDATE test SET value = 101 WHERE id = 1
                2: SELECT * FROM test ORDER BY id
                1: ROLLBACK
                2: SELECT * FROM test ORDER BY id
                2: COMMIT
                """);
        // G1b: intermediate reads
        SCRIPTS.put("G1b", """
                1: BEGIN
                2: BEGIN
                1: UPDATE test SET value = 101 WHERE id = 1
                2: SELECT * FROM test ORDER BY id
                1: UPDATE test SET value = 11 WHERE id = 1
                1: COMMIT
                2: SELECT * FROM test ORDER BY id
                2: COMMIT
                """);
        // G1c: circular information flow
        SCRIPTS.put("G1c", """
                1: BEGIN
                2: BEGIN
                1: UPDATE test SET value = 11 WHERE id = 1
                2: UPDATE test SET value = 22 WHERE id = 2
                1: SELECT * FROM test WHERE id = 2
                2: SELECT * FROM test WHERE id = 1
                1: COMMIT
                2: COMMIT
                """);
        // OTV: observed transaction vanishes
        SCRIPTS.put("OTV", """
                1: BEGIN
                2: BEGIN
                3: BEGIN
                1: UPDATE test SET value = 11 WHERE id = 1
                1: UPDATE test SET value = 19 WHERE id = 2
                2: UPDATE test SET value = 12 WHERE id = 1
                1: COMMIT
                2: wait
                3: SELECT * FROM test WHERE id = 1
                2: UPDATE test SET value = 18 WHERE id = 2
                3: SELECT * FROM test WHERE id = 2
                2: COMMIT
                3: SELECT * FROM test WHERE id = 2
                3: SELECT * FROM test WHERE id = 1
                3: COMMIT
                """);
        // PMP: predicate-many-preceders, read form
        SCRIPTS.put("PMP", """
                1: BEGIN
                2: BEGIN
                1: SELECT * FROM test WHERE value = 30
                2: INSERT INTO test (id, value) VALUES (3, 30)
                2: COMMIT
                1: SELECT * FROM test WHERE value % 3 = 0
                1: COMMIT
                """);
        // PMP, write form
        SCRIPTS.put("PMP-write", """
                1: BEGIN
                2: BEGIN
                1: UPDATE test SET value = value + 10
                2: SELECT * FROM test WHERE value = 20
                2: DELETE FROM test WHERE value = 20
                1: COMMIT
                2: wait
                2: SELECT * FROM test WHERE value = 20
                2: COMMIT
                """);
        // P4: lost update
        SCRIPTS.put("P4", """
                1: BEGIN
                2: BEGIN
                1: SELECT * FROM test WHERE id = 1
                2: SELECT * FROM test WHERE id = 1
                1: UPDATE test SET value = 11 WHERE id = 1
                2: UPDATE test SET value = 11 WHERE id = 1
                1: COMMIT
                2: wait
                2: COMMIT
                """);
        // P4 with read-modify-write increments
        SCRIPTS.put("P4-increment", """
                1: BEGIN
                2: BEGIN
                1: SELECT value FROM test WHERE id = 1
                2: SELECT value FROM test WHERE id = 1
                1: UPDATE test SET value = value + 1 WHERE id = 1 RETURNING value
                2: UPDATE test SET value = value + 1 WHERE id = 1 RETURNING value
                1: COMMIT
                2: wait
                2: COMMIT
                """);
        // G-single: single anti-dependency cycle (read skew)
        SCRIPTS.put("G-single", """
                1: BEGIN
                2: BEGIN
                1: SELECT * FROM test WHERE id = 1
                2: SELECT * FROM test WHERE id = 1
                2: SELECT * FROM test WHERE id = 2
                2: UPDATE test SET value = 12 WHERE id = 1
                2: UPDATE test SET value = 18 WHERE id = 2
                2: COMMIT
                1: SELECT * FROM test WHERE id = 2
                1: COMMIT
                """);
        // G-single with predicate dependencies
        SCRIPTS.put("G-single-predicate", """
                1: BEGIN
                2: BEGIN
                1: SELECT * FROM test WHERE value % 5 = 0 ORDER BY id
                2: UPDATE test SET value = 12 WHERE value = 10
                2: COMMIT
                1: SELECT * FROM test WHERE value % 3 = 0
                1: COMMIT
                """);
        // G-single, write form 1
        SCRIPTS.put("G-single-write-1", """
                1: BEGIN
                2: BEGIN
                1: SELECT * FROM test WHERE id = 1
                2: SELECT * FROM test ORDER BY id
                2: UPDATE test SET value = 12 WHERE id = 1
                2: UPDATE test SET value = 18 WHERE id = 2
                2: COMMIT
                1: DELETE FROM test WHERE value = 20
                1: SELECT * FROM test ORDER BY id
                1: COMMIT
                """);
        // G-single, write form 2
        SCRIPTS.put("G-single-write-2", """
                1: BEGIN
                2: BEGIN
                1: SELECT * FROM test WHERE id = 1
                2: SELECT * FROM test ORDER BY id
                2: UPDATE test SET value = 12 WHERE id = 1
                1: DELETE FROM test WHERE value = 20
                2: UPDATE test SET value = 18 WHERE id = 2
                1: COMMIT
                2: wait
                2: COMMIT
                """);
        // G2-item: item anti-dependency cycles (write skew)
        SCRIPTS.put("G2-item", """
                1: BEGIN
                2: BEGIN
                1: SELECT * FROM test WHERE id IN (1, 2) ORDER BY id
                2: SELECT * FROM test WHERE id IN (1, 2) ORDER BY id
                1: UPDATE test SET value = 11 WHERE id = 1
                2: UPDATE test SET value = 21 WHERE id = 2
                1: COMMIT
                2: COMMIT
                """);
        // G2: anti-dependency cycles over predicates
        SCRIPTS.put("G2", """
                1: BEGIN
                2: BEGIN
                1: SELECT * FROM test WHERE value % 3 = 0
                2: SELECT * FROM test WHERE value % 3 = 0
                1: INSERT INTO test (id, value) VALUES (3, 30)
                2: INSERT INTO test (id, value) VALUES (4, 42)
                1: COMMIT
                2: COMMIT
                """);
        // G2 over an aggregate predicate: each keeps sum(value) <= 40 by its own reading
        SCRIPTS.put("G2-sum", """
                1: BEGIN
                2: BEGIN
                1: SELECT sum(value) FROM test
                2: SELECT sum(value) FROM test
                1: INSERT INTO test (id, value) VALUES (3, 5)
                2: INSERT INTO test (id, value) VALUES (4, 5)
                2: COMMIT
                1: SELECT sum(value) FROM test
                1: COMMIT
                """);
        // G2 with two anti-dependency edges: the read-only anomaly (three sessions)
        SCRIPTS.put("G2-two-edges", """
                1: BEGIN
                2: BEGIN
                1: SELECT * FROM test ORDER BY id
                2: UPDATE test SET value = value + 5 WHERE id = 2
                2: COMMIT
                3: BEGIN
                3: SELECT * FROM test ORDER BY id
                3: COMMIT
                1: UPDATE test SET value = 0 WHERE id = 1
                1: COMMIT
                """);
        // SELECT ... FOR UPDATE waits, then sees (RC) or refuses (RR, SERIALIZABLE) the new version
        SCRIPTS.put("for-update", """
                1: BEGIN
                2: BEGIN
                2: SELECT * FROM test ORDER BY id
                1: UPDATE test SET value = value * 2 WHERE id = 1
                2: SELECT * FROM test WHERE value < 15 FOR UPDATE
                1: COMMIT
                2: wait
                2: SELECT * FROM test ORDER BY id
                2: COMMIT
                """);
        // a waiter behind a writer that rolls back proceeds with the old row at every level
        SCRIPTS.put("writer-rolls-back", """
                1: BEGIN
                2: BEGIN
                2: SELECT * FROM test WHERE id = 1
                1: DELETE FROM test WHERE id = 1
                2: UPDATE test SET value = value + 1 WHERE id = 1 RETURNING *
                1: ROLLBACK
                2: wait
                2: COMMIT
                """);
        // a cancelled statement aborts its transaction: its locks go at once, before ROLLBACK
        SCRIPTS.put("cancel-releases-locks", """
                1: BEGIN
                2: BEGIN
                1: UPDATE test SET value = 11 WHERE id = 1
                1: SELECT pg_advisory_xact_lock(7)
                2: UPDATE test SET value = 22 WHERE id = 2
                1: UPDATE test SET value = 12 WHERE id = 2
                3: SELECT pg_cancel_backend(${pid1})
                1: wait
                3: SELECT pg_try_advisory_lock(7)
                3: UPDATE test SET value = 13 WHERE id = 1
                1: SELECT 1
                1: ROLLBACK
                2: COMMIT
                """);
        // SERIALIZABLE READ ONLY DEFERRABLE waits for a safe snapshot: here the concurrent
        // transaction commits after reading around a committed one, so the first snapshot is
        // unsafe and the reader takes a new one (PostgreSQL's read-only-anomaly-3)
        SCRIPTS.put("deferrable-read-only-anomaly", """
                2: BEGIN
                1: BEGIN
                3: BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY DEFERRABLE
                2: SELECT value FROM test WHERE id = 1
                2: SELECT value FROM test WHERE id = 2
                1: SELECT value FROM test WHERE id = 2
                1: UPDATE test SET value = 20 WHERE id = 1
                1: COMMIT
                3: SELECT id, value FROM test ORDER BY id
                2: UPDATE test SET value = -11 WHERE id = 2
                2: COMMIT
                3: wait
                3: COMMIT
                """);
        // ... and here the concurrent writer conflicts with nothing: the first snapshot is safe
        SCRIPTS.put("deferrable-safe-snapshot", """
                1: BEGIN
                1: UPDATE test SET value = 11 WHERE id = 1
                3: BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY DEFERRABLE
                3: SELECT id, value FROM test ORDER BY id
                1: COMMIT
                3: wait
                3: SELECT id, value FROM test ORDER BY id
                3: INSERT INTO test VALUES (3, 30)
                3: COMMIT
                """);
        // an error aborts the transaction and releases its locks (PostgreSQL's AbortTransaction)
        SCRIPTS.put("error-releases-locks", """
                1: BEGIN
                1: UPDATE test SET value = 11 WHERE id = 1
                1: SELECT 1 / 0
                2: UPDATE test SET value = 12 WHERE id = 1
                1: COMMIT
                """);
    }
}
