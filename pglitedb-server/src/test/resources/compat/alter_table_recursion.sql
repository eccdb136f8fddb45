-- ALTER TABLE recurses to inheritance children and partitions unless ONLY is written
CREATE TABLE atr_parent (a int);
CREATE TABLE atr_child (b int) INHERITS (atr_parent);
CREATE TABLE atr_grandchild () INHERITS (atr_child);
INSERT INTO atr_child VALUES (1, 10);
ALTER TABLE atr_parent ADD COLUMN c text DEFAULT 'x';
SELECT * FROM atr_child;
SELECT * FROM atr_grandchild;
ALTER TABLE ONLY atr_parent ADD COLUMN d int;
ALTER TABLE atr_child ADD COLUMN e int;
ALTER TABLE atr_parent ADD COLUMN e int;
ALTER TABLE atr_parent ADD COLUMN b text;
ALTER TABLE atr_parent ALTER COLUMN c SET NOT NULL;
\d atr_grandchild
ALTER TABLE ONLY atr_parent ALTER COLUMN c DROP NOT NULL;
\d atr_child
ALTER TABLE atr_parent ALTER COLUMN c SET DEFAULT 'y';
INSERT INTO atr_grandchild (a, b) VALUES (2, 20);
SELECT * FROM atr_grandchild;
ALTER TABLE atr_parent ADD CONSTRAINT atr_a_check CHECK (a > 0);
INSERT INTO atr_child (a) VALUES (-1);
INSERT INTO atr_grandchild (a) VALUES (-1);
ALTER TABLE atr_parent ADD CHECK (a < 100);
SELECT conrelid::regclass, conname FROM pg_constraint
  WHERE conrelid IN ('atr_parent'::regclass, 'atr_child'::regclass, 'atr_grandchild'::regclass) AND contype = 'c'
  ORDER BY 1, 2;
ALTER TABLE ONLY atr_parent ADD CONSTRAINT atr_only CHECK (a <> 50);
SELECT conrelid::regclass, conname FROM pg_constraint WHERE conname = 'atr_only';
ALTER TABLE atr_parent DROP COLUMN c;
SELECT * FROM atr_grandchild ORDER BY a;
ALTER TABLE ONLY atr_parent DROP COLUMN e;
SELECT * FROM atr_child ORDER BY a;
SELECT * FROM atr_parent ORDER BY a;
-- partitions
CREATE TABLE atr_parted (a int, b text) PARTITION BY LIST (a);
CREATE TABLE atr_p1 PARTITION OF atr_parted FOR VALUES IN (1);
CREATE TABLE atr_p2 PARTITION OF atr_parted FOR VALUES IN (2) PARTITION BY LIST (b);
CREATE TABLE atr_p2x PARTITION OF atr_p2 FOR VALUES IN ('x');
INSERT INTO atr_parted VALUES (1, 'x'), (2, 'x');
ALTER TABLE atr_parted ADD COLUMN c int DEFAULT 5;
SELECT * FROM atr_p2x;
ALTER TABLE ONLY atr_parted ADD COLUMN d int;
ALTER TABLE ONLY atr_parted ADD CONSTRAINT atr_c CHECK (c > 0);
ALTER TABLE atr_parted ADD CONSTRAINT atr_c CHECK (c > 0);
INSERT INTO atr_parted VALUES (1, 'x', -1);
ALTER TABLE atr_parted ALTER COLUMN c SET NOT NULL;
INSERT INTO atr_parted VALUES (2, 'x', NULL);
ALTER TABLE atr_parted DROP COLUMN c;
SELECT * FROM atr_parted ORDER BY a;
\d atr_p2x
