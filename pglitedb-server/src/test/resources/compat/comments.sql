-- COMMENT ON tables, views, columns, constraints and indexes; pg_description, obj_description, col_description
CREATE TABLE ct (a int PRIMARY KEY, b text CONSTRAINT b_chk CHECK (length(b) > 1));
CREATE INDEX ct_b_idx ON ct (b);
CREATE VIEW cv AS SELECT a FROM ct;
CREATE MATERIALIZED VIEW cm AS SELECT b FROM ct;
COMMENT ON TABLE ct IS 'the table';
COMMENT ON COLUMN ct.b IS 'column b';
COMMENT ON COLUMN public.ct.a IS 'column a';
COMMENT ON CONSTRAINT b_chk ON ct IS 'longer than one';
COMMENT ON INDEX ct_b_idx IS 'b index';
COMMENT ON INDEX ct_pkey IS 'pk index';
COMMENT ON VIEW cv IS 'a view';
COMMENT ON MATERIALIZED VIEW cm IS 'a matview';
COMMENT ON COLUMN cv.a IS 'view column';
\d+ ct
SELECT obj_description('ct'::regclass, 'pg_class'), col_description('ct'::regclass, 2), obj_description('ct'::regclass),
    obj_description('cv'::regclass), obj_description('cm'::regclass, 'pg_class');
SELECT classoid::regclass, objsubid, description FROM pg_description
    WHERE objoid IN (SELECT oid FROM pg_class WHERE relname IN ('ct', 'cv', 'cm', 'ct_b_idx', 'ct_pkey')) ORDER BY 1::text, 2, 3;
SELECT c.conname, obj_description(c.oid, 'pg_constraint') FROM pg_constraint c WHERE conrelid = 'ct'::regclass ORDER BY 1;
-- errors
COMMENT ON COLUMN ct.nosuch IS 'x';
COMMENT ON CONSTRAINT nosuch ON ct IS 'x';
COMMENT ON VIEW ct IS 'x';
COMMENT ON TABLE cv IS 'x';
COMMENT ON TABLE nosuch IS 'x';
COMMENT ON INDEX nosuch IS 'x';
COMMENT ON COLUMN ct IS 'x';
-- removing, transactions
COMMENT ON COLUMN ct.b IS NULL;
COMMENT ON TABLE ct IS '';
SELECT obj_description('ct'::regclass, 'pg_class'), col_description('ct'::regclass, 2);
BEGIN;
COMMENT ON TABLE ct IS 'rolled back';
SELECT obj_description('ct'::regclass, 'pg_class');
ROLLBACK;
SELECT obj_description('ct'::regclass, 'pg_class');
-- the comment goes with its object
ALTER TABLE ct DROP CONSTRAINT b_chk;
DROP INDEX ct_b_idx;
SELECT count(*) FROM pg_description WHERE description IN ('longer than one', 'b index');
