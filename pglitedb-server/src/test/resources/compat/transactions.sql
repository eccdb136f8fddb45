-- Transaction blocks, aborted transactions (25P02) and session settings.
CREATE TABLE counter (id integer PRIMARY KEY, n bigint NOT NULL);
INSERT INTO counter VALUES (1, 0);
BEGIN;
UPDATE counter SET n = n + 1 WHERE id = 1;
INSERT INTO counter VALUES (2, 10);
SELECT * FROM counter ORDER BY id;
COMMIT;
SELECT * FROM counter ORDER BY id;
BEGIN;
DELETE FROM counter;
SELECT count(*) FROM counter;
ROLLBACK;
SELECT * FROM counter ORDER BY id;
-- an error aborts the transaction: later statements fail with 25P02 until ROLLBACK
BEGIN;
UPDATE counter SET n = n + 100 WHERE id = 1;
INSERT INTO counter VALUES (1, 0);
SELECT * FROM counter;
UPDATE counter SET n = 0;
ROLLBACK;
SELECT * FROM counter ORDER BY id;
-- COMMIT of an aborted transaction rolls back
BEGIN;
INSERT INTO counter VALUES (3, 30);
SELECT * FROM nosuchtable;
COMMIT;
SELECT * FROM counter ORDER BY id;
-- transaction control outside / inside a block
COMMIT;
ROLLBACK;
BEGIN;
BEGIN;
COMMIT;
START TRANSACTION;
INSERT INTO counter VALUES (4, 40);
END;
BEGIN WORK;
UPDATE counter SET n = n * 2 WHERE id = 4 RETURNING id, n;
UPDATE counter SET n = n * 2;
ABORT;
SELECT * FROM counter ORDER BY id;
-- an error outside a block does not abort anything
INSERT INTO counter VALUES (1, 1);
SELECT count(*) FROM counter;
DROP TABLE counter;
