-- What stock pg_dump 15 asks of the server beyond plain catalog reads (scripts/pg-dump-queries.sh)
SET synchronize_seqscans TO off;
SHOW synchronize_seqscans;
SET synchronize_seqscans TO maybe;
RESET synchronize_seqscans;

-- acldefault(type, owner) for each object type
SELECT t, acldefault(t::"char", 10) FROM unnest(ARRAY['c', 'r', 's', 'd', 'f', 'l', 'L', 'n', 't', 'F', 'S', 'T']) t;
SELECT acldefault('n', r.oid) FROM pg_roles r WHERE r.rolname = 'postgres';
SELECT acldefault('x', 10);
CREATE ROLE "Dump Owner";
SELECT acldefault('r', (SELECT oid FROM pg_roles WHERE rolname = 'Dump Owner'));
DROP ROLE "Dump Owner";

-- reloptions as rows
SELECT * FROM pg_options_to_table(ARRAY['fillfactor=70', 'autovacuum_enabled=false', 'x=a=b']);
SELECT * FROM pg_options_to_table(NULL);
SELECT count(*) FROM pg_options_to_table('{}');

-- a sequence read as a relation
CREATE SEQUENCE dump_seq START 5 INCREMENT 3;
SELECT last_value, log_cnt, is_called FROM dump_seq;
SELECT pg_sequence_last_value('dump_seq');
SELECT nextval('dump_seq'), nextval('dump_seq');
SELECT last_value, is_called FROM public.dump_seq;
SELECT s.last_value FROM dump_seq s;
SELECT setval('dump_seq', 100, false);
SELECT last_value, is_called FROM dump_seq;
SELECT pg_sequence_last_value('dump_seq');
CREATE TABLE dump_t (id serial PRIMARY KEY, v text);
INSERT INTO dump_t (v) VALUES ('a'), ('b');
SELECT last_value, is_called FROM dump_t_id_seq;
SELECT pg_sequence_last_value('dump_t');
SELECT * FROM no_such_seq;

-- user functions' signatures as pg_dump reads them
CREATE FUNCTION dump_f(a integer, b text, OUT c integer, OUT d text) LANGUAGE sql STABLE AS 'SELECT a, b';
CREATE FUNCTION dump_g(n int) RETURNS TABLE(i int, sq bigint) LANGUAGE sql AS 'SELECT g, g::bigint * g FROM generate_series(1, n) g';
CREATE FUNCTION dump_h(VARIADIC xs int[]) RETURNS SETOF int LANGUAGE sql AS 'SELECT unnest(xs)';
CREATE PROCEDURE dump_p(x int, INOUT y int) LANGUAGE plpgsql AS 'BEGIN y := x; END';
SELECT proname, pg_get_function_arguments(oid), pg_get_function_identity_arguments(oid), pg_get_function_result(oid)
  FROM pg_proc WHERE proname LIKE 'dump\_%' ORDER BY 1;
