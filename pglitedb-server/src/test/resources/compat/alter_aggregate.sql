-- ALTER AGGREGATE ... RENAME, ordered-set aggregates made over the built-in support functions,
-- and gram.y's merge of (VARIADIC t ORDER BY VARIADIC t)
CREATE TABLE os_t (x int, f float8);
INSERT INTO os_t VALUES (1, 0.5), (2, 1.5), (3, 2.5), (4, 3.5), (NULL, NULL);
CREATE AGGREGATE my_percentile_disc(float8 ORDER BY anyelement) (
  stype = internal, sfunc = ordered_set_transition, finalfunc = percentile_disc_final,
  finalfunc_extra = true, finalfunc_modify = read_write);
CREATE AGGREGATE my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
  stype = internal, sfunc = ordered_set_transition_multi, finalfunc = rank_final,
  finalfunc_extra = true, hypothetical);
SELECT my_percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM os_t;
SELECT my_percentile_disc(0.25) WITHIN GROUP (ORDER BY f) FROM os_t;
SELECT my_rank(3) WITHIN GROUP (ORDER BY x) FROM os_t;
SELECT my_percentile_disc(x) FROM os_t;
SELECT p.proname, pg_get_function_arguments(p.oid), a.aggkind, a.aggnumdirectargs
  FROM pg_proc p JOIN pg_aggregate a ON a.aggfnoid = p.oid
  WHERE p.pronamespace = 'public'::regnamespace ORDER BY 1;
SELECT my_rank(1, 2) FROM os_t;

CREATE AGGREGATE my_sum(int4) (stype = int4, sfunc = int4pl);
CREATE AGGREGATE other_sum(int4) (stype = int4, sfunc = int4pl);
ALTER AGGREGATE my_sum(int4) RENAME TO total;
SELECT total(x) FROM os_t;
SELECT my_sum(x) FROM os_t;
ALTER AGGREGATE total(int4) RENAME TO other_sum;
ALTER AGGREGATE nosuch(int4) RENAME TO x;
ALTER AGGREGATE total(int8) RENAME TO x;
SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1;
DROP AGGREGATE my_rank(VARIADIC "any" ORDER BY VARIADIC "any");
DROP AGGREGATE my_percentile_disc(float8 ORDER BY anyelement);
DROP AGGREGATE total(int4), other_sum(int4);
SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace;
