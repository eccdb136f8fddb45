-- MERGE (PostgreSQL 15), UPDATE ... FROM, DELETE ... USING, multi-column SET
CREATE TABLE target (tid int PRIMARY KEY, balance int NOT NULL CHECK (balance >= 0), note text DEFAULT 'new');
CREATE TABLE source (sid int, delta int);
INSERT INTO target VALUES (1, 10), (2, 20), (3, 30);
INSERT INTO source VALUES (2, 5), (3, 7), (4, 40), (5, NULL);
MERGE INTO target t USING source s ON t.tid = s.sid
WHEN MATCHED AND s.delta > 6 THEN DELETE
WHEN MATCHED THEN UPDATE SET balance = balance + s.delta, note = 'updated'
WHEN NOT MATCHED AND s.delta IS NOT NULL THEN INSERT VALUES (s.sid, s.delta)
WHEN NOT MATCHED THEN DO NOTHING;
SELECT * FROM target ORDER BY tid;
-- a subquery as source, INSERT with a column list and DEFAULT VALUES-like defaults
MERGE INTO target USING (SELECT 9 AS k, 90 AS v) AS src ON tid = src.k
WHEN NOT MATCHED THEN INSERT (balance, tid) VALUES (src.v, src.k);
MERGE INTO target t USING (VALUES (1, 1), (4, 4)) AS v(a, b) ON t.tid = v.a
WHEN MATCHED THEN UPDATE SET (balance, note) = (t.balance * 2, DEFAULT);
SELECT * FROM target ORDER BY tid;
-- constraint errors roll the whole statement back
MERGE INTO target t USING source s ON t.tid = s.sid
WHEN MATCHED THEN UPDATE SET balance = -1;
SELECT count(*) FROM target WHERE balance < 0;
-- errors
INSERT INTO source VALUES (2, 1);
MERGE INTO target t USING source s ON t.tid = s.sid WHEN MATCHED THEN UPDATE SET balance = 0;
MERGE INTO target t USING source s ON t.tid = s.sid WHEN NOT MATCHED THEN INSERT VALUES (t.tid, 1);
MERGE INTO target USING target ON tid = tid WHEN MATCHED THEN DO NOTHING;
MERGE INTO target t USING source s ON t.tid = s.sid WHEN MATCHED THEN INSERT VALUES (1, 1);
MERGE INTO target t USING source s ON t.tid = s.sid WHEN NOT MATCHED THEN UPDATE SET balance = 1;
MERGE INTO target t USING source s ON t.tid = s.sid WHEN MATCHED THEN UPDATE SET nosuch = 1;
CREATE VIEW tv AS SELECT * FROM target;
MERGE INTO tv t USING source s ON t.tid = s.sid WHEN NOT MATCHED THEN INSERT DEFAULT VALUES;
-- UPDATE ... FROM and DELETE ... USING
UPDATE target SET balance = s.delta * 100 FROM source s WHERE target.tid = s.sid AND s.delta > 2 RETURNING *;
UPDATE target t SET note = x.n FROM (VALUES (1, 'one'), (9, 'nine')) AS x(id, n) WHERE t.tid = x.id;
DELETE FROM target USING source WHERE target.tid = source.sid AND source.delta = 40 RETURNING target.*, source.delta;
UPDATE target SET balance = 1 FROM target;
SELECT * FROM target ORDER BY tid;
-- multi-column SET
UPDATE target SET (balance, note) = (balance + 1, 'pair') WHERE tid = 1;
UPDATE target SET (balance, note) = ROW(7, DEFAULT) WHERE tid = 2;
UPDATE target SET (balance, note) = (1) WHERE tid = 1;
SELECT * FROM target ORDER BY tid;
