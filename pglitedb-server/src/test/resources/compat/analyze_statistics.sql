-- ANALYZE: reltuples and pg_stats as PostgreSQL computes them (a table this small is read whole,
-- so the statistics are exact, not sampled)
CREATE TABLE st (id int PRIMARY KEY, grp int, name text, price numeric(10,2), d date, flag boolean,
                 note varchar(20), nothing text, ts timestamp);
INSERT INTO st SELECT g, g % 7, 'name' || (g % 13), (g % 50) * 1.25, date '2020-01-01' + (g % 40), g % 3 = 0,
  CASE WHEN g % 4 = 0 THEN NULL ELSE 'n' || (g % 200) END, NULL, timestamp '2021-03-04 05:06:07' + g * interval '1 hour'
  FROM generate_series(1, 1000) g;
CREATE TABLE empty (a int, b text);
SELECT relname, reltuples FROM pg_class WHERE relname IN ('st', 'empty') ORDER BY 1;
SELECT count(*) FROM pg_stats WHERE tablename IN ('st', 'empty');
ANALYZE st;
SELECT relname, reltuples FROM pg_class WHERE relname IN ('st', 'empty') ORDER BY 1;
SELECT attname, inherited, null_frac, avg_width, n_distinct, correlation
  FROM pg_stats WHERE schemaname = 'public' AND tablename = 'st' ORDER BY attname;
SELECT attname, most_common_vals, most_common_freqs FROM pg_stats WHERE tablename = 'st' ORDER BY attname;
SELECT attname, histogram_bounds FROM pg_stats WHERE tablename = 'st' ORDER BY attname;
-- after changes, ANALYZE again; inside a transaction block too; VACUUM ANALYZE; all tables at once
UPDATE st SET grp = 1 WHERE id <= 500;
BEGIN;
ANALYZE st;
SELECT n_distinct, most_common_vals, most_common_freqs FROM pg_stats WHERE tablename = 'st' AND attname = 'grp';
COMMIT;
DELETE FROM st WHERE id > 100;
VACUUM ANALYZE st;
SELECT relname, reltuples FROM pg_class WHERE relname = 'st';
SELECT attname, n_distinct, histogram_bounds FROM pg_stats WHERE tablename = 'st' AND attname IN ('id', 'price') ORDER BY 1;
INSERT INTO empty VALUES (1, 'x'), (1, 'y'), (2, NULL);
ANALYZE;
SELECT relname, reltuples FROM pg_class WHERE relname IN ('st', 'empty') ORDER BY 1;
SELECT attname, null_frac, avg_width, n_distinct, most_common_vals, correlation FROM pg_stats WHERE tablename = 'empty' ORDER BY 1;
ANALYZE nosuch;
-- a dropped table's statistics go with it
DROP TABLE empty;
SELECT count(*) FROM pg_stats WHERE tablename = 'empty';
