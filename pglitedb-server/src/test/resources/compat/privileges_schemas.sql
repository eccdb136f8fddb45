-- privileges and ownership with schemas, search_path and the catalogs
-- (roles are cluster-wide on the reference server: everything made here is dropped at the end)
CREATE ROLE sps_u; CREATE ROLE sps_v; CREATE ROLE sps_g;
GRANT sps_g TO sps_u;
CREATE SCHEMA sps_s AUTHORIZATION sps_u;
CREATE TABLE sps_s.t (id int, v text);
INSERT INTO sps_s.t VALUES (1, 'a');
CREATE SEQUENCE sps_s.q;
SET ROLE sps_u;
SELECT * FROM sps_s.t;
SET search_path = sps_s;
SELECT * FROM t;
SELECT nextval('q');
INSERT INTO t VALUES (2, 'b');
RESET search_path;
RESET ROLE;
GRANT SELECT ON sps_s.t TO sps_g;
GRANT USAGE ON SEQUENCE sps_s.q TO sps_u;
SET search_path = sps_s, public;
GRANT INSERT ON t TO sps_u;
SET ROLE sps_u;
SELECT * FROM t;
INSERT INTO t VALUES (2, 'b');
SELECT nextval('q');
UPDATE t SET v = 'c';
RESET ROLE;
RESET search_path;
SELECT has_table_privilege('sps_u', 'sps_s.t', 'SELECT'), has_table_privilege('sps_u', 'sps_s.t', 'UPDATE'),
       has_table_privilege('sps_v', 'sps_s.t', 'SELECT');
SELECT has_table_privilege('sps_u', 'sps_s.t'::regclass, 'INSERT'), has_table_privilege('sps_u'::regrole, 'sps_s.t', 'INSERT');
SELECT has_table_privilege('sps_u', 0::oid, 'SELECT') IS NULL AS no_table;
SELECT has_table_privilege('t', 'SELECT');
SELECT has_table_privilege('sps_v', 'pg_class', 'SELECT'), has_table_privilege('sps_v', 'pg_catalog.pg_class', 'UPDATE');
SELECT has_sequence_privilege('sps_u', 'sps_s.q', 'USAGE'), has_column_privilege('sps_u', 'sps_s.t', 'id', 'SELECT');
SELECT has_column_privilege('sps_u', 'sps_s.t'::regclass, 1::int2, 'SELECT');
SELECT pg_has_role('sps_u', 'sps_g', 'MEMBER'), pg_has_role('sps_v', 'sps_g', 'MEMBER');
GRANT SELECT ON ALL TABLES IN SCHEMA sps_nosuch TO sps_v;
GRANT SELECT ON ALL TABLES IN SCHEMA sps_s TO sps_v;
SELECT has_table_privilege('sps_v', 'sps_s.t', 'SELECT');
-- owners in the catalogs
SELECT c.relname, pg_get_userbyid(c.relowner) AS owner FROM pg_class c
  WHERE c.relnamespace = 'sps_s'::regnamespace ORDER BY 1;
ALTER TABLE sps_s.t OWNER TO sps_v;
SELECT c.relname, pg_get_userbyid(c.relowner) AS owner FROM pg_class c
  WHERE c.relnamespace = 'sps_s'::regnamespace ORDER BY 1;
SELECT r.rolname, m.rolname AS member, a.admin_option FROM pg_auth_members a
  JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
  WHERE m.rolname LIKE 'sps%' ORDER BY 1, 2;
SELECT rolname FROM pg_roles WHERE rolname IN ('pg_database_owner', 'pg_read_all_data', 'pg_monitor') ORDER BY 1;
-- schema owners
SET ROLE sps_v;
ALTER SCHEMA sps_s RENAME TO sps_s2;
ALTER SCHEMA sps_s OWNER TO sps_v;
DROP SCHEMA sps_s CASCADE;
RESET ROLE;
SET ROLE sps_u;
ALTER SCHEMA sps_s OWNER TO sps_v;
RESET ROLE;
SELECT nspname, pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'sps_s';
SET ROLE sps_u;
DROP SCHEMA sps_s CASCADE;
RESET ROLE;
SELECT count(*) FROM pg_namespace WHERE nspname = 'sps_s';
DROP ROLE sps_u, sps_v, sps_g;
