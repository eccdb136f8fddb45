-- Rows that tie in the sort keys come out in PostgreSQL's order (its quicksort is not stable)
CREATE TABLE ties (id int, grp int, name text);
INSERT INTO ties SELECT g, (g * 7) % 4, 'n' || (g * 13) % 10 FROM generate_series(1, 10) g;
SELECT * FROM ties ORDER BY grp;
SELECT * FROM ties ORDER BY grp DESC;
SELECT * FROM ties ORDER BY name;
SELECT id, grp FROM ties WHERE id < 6 ORDER BY grp;
-- more than 40 rows: pivots from three medians of three
CREATE TABLE many AS SELECT g AS id, (g * 31) % 5 AS k FROM generate_series(1, 100) g;
SELECT string_agg(id::text, ',') FROM (SELECT id FROM many ORDER BY k) s;
SELECT string_agg(id::text, ',' ORDER BY k) FROM many;
-- window peers and a second window over the first one's output
SELECT id, grp, sum(id) OVER (ORDER BY grp), row_number() OVER (ORDER BY grp) FROM ties;
SELECT id, grp, first_value(id) OVER (ORDER BY grp ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING) FROM ties;
SELECT id, grp, rank() OVER (PARTITION BY grp ORDER BY id) FROM ties;
-- set-returning functions expand after the sort
SELECT id, generate_series(1, 3) FROM ties WHERE id < 4 ORDER BY grp;
SELECT id, generate_series(1, 3) AS g FROM ties WHERE id < 4 ORDER BY grp LIMIT 5;
-- COLLATE in column definitions
CREATE TABLE coll (a text COLLATE "C", b varchar(10) COLLATE "POSIX", c text COLLATE "default");
INSERT INTO coll VALUES ('b', 'B', 'x'), ('a', 'a', 'y'), ('B', 'b', 'z');
SELECT * FROM coll ORDER BY a;
SELECT * FROM coll ORDER BY b;
CREATE TABLE coll_bad (a text COLLATE "no_such_collation");
SELECT * FROM json_to_record('{"a": "x"}') AS x(a text COLLATE "C");

-- a sort under a LIMIT keeps the first rows in PostgreSQL's bounded heap
SELECT id, k FROM many ORDER BY k LIMIT 7;
SELECT id, k FROM many ORDER BY k DESC LIMIT 5 OFFSET 3;
SELECT id, k FROM many ORDER BY k LIMIT 60;
-- several windows: evaluated in PostgreSQL's order, each sorting the previous one's output
SELECT id, grp, rank() OVER (PARTITION BY grp ORDER BY id), count(*) OVER (ORDER BY name) FROM ties;
SELECT id, grp, row_number() OVER (ORDER BY grp), sum(id) OVER (ORDER BY grp DESC) FROM ties;
SELECT id, grp, name, first_value(id) OVER w, count(*) OVER (PARTITION BY grp) FROM ties WINDOW w AS (ORDER BY name DESC);
SELECT grp, sum(id), row_number() OVER (ORDER BY grp), sum(sum(id)) OVER (ORDER BY grp DESC) FROM ties GROUP BY grp;
-- frame offsets up to the largest bigint
SELECT sum(id) OVER (ROWS BETWEEN CURRENT ROW AND 9223372036854775807 FOLLOWING), id FROM ties;
SELECT sum(id) OVER (ORDER BY grp GROUPS BETWEEN CURRENT ROW AND 9223372036854775807 FOLLOWING), id, grp FROM ties;
SELECT rank() OVER (ORDER BY rank() OVER (ORDER BY id)) FROM ties;
DROP TABLE ties, many, coll;
