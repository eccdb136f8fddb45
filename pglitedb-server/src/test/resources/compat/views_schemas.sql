-- Views with schemas: qualified names, search_path, names bound at creation, catalog relations.
CREATE SCHEMA s;
CREATE TABLE s.t (a int PRIMARY KEY, b text);
INSERT INTO s.t VALUES (1, 'one'), (2, 'two');
CREATE VIEW s.v AS SELECT a, b FROM s.t WHERE a > 1;
SELECT * FROM s.v;
SELECT * FROM v;
SET search_path = s, public;
SELECT * FROM v;
CREATE VIEW v2 AS SELECT a FROM t;
CREATE MATERIALIZED VIEW mv AS SELECT * FROM t;
CREATE MATERIALIZED VIEW mv0 AS SELECT * FROM t WITH NO DATA;
SELECT schemaname, viewname, viewowner FROM pg_views WHERE schemaname = 's' ORDER BY 1, 2;
SELECT schemaname, matviewname, matviewowner, tablespace, hasindexes, ispopulated FROM pg_matviews ORDER BY 2;
SELECT relname, relkind, relnamespace::regnamespace, relam, relhasrules, relispopulated, relreplident
  FROM pg_class WHERE relnamespace = 's'::regnamespace ORDER BY 1;
SELECT tablename FROM pg_tables WHERE schemaname = 's';
SELECT attname, atttypid::regtype, attnum FROM pg_attribute WHERE attrelid = 's.v'::regclass ORDER BY attnum;
\dv
\dm
\d
\dv s.*
RESET search_path;
\dv
-- names are bound when the view is created
SELECT * FROM s.v2;
CREATE TABLE t (a int);
INSERT INTO t VALUES (100);
SELECT * FROM s.v2;
SET search_path = public, s;
SELECT * FROM v2;
SELECT * FROM t;
RESET search_path;
ALTER TABLE s.t RENAME TO t_renamed;
SELECT * FROM s.v ORDER BY a;
ALTER SCHEMA s RENAME TO s2;
SELECT * FROM s2.v ORDER BY a;
REFRESH MATERIALIZED VIEW s2.mv0;
SELECT * FROM s2.mv0 ORDER BY a;
ALTER SCHEMA s2 RENAME TO s;
CREATE VIEW pv AS SELECT v.a, t.a AS ta FROM s.v, t;
SELECT * FROM pv;
INSERT INTO s.v VALUES (3, 'three');
UPDATE s.v SET b = 'TWO' WHERE a = 2;
SELECT * FROM s.t_renamed ORDER BY a;
-- dependencies
DROP TABLE s.t_renamed;
DROP VIEW s.v;
DROP SCHEMA s;
DROP SCHEMA s CASCADE;
SELECT * FROM pv;
DROP TABLE t;
DROP TABLE t CASCADE;
\dv
