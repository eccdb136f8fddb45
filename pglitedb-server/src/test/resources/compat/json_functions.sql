-- json and jsonb functions
SELECT jsonb_build_object('a', 1, 'b', 'x', 'c', NULL, 'd', true, 'a', 2) AS jb,
       json_build_object('a', 1, 'b', 'x', 'c', NULL, 'd', 1.50) AS j;
SELECT jsonb_build_array(1, 'a', NULL, 2.5, '{"x":1}'::jsonb, '[1]'::json) AS jb, json_build_array(1, 'a', NULL, true) AS j,
       jsonb_build_array() AS empty, jsonb_build_object() AS empty_obj;
SELECT jsonb_build_object('a');
SELECT jsonb_build_object(NULL, 1);
SELECT to_jsonb(1.50::numeric) AS n, to_jsonb('x'::text) AS t, to_jsonb(true) AS b, to_json('a"b'::text) AS q,
       to_json('NaN'::numeric) AS nan, to_jsonb('Infinity'::float8) AS inf, to_json(date '2020-01-02') AS d,
       to_json(timestamp '2020-01-02 03:04:05') AS ts, to_jsonb(timestamptz '2020-01-02 03:04:05+00') AS tstz,
       to_json('{"a": 1}'::jsonb) AS jb, to_jsonb(NULL::int) AS null_in;
SELECT jsonb_typeof('{}') AS o, jsonb_typeof('[]') AS a, jsonb_typeof('1') AS n, jsonb_typeof('"s"') AS s,
       jsonb_typeof('true') AS b, jsonb_typeof('null') AS z, json_typeof('  [1]') AS j;
SELECT jsonb_array_length('[1, 2, [3]]'), json_array_length('[1, 2,  3]');
SELECT jsonb_array_length('{}');
SELECT jsonb_array_length('1');
SELECT jsonb_strip_nulls('{"a": null, "b": [null, {"c": null, "d": 1}]}') AS jb,
       json_strip_nulls('{"a": null, "b": [null, {"c": null, "d": 1}]}') AS j;
SELECT jsonb_pretty('{"a": {}, "b": [], "c": [1, {"d": null}], "e": "x"}');
SELECT jsonb_pretty('[]') AS empty, jsonb_pretty('1') AS scalar;
SELECT jsonb_extract_path('{"a": {"b": [10, 20]}}', 'a', 'b', '1') AS p1,
       jsonb_extract_path_text('{"a": {"b": "x"}}', 'a', 'b') AS p2,
       json_extract_path('{"a": {"b":  [10, 20]}}', 'a', 'b') AS p3,
       json_extract_path_text('{"a": {"b": "x"}}', 'a', 'c') AS p4;
SELECT jsonb_exists('{"a":1}', 'a'), jsonb_contains('[1,2]', '[2]'), jsonb_contained('[2]', '[1,2]');
-- aggregates
CREATE TABLE items (id int PRIMARY KEY, grp text, val numeric, info jsonb);
INSERT INTO items VALUES (1, 'x', 1.5, '{"k": 1}'), (2, 'x', NULL, '[1]'), (3, 'y', 3, NULL);
SELECT grp, json_agg(val) AS j, jsonb_agg(val) AS jb, jsonb_agg(info) AS infos
FROM items GROUP BY grp ORDER BY grp;
SELECT json_object_agg(id, val) AS j, jsonb_object_agg('k' || id, info) AS jb FROM items;
SELECT json_agg(id) AS none, jsonb_object_agg(id, id) AS none2 FROM items WHERE false;
SELECT jsonb_object_agg(NULL::text, 1);
-- set-returning functions in FROM
SELECT * FROM jsonb_each('{"b": 2, "a": [1, "x"], "c": null}') ORDER BY key;
SELECT key, value FROM jsonb_each_text('{"b": 2, "a": "x", "c": null}') ORDER BY key;
SELECT * FROM json_each('{"b": 2,  "a": [1,   "x"]}') AS e(k, v) ORDER BY k;
SELECT * FROM json_each_text('{"b": "two", "a": null}') ORDER BY key;
SELECT value FROM jsonb_array_elements('[1, "a", {"b": null}, [2]]');
SELECT * FROM jsonb_array_elements_text('[1, "a", null]') AS t;
SELECT * FROM json_array_elements('[1,  "a", {"b":null}]');
SELECT elem FROM json_array_elements_text('["x", 2]') AS e(elem);
SELECT * FROM jsonb_object_keys('{"b": 1, "a": 2, "aa": 3}');
SELECT k FROM json_object_keys('{"b": 1, "a": 2, "b": 3}') AS k;
SELECT * FROM jsonb_each('[1]');
SELECT * FROM jsonb_array_elements('{"a": 1}');
SELECT * FROM jsonb_array_elements('1');
SELECT * FROM jsonb_object_keys('[1]');
SELECT i.id, e.value FROM (SELECT * FROM items WHERE jsonb_typeof(info) = 'array') i, jsonb_array_elements(i.info) e ORDER BY 1;
SELECT i.id, k FROM (SELECT * FROM items WHERE jsonb_typeof(info) = 'object') i CROSS JOIN LATERAL jsonb_object_keys(i.info) k;
SELECT count(*) FROM jsonb_array_elements(NULL);
-- a whole row of a table on the null-extended side of an outer join is NULL (count(t.*) skips it);
-- rows as JSON objects: to_json, to_jsonb, row_to_json, json_agg
create table ku (id int primary key, name text);
create table ko (id int primary key, uid int, amount int);
create table kn (a int, b int);
insert into ku values (1, 'a'), (2, 'b'), (3, 'c');
insert into ko values (10, 1, 5), (11, 1, 7), (12, 2, null);
insert into kn values (null, null), (1, 2);
select u.id, count(o.*), count(o), count(o.amount) from ku u left join ko o on o.uid = u.id group by u.id order by u.id;
select u.id, o is null, o.* is null, row_to_json(o) from ku u left join ko o on o.uid = u.id order by u.id, o.id;
select count(k.*), count(k) from kn k;
select u.id, o from ku u left join ko o on o.uid = u.id where o is null;
select to_json(o), to_jsonb(o), row_to_json(o, true) from ko o order by id;
select to_json(row(1, 'a', null::int)), row_to_json(row(1, array[1,2], row(true, 'x'))), to_jsonb(row(2, 'b'));
select json_agg(o) from ko o;
select to_json(array[row(1,2), row(3,4)]);
select row_to_json(1);
