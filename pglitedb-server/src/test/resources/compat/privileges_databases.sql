-- schema and database privileges: GRANT/REVOKE ON SCHEMA / DATABASE, USAGE and CREATE checks,
-- the search path skipping schemas without USAGE, has_schema_privilege, has_database_privilege,
-- DROP ROLE with owned or granted schemas and databases
-- (roles are cluster-wide on the reference server: everything made here is dropped at the end)
CREATE ROLE spd_u; CREATE ROLE spd_v;
CREATE DATABASE spd_db;
\c spd_db
CREATE SCHEMA spd_s;
CREATE TABLE spd_s.t (id int);
INSERT INTO spd_s.t VALUES (1);
CREATE TABLE public.spd_p (id int);
GRANT SELECT ON spd_s.t, spd_p TO spd_u;
SET ROLE spd_u;
SELECT * FROM spd_s.t;
SELECT * FROM spd_s.nosuch;
SET search_path = spd_s, public;
SELECT current_schema();
SELECT * FROM t;
SELECT * FROM spd_p;
CREATE TABLE spd_s.t2 (a int);
CREATE TABLE public.spd_t3 (a int);
CREATE TABLE spd_t3 (a int);
CREATE SEQUENCE spd_s.q;
CREATE VIEW spd_s.v AS SELECT 1 AS x;
CREATE SCHEMA spd_x;
SELECT has_schema_privilege('spd_s', 'USAGE'), has_schema_privilege('public', 'CREATE'),
       has_schema_privilege('public', 'USAGE'), has_schema_privilege('pg_catalog', 'USAGE');
SELECT has_database_privilege(current_database(), 'CONNECT'), has_database_privilege(current_database(), 'CREATE'),
       has_database_privilege(current_database(), 'TEMP');
RESET ROLE;
RESET search_path;
SELECT has_schema_privilege('spd_u', 'nosuch', 'USAGE');
SELECT has_database_privilege('spd_u', 'nosuch', 'CONNECT');
SELECT has_database_privilege('spd_u', current_database(), 'USAGE');
SELECT has_schema_privilege('spd_u', 'public', 'SELECT');
SELECT has_schema_privilege('spd_u', 0::oid, 'USAGE') IS NULL AS no_schema;
GRANT SELECT ON SCHEMA spd_s TO spd_u;
GRANT USAGE ON SCHEMA spd_nosuch TO spd_u;
GRANT CONNECT ON DATABASE spd_nosuch TO spd_u;
GRANT USAGE ON DATABASE spd_db TO spd_u;
GRANT USAGE (id) ON SCHEMA spd_s TO spd_u;
GRANT USAGE ON SCHEMA spd_s TO spd_u WITH GRANT OPTION;
SET ROLE spd_u;
SELECT * FROM spd_s.t;
SET search_path = spd_s, public;
SELECT current_schema();
SELECT * FROM t;
CREATE TABLE spd_s.t2 (a int);
GRANT USAGE ON SCHEMA spd_s TO spd_v;
GRANT CREATE ON SCHEMA spd_s TO spd_v;
RESET search_path;
RESET ROLE;
SELECT has_schema_privilege('spd_v', 'spd_s', 'USAGE'), has_schema_privilege('spd_u', 'spd_s', 'USAGE WITH GRANT OPTION');
GRANT CREATE ON SCHEMA spd_s TO spd_u;
GRANT CREATE ON DATABASE spd_db TO spd_u;
SET ROLE spd_u;
CREATE TABLE spd_s.t2 (a int);
CREATE SCHEMA spd_x;
ALTER SCHEMA spd_x RENAME TO spd_y;
RESET ROLE;
SELECT c.relname, pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.relname = 't2';
SELECT nspname, pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname LIKE 'spd%' ORDER BY 1;
DROP ROLE spd_v;
DROP ROLE spd_u;
\c postgres
DROP ROLE spd_u;
\c spd_db
REVOKE USAGE ON SCHEMA spd_s FROM spd_u;
REVOKE USAGE ON SCHEMA spd_s FROM spd_u CASCADE;
REVOKE ALL ON SCHEMA spd_s FROM spd_u;
DROP SCHEMA spd_y;
DROP TABLE spd_s.t2;
REVOKE ALL ON DATABASE spd_db FROM spd_u;
DROP ROLE spd_u;
SET ROLE spd_v;
SELECT * FROM spd_s.t;
RESET ROLE;
ALTER DATABASE spd_db OWNER TO spd_v;
SET ROLE spd_v;
ALTER DATABASE spd_db OWNER TO spd_u;
RESET ROLE;
SELECT datname, pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'spd_db';
DROP ROLE spd_v;
DROP SCHEMA spd_s CASCADE;
DROP TABLE spd_p;
\c postgres
DROP DATABASE spd_db;
DROP ROLE spd_u, spd_v;
