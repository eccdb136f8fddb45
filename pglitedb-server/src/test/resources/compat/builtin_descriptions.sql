-- initdb's comments on built-in objects, the languages and the plpgsql extension (psql \dx,
-- \df+ and \dT descriptions, pgJDBC getFunctions' REMARKS)
\dx
SELECT description FROM pg_description WHERE objoid = 'pg_catalog.now'::regproc AND classoid = 'pg_proc'::regclass;
SELECT obj_description('pg_catalog.pi'::regproc, 'pg_proc');
SELECT obj_description('int4'::regtype, 'pg_type'), obj_description('text'::regtype);
SELECT obj_description('public'::regnamespace, 'pg_namespace'), obj_description('pg_catalog'::regnamespace);
SELECT lanname, lanispl, lanpltrusted FROM pg_language ORDER BY oid;
SELECT extname, extversion, extrelocatable FROM pg_extension;
SELECT d.description FROM pg_description d JOIN pg_am a ON a.oid = d.objoid WHERE a.amname = 'btree';
CREATE TABLE described (a int);
COMMENT ON TABLE described IS 'mine';
SELECT obj_description('described'::regclass, 'pg_class');
SELECT count(*) > 0 AS has_builtin_rows FROM pg_description WHERE classoid = 'pg_proc'::regclass;
\dT int4
