-- VARIADIC arrays for the json builders and extract_path; bytea LIKE; SUBSTRING FROM ... FOR escape; regexp error texts
SELECT json_build_array(VARIADIC NULL::text[]), json_build_array(VARIADIC '{}'::text[]), json_build_array(VARIADIC ARRAY['a', NULL]::text[]);
SELECT json_build_array(VARIADIC '{{1,4},{2,5},{3,6}}'::int[][]), jsonb_build_array(VARIADIC '{1,2,3,4}'::int[]);
SELECT json_build_object(VARIADIC '{a,b,c}'::text[]);
SELECT jsonb_build_object(VARIADIC ARRAY[NULL, 'a']::text[]);
SELECT json_build_object(VARIADIC '{{1,4},{2,5},{3,6}}'::int[][]), jsonb_build_object(VARIADIC ARRAY['a', NULL]::text[]), json_build_object(VARIADIC NULL::text[]);
SELECT json_extract_path('{"a":{"b":7}}', VARIADIC '{a,b}'), jsonb_extract_path_text('{"a":{"b":7}}', VARIADIC ARRAY['a','b']);
SELECT json_build_array(VARIADIC 1);
SELECT lower(VARIADIC ARRAY['a']);
SELECT json_build_object(array[1,2], 3);
SELECT jsonb_build_object('{a,b,c}'::text[], 3);
SELECT 'abc'::bytea LIKE '_b_'::bytea AS "true", 'abc'::bytea NOT LIKE '_b_'::bytea AS "false", 'a_c'::bytea LIKE 'a$__'::bytea ESCAPE '$'::bytea AS "t";
SELECT '\x01ff'::bytea LIKE '%\xff'::bytea, '\x0102'::bytea like '%1%';
SELECT 'abc'::bytea ILIKE 'a%';
SELECT SUBSTRING('abcdefg' FROM 'a#"(b_d)#"%' FOR '#') AS "bcd", SUBSTRING('abcdefg' FROM 'c' FOR 2);
SELECT regexp_replace('A PostgreSQL function', 'a|e|i|o|u', 'X', '1');
SELECT regexp_matches('foobarbequebaz', $re$(bar)(beque){2,1}$re$);
