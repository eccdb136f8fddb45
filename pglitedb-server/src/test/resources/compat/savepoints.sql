-- SAVEPOINT, RELEASE and ROLLBACK TO: nesting, errors inside savepoints, catalog and settings.
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL);
-- outside a transaction block
SAVEPOINT a;
RELEASE a;
RELEASE SAVEPOINT a;
ROLLBACK TO a;
ROLLBACK TO SAVEPOINT a;
-- ROLLBACK TO undoes the writes after the savepoint and keeps the savepoint
BEGIN;
INSERT INTO items VALUES (1, 'one');
SAVEPOINT s1;
INSERT INTO items VALUES (2, 'two');
UPDATE items SET name = 'uno' WHERE id = 1;
SELECT * FROM items ORDER BY id;
ROLLBACK TO SAVEPOINT s1;
SELECT * FROM items ORDER BY id;
INSERT INTO items VALUES (3, 'three');
ROLLBACK TO s1;
SELECT * FROM items ORDER BY id;
INSERT INTO items VALUES (4, 'four');
RELEASE SAVEPOINT s1;
COMMIT;
SELECT * FROM items ORDER BY id;
-- nested savepoints: ROLLBACK TO an outer one drops the inner ones
BEGIN;
SAVEPOINT outer_sp;
INSERT INTO items VALUES (10, 'ten');
SAVEPOINT inner_sp;
INSERT INTO items VALUES (11, 'eleven');
ROLLBACK TO outer_sp;
RELEASE inner_sp;
SELECT * FROM items ORDER BY id;
SAVEPOINT inner_sp;
INSERT INTO items VALUES (12, 'twelve');
SAVEPOINT deeper;
INSERT INTO items VALUES (13, 'thirteen');
RELEASE inner_sp;
ROLLBACK TO deeper;
SELECT * FROM items ORDER BY id;
COMMIT;
SELECT * FROM items ORDER BY id;
-- an error inside a savepoint: 25P02 until ROLLBACK TO, then the transaction goes on
BEGIN;
INSERT INTO items VALUES (20, 'twenty');
SAVEPOINT before_error;
INSERT INTO items VALUES (21, 'twenty-one');
INSERT INTO items VALUES (1, 'duplicate');
SELECT * FROM items;
SAVEPOINT another;
RELEASE before_error;
ROLLBACK TO nosuch;
ROLLBACK TO before_error;
SELECT * FROM items ORDER BY id;
INSERT INTO items VALUES (22, 'twenty-two');
SELECT 1 / 0;
ROLLBACK TO SAVEPOINT before_error;
COMMIT;
SELECT * FROM items ORDER BY id;
-- an error before any savepoint cannot be rolled back to one
BEGIN;
SELECT 1 / 0;
ROLLBACK TO before_error;
SAVEPOINT late;
COMMIT;
-- a failed block with savepoints ends in ROLLBACK on COMMIT
BEGIN;
INSERT INTO items VALUES (30, 'thirty');
SAVEPOINT s;
SELECT nosuchcolumn FROM items;
COMMIT;
SELECT count(*) FROM items WHERE id = 30;
-- names: the newest of equal names wins; quoted names keep their case
BEGIN;
SAVEPOINT dup;
INSERT INTO items VALUES (40, 'forty');
SAVEPOINT dup;
INSERT INTO items VALUES (41, 'forty-one');
ROLLBACK TO dup;
SELECT * FROM items WHERE id >= 40 ORDER BY id;
RELEASE dup;
ROLLBACK TO dup;
SELECT * FROM items WHERE id >= 40 ORDER BY id;
RELEASE dup;
RELEASE dup;
ROLLBACK;
BEGIN;
SAVEPOINT "Mixed";
RELEASE mixed;
ROLLBACK;
BEGIN;
SAVEPOINT "Mixed";
RELEASE "Mixed";
ROLLBACK WORK TO SAVEPOINT "Mixed";
ROLLBACK;
-- DDL after a savepoint is undone by ROLLBACK TO
BEGIN;
SAVEPOINT ddl;
CREATE TABLE made_in_savepoint (x integer);
INSERT INTO made_in_savepoint VALUES (1);
SELECT * FROM made_in_savepoint;
ROLLBACK TO ddl;
SELECT * FROM made_in_savepoint;
ROLLBACK TO ddl;
DROP TABLE items;
SELECT count(*) FROM items;
ROLLBACK TO ddl;
SELECT count(*) FROM items;
COMMIT;
SELECT count(*) FROM made_in_savepoint;
-- settings changed after a savepoint are undone by ROLLBACK TO, kept by RELEASE
BEGIN;
SET application_name = 'before';
SAVEPOINT s;
SET application_name = 'inside';
SET LOCAL search_path = nowhere;
SHOW application_name;
ROLLBACK TO s;
SHOW application_name;
SHOW search_path;
SET application_name = 'released';
RELEASE s;
COMMIT;
SHOW application_name;
RESET application_name;
-- syntax
ROLLBACK TO SAVEPOINT x AND CHAIN;
SAVEPOINT;
RELEASE;
-- psql's ON_ERROR_ROLLBACK sets a savepoint before each statement inside a block
\set ON_ERROR_ROLLBACK on
BEGIN;
INSERT INTO items VALUES (50, 'fifty');
INSERT INTO items VALUES (50, 'again');
SELECT 1 / 0;
INSERT INTO items VALUES (51, 'fifty-one');
COMMIT;
SELECT * FROM items WHERE id >= 50 ORDER BY id;
\set ON_ERROR_ROLLBACK off
DROP TABLE items;
