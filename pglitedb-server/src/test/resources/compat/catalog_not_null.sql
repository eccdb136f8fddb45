-- the catalogs' NOT NULL columns, as PostgreSQL 15 marks them (what psql's \d and ORMs' reflection show;
-- columns of types PGLiteDB does not have, such as xid, are left out)
SELECT attrelid::regclass, attname FROM pg_attribute
WHERE attrelid IN ('pg_class'::regclass, 'pg_namespace'::regclass, 'pg_index'::regclass, 'pg_constraint'::regclass,
                   'pg_type'::regclass, 'pg_proc'::regclass)
  AND attnum > 0 AND attnotnull AND atttypid::regtype::text NOT IN ('xid', 'aclitem', 'aclitem[]')
ORDER BY attrelid, attnum;
SELECT count(*) FILTER (WHERE attnotnull) AS not_null, count(*) FILTER (WHERE NOT attnotnull) AS nullable
FROM pg_attribute
WHERE attrelid IN ('pg_attribute'::regclass, 'pg_attrdef'::regclass, 'pg_depend'::regclass) AND attnum > 0
  AND atttypid::regtype::text NOT IN ('xid', 'aclitem', 'aclitem[]') AND attname NOT IN ('adbin', 'attmissingval');
-- views have none
SELECT count(*) FILTER (WHERE attnotnull) AS not_null FROM pg_attribute
WHERE attrelid IN ('pg_tables'::regclass, 'pg_roles'::regclass, 'pg_settings'::regclass);
\d pg_namespace
\d pg_am
