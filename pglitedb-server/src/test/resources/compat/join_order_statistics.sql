-- Comma joins over analysed tables: the planner reorders them by estimated rows (statistics
-- from ANALYZE); the results stay those of the query as written.
CREATE TABLE jo_region (r_key int PRIMARY KEY, r_name text);
CREATE TABLE jo_nation (n_key int PRIMARY KEY, n_region int, n_name text);
CREATE TABLE jo_supplier (s_key int PRIMARY KEY, s_nation int, s_name text);
CREATE TABLE jo_item (i_id int PRIMARY KEY, i_supplier int, i_qty int, i_day date);
CREATE INDEX jo_item_supplier ON jo_item (i_supplier);
CREATE INDEX jo_supplier_nation ON jo_supplier (s_nation);
INSERT INTO jo_region SELECT g, 'region ' || g FROM generate_series(1, 5) g;
INSERT INTO jo_nation SELECT g, g % 5 + 1, 'nation ' || g FROM generate_series(1, 25) g;
INSERT INTO jo_supplier SELECT g, g % 25 + 1, 'supplier ' || g FROM generate_series(1, 500) g;
INSERT INTO jo_item SELECT g, g % 500 + 1, g % 50, date '2020-01-01' + g % 700 FROM generate_series(1, 20000) g;
ANALYZE jo_region, jo_nation, jo_supplier, jo_item;
-- the selective side (one nation, one region) is written last
SELECT n_name, count(*), sum(i_qty)
FROM jo_item, jo_supplier, jo_nation, jo_region
WHERE i_supplier = s_key AND s_nation = n_key AND n_region = r_key
  AND r_name = 'region 3' AND n_name IN ('nation 2', 'nation 7')
GROUP BY n_name ORDER BY n_name;
-- ranges from the histogram, an OR over two tables, NULL tests
SELECT count(*), min(i_id), max(i_id)
FROM jo_nation n1, jo_supplier, jo_item, jo_nation n2
WHERE i_supplier = s_key AND s_nation = n1.n_key AND n2.n_key = i_qty % 25 + 1
  AND ((n1.n_name = 'nation 3' AND n2.n_name = 'nation 4') OR (n1.n_name = 'nation 4' AND n2.n_name = 'nation 3'))
  AND i_day BETWEEN date '2020-03-01' AND date '2020-06-30' AND s_name IS NOT NULL;
-- every row comes out, columns in FROM order
SELECT * FROM jo_item, jo_supplier, jo_region, jo_nation
WHERE i_supplier = s_key AND s_nation = n_key AND n_region = r_key AND i_id < 4 ORDER BY i_id;
DROP TABLE jo_region, jo_nation, jo_supplier, jo_item;
