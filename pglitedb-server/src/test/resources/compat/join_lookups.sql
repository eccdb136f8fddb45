-- Joins where one side is small and the other has an index on the join keys (run as index
-- lookups), OR-derived restrictions of single tables, and the same joins when both sides are big.
CREATE TABLE big (k int PRIMARY KEY, v int NOT NULL, c char(4), pad text);
INSERT INTO big SELECT g, g % 700, CASE WHEN g % 3 = 0 THEN 'ab' ELSE 'cd' END, repeat('p', 40)
  FROM generate_series(1, 30000) g;
CREATE INDEX big_v ON big (v);
CREATE INDEX big_c_v ON big (c, v);
CREATE TABLE few (id int PRIMARY KEY, k int, v int, c char(4));
INSERT INTO few VALUES (1, 10, 10, 'ab'), (2, 20, 20, 'cd  '), (3, NULL, NULL, NULL), (4, 99999, 5, 'ab'),
  (5, 20, 21, 'ab');
ANALYZE;
-- through the primary key (NULL keys and missing keys find nothing; duplicates find twice)
SELECT f.id, b.k, b.v FROM big b, few f WHERE b.k = f.k ORDER BY f.id;
SELECT f.id, b.k FROM few f JOIN big b ON b.k = f.k AND b.v > f.v ORDER BY 1, 2;
-- through a secondary index, one and two columns (char(n) keys ignore trailing blanks)
SELECT f.id, count(*), sum(b.k) FROM big b, few f WHERE b.v = f.v GROUP BY f.id ORDER BY f.id;
SELECT f.id, count(*), min(b.k) FROM big b, few f WHERE b.c = f.c AND b.v = f.v GROUP BY f.id ORDER BY f.id;
-- the other table's own conditions still apply to what the lookups find
SELECT f.id, count(*) FROM big b, few f WHERE b.v = f.v AND b.k < 10000 AND b.pad LIKE 'p%' GROUP BY f.id ORDER BY 1;
-- an OR whose branches each restrict both tables
SELECT b.k, f.id FROM big b, few f
 WHERE (b.k = f.k AND f.id = 1 AND b.v = 10) OR (b.k = f.k AND f.id = 2 AND b.v < 100) ORDER BY 1, 2;
SELECT count(*) FROM big b, few f WHERE (b.v = f.v AND b.k < 50) OR (b.v = f.v AND f.id = 4);
-- both sides large: a hash join
SELECT count(*), sum(a.k) FROM big a, big b WHERE a.k = b.v;
SELECT count(*) FROM big a JOIN big b ON a.k = b.k WHERE a.v = 3;
-- an empty small side
SELECT count(*) FROM big b, few f WHERE b.k = f.k AND f.id > 100;
