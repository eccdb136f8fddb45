-- Table inheritance: INHERITS merges columns, NOT NULL, defaults and CHECK constraints; a parent's
-- scans, UPDATE and DELETE include its children unless ONLY is given
CREATE TABLE person (name text, age int4 NOT NULL DEFAULT 1, CHECK (age > 0));
CREATE TABLE emp (salary int4, manager name) INHERITS (person);
CREATE TABLE student (gpa float8) INHERITS (person);
CREATE TABLE stud_emp (percent int4) INHERITS (emp, student);
CREATE TABLE local_merge (age int4, extra text) INHERITS (person);
CREATE TABLE bad_merge (age text) INHERITS (person);
INSERT INTO person VALUES ('mike', 40);
INSERT INTO emp VALUES ('sharon', 25, 1000, 'mike');
INSERT INTO student (name, gpa) VALUES ('fred', 3.5);
INSERT INTO stud_emp VALUES ('jeff', 23, 600, 'sharon', 3.9, 50);
INSERT INTO emp VALUES ('bad', -1, 0, 'x');
INSERT INTO emp VALUES ('bad', NULL, 0, 'x');
SELECT * FROM person ORDER BY name;
SELECT * FROM ONLY person;
SELECT * FROM emp ORDER BY name;
SELECT * FROM person* WHERE age > 24 ORDER BY name;
SELECT count(*) FROM person p JOIN emp e USING (name);
UPDATE person SET age = age + 1 WHERE name <> 'mike' RETURNING name, age;
UPDATE ONLY person SET age = 0;
SELECT name, age FROM person ORDER BY name;
DELETE FROM ONLY emp WHERE name = 'jeff';
DELETE FROM person WHERE name = 'jeff' RETURNING name;
SELECT name FROM person ORDER BY name;
\d emp
\d stud_emp
SELECT c.relname, p.relname AS parent, i.inhseqno FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
  JOIN pg_class p ON p.oid = i.inhparent ORDER BY 1, 3;
SELECT attname, attinhcount, attislocal FROM pg_attribute WHERE attrelid = 'stud_emp'::regclass AND attnum > 0
  ORDER BY attnum;
SELECT relname, relhassubclass FROM pg_class WHERE relname IN ('person', 'stud_emp') ORDER BY 1;
ALTER TABLE emp DROP COLUMN name;
DROP TABLE person;
DROP TABLE student;
DROP TABLE person CASCADE;
SELECT count(*) FROM pg_class WHERE relname IN ('person', 'emp', 'student', 'stud_emp');
CREATE TABLE parted (a int) PARTITION BY LIST (a);
CREATE TABLE inh_parted () INHERITS (parted);
CREATE TABLE twice () INHERITS (local_merge, local_merge);
