-- information_schema._pg_expandarray and (row).field: what pgJDBC's getPrimaryKeys,
-- getIndexInfo and getBestRowIdentifier send
CREATE TABLE t (a int, b text, c int, PRIMARY KEY (c, a));
CREATE INDEX t_b_c ON t (b DESC, c);
SELECT * FROM information_schema._pg_expandarray(ARRAY[5, 6]);
SELECT information_schema._pg_expandarray(ARRAY[10, 20]);
SELECT (information_schema._pg_expandarray(ARRAY['a b', 'c'])).x,
       information_schema._pg_expandarray(ARRAY['a b', NULL, '', 'x"y', 'p,q']);
SELECT (x).n, (x).x FROM (SELECT information_schema._pg_expandarray(ARRAY[7, 8, 9]) AS x) s ORDER BY (x).n DESC;
SELECT ((information_schema._pg_expandarray(ARRAY[1.5, 2.5]))).x;
SELECT information_schema._pg_expandarray('{}'::int[]);
SELECT information_schema._pg_expandarray(NULL::int[]);
SELECT (1).foo;
SELECT (x).foo FROM (SELECT information_schema._pg_expandarray(ARRAY[1, 2]) AS x) s;
SELECT (information_schema._pg_expandarray(ARRAY[1])).nope;
SELECT json_each('{"a": 1, "b": [2]}');
SELECT (json_each('{"a": 1, "b": [2]}')).key;
-- getPrimaryKeys
SELECT result.TABLE_SCHEM, result.TABLE_NAME, result.COLUMN_NAME, result.KEY_SEQ, result.PK_NAME
FROM (SELECT NULL AS TABLE_CAT, n.nspname AS TABLE_SCHEM, ct.relname AS TABLE_NAME, a.attname AS COLUMN_NAME,
             (information_schema._pg_expandarray(i.indkey)).n AS KEY_SEQ, ci.relname AS PK_NAME,
             information_schema._pg_expandarray(i.indkey) AS KEYS, a.attnum AS A_ATTNUM
      FROM pg_catalog.pg_class ct
      JOIN pg_catalog.pg_attribute a ON (ct.oid = a.attrelid)
      JOIN pg_catalog.pg_namespace n ON (ct.relnamespace = n.oid)
      JOIN pg_catalog.pg_index i ON (a.attrelid = i.indrelid)
      JOIN pg_catalog.pg_class ci ON (ci.oid = i.indexrelid)
      WHERE true AND ct.relname = E't' AND i.indisprimary) result
WHERE result.A_ATTNUM = (result.KEYS).x
ORDER BY result.table_name, result.pk_name, result.key_seq;
-- getIndexInfo
SELECT tmp.TABLE_SCHEM, tmp.TABLE_NAME, tmp.NON_UNIQUE, tmp.INDEX_NAME, tmp.TYPE, tmp.ORDINAL_POSITION,
       trim(both '"' from pg_catalog.pg_get_indexdef(tmp.CI_OID, tmp.ORDINAL_POSITION, false)) AS COLUMN_NAME,
       CASE tmp.AM_NAME WHEN 'btree' THEN CASE tmp.I_INDOPTION[tmp.ORDINAL_POSITION - 1] & 1::smallint
           WHEN 1 THEN 'D' ELSE 'A' END ELSE NULL END AS ASC_OR_DESC,
       tmp.FILTER_CONDITION
FROM (SELECT n.nspname AS TABLE_SCHEM, ct.relname AS TABLE_NAME, NOT i.indisunique AS NON_UNIQUE,
             NULL AS INDEX_QUALIFIER, ci.relname AS INDEX_NAME,
             CASE i.indisclustered WHEN true THEN 1 ELSE CASE am.amname WHEN 'hash' THEN 2 ELSE 3 END END AS TYPE,
             (information_schema._pg_expandarray(i.indkey)).n AS ORDINAL_POSITION,
             pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS FILTER_CONDITION,
             ci.oid AS CI_OID, i.indoption AS I_INDOPTION, am.amname AS AM_NAME
      FROM pg_catalog.pg_class ct
      JOIN pg_catalog.pg_namespace n ON (ct.relnamespace = n.oid)
      JOIN pg_catalog.pg_index i ON (ct.oid = i.indrelid)
      JOIN pg_catalog.pg_class ci ON (ci.oid = i.indexrelid)
      JOIN pg_catalog.pg_am am ON (ci.relam = am.oid)
      WHERE true AND ct.relname = E't') AS tmp
ORDER BY NON_UNIQUE, TYPE, INDEX_NAME, ORDINAL_POSITION;
-- getBestRowIdentifier
SELECT a.attname, a.atttypid, atttypmod
FROM pg_catalog.pg_class ct
JOIN pg_catalog.pg_attribute a ON (ct.oid = a.attrelid)
JOIN pg_catalog.pg_namespace n ON (ct.relnamespace = n.oid)
JOIN (SELECT i.indexrelid, i.indrelid, i.indisprimary, information_schema._pg_expandarray(i.indkey) AS keys
      FROM pg_catalog.pg_index i) i ON (a.attnum = (i.keys).x AND a.attrelid = i.indrelid)
WHERE true AND ct.relname = E't' AND i.indisprimary
ORDER BY a.attnum;
SELECT current_schemas(false), current_schemas(true);
SET search_path = nosuch, public;
SELECT current_schemas(false), current_schemas(true), current_schemas(NULL) IS NULL AS null_arg;
