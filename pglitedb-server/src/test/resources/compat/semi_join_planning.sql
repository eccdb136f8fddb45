-- Planner choices for IN (subquery) and outer joins: the rows stay PostgreSQL's, and where our
-- plan takes PostgreSQL's shape, EXPLAIN shows it.
CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, region int);
CREATE TABLE orders (id int PRIMARY KEY, customer int, note text NOT NULL, amount int NOT NULL);
CREATE INDEX orders_customer ON orders (customer);
INSERT INTO customers SELECT g, 'c' || g, g % 7 FROM generate_series(1, 200) g;
INSERT INTO customers VALUES (201, 'nobody', NULL);
INSERT INTO orders SELECT g, CASE WHEN g % 50 = 0 THEN NULL ELSE g % 190 + 1 END,
    CASE WHEN g % 9 = 0 THEN 'special requests' ELSE 'plain' END, g % 100
  FROM generate_series(1, 5000) g;
ANALYZE customers;
ANALYZE orders;

-- LEFT JOIN of a small table to a big one: the small one is hashed (Hash Right Join), and the
-- ON term over the big side alone filters its scan
EXPLAIN (COSTS OFF) SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON c.id = o.customer AND o.note <> 'special requests';
SELECT count(*), count(o.id), count(DISTINCT c.id) FROM customers c LEFT JOIN orders o ON c.id = o.customer AND o.note <> 'special requests';
SELECT c_count, count(*) AS custdist
  FROM (SELECT c.id, count(o.id) FROM customers c LEFT JOIN orders o ON c.id = o.customer AND o.note NOT LIKE '%special%'
        GROUP BY c.id) AS t (id, c_count)
  GROUP BY c_count ORDER BY custdist DESC, c_count DESC;
-- customers without orders keep their row, with NULLs
SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON c.id = o.customer AND o.amount > 1000 WHERE c.id > 198 ORDER BY c.id;
SELECT c.id, o.id, o.note FROM customers c LEFT JOIN orders o ON c.id = o.customer AND o.amount = 3 AND o.note = 'plain'
  WHERE c.id BETWEEN 1 AND 6 ORDER BY c.id, o.id;
-- an ON term over the kept side does not filter it
SELECT count(*), count(o.id) FROM customers c LEFT JOIN orders o ON c.id = o.customer AND c.region = 3;
SELECT count(*), count(c.id) FROM orders o RIGHT JOIN customers c ON c.id = o.customer AND o.amount < 10 AND c.region = 1;
SELECT count(*) FROM customers c JOIN orders o ON c.id = o.customer AND o.amount < 10 AND c.region = 1;

-- IN (subquery) on an indexed column: the rows it names
SELECT id, customer FROM orders WHERE customer IN (SELECT id FROM customers WHERE name LIKE 'c11%') ORDER BY id LIMIT 12;
SELECT count(*) FROM orders WHERE customer IN (SELECT id FROM customers WHERE name LIKE 'c11%');
SELECT count(*) FROM orders WHERE id IN (SELECT customer FROM orders WHERE amount = 5);
-- duplicates in the subquery do not duplicate rows; NULLs in it match nothing
SELECT count(*) FROM orders WHERE customer IN (SELECT region FROM customers);
SELECT count(*) FROM customers WHERE id IN (SELECT customer FROM orders WHERE amount < 3);
SELECT count(*) FROM customers WHERE id NOT IN (SELECT customer FROM orders WHERE amount < 3);
SELECT count(*) FROM customers WHERE id NOT IN (SELECT customer FROM orders WHERE amount < 3 AND customer IS NOT NULL);
SELECT count(*) FROM customers WHERE id IN (SELECT customer FROM orders WHERE amount < 3) OR id > 199;
-- with a correlated restriction beside it (TPC-H Q20's shape)
SELECT c.id FROM customers c
  WHERE c.id IN (SELECT o.customer FROM orders o
                 WHERE o.id IN (SELECT c2.id * 10 FROM customers c2 WHERE c2.name LIKE 'c2%')
                   AND o.amount > (SELECT 0.5 * sum(o2.amount) FROM orders o2 WHERE o2.customer = o.customer AND o2.amount < 50))
  ORDER BY c.id;
-- an empty subquery
SELECT count(*) FROM orders WHERE customer IN (SELECT id FROM customers WHERE false);
