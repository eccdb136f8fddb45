-- json keeps its text; jsonb is normalised
SELECT '{"b":1,"aa":2,"a":3, "a":4}'::json AS json, '{"b":1,"aa":2,"a":3, "a":4}'::jsonb AS jsonb;
SELECT '1.50e1'::jsonb AS num, '-0'::jsonb AS zero, '1E+2'::jsonb AS exp, '"\u00e9\n\t\\"'::jsonb AS str,
       '[1, "2", null, true, {"x": []}]'::jsonb AS arr, '  "x"  '::jsonb AS scalar;
SELECT '"\u0000"'::json AS json_nul;
SELECT '"\u0000"'::jsonb;
SELECT '{"a":1,}'::jsonb;
SELECT '[1,2'::json;
SELECT '  {"a":tru}'::json;
SELECT E'{\n"a":\n 01}'::json;
SELECT '"abc'::json;
SELECT '"\x"'::json;
SELECT '"\u12"'::json;
SELECT ''::jsonb;
SELECT '{"a" 1}'::jsonb;
SELECT '[1 2]'::jsonb;
SELECT '{1:2}'::jsonb;
SELECT '"\ud83d\ude00"'::jsonb AS surrogates, '"\ud83d"'::json;
SELECT '{"a": "this is a rather long value for the context line to be cut", "b": nope}'::jsonb;
-- operators
SELECT '{"a": {"b": [1, 2, 3]}}'::jsonb -> 'a' AS a, '{"a": {"b": [1, 2, 3]}}'::jsonb -> 'a' -> 'b' -> -1 AS last,
       '{"a": "x"}'::jsonb ->> 'a' AS text, '{"a": null}'::jsonb ->> 'a' IS NULL AS null_text,
       '[1, 2]'::jsonb -> 5 AS missing, '1'::jsonb -> 'a' AS scalar;
SELECT '{"a": [1,  2] }'::json -> 'a' AS raw, '[1, "x\ny"]'::json ->> 1 AS unescaped, '[1, "x\ny"]'::json -> 1 AS quoted,
       '{"a":1,"a":2}'::json -> 'a' AS dup;
SELECT '{"a":1, "b":{"c":2}}'::jsonb @> '{"b":{}}' AS c1, '{"a":1}'::jsonb @> '{"a":1, "b":2}' AS c2,
       '[1, 2, [3]]'::jsonb @> '[[3], 1]' AS c3, '[1,2]'::jsonb @> '1' AS c4, '1'::jsonb @> '[1]' AS c5,
       '{"a":1}'::jsonb <@ '{"a":1,"b":2}' AS c6, '["a"]'::jsonb @> '"a"' AS c7, '[[1]]'::jsonb @> '[1]' AS c8;
SELECT '{"a":1}'::jsonb ? 'a' AS k1, '["a","b"]'::jsonb ? 'b' AS k2, '"a"'::jsonb ? 'a' AS k3, '{"a":{"b":1}}'::jsonb ? 'b' AS k4;
SELECT '{"a":1}'::jsonb || '{"b":2, "a":3}' AS merge, '[1]'::jsonb || '[2,3]' AS arrays, '1'::jsonb || '2' AS scalars,
       '{"a":1}'::jsonb || '[2]' AS mixed, '[1]'::jsonb || '{"a":1}' AS mixed2;
SELECT '{"a":1,"b":2}'::jsonb - 'a' AS del_key, '["a","b","a"]'::jsonb - 'a' AS del_str, '[1,2,3]'::jsonb - 1 AS del_idx,
       '[1,2,3]'::jsonb - -1 AS del_last, '[1,2,3]'::jsonb - 7 AS del_none;
SELECT '1'::jsonb - 'a';
SELECT '{"a":1}'::jsonb - 0;
-- ordering, equality, grouping
SELECT '[]'::jsonb < '1'::jsonb AS a, '{}'::jsonb > '[1,2,3]'::jsonb AS b, 'null'::jsonb < '""'::jsonb AS c,
       '"a"'::jsonb < '1'::jsonb AS d, '1'::jsonb < 'true'::jsonb AS e, '{"aa":1}'::jsonb < '{"b":1}'::jsonb AS f,
       '[1,[2]]'::jsonb < '[1,3]'::jsonb AS g, '1'::jsonb < '[0]'::jsonb AS h, '1.0'::jsonb = '1'::jsonb AS i,
       '{"a":1,"b":2}'::jsonb = '{"b":2,"a":1}'::jsonb AS j;
CREATE TABLE docs (id int PRIMARY KEY, doc jsonb, raw json);
INSERT INTO docs VALUES
  (1, '{"kind": "a", "n": 1, "tags": ["x", "y"]}', '{"kind": "a",  "n": 1}'),
  (2, '{"kind": "b", "n": 2.0, "tags": []}', '[1, 2]'),
  (3, '{"n": 2, "kind": "b", "tags": []}', 'null'),
  (4, '[1, 2]', '"s"'),
  (5, 'null', '3'),
  (6, NULL, NULL);
SELECT doc, count(*) FROM docs GROUP BY doc ORDER BY doc NULLS FIRST;
SELECT DISTINCT doc -> 'kind' AS kind FROM docs ORDER BY 1;
SELECT id, doc ->> 'kind' AS kind, (doc ->> 'n')::numeric * 2 AS twice FROM docs WHERE doc @> '{"kind": "b"}' ORDER BY id;
SELECT id FROM docs WHERE doc ? 'tags' AND jsonb_array_length(doc -> 'tags') > 0;
SELECT id, raw -> 'kind' AS kind, raw ->> 0 AS first, json_typeof(raw) FROM docs ORDER BY id;
SELECT id, jsonb_typeof(doc) FROM docs ORDER BY id;
-- casts
SELECT '{"a":1}'::json::jsonb AS to_jsonb, '{"b":1,  "a":2}'::jsonb::json AS to_json, '12.5'::jsonb::numeric AS num,
       '12'::jsonb::int AS int, '12.5'::jsonb::float8 AS float, 'true'::jsonb::bool AS bool, '{"a":1}'::jsonb::text AS text;
SELECT '"12"'::jsonb::int;
SELECT '[1]'::jsonb::numeric;
SELECT '{"a":1}'::json = '{"a":1}'::json;
