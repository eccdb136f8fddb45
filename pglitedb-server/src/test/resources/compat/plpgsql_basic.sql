-- PL/pgSQL functions and DO blocks: declarations, control flow, RAISE, SQL with INTO, exceptions
CREATE FUNCTION f_leak(text) RETURNS bool COST 0.0000001 LANGUAGE plpgsql
    AS 'BEGIN RAISE NOTICE ''f_leak => %'', $1; RETURN true; END';
SELECT f_leak('abc');
CREATE FUNCTION add1(a int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  b int := 10;
  c CONSTANT text := 'x';
BEGIN
  IF a > 5 THEN
    b := b + a;
  ELSIF a < 0 THEN
    RAISE EXCEPTION 'negative: %', a USING HINT = 'use positive', ERRCODE = '22023';
  ELSE
    b := 0;
  END IF;
  FOR i IN 1..3 LOOP
    b := b + i;
  END LOOP;
  FOR i IN REVERSE 10..1 BY 4 LOOP
    b := b + i;
  END LOOP;
  RETURN b;
END $$;
SELECT add1(1), add1(7);
SELECT add1(-1);
DO $$ BEGIN RAISE NOTICE 'hello % and %%', 1 + 1; END $$;
DO $$ BEGIN RAISE WARNING 'careful'; RAISE INFO 'info %', NULL; END $$;
CREATE TABLE t1(id int PRIMARY KEY, v text);
DO $$
DECLARE
  r record;
  n int := 0;
  t t1%ROWTYPE;
  vv t1.v%TYPE;
BEGIN
  INSERT INTO t1 VALUES (1, 'a'), (2, 'b');
  GET DIAGNOSTICS n = ROW_COUNT;
  RAISE NOTICE 'inserted %', n;
  FOR r IN SELECT * FROM t1 ORDER BY id LOOP
    RAISE NOTICE 'row % %', r.id, r.v;
  END LOOP;
  SELECT count(*) INTO n FROM t1;
  RAISE NOTICE 'count %', n;
  SELECT * INTO t FROM t1 WHERE id = 2;
  RAISE NOTICE 't = % %', t.id, t.v;
  SELECT v INTO vv FROM t1 WHERE id = 1;
  RAISE NOTICE 'vv = %', vv;
  PERFORM * FROM t1 WHERE id = 5;
  IF NOT FOUND THEN
    RAISE NOTICE 'not found';
  END IF;
  UPDATE t1 SET v = v || '!' WHERE id > 0;
  RAISE NOTICE 'updated found=%', FOUND;
END $$;
SELECT * FROM t1 ORDER BY id;
DO $$
BEGIN
  BEGIN
    INSERT INTO t1 VALUES (3, 'c');
    PERFORM 1 / 0;
  EXCEPTION WHEN division_by_zero THEN
    RAISE NOTICE 'caught % %', SQLSTATE, SQLERRM;
  END;
  BEGIN
    INSERT INTO t1 VALUES (1, 'dup');
  EXCEPTION WHEN unique_violation OR not_null_violation THEN
    RAISE NOTICE 'duplicate';
  END;
  BEGIN
    RAISE EXCEPTION USING ERRCODE = 'P1234', MESSAGE = 'custom';
  EXCEPTION WHEN SQLSTATE 'P1234' THEN
    RAISE NOTICE 'custom caught %', SQLSTATE;
  END;
  BEGIN
    PERFORM no_such_function();
  EXCEPTION WHEN others THEN
    RAISE NOTICE 'others: %', SQLERRM;
  END;
END $$;
SELECT * FROM t1 ORDER BY id;
DO $$ DECLARE x int; BEGIN x := 1 / 0; END $$;
DO $$ BEGIN PERFORM foo + 1; END $$;
DO $$ DECLARE y int; BEGIN y := foo + 1; END $$;
DO $$ DECLARE y int; BEGIN IF y = bar THEN END IF; END $$;
DO $$ BEGIN INSERT INTO t1 VALUES (1, 'again'); END $$;
DO $$ BEGIN RAISE division_by_zero; END $$;
DO $$ BEGIN RAISE SQLSTATE '22012' USING MESSAGE = 'by sqlstate', DETAIL = 'some detail'; END $$;
CREATE FUNCTION sf(n int) RETURNS SETOF int LANGUAGE plpgsql AS $$
BEGIN
  FOR i IN 1..n LOOP
    RETURN NEXT i * 10;
  END LOOP;
  RETURN QUERY SELECT 99;
END $$;
SELECT * FROM sf(3);
CREATE FUNCTION loops() RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  i int := 0;
  s text := '';
BEGIN
  LOOP
    i := i + 1;
    CONTINUE WHEN i = 2;
    EXIT WHEN i > 5;
    s := s || i;
  END LOOP;
  WHILE i > 0 LOOP
    i := i - 2;
  END LOOP;
  <<outer>>
  FOR a IN 1..3 LOOP
    FOR b IN 1..3 LOOP
      EXIT outer WHEN a * b = 4;
      s := s || '.';
    END LOOP;
  END LOOP;
  CASE i
    WHEN 0, -1 THEN s := s || ' zero-ish';
    ELSE s := s || ' other';
  END CASE;
  CASE WHEN length(s) > 3 THEN s := s || ' long'; END CASE;
  RETURN s || ' ' || i;
END $$;
SELECT loops();
CREATE FUNCTION nocase(x int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  CASE x WHEN 1 THEN RETURN 1; END CASE;
END $$;
SELECT nocase(1);
SELECT nocase(2);
CREATE FUNCTION noreturn() RETURNS int LANGUAGE plpgsql AS $$ BEGIN END $$;
SELECT noreturn();
CREATE FUNCTION strict_into(k int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
  SELECT v INTO STRICT r FROM t1 WHERE id >= k;
  RETURN r;
END $$;
SELECT strict_into(2);
SELECT strict_into(1);
SELECT strict_into(9);
CREATE FUNCTION dyn(tab text, k int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
  EXECUTE 'SELECT v FROM ' || quote_ident(tab) || ' WHERE id = $1' INTO r USING k;
  EXECUTE format('CREATE TABLE %I (x int)', tab || '_copy');
  RETURN r;
END $$;
SELECT dyn('t1', 2);
SELECT * FROM t1_copy;
CREATE FUNCTION outp(a int, OUT doubled int, OUT tripled int) LANGUAGE plpgsql AS $$
BEGIN
  doubled := a * 2;
  tripled := a * 3;
END $$;
SELECT * FROM outp(5);
CREATE FUNCTION tabf(n int) RETURNS TABLE(k int, label text) LANGUAGE plpgsql AS $$
BEGIN
  FOR i IN 1..n LOOP
    k := i;
    label := 'n' || i;
    RETURN NEXT;
  END LOOP;
END $$;
SELECT * FROM tabf(2);
CREATE PROCEDURE proc(x int) LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO t1 VALUES (x, 'proc');
  RAISE NOTICE 'proc inserted %', x;
END $$;
CALL proc(10);
SELECT * FROM t1 WHERE id = 10;
CREATE FUNCTION nested() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN add1(-5); END $$;
SELECT nested();
DO $$ DECLARE x int NOT NULL := 1; BEGIN x := NULL; END $$;
DO $$ DECLARE arr int[] := '{}'; BEGIN arr[1] := 5; arr[2] := 7; RAISE NOTICE '%', arr; END $$;
DO $$ DECLARE arr int[] := ARRAY[1,2,3]; x int; s int := 0; BEGIN FOREACH x IN ARRAY arr LOOP s := s + x; END LOOP; RAISE NOTICE 'sum %', s; ASSERT s = 6; ASSERT s = 7, 'sum is not 7'; END $$;
