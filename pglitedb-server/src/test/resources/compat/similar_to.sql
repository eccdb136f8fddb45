-- SIMILAR TO and SUBSTRING ... SIMILAR (similar_to_escape)
SELECT 'abcdefg' SIMILAR TO '_bcd%' AS t1, 'abcdefg' SIMILAR TO 'bcd%' AS f1, 'abcd%' SIMILAR TO '_bcd#%' ESCAPE '#' AS t2,
       'abcdefg' SIMILAR TO '_bcd#%' ESCAPE '#' AS f2, 'abc' NOT SIMILAR TO 'a(b|x)c' AS f3, 'axc' SIMILAR TO 'a(b|x)c' AS t3,
       'abcdefg' SIMILAR TO '_bcd%' ESCAPE NULL AS null1;
SELECT 'abcd\efg' SIMILAR TO '_bcd\%' ESCAPE '' AS t4;
SELECT 'abcdefg' SIMILAR TO '_bcd%' ESCAPE '##';
SELECT similar_to_escape('a%b_c') AS e1, similar_to_escape('a#%b', '#') AS e2, similar_to_escape('a(b|c)[x]', '') AS e3;
SELECT SUBSTRING('abcdefg' SIMILAR 'a#"(b_d)#"%' ESCAPE '#') AS s1, SUBSTRING('abcdefg' SIMILAR '%' ESCAPE '#') AS s2,
       SUBSTRING('abcdefg' SIMILAR 'z%' ESCAPE '#') IS NULL AS s3, SUBSTRING('abcdefg' SIMILAR '%' ESCAPE NULL) IS NULL AS s4;
SET max_stack_depth = '100kB';
SELECT repeat('[', 10000)::json;
RESET max_stack_depth;
