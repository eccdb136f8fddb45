-- Temporary tables: session-private, dropped at session end, ON COMMIT actions, pg_temp.
CREATE TABLE t (a int);
INSERT INTO t VALUES (1);
CREATE TEMP TABLE t (a int, b text DEFAULT 'tmp');
INSERT INTO t (a) VALUES (2);
SELECT * FROM t;
SELECT * FROM public.t;
SELECT * FROM pg_temp.t;
SELECT relname, relpersistence, relkind FROM pg_class WHERE relname = 't' ORDER BY relpersistence;
SELECT count(*) FROM pg_tables WHERE tablename = 't';
CREATE TEMPORARY TABLE tt (id serial PRIMARY KEY, v int NOT NULL);
INSERT INTO tt (v) VALUES (10), (20);
SELECT * FROM tt ORDER BY id;
CREATE LOCAL TEMP TABLE lt (x int);
CREATE TEMP TABLE public.bad (x int);
CREATE TABLE pg_temp.viaalias (x int);
SELECT relpersistence FROM pg_class WHERE relname = 'viaalias';
CREATE TABLE oc (x int) ON COMMIT DROP;
-- ON COMMIT DELETE ROWS
CREATE TEMP TABLE del (x int) ON COMMIT DELETE ROWS;
INSERT INTO del VALUES (1);
SELECT count(*) FROM del;
BEGIN;
INSERT INTO del VALUES (1), (2);
SELECT count(*) FROM del;
COMMIT;
SELECT count(*) FROM del;
-- ON COMMIT DROP
BEGIN;
CREATE TEMP TABLE dropme (x int) ON COMMIT DROP;
INSERT INTO dropme VALUES (1);
SELECT count(*) FROM dropme;
COMMIT;
SELECT * FROM dropme;
CREATE TEMP TABLE dropme2 ON COMMIT DROP AS SELECT 1 AS x;
SELECT * FROM dropme2;
CREATE TEMP TABLE keep ON COMMIT PRESERVE ROWS AS SELECT a FROM t;
SELECT * FROM keep;
SELECT a INTO TEMP TABLE into_tmp FROM public.t;
SELECT * FROM into_tmp;
SELECT a INTO TEMPORARY into_tmp2 FROM public.t;
SELECT relpersistence FROM pg_class WHERE relname IN ('into_tmp', 'into_tmp2', 'keep');
-- rolled back creation
BEGIN;
CREATE TEMP TABLE rb (x int);
ROLLBACK;
SELECT * FROM rb;
DROP TABLE t;
SELECT * FROM t;
CREATE UNLOGGED TABLE ul (x int);
INSERT INTO ul VALUES (5);
SELECT * FROM ul;
-- a new session sees none of them
\set QUIET on
\c
\set QUIET off
SELECT * FROM t;
SELECT * FROM tt;
SELECT * FROM keep;
CREATE TEMP TABLE t (z int);
SELECT * FROM t;
