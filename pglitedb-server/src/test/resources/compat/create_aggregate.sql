-- CREATE AGGREGATE / DROP AGGREGATE: user-defined aggregates over SQL, plpgsql and built-in
-- support functions, in GROUP BY, DISTINCT, ORDER BY, FILTER and window queries.
CREATE TABLE agg_t (g int, x int, s text);
INSERT INTO agg_t VALUES (1, 1, 'a'), (1, 2, NULL), (1, 3, 'c'), (2, 4, 'd'), (2, NULL, 'e'), (3, NULL, NULL);

-- built-in transition and final functions, the old syntax and its obsolete spellings
CREATE AGGREGATE newavg (sfunc = int4_avg_accum, basetype = int4, stype = _int8, finalfunc = int8_avg,
    initcond1 = '{0,0}');
CREATE AGGREGATE newsum (sfunc1 = int4pl, basetype = int4, stype1 = int4, initcond1 = '0');
CREATE AGGREGATE newcnt (*) (sfunc = int8inc, stype = int8, initcond = '0', parallel = safe);
CREATE AGGREGATE oldcnt (sfunc = int8inc, basetype = 'ANY', stype = int8, initcond = '0');
CREATE AGGREGATE newcnt ("any") (sfunc = int8inc_any, stype = int8, initcond = '0');
SELECT g, newavg(x), newsum(x), newcnt(*), oldcnt(*), newcnt(x) FROM agg_t GROUP BY g ORDER BY g;
SELECT newavg(x), newsum(x), newcnt(x) FROM agg_t WHERE false;

-- a SQL transition function; a strict one without INITCOND starts from the first non-null input
CREATE FUNCTION sum3(int8, int8, int8) RETURNS int8 AS 'select $1 + $2 + $3' LANGUAGE sql STRICT IMMUTABLE;
CREATE AGGREGATE sum2(int8, int8) (sfunc = sum3, stype = int8, initcond = '0');
SELECT sum2(x, g) FROM agg_t;
CREATE FUNCTION concat_strict(text, text) RETURNS text AS $$ SELECT $1 || '+' || $2 $$ LANGUAGE sql STRICT;
CREATE AGGREGATE cat_strict(text) (sfunc = concat_strict, stype = text);
CREATE FUNCTION concat_lax(text, text) RETURNS text AS $$ SELECT coalesce($1, '?') || '+' || coalesce($2, '?') $$
    LANGUAGE sql;
CREATE AGGREGATE cat_lax(text) (sfunc = concat_lax, stype = text, initcond = 'start');
SELECT g, cat_strict(s ORDER BY x), cat_lax(s ORDER BY x) FROM agg_t GROUP BY g ORDER BY g;
SELECT cat_strict(DISTINCT s ORDER BY s), cat_lax(s ORDER BY s DESC) FILTER (WHERE x > 1) FROM agg_t;

-- a final function, a plpgsql transition function
CREATE FUNCTION pl_step(int8, int4) RETURNS int8 AS $$
BEGIN
  RETURN $1 * 10 + $2;
END $$ LANGUAGE plpgsql STRICT;
CREATE FUNCTION pl_final(int8) RETURNS text AS $$ SELECT 'digits ' || $1 $$ LANGUAGE sql;
CREATE AGGREGATE digits(int4) (sfunc = pl_step, stype = int8, finalfunc = pl_final, initcond = '0');
SELECT digits(x ORDER BY x DESC) FROM agg_t;
SELECT g, digits(x) OVER (ORDER BY g, x) FROM agg_t WHERE x IS NOT NULL ORDER BY g, x;

-- polymorphic aggregates
CREATE FUNCTION least_accum(anycompatible, anycompatible) RETURNS anycompatible LANGUAGE sql
    AS 'select least($1, $2)';
CREATE AGGREGATE least_agg(int4) (stype = int8, sfunc = least_accum);
CREATE AGGREGATE least_agg(int8) (stype = int8, sfunc = least_accum);
SELECT least_agg(x::int8) FROM agg_t;
CREATE FUNCTION first_accum(anyelement, anyelement) RETURNS anyelement LANGUAGE sql
    AS 'select coalesce($1, $2)';
CREATE AGGREGATE first_agg(anyelement) (stype = anyelement, sfunc = first_accum);
SELECT first_agg(s ORDER BY x DESC), first_agg(x ORDER BY s), pg_typeof(first_agg(x)) FROM agg_t;

-- moving-aggregate mode in windows: the inverse transition function removes rows
CREATE FUNCTION log_add(text, text) RETURNS text AS $$ SELECT $1 || '+' || $2 $$ LANGUAGE sql STRICT;
CREATE FUNCTION log_remove(text, text) RETURNS text AS $$ SELECT $1 || '-' || $2 $$ LANGUAGE sql STRICT;
CREATE FUNCTION log_plain(text, text) RETURNS text AS $$ SELECT $1 || '*' || $2 $$ LANGUAGE sql STRICT;
CREATE AGGREGATE log_agg(text) (stype = text, sfunc = log_plain, mstype = text, msfunc = log_add,
    minvfunc = log_remove, initcond = 'I', minitcond = 'MI');
SELECT x, log_agg(s) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW),
       log_agg(s) OVER (ORDER BY x ROWS UNBOUNDED PRECEDING),
       log_agg(s) FILTER (WHERE x <> 2) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
FROM agg_t WHERE x IS NOT NULL ORDER BY x;

-- the catalogs
SELECT p.proname, p.prokind, p.prorettype::regtype, p.pronargs, a.aggkind, a.aggtransfn, a.aggfinalfn,
       a.aggmtransfn, a.aggminvtransfn, a.aggtranstype::regtype, a.agginitval, a.aggminitval
FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
WHERE p.pronamespace = 'public'::regnamespace ORDER BY p.proname, p.pronargs;
\da news*

-- errors
CREATE AGGREGATE bad1(int4) (sfunc = int4pl);
CREATE AGGREGATE bad2(int4) (stype = int4);
CREATE AGGREGATE bad3(int4) (stype = int4, sfunc = int4pl, initcond = 'x');
CREATE AGGREGATE bad4(int4) (stype = int4, sfunc = int4pl, parallel = pear);
CREATE AGGREGATE bad5(int4) (stype = text, sfunc = int4pl);
CREATE AGGREGATE bad6(int4) (stype = int8, sfunc = nosuchfunc);
CREATE AGGREGATE bad7(int4) (stype = int4, sfunc = int4pl, bogus = 1, msfunc = int4pl);
CREATE AGGREGATE bad8(text) (stype = int8, sfunc = int8inc_any);
CREATE AGGREGATE newsum(int4) (stype = int4, sfunc = int4pl);
CREATE OR REPLACE AGGREGATE sum3(int8, int8, int8) (stype = int8, sfunc = sum3);
CREATE OR REPLACE AGGREGATE newsum(int4) (stype = int8, sfunc = int4_sum);
CREATE OR REPLACE AGGREGATE newsum(int4) (stype = int4, sfunc = int4pl, initcond = '100');
SELECT newsum(x) FROM agg_t;
SELECT newsum(x) FROM agg_t WHERE newsum(x) > 0;
SELECT sum2(x) FROM agg_t;
SELECT length('a' ORDER BY 1);
SELECT cat_strict(*) FROM agg_t;

-- DROP AGGREGATE and dependencies
DROP FUNCTION sum2(int8, int8);
DROP AGGREGATE sum3(int8, int8, int8);
DROP AGGREGATE nosuchagg(int4);
DROP AGGREGATE IF EXISTS nosuchagg(int4);
DROP AGGREGATE nosuchagg(*);
DROP FUNCTION sum3(int8, int8, int8);
DROP FUNCTION least_accum(anycompatible, anycompatible) CASCADE;
DROP FUNCTION log_add(text, text) CASCADE;
DROP AGGREGATE newcnt(*), newcnt("any"), oldcnt(*);
DROP AGGREGATE sum2(int8, int8);
DROP FUNCTION sum3(int8, int8, int8);
SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND prokind = 'a' ORDER BY 1;
