-- Several databases: each has its own tables, sequences and rows; roles are shared.
CREATE DATABASE compat_db1;
CREATE DATABASE compat_db1;
CREATE DATABASE template1;
BEGIN;
CREATE DATABASE compat_db2;
ROLLBACK;
CREATE DATABASE compat_db2 TEMPLATE nosuch;
CREATE DATABASE compat_db2 OWNER nosuch;
CREATE DATABASE compat_db2 WITH FOO = 1;
CREATE DATABASE compat_db2 CONNECTION LIMIT 2 CONNECTION LIMIT 3;
CREATE DATABASE compat_db2 WITH OWNER = postgres TEMPLATE = template1 ENCODING = 'UTF8' CONNECTION LIMIT = 5 IS_TEMPLATE = false ALLOW_CONNECTIONS = true;
\c compat_db1
CREATE TABLE t (id int PRIMARY KEY, v text);
INSERT INTO t VALUES (1, 'in db1');
CREATE SEQUENCE s;
SELECT nextval('s');
\c compat_db2
SELECT * FROM t;
CREATE TABLE t (id int PRIMARY KEY, v text);
INSERT INTO t VALUES (2, 'in db2');
SELECT * FROM t;
\c compat_db1
SELECT * FROM t;
DROP DATABASE compat_db1;
ALTER DATABASE compat_db1 RENAME TO other;
\c compat_db2
-- a copy of a database (template) holds its tables, rows and sequence values
CREATE DATABASE compat_db3 TEMPLATE compat_db1;
\c compat_db3
SELECT * FROM t;
SELECT nextval('s');
\c compat_db2
DROP DATABASE compat_db3;
DROP DATABASE compat_db3;
DROP DATABASE IF EXISTS compat_db3;
DROP DATABASE compat_db1, compat_db2;
ALTER DATABASE nosuch RENAME TO x;
ALTER DATABASE compat_db1 RENAME TO compat_db4;
ALTER DATABASE compat_db4 WITH CONNECTION LIMIT 10 IS_TEMPLATE true;
ALTER DATABASE compat_db4 CONNECTION LIMIT -5;
DROP DATABASE compat_db4;
ALTER DATABASE compat_db4 IS_TEMPLATE false;
ALTER DATABASE compat_db4 OWNER TO nosuch;
DROP DATABASE compat_db4 WITH (FORCE);
DROP DATABASE template0;
-- roles may create databases only with CREATEDB
CREATE ROLE compat_nocreatedb LOGIN;
CREATE ROLE compat_createdb LOGIN CREATEDB;
\c - compat_nocreatedb
CREATE DATABASE compat_db5;
\c - compat_createdb
CREATE DATABASE compat_db5;
DROP DATABASE compat_db2;
\c - compat_nocreatedb
DROP DATABASE compat_db5;
\c - compat_createdb
DROP DATABASE compat_db5;
\c postgres postgres
DROP DATABASE compat_db2;
DROP ROLE compat_nocreatedb;
DROP ROLE compat_createdb;
