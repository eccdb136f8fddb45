-- An attribute of a composite type declared with a domain: pg_attribute.atttypid is the domain, and
-- the domain's checks apply where a row value becomes the composite type's (a cast, record_in,
-- a value stored into a column of the type); values read back are the base type's.
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE DOMAIN small_posint AS posint CHECK (VALUE < 100);
CREATE TYPE pair AS (a posint, b text, c small_posint);
SELECT attname, atttypid::regtype, atttypmod FROM pg_attribute
  WHERE attrelid = (SELECT typrelid FROM pg_type WHERE typname = 'pair') ORDER BY attnum;
\d pair
SELECT ROW(1, 'x', 2)::pair;
SELECT ROW(0, 'x', 2)::pair;
SELECT ROW(1, 'x', 200)::pair;
SELECT (0, 'x', 1)::pair;
SELECT '(0,x,1)'::pair;
SELECT '(5,x,)'::pair, '(,,)'::pair;
CREATE TABLE tp (id int, p pair);
INSERT INTO tp VALUES (1, ROW(0, 'x', 1));
INSERT INTO tp VALUES (2, '(0,x,1)');
INSERT INTO tp VALUES (3, ROW(3, 'x', 4));
INSERT INTO tp VALUES (4, '(7,y,8)');
UPDATE tp SET p = ROW(-1, 'z', 1) WHERE id = 3;
UPDATE tp SET p = ROW(9, 'z', 100) WHERE id = 3;
SELECT id, p, (p).a, pg_typeof((p).a), pg_typeof((p).c), pg_typeof((p).b), (p).a + 1 AS a1 FROM tp ORDER BY id;
SELECT pg_typeof(ROW(1, 'x', 2)::pair), (ROW(1, 'x', 2)::pair).a + 1;
-- stored rows are not checked again when they are read
SELECT p FROM tp WHERE (p).c > 5;
ALTER DOMAIN posint ADD CONSTRAINT not_seven CHECK (VALUE <> 7) NOT VALID;
SELECT p FROM tp ORDER BY id;
SELECT ROW(7, 'x', 1)::pair;
-- a validated new constraint cannot check values stored inside composite columns
ALTER DOMAIN posint ADD CONSTRAINT not_six CHECK (VALUE <> 6);
ALTER DOMAIN small_posint ADD CONSTRAINT not_five CHECK (VALUE <> 5) NOT VALID;
CREATE TABLE tpa (ps pair[]);
DROP TABLE tp;
ALTER DOMAIN small_posint ADD CONSTRAINT not_four CHECK (VALUE <> 4);
DROP TABLE tpa;
ALTER DOMAIN small_posint ADD CONSTRAINT not_four CHECK (VALUE <> 4);
-- dropping a domain a composite type's attribute is declared with
DROP DOMAIN posint;
DROP DOMAIN small_posint;
DROP TYPE pair;
DROP DOMAIN small_posint;
DROP DOMAIN posint;
