-- Errors: SQLSTATE-specific messages, DETAIL, LINE/cursor position; the session stays usable.
CREATE TABLE people (id integer PRIMARY KEY, name text NOT NULL, age smallint, email varchar(10));
INSERT INTO people (id, name, age) VALUES (1, 'ann', 30), (2, 'ben', 40);
-- 23505 duplicate key, with the key in DETAIL
INSERT INTO people (id, name) VALUES (1, 'again');
UPDATE people SET id = 1 WHERE id = 2;
-- 23502 not-null violation
INSERT INTO people (id, name) VALUES (3, NULL);
INSERT INTO people (id) VALUES (3);
UPDATE people SET name = NULL WHERE id = 1;
-- 42P01 unknown table
SELECT * FROM nosuchtable;
INSERT INTO nosuchtable VALUES (1);
DROP TABLE nosuchtable;
DROP TABLE IF EXISTS nosuchtable;
-- 42703 unknown column
SELECT nosuchcolumn FROM people;
SELECT people.nosuch FROM people;
INSERT INTO people (id, nme) VALUES (5, 'x');
UPDATE people SET nosuch = 1;
-- 22P02 bad input
INSERT INTO people (id, name) VALUES ('abc', 'x');
INSERT INTO people (id, name, age) VALUES (7, 'x', '12x');
SELECT id FROM people WHERE id = 'one';
-- 42601 syntax errors
SELEC 1;
SELECT 1 +;
SELECT * FROM people WHERE;
CREATE TABLE (id integer);
SELECT id, FROM people;
-- 42P07 duplicate table
CREATE TABLE people (id integer);
-- still usable, nothing above changed the table
SELECT * FROM people ORDER BY id;
DROP TABLE people;
