-- EXPLAIN's detail lines, deparsed as PostgreSQL prints them (COSTS OFF: costs are our own
-- estimates); only plans whose shape we choose like PostgreSQL
CREATE TABLE ed_t (a int PRIMARY KEY, b varchar(10), c numeric, d int8, e text, f date, g boolean);
CREATE TABLE ed_u (x int, y int);
INSERT INTO ed_t SELECT i, 'b' || i, i / 3.0, i * 10, 'e' || (i % 7), date '2020-01-01' + i, i % 2 = 0
  FROM generate_series(1, 1000) i;
INSERT INTO ed_u SELECT i % 50, i FROM generate_series(1, 200) i;
ANALYZE ed_t;
ANALYZE ed_u;
-- Filter: operators, casts, constants, LIKE, IN, NOT, IS NULL, functions
EXPLAIN (COSTS OFF) SELECT * FROM ed_t WHERE e LIKE 'e1%' AND c < 10;
EXPLAIN (COSTS OFF) SELECT * FROM ed_t WHERE b = 'b5' OR e IN ('e1', 'e2');
EXPLAIN (COSTS OFF) SELECT * FROM ed_t WHERE d > 3 AND NOT (e = 'e3');
EXPLAIN (COSTS OFF) SELECT * FROM ed_t WHERE g AND f > date '2020-03-01';
EXPLAIN (COSTS OFF) SELECT * FROM ed_t WHERE e IS NULL OR c > 1.5;
EXPLAIN (COSTS OFF) SELECT * FROM ed_t WHERE length(e) = 2 AND a % 2 = 0;
EXPLAIN (COSTS OFF) SELECT * FROM ed_t WHERE e ILIKE 'E%' AND e NOT LIKE '%5';
EXPLAIN (COSTS OFF) SELECT * FROM ed_u WHERE x = -1;
EXPLAIN (COSTS OFF) SELECT * FROM ed_u WHERE x IS DISTINCT FROM y;
EXPLAIN (COSTS OFF) SELECT * FROM ed_u WHERE 1 = 2;
EXPLAIN (COSTS OFF) SELECT * FROM (VALUES (1, 'a'), (2, 'b')) v WHERE column1 > 1;
EXPLAIN (COSTS OFF) SELECT * FROM generate_series(1, 3) g WHERE g > 1;
EXPLAIN (COSTS OFF) SELECT * FROM generate_series(1, 3) WHERE generate_series > 1;
-- Index Cond, and what is left as the Filter
EXPLAIN (COSTS OFF) SELECT * FROM ed_t WHERE a = 5;
EXPLAIN (COSTS OFF) SELECT * FROM ed_t WHERE a IN (1, 2, 3);
EXPLAIN (COSTS OFF) SELECT * FROM ed_t WHERE a = 5 AND e = 'e5';
EXPLAIN (COSTS OFF) SELECT * FROM ed_t WHERE a < 5;
-- Sort Key, Group Key, HAVING's Filter, Limit
EXPLAIN (COSTS OFF) SELECT * FROM ed_u ORDER BY y DESC;
EXPLAIN (COSTS OFF) SELECT * FROM ed_u ORDER BY x, y DESC NULLS LAST;
EXPLAIN (COSTS OFF) SELECT x + y FROM ed_u ORDER BY x + y;
EXPLAIN (COSTS OFF) SELECT x, count(*) FROM ed_u GROUP BY x;
EXPLAIN (COSTS OFF) SELECT x, sum(y) FROM ed_u GROUP BY x HAVING sum(y) > 100;
EXPLAIN (COSTS OFF) SELECT DISTINCT x FROM ed_u;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ed_u WHERE y > 10;
EXPLAIN (COSTS OFF) SELECT * FROM ed_u WHERE x > 10 LIMIT 5;
-- joins: aliases, qualified columns, Hash Cond, Join Filter, an outer join's Filter
EXPLAIN (COSTS OFF) SELECT * FROM ed_u u1 JOIN ed_u u2 ON u1.x = u2.y;
EXPLAIN (COSTS OFF) SELECT * FROM ed_u u1 JOIN ed_u u2 ON u1.x = u2.y AND u1.y < u2.x;
EXPLAIN (COSTS OFF) SELECT * FROM ed_u u1 LEFT JOIN ed_u u2 ON u1.x = u2.y WHERE u2.x IS NULL;
-- ANALYZE: rows removed by a scan's filter
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM ed_u WHERE y > 190;
-- INSERT, UPDATE and DELETE over their source or scan; ANALYZE really modifies
CREATE TABLE ed_m (a int PRIMARY KEY, b int);
INSERT INTO ed_m SELECT i, i FROM generate_series(1, 10) i;
EXPLAIN (COSTS OFF) INSERT INTO ed_m VALUES (11, 11);
EXPLAIN (COSTS OFF) INSERT INTO ed_m VALUES (11, 11), (12, 12);
EXPLAIN (COSTS OFF) INSERT INTO ed_m SELECT a + 100, b FROM ed_m WHERE b > 5;
EXPLAIN (COSTS OFF) UPDATE ed_m SET b = b + 1 WHERE b < 3;
EXPLAIN (COSTS OFF) UPDATE ed_m SET b = 0 WHERE a = 3;
EXPLAIN (COSTS OFF) DELETE FROM ed_m WHERE b > 8;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) UPDATE ed_m SET b = b + 1 WHERE b < 3;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) DELETE FROM ed_m WHERE b > 8 RETURNING a;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) INSERT INTO ed_m VALUES (20, 20);
SELECT * FROM ed_m ORDER BY a;
-- ANALYZE of a modification is one: not in a read-only transaction, undone by ROLLBACK
BEGIN READ ONLY;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) DELETE FROM ed_m WHERE b = 1;
ROLLBACK;
BEGIN;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) DELETE FROM ed_m WHERE b < 5;
SELECT count(*) FROM ed_m;
ROLLBACK;
SELECT count(*) FROM ed_m;
-- function scans' columns by their column aliases, alias or function name
EXPLAIN (COSTS OFF) select * from generate_series(1,3) x(g) where g > 1;
EXPLAIN (COSTS OFF) select * from generate_series(1,3) x where x > 1;
EXPLAIN (COSTS OFF) select * from generate_series(1,3) where generate_series > 1;
EXPLAIN (COSTS OFF) select * from generate_series(1,3) with ordinality x(g, n) where n > 1;
EXPLAIN (COSTS OFF) select * from generate_series(1,3) with ordinality x where ordinality > 1;
EXPLAIN (COSTS OFF) select * from unnest(array[1,2], array['a','b']) u where unnest > 0;
EXPLAIN (COSTS OFF) select count(*) from generate_series(1, 3000) x(g) join generate_series(1, 40) y(h) on x.g = y.h;
-- conditional expressions print as PostgreSQL's ruleutils prints them
EXPLAIN (COSTS OFF) select coalesce(y, 0) from ed_u order by coalesce(y, 0);
EXPLAIN (COSTS OFF, VERBOSE) select case when x > 1 then 1 end, greatest(x, y, 1), least(x, 2), row(x, y), array[x, y] from ed_u;
EXPLAIN (COSTS OFF) select * from ed_u where coalesce(x, 0) > 1;
-- window functions: one WindowAgg per window, each over a Sort by its keys unless already sorted
EXPLAIN (COSTS OFF) select row_number() over (order by x), sum(y) over (partition by y) from ed_u;
EXPLAIN (COSTS OFF) select rank() over (partition by x order by y desc), count(*) over (partition by x) from ed_u;
EXPLAIN (COSTS OFF) select row_number() over () from ed_u;
EXPLAIN (COSTS OFF) select sum(y) over (order by x + 1 nulls first) from ed_u;
