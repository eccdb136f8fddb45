-- A domain over another domain: typbasetype is that domain, both domains' constraints apply
-- (the base domain's first, each domain's checks by name), errors name the domain the value becomes.
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE DOMAIN small_posint AS posint CHECK (VALUE < 100);
SELECT typname, typbasetype::regtype, typtypmod, typndims, typlen, typbyval, typalign FROM pg_type
  WHERE typname IN ('posint', 'small_posint') ORDER BY 1;
SELECT 5::small_posint, pg_typeof(5::small_posint), pg_typeof(5::small_posint + 1), pg_typeof(5::posint);
SELECT 0::small_posint;
SELECT 200::small_posint;
SELECT NULL::small_posint IS NULL AS is_null;
SELECT '42'::small_posint;
SELECT '-3'::posint::text;
SELECT 3::posint::small_posint, CAST(3::small_posint AS posint);
CREATE TABLE t (id int, a small_posint, b posint);
INSERT INTO t VALUES (1, 7, 7);
INSERT INTO t VALUES (2, 0, 1);
INSERT INTO t VALUES (3, 500, 500);
UPDATE t SET a = a + 100;
SELECT id, a, b, pg_typeof(a), pg_typeof(t.b), pg_typeof(id) FROM t;
\dD
\d t
-- a view's or CREATE TABLE AS's column reading a domain column as it is has the domain's type
CREATE VIEW v AS SELECT id, a, b, a + 1 AS a1 FROM t;
\d+ v
CREATE TABLE c AS SELECT a, b FROM t;
\d c
INSERT INTO c VALUES (100, 1);
DROP TABLE c;
DROP VIEW v;
-- checks of the base domain, by name, then the domain's own; NOT NULL of a base domain
ALTER DOMAIN posint ADD CONSTRAINT zz CHECK (VALUE <> 7) NOT VALID;
ALTER DOMAIN posint ADD CONSTRAINT aa CHECK (VALUE <> 8);
ALTER DOMAIN small_posint ADD CONSTRAINT bb CHECK (VALUE <> 8);
SELECT 8::small_posint;
SELECT 7::small_posint;
-- a new base-domain constraint is checked against the columns of domains over it
ALTER DOMAIN posint ADD CONSTRAINT not_seven CHECK (VALUE <> 7);
CREATE DOMAIN nn_posint AS posint NOT NULL;
SELECT NULL::nn_posint;
CREATE DOMAIN sp2 AS small_posint CHECK (VALUE IS NOT NULL) CHECK (VALUE::text <> '5') CHECK (abs(VALUE) < 50)
  CHECK (VALUE IN (1, 2, 3));
SELECT 5::sp2;
SELECT 60::sp2;
SELECT 3::sp2, pg_typeof(3::sp2);
SELECT pg_get_constraintdef(oid), pg_get_constraintdef(oid, true) FROM pg_constraint
  WHERE contypid = 'small_posint'::regtype ORDER BY conname;
\dD sp2
-- the base domain's default is copied when the domain has none of its own
CREATE DOMAIN defint AS int DEFAULT 42;
CREATE DOMAIN defint2 AS defint;
CREATE DOMAIN defint3 AS defint DEFAULT 7;
CREATE TABLE d (x defint2, y defint3, z int);
INSERT INTO d (z) VALUES (1);
SELECT * FROM d;
SELECT typname, typdefault FROM pg_type WHERE typname LIKE 'defint%' ORDER BY 1;
-- dropping a domain other domains are declared over
DROP DOMAIN posint;
DROP TABLE d;
DROP DOMAIN defint CASCADE;
DROP DOMAIN sp2;
DROP DOMAIN nn_posint;
DROP TABLE t;
DROP DOMAIN posint CASCADE;
SELECT typname FROM pg_type WHERE typname LIKE '%posint' OR typname LIKE 'defint%' ORDER BY 1;
