-- system columns: tableoid (other system column names are reserved)
CREATE TABLE sc_bad (a int, tableoid int);
CREATE TABLE sc_bad (a int, xmin int);
CREATE TABLE sc (a int, b text);
ALTER TABLE sc ADD COLUMN ctid int;
ALTER TABLE sc ADD COLUMN IF NOT EXISTS xmax int;
ALTER TABLE sc RENAME a TO cmax;
INSERT INTO sc VALUES (1, 'one'), (2, 'two');
SELECT * FROM sc ORDER BY a;
SELECT tableoid::regclass, * FROM sc ORDER BY a;
SELECT sc.tableoid = 'sc'::regclass AS same, a FROM sc ORDER BY a;
SELECT attname, attnum, atttypid::regtype FROM pg_attribute
  WHERE attrelid = 'sc'::regclass AND attname IN ('tableoid', 'a', 'b') ORDER BY attnum;
CREATE TABLE sc2 (c int);
INSERT INTO sc2 VALUES (10);
SELECT tableoid FROM sc, sc2;
SELECT sc.tableoid::regclass, sc2.tableoid::regclass, a, c FROM sc, sc2 ORDER BY a;
SELECT x.tableoid::regclass, x.a FROM sc x ORDER BY a;
SELECT * FROM (SELECT tableoid::regclass AS t, a FROM sc) s ORDER BY a;
SELECT s.tableoid FROM (SELECT * FROM sc) s;
SELECT tableoid::regclass, count(*) FROM sc GROUP BY tableoid;
SELECT a FROM sc WHERE tableoid = 'sc'::regclass ORDER BY a;
SELECT a, (SELECT sc.tableoid::regclass FROM sc2) FROM sc ORDER BY a;
UPDATE sc SET b = 'uno' WHERE a = 1 RETURNING tableoid::regclass, *;
DELETE FROM sc WHERE a = 2 RETURNING tableoid::regclass, a;
INSERT INTO sc VALUES (3, 'three') RETURNING tableoid::regclass, a;
-- each row of a parent scan reports the table it comes from
CREATE TABLE sc_parted (a int, b text) PARTITION BY LIST (a);
CREATE TABLE sc_p1 PARTITION OF sc_parted FOR VALUES IN (1);
CREATE TABLE sc_p2 (b text, a int);
ALTER TABLE sc_parted ATTACH PARTITION sc_p2 FOR VALUES IN (2, 3);
INSERT INTO sc_parted VALUES (1, 'a'), (2, 'b'), (3, 'c');
SELECT tableoid::regclass, * FROM sc_parted ORDER BY a;
SELECT tableoid::regclass, count(*) FROM sc_parted GROUP BY 1 ORDER BY 1;
SELECT tableoid::regclass, * FROM sc_p2 ORDER BY a;
SELECT tableoid::regclass, * FROM ONLY sc_parted;
CREATE TABLE sc_base (x int);
CREATE TABLE sc_child (y int) INHERITS (sc_base);
INSERT INTO sc_base VALUES (1);
INSERT INTO sc_child VALUES (2, 20);
SELECT tableoid::regclass, * FROM sc_base ORDER BY x;
SELECT b.tableoid::regclass, b.x FROM sc_base b JOIN sc_child c ON c.x = b.x;
SELECT tableoid::regclass, * FROM ONLY sc_base;
-- pg_attribute lists the system columns of tables, materialized views, sequences and catalogs
SELECT attname, attnum, atttypid::regtype, attlen, attbyval, attalign, attstorage, attnotnull, attstattarget
  FROM pg_attribute WHERE attrelid = 'sc2'::regclass ORDER BY attnum;
CREATE VIEW sc_view AS SELECT c FROM sc2;
CREATE MATERIALIZED VIEW sc_mv AS SELECT c FROM sc2;
CREATE SEQUENCE sc_seq;
SELECT attrelid::regclass, count(*) AS system_columns
  FROM pg_attribute WHERE attnum < 0 AND attrelid IN ('sc_view'::regclass, 'sc_mv'::regclass, 'sc_seq'::regclass,
    'sc_parted'::regclass, 'pg_class'::regclass, 'pg_tables'::regclass) GROUP BY 1 ORDER BY attrelid::regclass::text;
-- ctid and xmin: a row's position (tid) and the transaction that wrote it (xid)
CREATE TABLE sc_rows (a int, b text);
INSERT INTO sc_rows VALUES (1, 'one'), (2, 'two'), (3, 'three');
SELECT ctid, * FROM sc_rows ORDER BY a;
SELECT a FROM sc_rows WHERE ctid = '(0,2)';
SELECT a, ctid > '(0,1)' AS after_first FROM sc_rows ORDER BY ctid DESC;
SELECT r.ctid, r.a, s.ctid AS other FROM sc_rows r JOIN sc_rows s ON s.a = r.a + 1 ORDER BY r.a;
SELECT pg_typeof(ctid), pg_typeof(xmin), pg_typeof(sc_rows.ctid) FROM sc_rows LIMIT 1;
SELECT a, (SELECT s.ctid FROM sc_rows s WHERE s.a = r.a) FROM sc_rows r ORDER BY a;
SELECT ctid FROM (SELECT * FROM sc_rows) s;
BEGIN;
INSERT INTO sc_rows VALUES (4, 'four');
SELECT a, xmin = txid_current()::text::xid AS mine FROM sc_rows ORDER BY a;
SELECT count(DISTINCT xmin::text) FROM sc_rows;
COMMIT;
CREATE TABLE sc_keyed (id int PRIMARY KEY, v text);
INSERT INTO sc_keyed SELECT g, 'v' || g FROM generate_series(1, 500) g;
SELECT count(DISTINCT ctid) = count(*) AS unique_ctids, count(DISTINCT xmin::text) FROM sc_keyed;
SELECT id FROM sc_keyed k WHERE ctid = (SELECT ctid FROM sc_keyed WHERE id = 42);
SELECT '(1,2)'::tid, '(-1,1)'::tid, '(4294967295,65535)'::tid, '(1,2)'::tid < '(1,10)'::tid, '(2,1)'::tid > '(1,10)'::tid;
SELECT '(1,-1)'::tid;
SELECT '(4294967296,1)'::tid;
SELECT '(1,65536)'::tid;
SELECT 'x'::tid;
-- txid_current() gives the transaction an id; xmin holds its low 32 bits
BEGIN;
SELECT txid_current_if_assigned() IS NULL AS unassigned;
SELECT txid_current() = txid_current() AS same, txid_current_if_assigned() = txid_current() AS assigned;
COMMIT;
DROP TABLE sc_rows, sc_keyed;
