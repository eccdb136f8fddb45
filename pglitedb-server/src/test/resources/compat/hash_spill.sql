-- Hash tables past hash_mem (work_mem x hash_mem_multiplier) spill: hash joins write their rows to
-- partition files by key hash and join each partition pair alone (PostgreSQL's batches); DISTINCT,
-- UNION, INTERSECT and EXCEPT make each partition distinct alone; same answers as in memory
CREATE TABLE hj_a (id int, k int, name text, amount numeric, arr int[]);
CREATE TABLE hj_b (id int, k int, label text);
INSERT INTO hj_a SELECT g, CASE WHEN g % 101 = 0 THEN NULL ELSE g % 7000 END, 'a' || (g * 7919 % 10007),
  (g % 1000) / 7.0, CASE WHEN g % 997 = 0 THEN ARRAY[g, g + 1] END
  FROM generate_series(1, 30000) g;
INSERT INTO hj_b SELECT g, CASE WHEN g % 97 = 0 THEN NULL ELSE (g * 3) % 9000 END, 'b' || g
  FROM generate_series(1, 20000) g;
SET work_mem = '64kB';
SET hash_mem_multiplier = 1;
SELECT count(*), sum(a.id), sum(b.id), md5(string_agg(a.name || b.label, ',' ORDER BY a.id, b.id))
  FROM hj_a a JOIN hj_b b ON a.k = b.k;
SELECT count(*), count(b.id), sum(a.id), sum(b.id) FROM hj_a a LEFT JOIN hj_b b ON a.k = b.k;
SELECT count(*), count(a.id), sum(a.id), sum(b.id) FROM hj_a a RIGHT JOIN hj_b b ON a.k = b.k;
SELECT count(*), count(a.id), count(b.id), sum(a.id), sum(b.id) FROM hj_a a FULL JOIN hj_b b ON a.k = b.k;
SELECT count(*), sum(a.id) FROM hj_a a FULL JOIN hj_b b ON a.k = b.k AND a.id < b.id WHERE b.id IS NULL;
SELECT a.id, a.k, b.id, b.label FROM hj_a a JOIN hj_b b ON a.k = b.k AND a.amount > 142
  ORDER BY a.id, b.id LIMIT 5;
SELECT a.id, a.arr, b.id FROM hj_a a JOIN hj_b b ON a.k = b.k WHERE a.arr IS NOT NULL ORDER BY a.id, b.id LIMIT 4;
SELECT a.id, b.id FROM hj_a a FULL JOIN hj_b b ON a.k = b.k WHERE a.k IS NULL OR b.k IS NULL
  ORDER BY a.id NULLS FIRST, b.id NULLS FIRST LIMIT 6;
SELECT count(*) FROM hj_a a WHERE EXISTS (SELECT 1 FROM hj_b b WHERE b.k = a.k);
SELECT count(*) FROM hj_a a WHERE NOT EXISTS (SELECT 1 FROM hj_b b WHERE b.k = a.k);
-- one key everywhere: the pairs cannot be split, the last pass joins in memory
SELECT count(*), sum(y.g), min(x.n) FROM (SELECT 1 AS k, n FROM generate_series(1, 3) n) x
  RIGHT JOIN (SELECT g % 1 + 1 AS k, g FROM generate_series(1, 5000) g) y ON x.k = y.k;
-- DISTINCT, UNION, INTERSECT, EXCEPT [ALL]
SELECT count(*), md5(string_agg(k::text || name, ',' ORDER BY k, name)) FROM (SELECT DISTINCT k, name FROM hj_a) s;
SELECT count(*), count(k), sum(k) FROM (SELECT k FROM hj_a UNION SELECT k FROM hj_b) s;
SELECT count(*), sum(k) FROM (SELECT k, id % 3 FROM hj_a UNION SELECT k, id % 3 FROM hj_b) s(k, m);
SELECT count(*), count(k), sum(k) FROM (SELECT k FROM hj_a INTERSECT SELECT k FROM hj_b) s;
SELECT count(*), count(k), sum(k) FROM (SELECT k, name FROM hj_a INTERSECT ALL SELECT k, 'a' || (k * 7919 % 10007) FROM hj_b) s;
SELECT count(*), count(k), sum(k) FROM (SELECT k FROM hj_a EXCEPT SELECT k FROM hj_b) s;
SELECT count(*), count(k), sum(k) FROM (SELECT k FROM hj_a EXCEPT ALL SELECT k FROM hj_b) s;
SELECT count(*), sum(k) FROM (SELECT k, name FROM hj_a EXCEPT ALL SELECT k, 'a' || (k * 7919 % 10007) FROM hj_b) s;
SELECT k, count(*) FROM (SELECT k FROM hj_a INTERSECT ALL SELECT k FROM hj_b) s GROUP BY k ORDER BY 2 DESC, 1 LIMIT 3;
RESET hash_mem_multiplier;
RESET work_mem;
SELECT count(*), sum(a.id), sum(b.id), md5(string_agg(a.name || b.label, ',' ORDER BY a.id, b.id))
  FROM hj_a a JOIN hj_b b ON a.k = b.k;
DROP TABLE hj_a, hj_b;
