-- Declarative partitioning: PARTITION BY RANGE / LIST / HASH, PARTITION OF ... FOR VALUES and
-- DEFAULT, routing of INSERT and UPDATE, partition constraints, catalogs and \d
CREATE TABLE list_parted (a int, b text) PARTITION BY LIST (a);
CREATE TABLE lp_12 PARTITION OF list_parted FOR VALUES IN (1, 2);
CREATE TABLE lp_3 PARTITION OF list_parted FOR VALUES IN (3);
CREATE TABLE lp_null PARTITION OF list_parted FOR VALUES IN (NULL);
CREATE TABLE lp_overlap PARTITION OF list_parted FOR VALUES IN (4, 2);
CREATE TABLE lp_bad PARTITION OF list_parted FOR VALUES FROM (1) TO (2);
INSERT INTO list_parted VALUES (1, 'one'), (3, 'three'), (NULL, 'null');
INSERT INTO list_parted VALUES (7, 'seven');
CREATE TABLE lp_default PARTITION OF list_parted DEFAULT;
CREATE TABLE lp_default2 PARTITION OF list_parted DEFAULT;
INSERT INTO list_parted VALUES (7, 'seven');
SELECT * FROM list_parted ORDER BY a NULLS FIRST;
SELECT * FROM lp_12;
SELECT * FROM lp_default;
INSERT INTO lp_3 VALUES (1, 'wrong');
INSERT INTO lp_default VALUES (3, 'wrong');
UPDATE list_parted SET a = 3 WHERE a = 1;
SELECT * FROM lp_3 ORDER BY b;
UPDATE lp_3 SET a = 2;
UPDATE list_parted SET a = 9 WHERE b = 'three' RETURNING *;
SELECT * FROM lp_default ORDER BY b;
DELETE FROM list_parted WHERE a = 9;
SELECT count(*) FROM list_parted;
CREATE TABLE range_parted (a int, b text) PARTITION BY RANGE (a, b);
CREATE TABLE rp_low PARTITION OF range_parted FOR VALUES FROM (MINVALUE, MINVALUE) TO (10, 'm');
CREATE TABLE rp_high PARTITION OF range_parted FOR VALUES FROM (10, 'm') TO (20, MAXVALUE);
CREATE TABLE rp_overlap PARTITION OF range_parted FOR VALUES FROM (15, 'a') TO (30, 'a');
CREATE TABLE rp_before PARTITION OF range_parted FOR VALUES FROM (-5, 'a') TO (1, 'a');
CREATE TABLE rp_empty PARTITION OF range_parted FOR VALUES FROM (30, 'b') TO (30, 'a');
CREATE TABLE rp_wrongcount PARTITION OF range_parted FOR VALUES FROM (30) TO (40);
CREATE TABLE rp_null PARTITION OF range_parted FOR VALUES FROM (NULL, 'a') TO (40, 'a');
INSERT INTO range_parted VALUES (1, 'a'), (10, 'a'), (10, 'z'), (19, 'zz');
INSERT INTO range_parted VALUES (20, 'a');
INSERT INTO range_parted VALUES (NULL, 'a');
SELECT * FROM rp_low ORDER BY a, b;
SELECT * FROM rp_high ORDER BY a, b;
CREATE TABLE hash_parted (a int, b text) PARTITION BY HASH (a);
CREATE TABLE hp_0 PARTITION OF hash_parted FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE hp_1 PARTITION OF hash_parted FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE hp_2 PARTITION OF hash_parted FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE hp_3 PARTITION OF hash_parted FOR VALUES WITH (MODULUS 4, REMAINDER 3);
CREATE TABLE hp_bad PARTITION OF hash_parted FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TABLE hp_default PARTITION OF hash_parted DEFAULT;
INSERT INTO hash_parted SELECT g, 'v' || g FROM generate_series(1, 12) g;
SELECT a FROM hp_0 ORDER BY a;
SELECT a FROM hp_1 ORDER BY a;
SELECT a FROM hp_3 ORDER BY a;
CREATE TABLE text_hash (t text, n bigint) PARTITION BY HASH (t, n);
CREATE TABLE th_0 PARTITION OF text_hash FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE th_1 PARTITION OF text_hash FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TABLE th_2 PARTITION OF text_hash FOR VALUES WITH (MODULUS 3, REMAINDER 2);
INSERT INTO text_hash VALUES ('apple', 1), ('banana', -2), ('a much longer text value here', 3000000000), ('', 0);
SELECT * FROM th_0 ORDER BY t;
SELECT * FROM th_1 ORDER BY t;
SELECT * FROM th_2 ORDER BY t;
CREATE TABLE sub_parted (a int, b int) PARTITION BY RANGE (a);
CREATE TABLE sp_1 PARTITION OF sub_parted FOR VALUES FROM (1) TO (10) PARTITION BY LIST (b);
CREATE TABLE sp_1_x PARTITION OF sp_1 FOR VALUES IN (1);
INSERT INTO sub_parted VALUES (5, 1);
INSERT INTO sub_parted VALUES (5, 2);
INSERT INTO sp_1_x VALUES (50, 1);
SELECT * FROM sub_parted;
SELECT relname, relkind, relispartition, pg_get_expr(relpartbound, oid) AS bound
  FROM pg_class WHERE relname LIKE 'lp\_%' OR relname LIKE 'rp\_%' OR relname LIKE 'sp\_%' ORDER BY 1;
SELECT relname, pg_get_partkeydef(oid) FROM pg_class WHERE relkind = 'p' ORDER BY 1;
SELECT c.relname, t.partstrat, t.partnatts FROM pg_partitioned_table t JOIN pg_class c ON c.oid = t.partrelid ORDER BY 1;
\d list_parted
\d+ range_parted
\d lp_12
\d lp_default
\d+ rp_high
\d sp_1_x
CREATE TABLE bad_key (a int) PARTITION BY LIST (a, a);
CREATE TABLE bad_key (a int) PARTITION BY RANGE (nosuch);
CREATE TABLE bad_key (a int) PARTITION BY FOO (a);
CREATE TABLE lp_notpart PARTITION OF lp_12 FOR VALUES IN (1);
ALTER TABLE list_parted DROP COLUMN a;
DROP TABLE lp_12;
DROP TABLE list_parted, range_parted;
SELECT count(*) FROM pg_class WHERE relname LIKE 'lp\_%' OR relname LIKE 'rp\_%';
