-- Untyped literals in ROW(...) / (a, b) cast or assigned to a composite type are read by each
-- attribute type's input function (PostgreSQL keeps them unknown), not first typed text.
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TYPE mp AS (n int, m mood, d date, j jsonb);
SELECT ROW(3, 'ok', '2020-01-02', '{"a":1}')::mp;
SELECT (3, 'ok', '2020-01-02', '[1]')::mp, ('4', 'sad', NULL, NULL)::mp;
SELECT ROW('x', 1)::mp;
SELECT ROW(3, 'bad', NULL, NULL)::mp;
SELECT ROW(1, 'ok')::mp;
SELECT ROW(1, 'ok', NULL, NULL, 5)::mp;
SELECT ROW(3, 'ok'::text, NULL, NULL)::mp;
SELECT (ROW(3, 'ok', NULL, NULL)::mp).m, pg_typeof((ROW(3, 'ok', NULL, NULL)::mp).m);
SELECT ROW('ok', 1) AS r, pg_typeof(ROW('ok', 1)), ROW('a', 'b') = ROW('a', 'b') AS eq;
CREATE TYPE pr AS (m mood, n int);
SELECT ('ok', 1)::pr;
SELECT ('x', 1)::pr;
SELECT ARRAY[ROW('ok', 1)]::pr[];
CREATE TABLE tm (id int, v mp, p pr);
INSERT INTO tm VALUES (1, ROW(3, 'ok', '2020-01-02', '{}'), ('ok', 1));
INSERT INTO tm VALUES (2, (4, 'sad', NULL, NULL), ROW('sad', 2)), (3, NULL, ('ok', '3'));
INSERT INTO tm (v) VALUES (ROW(5, 'ok', 'x', NULL));
INSERT INTO tm (p) VALUES (('meh', 2));
UPDATE tm SET v = ROW(6, 'sad', '2021-01-01', 'null') WHERE id = 2;
UPDATE tm SET p = ('sad', 10) WHERE id = 1;
SELECT * FROM tm ORDER BY id;
CREATE FUNCTION fpr(p pr) RETURNS int LANGUAGE sql AS 'SELECT (p).n';
SELECT fpr(ROW('ok', 5));
