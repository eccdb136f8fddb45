-- A function declared RETURNS t (a table's row type or a composite type): pg_proc.prorettype is t,
-- with no OUT columns; it returns values of t in a select list and t's columns in FROM;
-- (f()).* and (f()).col, and (row value).* in general, expand as PostgreSQL's select list does.
CREATE TABLE emp (name text, salary int);
INSERT INTO emp VALUES ('a', 10), ('b', 20);
CREATE TYPE cp AS (x int, y text);
CREATE FUNCTION getemp() RETURNS emp LANGUAGE sql AS 'SELECT * FROM emp ORDER BY name LIMIT 1';
CREATE FUNCTION getcp(int) RETURNS cp LANGUAGE sql AS 'SELECT $1, ''t''';
CREATE FUNCTION allemp() RETURNS SETOF emp LANGUAGE sql AS 'SELECT * FROM emp ORDER BY name';
CREATE FUNCTION plcp(n int) RETURNS cp LANGUAGE plpgsql AS $$ DECLARE r cp; BEGIN r.x := n; r.y := 'p'; RETURN r; END $$;
CREATE FUNCTION plemps() RETURNS SETOF emp LANGUAGE plpgsql AS $$
DECLARE r emp;
BEGIN
  FOR r IN SELECT * FROM emp ORDER BY 1 LOOP RETURN NEXT r; END LOOP;
END $$;
SELECT proname, prorettype::regtype, proretset, proargmodes, proallargtypes, proargnames FROM pg_proc
  WHERE proname IN ('getemp', 'getcp', 'allemp', 'plcp', 'plemps') ORDER BY 1;
\df getemp
\df getcp
\df allemp
SELECT pg_get_function_result('plemps'::regproc), pg_get_function_result('plcp'::regproc);
SELECT pg_get_functiondef('getcp'::regproc);
SELECT getemp(), pg_typeof(getemp()), getcp(2), pg_typeof(getcp(2)), pg_typeof(allemp());
SELECT * FROM getemp();
SELECT * FROM getcp(3);
SELECT x FROM getcp(7);
SELECT * FROM allemp();
SELECT (getemp()).name, (getcp(4)).y;
SELECT getemp() IS NULL, (getemp()).salary + 1;
SELECT (getemp()).*;
SELECT (getcp(5)).*, 'z' AS z;
SELECT (allemp()).*;
SELECT plcp(1), (plcp(2)).*, pg_typeof(plcp(3));
SELECT * FROM plcp(4);
SELECT * FROM plemps();
SELECT (plemps()).name;
-- (row value).* for columns, casts and subquery outputs
SELECT (ROW(1, 'a')::cp).*;
SELECT (c).* FROM (SELECT getcp(6) AS c) s;
SELECT (e).* FROM emp e ORDER BY 1;
SELECT (e).name, (e).* FROM emp e WHERE salary > 15;
SELECT (1).*;
SELECT (e.salary).* FROM emp e;
CREATE VIEW vcp AS SELECT (getcp(8)).*;
SELECT * FROM vcp;
-- a body whose last statement returns one column of the composite type itself
CREATE FUNCTION rowcp() RETURNS cp LANGUAGE sql AS $$ SELECT ROW(1, 'a')::cp $$;
CREATE FUNCTION rowcps() RETURNS SETOF cp LANGUAGE sql AS $$ SELECT ROW(g, 'b')::cp FROM generate_series(1, 2) g $$;
SELECT rowcp(), (rowcp()).y;
SELECT * FROM rowcp();
SELECT * FROM rowcps();
SELECT rowcps();
-- a wrong result shape is reported when the function is created
CREATE FUNCTION badcp() RETURNS cp LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION badcp() RETURNS cp LANGUAGE sql AS $$ SELECT 1, 2, 3 $$;
