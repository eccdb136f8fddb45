-- Sorts past work_mem: runs are sorted to temporary files and merged (PostgreSQL's external merge)
SET work_mem = '64kB';
CREATE TABLE es (id int, grp int, name text, amount numeric, f float8, b bool, raw bytea, big int8, small int2);
INSERT INTO es SELECT g, g % 97, 'name ' || (g * 7919 % 10007),
  CASE WHEN g % 50 = 0 THEN NULL WHEN g % 333 = 0 THEN 'NaN' WHEN g % 777 = 0 THEN '-Infinity'
       ELSE (g * 37 % 1000) / 7.0 END,
  g * 1.5e-3, g % 3 = 0, ('\x' || lpad(to_hex(g * 7), 8, '0'))::bytea, g::int8 * 1000003, (g % 300)::int2
  FROM generate_series(1, 20000) g;
SELECT id, grp, name, amount, b FROM es ORDER BY name, id OFFSET 19990;
SELECT id, amount FROM es ORDER BY amount DESC NULLS LAST, id LIMIT 5 OFFSET 100;
SELECT md5(string_agg(id::text, ',')) FROM (SELECT id FROM es ORDER BY amount DESC NULLS LAST, grp, id) s;
SELECT md5(string_agg(id::text, ',')) FROM (SELECT id FROM es ORDER BY raw DESC, id) s;
SELECT md5(string_agg(id::text, ',')) FROM (SELECT id FROM es ORDER BY b, small DESC, f, id) s;
SELECT r, id FROM (SELECT row(grp, name) r, id FROM es) s ORDER BY r, id OFFSET 19995;
SELECT id, big, make_interval(secs => id % 1000) i FROM es ORDER BY i DESC, id OFFSET 19997;
SELECT count(*), min(name), max(name) FROM (SELECT DISTINCT ON (grp) grp, name FROM es ORDER BY grp, name) s;
RESET work_mem;
SELECT id, grp, name FROM es ORDER BY name, id OFFSET 19997;
-- hash aggregation past work_mem: groups not in memory are aggregated from partition files
SET work_mem = '64kB';
SELECT count(*), sum(c), min(c), max(c), sum(t) FROM (SELECT name, count(*) c, sum(id) t FROM es GROUP BY name) s;
SELECT name, count(*), sum(id), max(amount), bool_and(b) FROM es GROUP BY name ORDER BY 3 DESC, 1 LIMIT 5;
SELECT count(*) FROM (SELECT name, grp FROM es GROUP BY name, grp) s;
RESET work_mem;
