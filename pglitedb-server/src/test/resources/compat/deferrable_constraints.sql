-- DEFERRABLE constraints: UNIQUE and FOREIGN KEY checks at the end of the statement or at COMMIT
-- syntax and its errors
CREATE TABLE d_pk (i int PRIMARY KEY NOT DEFERRABLE INITIALLY IMMEDIATE);
CREATE TABLE d_bad (i int CHECK (i > 0) DEFERRABLE);
CREATE TABLE d_bad (i int, CHECK (i > 0) DEFERRABLE);
CREATE TABLE d_bad (i int NOT NULL DEFERRABLE);
CREATE TABLE d_bad (i int UNIQUE NOT DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE d_bad (i int, UNIQUE (i) INITIALLY DEFERRED NOT DEFERRABLE);
CREATE TABLE d_bad (i int UNIQUE DEFERRABLE DEFERRABLE);
CREATE TABLE d_bad (i int UNIQUE INITIALLY DEFERRED INITIALLY IMMEDIATE);

-- a deferrable unique constraint: checked at the end of each statement while IMMEDIATE
CREATE TABLE d_uniq (i int UNIQUE DEFERRABLE, t text);
INSERT INTO d_uniq VALUES (0, 'one'), (1, 'two'), (2, 'three'), (3, 'four');
UPDATE d_uniq SET i = i + 1;
SELECT * FROM d_uniq ORDER BY i;
UPDATE d_uniq SET i = 1 WHERE i = 2;
INSERT INTO d_uniq VALUES (1, 'dup'), (1, 'dup');
BEGIN;
SET CONSTRAINTS d_uniq_i_key DEFERRED;
INSERT INTO d_uniq VALUES (3, 'five');
DELETE FROM d_uniq WHERE t = 'two';
COMMIT;
SELECT * FROM d_uniq ORDER BY i, t;
BEGIN;
SET CONSTRAINTS ALL DEFERRED;
INSERT INTO d_uniq VALUES (3, 'again');
COMMIT;
BEGIN;
SET CONSTRAINTS ALL DEFERRED;
INSERT INTO d_uniq VALUES (4, 'again');
SET CONSTRAINTS ALL IMMEDIATE;
COMMIT;
SELECT * FROM d_uniq ORDER BY i, t;
INSERT INTO d_uniq VALUES (1, 'x') ON CONFLICT DO NOTHING;
INSERT INTO d_uniq VALUES (1, 'x') ON CONFLICT (i) DO NOTHING;
\d d_uniq

-- INITIALLY DEFERRED, added by ALTER TABLE
ALTER TABLE d_uniq DROP CONSTRAINT d_uniq_i_key;
ALTER TABLE d_uniq ADD CONSTRAINT d_uniq_i_key UNIQUE (i) DEFERRABLE INITIALLY DEFERRED;
BEGIN;
INSERT INTO d_uniq VALUES (1, 'five');
INSERT INTO d_uniq VALUES (5, 'one');
UPDATE d_uniq SET i = 2 WHERE t = 'five';
DELETE FROM d_uniq WHERE i = 5 AND t = 'one';
COMMIT;
SELECT * FROM d_uniq ORDER BY i, t;
BEGIN;
INSERT INTO d_uniq VALUES (3, 'Three');
COMMIT;
BEGIN;
SET CONSTRAINTS ALL IMMEDIATE;
INSERT INTO d_uniq VALUES (3, 'Three');
COMMIT;
BEGIN;
INSERT INTO d_uniq VALUES (3, 'Three');
SAVEPOINT s;
INSERT INTO d_uniq VALUES (4, 'Four');
ROLLBACK TO s;
DELETE FROM d_uniq WHERE t = 'Three';
COMMIT;
SELECT conname, contype, condeferrable, condeferred, pg_get_constraintdef(oid)
  FROM pg_constraint WHERE conrelid = 'd_uniq'::regclass;
SELECT indimmediate FROM pg_index WHERE indexrelid = 'd_uniq_i_key'::regclass;
CREATE TABLE d_ref (i int REFERENCES d_uniq (i));

-- deferrable foreign keys
CREATE TABLE d_pk2 (id int PRIMARY KEY);
CREATE TABLE d_fk (
  a int REFERENCES d_pk2 DEFERRABLE,
  b int REFERENCES d_pk2 ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  c int CONSTRAINT d_fk_c REFERENCES d_pk2 ON DELETE RESTRICT DEFERRABLE
);
\d d_fk
SELECT conname, condeferrable, condeferred, pg_get_constraintdef(oid)
  FROM pg_constraint WHERE conrelid = 'd_fk'::regclass ORDER BY conname;
SET CONSTRAINTS d_fk_a_fkey DEFERRED;
SET CONSTRAINTS nonesuch DEFERRED;
INSERT INTO d_fk (a) VALUES (1);
BEGIN;
SET CONSTRAINTS d_pk2_pkey DEFERRED;
ROLLBACK;
BEGIN;
SET CONSTRAINTS d_fk_a_fkey, public.d_fk_b_fkey DEFERRED;
INSERT INTO d_fk (a, b) VALUES (1, 1);
INSERT INTO d_pk2 VALUES (1);
COMMIT;
BEGIN;
INSERT INTO d_fk (b) VALUES (2);
COMMIT;
BEGIN;
INSERT INTO d_fk (b) VALUES (2);
SET CONSTRAINTS ALL IMMEDIATE;
COMMIT;
BEGIN;
SET CONSTRAINTS ALL DEFERRED;
INSERT INTO d_fk (a) VALUES (3);
DELETE FROM d_fk WHERE a = 3;
COMMIT;
-- NO ACTION on the referenced side waits too; RESTRICT does not
INSERT INTO d_pk2 VALUES (2), (3);
INSERT INTO d_fk (a, c) VALUES (2, 3);
BEGIN;
SET CONSTRAINTS ALL DEFERRED;
DELETE FROM d_pk2 WHERE id = 2;
INSERT INTO d_pk2 VALUES (2);
COMMIT;
BEGIN;
SET CONSTRAINTS ALL DEFERRED;
DELETE FROM d_pk2 WHERE id = 2;
COMMIT;
BEGIN;
SET CONSTRAINTS ALL DEFERRED;
DELETE FROM d_pk2 WHERE id = 3;
ROLLBACK;
UPDATE d_fk SET a = NULL WHERE a = 1;
DELETE FROM d_pk2 WHERE id = 1;
SELECT * FROM d_fk ORDER BY a, b, c;
SELECT * FROM d_pk2 ORDER BY id;

-- ALTER CONSTRAINT
ALTER TABLE d_fk ALTER CONSTRAINT d_fk_a_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE d_fk ALTER CONSTRAINT d_fk_b_fkey NOT DEFERRABLE;
ALTER TABLE d_fk ALTER CONSTRAINT d_fk_c NOT DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE d_fk ALTER CONSTRAINT nonesuch DEFERRABLE;
ALTER TABLE d_uniq ALTER CONSTRAINT d_uniq_i_key NOT DEFERRABLE;
SELECT conname, condeferrable, condeferred, pg_get_constraintdef(oid)
  FROM pg_constraint WHERE conrelid = 'd_fk'::regclass ORDER BY conname;
BEGIN;
INSERT INTO d_fk (a) VALUES (7);
COMMIT;
INSERT INTO d_fk (b) VALUES (7);
