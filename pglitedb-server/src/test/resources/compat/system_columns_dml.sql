-- UPDATE and DELETE by ctid: how DBeaver and pgAdmin edit the rows of a table without a key
CREATE TABLE scd (a int, b text);
INSERT INTO scd VALUES (1, 'one'), (2, 'two'), (3, 'three');
SELECT ctid, * FROM scd ORDER BY a;
SELECT * FROM scd WHERE ctid = '(0,2)';
UPDATE scd SET b = 'TWO' WHERE ctid = '(0,2)';
DELETE FROM scd WHERE ctid = '(0,1)' RETURNING ctid, *;
DELETE FROM scd WHERE ctid = '(0,1)';
UPDATE scd SET b = b || '!' WHERE ctid = '(9,9)';
SELECT a, b FROM scd ORDER BY a;
UPDATE scd SET b = upper(b) WHERE ctid IN (SELECT ctid FROM scd WHERE a = 3) RETURNING a, b, tableoid::regclass;
UPDATE scd s SET b = 'three' WHERE s.ctid = (SELECT ctid FROM scd WHERE a = 3) RETURNING s.a, s.b;
DELETE FROM scd WHERE ctid = (SELECT max(ctid::text)::tid FROM scd WHERE a = 3) RETURNING *;
-- the found row's xmin can be a condition (optimistic locking); xmax, cmin and cmax of live rows
BEGIN;
INSERT INTO scd VALUES (4, 'four');
UPDATE scd SET b = 'vier' WHERE a = 4 AND xmin = txid_current()::text::xid RETURNING a, b;
SELECT a, xmin = txid_current()::text::xid AS mine, xmax, pg_typeof(cmin), pg_typeof(cmax), pg_typeof(xmax) FROM scd ORDER BY a;
COMMIT;
SELECT xmax FROM scd WHERE xmax <> '0' ORDER BY a;
-- UPDATE ... FROM and DELETE ... USING with the target's ctid
CREATE TABLE scd_src (a int, c text);
INSERT INTO scd_src VALUES (2, 'from src'), (4, 'other');
INSERT INTO scd VALUES (5, 'five');
UPDATE scd SET b = scd_src.c FROM scd_src WHERE scd.a = scd_src.a AND scd.ctid = (SELECT ctid FROM scd WHERE a = 2)
  RETURNING scd.a, scd.b, scd_src.*;
DELETE FROM scd USING scd_src WHERE scd.a = scd_src.a AND scd.ctid = (SELECT ctid FROM scd WHERE a = 4)
  RETURNING scd.a, scd_src.c;
SELECT a, b FROM scd ORDER BY a;
-- a table with a primary key
CREATE TABLE scd_keyed (id int PRIMARY KEY, v text);
INSERT INTO scd_keyed SELECT g, 'v' || g FROM generate_series(1, 5) g;
UPDATE scd_keyed SET v = 'changed' WHERE ctid = (SELECT ctid FROM scd_keyed WHERE id = 3) RETURNING *;
DELETE FROM scd_keyed WHERE ctid = (SELECT ctid FROM scd_keyed WHERE id = 4) RETURNING id;
SELECT * FROM scd_keyed ORDER BY id;
-- parents: each child's rows with that child's tableoid and its own ctid
CREATE TABLE scd_parent (a int);
CREATE TABLE scd_child (b int) INHERITS (scd_parent);
INSERT INTO scd_parent VALUES (1);
INSERT INTO scd_child VALUES (2, 20);
SELECT tableoid::regclass, ctid, xmax, * FROM scd_parent ORDER BY a;
SELECT tableoid::regclass, a FROM scd_parent WHERE ctid = '(0,1)' ORDER BY a;
UPDATE scd_parent SET a = a + 10 RETURNING tableoid::regclass, *;
DELETE FROM scd_parent WHERE a = 12 RETURNING tableoid::regclass, *;
CREATE TABLE scd_parted (a int, b text) PARTITION BY LIST (a);
CREATE TABLE scd_parted1 PARTITION OF scd_parted FOR VALUES IN (1);
CREATE TABLE scd_parted2 PARTITION OF scd_parted FOR VALUES IN (2);
INSERT INTO scd_parted VALUES (1, 'x'), (2, 'y'), (2, 'z');
SELECT tableoid::regclass, ctid, * FROM scd_parted ORDER BY a, b;
UPDATE scd_parted SET b = 'w' WHERE ctid = '(0,2)' RETURNING tableoid::regclass, *;
DELETE FROM scd_parted WHERE ctid = '(0,1)' AND a = 1 RETURNING tableoid::regclass, ctid, *;
SELECT tableoid::regclass, * FROM scd_parted ORDER BY a, b;
-- catalogs have the system columns too
SELECT count(*) AS numbered FROM pg_class WHERE ctid > '(0,0)' AND relname = 'pg_class';
SELECT xmax, cmin, cmax FROM pg_namespace WHERE nspname = 'pg_catalog';
-- views have none
CREATE VIEW scd_view AS SELECT a, b FROM scd;
SELECT ctid FROM scd_view;
UPDATE scd_view SET b = 'x' WHERE ctid = '(0,1)';
-- cid and arrays of tid
SELECT '7'::cid, '7'::cid = '7'::cid AS same, '{"(0,1)","(1,2)"}'::tid[], ARRAY['(0,3)'::tid];
-- views, CREATE TABLE AS and materialized views over system columns; min and max of tid
CREATE TABLE scd_tids (a int);
INSERT INTO scd_tids VALUES (1), (2), (3);
SELECT min(ctid), max(ctid) FROM scd_tids;
CREATE VIEW scd_tid_view AS SELECT ctid, xmax, a FROM scd_tids;
SELECT * FROM scd_tid_view ORDER BY a;
CREATE TABLE scd_tid_copy AS SELECT ctid AS c, a FROM scd_tids;
SELECT * FROM scd_tid_copy ORDER BY a;
CREATE MATERIALIZED VIEW scd_tid_mv AS SELECT ctid, a FROM scd_tids WHERE ctid > '(0,1)';
CREATE TABLE scd_tid_bad AS SELECT xmin, a FROM scd_tids;
CREATE MATERIALIZED VIEW scd_tid_mv AS SELECT ctid::text AS t, a FROM scd_tids WHERE ctid > '(0,1)';
REFRESH MATERIALIZED VIEW scd_tid_mv;
SELECT * FROM scd_tid_mv ORDER BY a;
SELECT attname, atttypid::regtype FROM pg_attribute WHERE attrelid = 'scd_tid_view'::regclass AND attnum > 0 ORDER BY attnum;
-- a ctid of the WHERE clause is a point read (Tid Scan)
CREATE TABLE scd_big (a int, b text);
INSERT INTO scd_big SELECT g, 'v' || g FROM generate_series(1, 70000) g;
EXPLAIN (COSTS OFF) UPDATE scd_big SET b = 'x' WHERE ctid = '(0,2)';
EXPLAIN (COSTS OFF) DELETE FROM scd_big WHERE '(0,3)'::tid = ctid AND a > 0;
UPDATE scd_big SET b = 'y' WHERE ctid = '(0,5)' RETURNING *;
DELETE FROM scd_big WHERE ctid = '(0,3)' AND a = 4 RETURNING *;
DELETE FROM scd_big WHERE ctid = '(0,3)' AND a = 3 RETURNING *;
UPDATE scd_big SET b = 'z' WHERE ctid = '(99999,1)';
UPDATE scd_big SET b = 'z' WHERE ctid = NULL;
PREPARE scd_upd(tid) AS UPDATE scd_big SET b = 'p' WHERE ctid = $1 RETURNING a, b;
EXECUTE scd_upd('(0,10)');
SELECT a, b FROM scd_big WHERE a IN (3, 4, 5, 10, 11) ORDER BY a;
-- INSERT ... RETURNING ctid: where the new row is stored
CREATE TABLE scd_ins (a int, b text);
INSERT INTO scd_ins VALUES (1, 'x'), (2, 'y') RETURNING ctid, *;
BEGIN;
INSERT INTO scd_ins VALUES (3, 'z') RETURNING ctid, xmin = txid_current()::text::xid AS mine, tableoid::regclass, a;
COMMIT;
INSERT INTO scd_ins SELECT a + 10, b FROM scd_ins WHERE ctid = '(0,1)' RETURNING ctid, a;
CREATE TABLE scd_ins_keyed (id int PRIMARY KEY);
INSERT INTO scd_ins_keyed VALUES (1) RETURNING id, ctid IS NOT NULL AS has_ctid;
