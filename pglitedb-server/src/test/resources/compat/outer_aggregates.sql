-- An aggregate or GROUPING() in a subquery whose arguments read only columns of an enclosing
-- query belongs to that enclosing query (PostgreSQL's rule for the aggregate's level)
CREATE TABLE oa (g int, v int, b bool);
INSERT INTO oa VALUES (1, 10, true), (1, 20, false), (2, 5, true), (3, NULL, NULL);
SELECT g, (SELECT sum(oa.v)) FROM oa GROUP BY g ORDER BY g;
SELECT g, (SELECT sum(oa.v) + count(*) FROM (VALUES (1), (2)) x(y)) FROM oa GROUP BY g ORDER BY g;
SELECT g FROM oa GROUP BY g HAVING EXISTS (SELECT 1 FROM oa i WHERE sum(oa.v) > i.v) ORDER BY g;
SELECT (SELECT grouping(oa.g)) AS grp, g, sum(v) FROM oa GROUP BY ROLLUP (g) ORDER BY g;
-- a subquery's aggregate of the outer query makes the outer query aggregated
SELECT (SELECT max(0) FILTER (WHERE b)) FROM oa;
SELECT (SELECT count(*) FILTER (WHERE v > 5) FROM (VALUES (1)) t(x)) FROM oa;
SELECT (SELECT max(min(v)) FROM oa) FROM oa;
-- an aggregate of the subquery's own level stays there
SELECT g, (SELECT count(*) FROM oa i WHERE i.g = oa.g) FROM oa ORDER BY g, 2;
SELECT g FROM oa WHERE v > (SELECT avg(v) FROM oa) ORDER BY g;
-- nested aggregates across levels are still refused
SELECT (SELECT max(sum(oa.v))) FROM oa;
-- groups with DISTINCT or ORDER BY aggregates come out in group-key order
SELECT g, count(DISTINCT v) FROM oa GROUP BY g;
SELECT b, string_agg(v::text, ',' ORDER BY v) FROM oa GROUP BY b;
DROP TABLE oa;
