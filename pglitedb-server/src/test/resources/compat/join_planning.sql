-- Plans for comma joins, primary key ranges and date ranges: the results must not depend on them
CREATE TABLE cust (ck int PRIMARY KEY, name text, nation int);
CREATE TABLE ord (ok int PRIMARY KEY, ck int, odate date, status char(1));
CREATE TABLE line (ok int, ln int, part int, qty numeric(10,2), sdate date, cdate date, rdate date,
                   PRIMARY KEY (ok, ln));
CREATE TABLE part (pk int PRIMARY KEY, brand text, size int);
CREATE TABLE nat (nk int PRIMARY KEY, nname text);
CREATE INDEX line_sdate ON line (sdate);
INSERT INTO nat VALUES (0, 'FRANCE'), (1, 'GERMANY'), (2, 'PERU');
INSERT INTO cust SELECT g, 'c' || g, g % 3 FROM generate_series(1, 30) g;
INSERT INTO part SELECT g, 'Brand#' || (g % 4), g % 7 FROM generate_series(1, 20) g;
INSERT INTO ord SELECT g, 1 + g % 30, date '1995-01-01' + (g * 7) % 400, CASE WHEN g % 3 = 0 THEN 'F' ELSE 'O' END
  FROM generate_series(1, 60) g;
INSERT INTO line SELECT o, l, 1 + (o * l) % 20, (o + l) % 50, date '1995-01-01' + (o * 7) % 400 + l,
       date '1995-01-01' + (o * 7) % 400 + 3, date '1995-01-01' + (o * 7) % 400 + 2 * l
  FROM generate_series(1, 60) o, generate_series(1, 1 + o % 4) l;
-- items not connected in FROM order (part, cust have no condition between them): * keeps FROM order
SELECT * FROM part, cust, line, ord
 WHERE part.pk = line.part AND line.ok = ord.ok AND ord.ck = cust.ck AND part.size = 3 AND cust.nation = 1
 ORDER BY line.ok, line.ln LIMIT 5;
SELECT count(*), sum(qty) FROM part, nat, cust, line, ord
 WHERE part.pk = line.part AND line.ok = ord.ok AND ord.ck = cust.ck AND cust.nation = nat.nk AND nat.nname = 'GERMANY';
-- a term common to every OR branch becomes a join key; the rest of each branch still applies
SELECT sum(qty), count(*) FROM line, part
 WHERE (pk = part AND brand = 'Brand#1' AND qty BETWEEN 1 AND 20)
    OR (pk = part AND brand = 'Brand#2' AND qty BETWEEN 10 AND 30)
    OR (part = pk AND size = 5);
SELECT count(*) FROM line, part WHERE (pk = part AND brand = 'Brand#1') OR (qty = 7 AND pk = 3);
-- primary key prefix ranges
SELECT ok, ln, qty FROM line WHERE ok = 7 ORDER BY ln;
SELECT ok, ln FROM line WHERE ok = 7 AND ln >= 2 ORDER BY ln;
SELECT ok, ln FROM line WHERE ok BETWEEN 10 AND 12 ORDER BY ok, ln;
SELECT count(*) FROM line WHERE ok = NULL;
SELECT ok, ln FROM line WHERE ok = 9 AND ln < 2 FOR UPDATE;
-- correlated EXISTS / NOT EXISTS reading a primary key prefix
SELECT status, count(*) FROM ord
 WHERE odate >= date '1995-03-01' AND odate < date '1995-03-01' + interval '3' month
   AND EXISTS (SELECT * FROM line WHERE line.ok = ord.ok AND cdate < rdate)
 GROUP BY status ORDER BY status;
SELECT l1.ok, count(*) FROM line l1, ord
 WHERE ord.ok = l1.ok AND ord.status = 'F' AND l1.rdate > l1.cdate
   AND EXISTS (SELECT * FROM line l2 WHERE l2.ok = l1.ok AND l2.ln <> l1.ln)
   AND NOT EXISTS (SELECT * FROM line l3 WHERE l3.ok = l1.ok AND l3.ln <> l1.ln AND l3.rdate > l3.cdate)
 GROUP BY l1.ok ORDER BY l1.ok;
-- a date column against timestamps (date + interval): the bounds are exact
SELECT count(*) FROM line WHERE sdate >= date '1995-02-01' AND sdate < date '1995-02-01' + interval '1' month;
SELECT count(*) FROM line WHERE sdate > date '1995-02-01' + interval '12 hours' AND sdate <= timestamp '1995-03-01 00:00';
SELECT count(*) FROM line WHERE sdate < timestamp '1995-03-01 00:00:01' AND sdate > timestamp '1995-02-28 23:59:59';
SELECT sdate, count(*) FROM line WHERE sdate >= timestamp '1995-03-01' AND sdate <= timestamp '1995-03-03 12:00'
 GROUP BY sdate ORDER BY sdate;
-- correlated subqueries over several tables: terms with the outer value filter their table first
SELECT p.pk, p.brand,
       (SELECT min(qty) FROM line, ord WHERE line.part = p.pk AND line.ok = ord.ok AND ord.status = 'F') AS min_f,
       (SELECT count(*) FROM ord o, cust c WHERE o.ck = c.ck AND c.nation = p.size % 3 AND o.ok < p.pk * 3) AS n
  FROM part p WHERE p.pk <= 8 ORDER BY p.pk;
SELECT count(*) FROM ord o WHERE EXISTS (SELECT 1 FROM line l, part p WHERE l.ok = o.ok AND p.pk = l.part AND p.size = o.ok % 7);
-- inner hash joins whose left side is the smaller one, and joins with an empty side
SELECT count(*), sum(line.qty) FROM (SELECT * FROM nat WHERE nk = 1) n, cust, line, ord
 WHERE n.nk = cust.nation AND cust.ck = ord.ck AND ord.ok = line.ok;
SELECT count(*) FROM nat, cust WHERE nat.nk = cust.nation AND nat.nname = 'nowhere';
SELECT count(*) FROM cust, nat WHERE nat.nk = cust.nation AND nat.nname = 'nowhere';
