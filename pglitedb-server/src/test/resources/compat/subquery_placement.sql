-- Where subqueries in WHERE run (at one FROM item, or above the joins) and WITH queries named
-- more than once (computed once): the results must be PostgreSQL's whatever the placement
CREATE TABLE cust (ck int PRIMARY KEY, name text, nation int);
CREATE TABLE ord (ok int PRIMARY KEY, ck int, total numeric(10,2));
CREATE TABLE line (ok int, ln int, qty numeric(10,2), flag text, PRIMARY KEY (ok, ln));
INSERT INTO cust SELECT g, 'c' || g, g % 3 FROM generate_series(1, 20) g;
INSERT INTO ord SELECT g, 1 + g % 20, g * 10 FROM generate_series(1, 50) g;
INSERT INTO line SELECT o, l, (o * l) % 17, CASE WHEN l = 2 THEN NULL ELSE 'f' || (o % 3) END
  FROM generate_series(1, 50) o, generate_series(1, 1 + o % 4) l;
-- an uncorrelated IN on one item of a comma join (TPC-H Q18's shape)
SELECT c.name, o.ok, o.total, sum(l.qty)
  FROM cust c, ord o, line l
 WHERE o.ok IN (SELECT ok FROM line GROUP BY ok HAVING sum(qty) > 30)
   AND c.ck = o.ck AND o.ok = l.ok
 GROUP BY c.name, o.ok, o.total ORDER BY o.total DESC, o.ok;
-- NOT IN with a NULL in the subquery: no row passes, before or after the joins
SELECT count(*) FROM cust c, ord o WHERE c.ck = o.ck AND o.ok NOT IN (SELECT CASE WHEN ok = 3 THEN NULL ELSE ok END FROM line);
SELECT count(*) FROM cust c, ord o WHERE c.ck = o.ck AND o.ok NOT IN (SELECT ok FROM line WHERE ln = 3);
-- a subquery term over two items stays above the joins
SELECT count(*) FROM cust c, ord o WHERE c.ck = o.ck AND o.ok + c.ck IN (SELECT ok FROM line WHERE ln = 1);
-- a correlated subquery (EXISTS, scalar) and an uncorrelated one in the same WHERE
SELECT c.ck, o.ok FROM cust c, ord o
 WHERE c.ck = o.ck AND EXISTS (SELECT 1 FROM line l WHERE l.ok = o.ok AND l.flag IS NULL)
   AND c.nation IN (SELECT nation FROM cust WHERE name LIKE 'c1%')
   AND o.total > (SELECT avg(total) FROM ord)
 ORDER BY 1, 2;
-- an uncorrelated subquery reading a column of an enclosing query is per outer row
SELECT c.ck, (SELECT count(*) FROM ord o, line l WHERE o.ok = l.ok AND o.ck IN (SELECT c.ck)) AS lines
  FROM cust c WHERE c.ck <= 5 ORDER BY 1;
-- errors in a subquery term are reported as written
SELECT count(*) FROM cust c, ord o WHERE c.ck = o.ck AND o.ok IN (SELECT ok, ln FROM line);
SELECT count(*) FROM cust c, ord o WHERE c.ck = o.ck AND o.ok IN (SELECT nosuch FROM line);
-- a WITH query named twice is computed once: a volatile value is the same in both
WITH r AS (SELECT random() AS v) SELECT (SELECT v FROM r) = (SELECT v FROM r) AS same;
WITH r AS (SELECT g, random() AS v FROM generate_series(1, 5) g)
SELECT count(*) FROM r a JOIN r b ON a.g = b.g WHERE a.v = b.v;
-- named twice, with its own filter at each reference (TPC-H Q15's shape)
WITH revenue (ck, total) AS (SELECT ck, sum(total) FROM ord GROUP BY ck)
SELECT c.ck, c.name, r.total FROM cust c, revenue r
 WHERE c.ck = r.ck AND r.total = (SELECT max(total) FROM revenue) ORDER BY c.ck;
-- named by a sibling WITH query and the body; a recursive one named twice
WITH a AS (SELECT ok FROM ord WHERE total > 400), b AS (SELECT count(*) AS n FROM a)
SELECT (SELECT n FROM b), count(*) FROM a;
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 5)
SELECT x.n, y.n FROM t x JOIN t y ON y.n = x.n * 2 ORDER BY 1;
-- named once: unchanged
WITH a AS (SELECT ok FROM ord WHERE total > 450) SELECT * FROM a ORDER BY ok;
-- inside a subquery that reads an enclosing query's column, each outer row computes its own
SELECT c.ck, (WITH m AS (SELECT ok FROM ord WHERE ck = c.ck) SELECT count(*) FROM m x, m y WHERE x.ok <= y.ok) AS pairs
  FROM cust c WHERE c.ck <= 4 ORDER BY 1;
