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

-- name subscripts: name is a fixed array of 64 "char" (pg_dump's isarray test: typname[0] = '_')
SELECT ('abc'::name)[0], ('abc'::name)[2], ('abc'::name)[3]::int, ('abc'::name)[63] IS NULL AS in_range,
  ('abc'::name)[64] IS NULL AS past_end, ('abc'::name)[-1] IS NULL AS negative, ('abc'::name)[0][0] IS NULL AS two,
  pg_typeof(('abc'::name)[0]);
SELECT typname, typname[0] = '_' AND typelem <> 0 AS isarray FROM pg_type WHERE typname IN ('_int4', 'int4', '_text') ORDER BY 1;
SELECT ('abc'::name)[0:1];
SELECT ('abc'::name)[NULL] IS NULL;

-- what pg_dump reads about columns, schemas and views
SELECT attname, atthasmissing, attmissingval FROM pg_attribute
  WHERE attrelid = 'dump_t'::regclass AND attnum > 0 ORDER BY attnum;
SELECT objoid::regnamespace, classoid::regclass, objsubid, privtype, initprivs FROM pg_init_privs
  WHERE classoid = 'pg_namespace'::regclass ORDER BY 1;
CREATE TYPE dump_mood AS ENUM ('a', 'b');
CREATE TABLE dump_m (m dump_mood, ms dump_mood[]);
SELECT a.attname, a.attstorage, t.typstorage FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
  WHERE a.attrelid = 'dump_m'::regclass AND a.attnum > 0 ORDER BY a.attnum;
CREATE VIEW dump_v AS SELECT id FROM dump_t WITH CASCADED CHECK OPTION;
SELECT relname, reloptions FROM pg_class WHERE relname IN ('dump_v', 'dump_t') ORDER BY 1;
SELECT r.rulename, r.ev_class::regclass, r.ev_type, r.ev_enabled, r.is_instead FROM pg_rewrite r
  WHERE r.ev_class = 'dump_v'::regclass;
SELECT DISTINCT d.classid::regclass, d.refclassid::regclass, d.refobjid::regclass, d.deptype FROM pg_depend d
  JOIN pg_rewrite r ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
  WHERE r.ev_class = 'dump_v'::regclass AND (d.refobjid <> r.ev_class OR d.deptype = 'i') ORDER BY 3, 4;
SELECT d.classid::regclass, d.refobjid::regclass, d.refobjsubid, d.deptype FROM pg_depend d
  JOIN pg_attrdef ad ON d.classid = 'pg_attrdef'::regclass AND d.objid = ad.oid
  WHERE ad.adrelid = 'dump_t'::regclass ORDER BY 4;

-- a serial column's default under an empty search_path (pg_dump's), and qualified type names
SET search_path = '';
SELECT pg_get_expr(adbin, adrelid) FROM pg_catalog.pg_attrdef WHERE adrelid = 'public.dump_t'::pg_catalog.regclass;
INSERT INTO public.dump_t (v) VALUES ('c') RETURNING id;
SELECT pg_catalog.format_type('public.dump_mood'::pg_catalog.regtype, NULL), pg_catalog.format_type(a.atttypid, a.atttypmod)
  FROM pg_catalog.pg_attribute a WHERE a.attrelid = 'public.dump_m'::pg_catalog.regclass AND a.attnum = 2;
RESET search_path;
SELECT format_type('dump_mood'::regtype, NULL);

-- inheritance as pg_dump reads it: COPY copies a table's own rows, pg_depend orders parents first
CREATE TABLE dump_parent (a int, b text);
CREATE TABLE dump_child (c int) INHERITS (dump_parent);
INSERT INTO dump_parent VALUES (1, 'parent');
INSERT INTO dump_child VALUES (2, 'child', 3);
COPY dump_parent TO STDOUT;
COPY dump_child TO STDOUT;
COPY (SELECT * FROM dump_parent ORDER BY a) TO STDOUT;
CREATE TABLE dump_range (k int, v text) PARTITION BY RANGE (k);
CREATE TABLE dump_range_1 PARTITION OF dump_range FOR VALUES FROM (0) TO (10);
INSERT INTO dump_range VALUES (1, 'one');
COPY dump_range TO STDOUT;
COPY dump_range_1 TO STDOUT;
SELECT objid::regclass, refobjid::regclass, refobjsubid, deptype FROM pg_depend
  WHERE classid = 'pg_class'::regclass AND objid IN ('dump_child'::regclass, 'dump_range_1'::regclass)
  AND refclassid = 'pg_class'::regclass ORDER BY 1;
SELECT relname, relreplident FROM pg_class WHERE relname IN ('dump_range', 'dump_range_1', 'dump_parent') ORDER BY 1;

-- DEFAULT VALUES into GENERATED ALWAYS identity and generated columns
CREATE TABLE dump_always (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, twice int GENERATED ALWAYS AS (id * 2) STORED);
INSERT INTO dump_always DEFAULT VALUES;
INSERT INTO dump_always DEFAULT VALUES RETURNING *;
INSERT INTO dump_always VALUES (DEFAULT, DEFAULT) RETURNING *;
INSERT INTO dump_always VALUES (7);
SELECT * FROM dump_always ORDER BY id;
