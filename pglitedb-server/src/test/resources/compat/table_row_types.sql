-- Every table, view and materialized view has a row type of its name (pg_type typtype 'c',
-- typrelid the relation, pg_class.reltype the type) and an array type _name.
CREATE TABLE rt (a int, b text);
CREATE VIEW rtv AS SELECT * FROM rt;
CREATE TYPE rtc AS (x int, y text);
INSERT INTO rt VALUES (1, 'a'), (2, 'b');
SELECT 'rt'::regtype, 'rt'::regtype::oid = (SELECT reltype FROM pg_class WHERE relname = 'rt') AS same;
SELECT format_type('rt'::regtype, NULL), format_type('_rt'::regtype, NULL), '_rt'::regtype, 'rt[]'::regtype, '_rtc'::regtype;
SELECT pg_typeof(rt), rt FROM rt ORDER BY a;
SELECT pg_typeof(x), x FROM rt x ORDER BY a;
SELECT (ROW(1, 'x')::rt).b, pg_typeof(ROW(1, 'x')::rt);
SELECT '(3,c)'::rt, ('(3,c)'::rt).a;
SELECT ARRAY[ROW(1, 'x')::rt, ROW(2, 'y')::rt], pg_typeof(ARRAY[ROW(1, 'x')::rt]);
SELECT typname, typtype, typrelid::regclass, typelem::regtype, typarray::regtype, typlen, typalign, typinput,
       typoutput, typreceive, typsend, typdelim, typsubscript
  FROM pg_type WHERE typname IN ('rt', '_rt', 'rtv', '_rtv', 'rtc', '_rtc') ORDER BY 1;
SELECT relname, relkind, reltype::regtype, reloftype FROM pg_class WHERE relname IN ('rt', 'rtv', 'rtc') ORDER BY 1;
SELECT c.relname, t.typname, t.typnamespace = c.relnamespace AS same_schema, t.typowner = c.relowner AS same_owner
  FROM pg_class c JOIN pg_type t ON t.oid = c.reltype WHERE c.relname IN ('rt', 'rtv') ORDER BY 1;
-- functions returning a table's rows
CREATE FUNCTION rt_rows(int) RETURNS SETOF rt AS 'SELECT * FROM rt WHERE a >= $1 ORDER BY a' LANGUAGE sql;
SELECT * FROM rt_rows(1);
SELECT b FROM rt_rows(2) r;
DROP FUNCTION rt_rows(int);
-- in another schema: qualified when not on the search path
CREATE SCHEMA rts;
CREATE TABLE rts.rt2 (z int);
SELECT 'rts.rt2'::regtype, format_type('rts.rt2'::regtype, NULL), 'rts.rt2[]'::regtype;
-- types and relations share one name space
CREATE TYPE rt AS ENUM ('x');
CREATE TYPE rtv AS (q int);
CREATE TABLE rtc (q int);
SELECT * FROM rtc;
-- a column of a table's row type
CREATE TABLE rt_holder (r rt);
INSERT INTO rt_holder VALUES (ROW(5, 'five'));
SELECT r, (r).b FROM rt_holder;
DROP TABLE rt_holder;
-- the row type follows ALTER TABLE
ALTER TABLE rt ADD COLUMN c int;
SELECT rt FROM rt ORDER BY a;
SELECT ROW(1, 'x', 3)::rt;
ALTER TABLE rt RENAME TO rt_renamed;
SELECT 'rt_renamed'::regtype, typname FROM pg_type WHERE typrelid = 'rt_renamed'::regclass;
SELECT 'rt'::regtype;
CREATE MATERIALIZED VIEW rtm AS SELECT 1 AS one;
SELECT 'rtm'::regtype, typtype FROM pg_type WHERE typname = 'rtm';
DROP MATERIALIZED VIEW rtm;
SELECT 'rtm'::regtype;
SELECT count(*) FROM pg_type t JOIN pg_class c ON c.oid = t.typrelid WHERE c.relnamespace = 'public'::regnamespace;
-- sequences and indexes have none
CREATE SEQUENCE rt_seq;
CREATE INDEX rt_idx ON rt_renamed (a);
SELECT relname, reltype FROM pg_class WHERE relname IN ('rt_seq', 'rt_idx') ORDER BY 1;
