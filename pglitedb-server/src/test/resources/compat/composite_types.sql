-- CREATE TYPE name AS (...): composite types, their text form, arrays of them, ROW(...)::type,
-- field selection, catalogs, and plpgsql variables of them.
CREATE TYPE pair AS (a integer, b integer, c text);
SELECT ROW(1, 2, 'a b')::pair, (ROW(1, 2, 'x')::pair).c, pg_typeof(ROW(1, 2, 'x')::pair);
SELECT '(1,2,"x, y")'::pair, '(,,)'::pair, ('(7,8,z)'::pair).b;
SELECT ROW(1, NULL, 'q"r')::pair;
SELECT array_append('{}'::pair[], ROW(1, 2, 'a')::pair);
SELECT ARRAY[ROW(1, 2, 'a')::pair, ROW(3, NULL, NULL)::pair];
SELECT ROW(1, 2)::pair;
SELECT ROW(1, 2, 'a', 4)::pair;
SELECT '(1,2'::pair;
SELECT '(1,2,3,4)'::pair;
SELECT 'x'::pair;
SELECT ROW(1, 2, 'a')::pair = ROW(1, 2, 'a')::pair, ROW(1, 2, 'a')::pair < ROW(1, 3, 'a')::pair;
CREATE TYPE pair AS (x int);
CREATE TYPE dup AS (x int, x text);

-- a table column of a composite type
CREATE TABLE pairs (id int, p pair);
INSERT INTO pairs VALUES (1, ROW(1, 2, 'one')), (2, '(3,4,two)'), (3, NULL);
SELECT id, p, (p).a, (p).c FROM pairs ORDER BY id;

-- catalogs
SELECT t.typname, t.typtype, t.typcategory, c.relname, c.relkind, e.typname AS elem
FROM pg_type t LEFT JOIN pg_class c ON c.oid = t.typrelid LEFT JOIN pg_type e ON e.oid = t.typelem
WHERE t.typname IN ('pair', '_pair') ORDER BY t.typname;
SELECT a.attname, a.atttypid::regtype, a.attnum
FROM pg_attribute a JOIN pg_type t ON t.typrelid = a.attrelid
WHERE t.typname = 'pair' ORDER BY a.attnum;

-- plpgsql variables of a composite type
CREATE FUNCTION make_pair(n int) RETURNS pair AS $$
DECLARE
  r pair;
BEGIN
  r.a := n;
  r.b := n * 2;
  r.c := 'n=' || n;
  RETURN r;
END $$ LANGUAGE plpgsql;
SELECT make_pair(3), (make_pair(4)).c;

-- an aggregate over a composite state
CREATE TYPE sum_count AS (total bigint, count bigint);
CREATE FUNCTION sc_step(s sum_count, v int) RETURNS sum_count AS $$
BEGIN
  IF v IS NULL THEN
    RETURN s;
  END IF;
  s.total := s.total + v;
  s.count := s.count + 1;
  RETURN s;
END $$ LANGUAGE plpgsql;
CREATE FUNCTION sc_avg(s sum_count) RETURNS numeric AS 'SELECT (s).total::numeric / nullif((s).count, 0)' LANGUAGE sql;
CREATE AGGREGATE my_avg(int) (stype = sum_count, sfunc = sc_step, finalfunc = sc_avg, initcond = '(0,0)');
SELECT my_avg(x), avg(x) FROM (VALUES (1), (2), (NULL), (4)) v(x);
DROP TABLE pairs;
DROP TYPE nosuchtype;
DROP TYPE IF EXISTS nosuchtype;
