-- set-returning functions in the select list
SELECT generate_series(1, 3) AS n;
SELECT generate_series(1, 3), 'x' AS tag;
SELECT generate_series(5, 1, -2), generate_series(1, 2) AS b;
SELECT jsonb_array_elements('[1, "a", {"b": 2}]');
SELECT jsonb_array_elements_text('[1, "a", null]') AS v;
SELECT jsonb_object_keys('{"b": 1, "a": 2}') ORDER BY 1;
CREATE TABLE t (id int PRIMARY KEY, j jsonb);
INSERT INTO t VALUES (1, '[1, 2]'), (2, '[]'), (3, '[3]');
SELECT id, jsonb_array_elements(j) AS e FROM t ORDER BY id, e;
SELECT count(*), generate_series(1, 2) FROM t;
SELECT DISTINCT jsonb_array_elements(j) FROM t ORDER BY 1;
SELECT generate_series(1, NULL);
SELECT generate_series(1, 3, 0);
SELECT generate_series(1.5, 3.5), generate_series(1::bigint, 2);
SELECT regexp_split_to_table('a b c', ' ') AS word;
SELECT json_array_elements('[1,  {"a": 2}]');
