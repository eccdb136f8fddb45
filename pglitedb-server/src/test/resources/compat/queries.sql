-- SELECT, UPDATE and DELETE over one table: filters, ordering, paging, grouping, RETURNING.
-- A RETURNING list has no ORDER BY; PostgreSQL returns rows in heap order, so RETURNING over
-- several rows is used only on rows never updated (heap order = insertion order = key order).
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, category text, price numeric(8,2), qty integer DEFAULT 0);
INSERT INTO items (id, name, category, price, qty) VALUES
  (1, 'apple', 'fruit', 0.50, 100),
  (2, 'banana', 'fruit', 0.25, 150),
  (3, 'carrot', 'vegetable', 0.10, 80),
  (4, 'date', 'fruit', 3.00, NULL),
  (5, 'eggplant', 'vegetable', 1.20, 12),
  (6, 'fig', NULL, 2.50, 5),
  (7, 'grape', 'fruit', NULL, 0);
SELECT id, name FROM items WHERE category = 'fruit' ORDER BY id;
SELECT id, name, price FROM items ORDER BY price DESC NULLS FIRST, id;
SELECT id, name, price FROM items ORDER BY price ASC NULLS LAST, id;
SELECT id, category FROM items ORDER BY category NULLS FIRST, id DESC;
SELECT id, qty FROM items ORDER BY qty DESC, id;
SELECT id, name FROM items ORDER BY id LIMIT 3;
SELECT id, name FROM items ORDER BY id LIMIT 2 OFFSET 3;
SELECT id, name FROM items ORDER BY id OFFSET 5;
SELECT id, name FROM items ORDER BY id LIMIT 0;
SELECT name FROM items WHERE name LIKE '%an%' ORDER BY name;
SELECT name FROM items WHERE name LIKE 'b_n%' OR name NOT LIKE '%e%' ORDER BY name;
SELECT id, price FROM items WHERE price BETWEEN 0.25 AND 1.20 ORDER BY id;
SELECT id, price FROM items WHERE price NOT BETWEEN 0.25 AND 1.20 ORDER BY id;
SELECT id FROM items WHERE id IN (2, 4, 6, 8) ORDER BY id;
SELECT id FROM items WHERE id NOT IN (2, 4, 6) ORDER BY id;
SELECT id, category FROM items WHERE category IS NOT NULL AND qty IS NULL ORDER BY id;
SELECT id FROM items WHERE category IS NULL OR NOT (qty > 10) ORDER BY id;
SELECT id, name, price * qty AS total, -qty AS neg, id * 2 + 1 AS odd FROM items ORDER BY id;
SELECT category, count(*) AS n, count(price) AS priced, sum(qty) AS qty, min(price), max(name) FROM items GROUP BY category ORDER BY category NULLS LAST;
SELECT category, avg(price) AS avg_price, avg(qty) AS avg_qty FROM items WHERE category IS NOT NULL GROUP BY category ORDER BY category;
SELECT count(*), count(category), sum(price), avg(price), min(qty), max(qty) FROM items;
SELECT count(*), sum(qty), avg(qty), min(name), max(price) FROM items WHERE id > 100;
SELECT count(*) FROM items WHERE id = 3;
SELECT * FROM items WHERE id = 5;
SELECT * FROM items WHERE id = 50;
UPDATE items SET qty = qty + 1, price = price * 2 WHERE category = 'fruit' RETURNING id, name, price, qty;
UPDATE items SET category = 'unknown' WHERE category IS NULL;
UPDATE items SET qty = 0 WHERE id = 999;
SELECT id, category, price, qty FROM items ORDER BY id;
DELETE FROM items WHERE id = 3 RETURNING id, name;
DELETE FROM items WHERE qty < 10;
DELETE FROM items WHERE price > 2;
SELECT id, name FROM items ORDER BY id;
DELETE FROM items;
SELECT count(*) FROM items;
DROP TABLE items;
DROP TABLE IF EXISTS items;
-- SELECT without FROM
SELECT 2 + 3 * 4 AS precedence, (2 + 3) * 4 AS parens, 10 - 2 - 3 AS left_assoc, -5 / 2 AS neg_div;
SELECT 1 < 2 AS lt, 2 <= 1 AS le, 1 <> 1 AS ne, 'x' = 'x' AND NOT false AS logic;
SELECT 1 / 3.0 AS third, 10.0 / 4 AS two_and_half, 2.50 * 2 AS five, 1.0 / 8 AS eighth, 0.1 + 0.2 AS point3;
SELECT NULL AS nothing, NULL = NULL AS null_eq, 1 + NULL AS null_sum, NULL OR true AS null_or, NULL AND false AS null_and;
SELECT 9223372036854775807 AS maxbig, 2147483648 AS big_literal, 12345678901234567890 AS numeric_literal;
