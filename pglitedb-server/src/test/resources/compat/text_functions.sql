-- regular expressions and format()
SELECT 'abc' ~ 'b' AS m1, 'abc' ~ '^B' AS m2, 'abc' ~* '^B' AS m3, 'abc' !~ 'z' AS m4, 'abc' !~* 'A' AS m5;
SELECT 'foo123' ~ '[[:digit:]]+$' AS posix, 'foo bar' ~ '\mbar' AS word, 'a.b' ~ 'a\.b' AS escaped;
SELECT regexp_replace('Thomas', '.[mN]a.', 'M') AS r1, regexp_replace('Thomas', '.[mN]a.', 'M', 'i') AS r2,
       regexp_replace('foobarbaz', 'b(..)', 'X\1Y', 'g') AS r3, regexp_replace('abc', 'b', '[\&]') AS r4,
       regexp_replace('A PostgreSQL function', 'a|e|i|o|u', 'X', 1, 0, 'i') AS r5,
       regexp_replace('A PostgreSQL function', 'a|e|i|o|u', 'X', 1, 3, 'i') AS r6,
       regexp_replace('aaa', 'a', 'b', 2) AS r7;
SELECT regexp_replace('abc', 'b', 'x', 'z');
SELECT regexp_count('ABCABCAXYaxy', 'A.') AS c1, regexp_count('ABCABCAXYaxy', 'A.', 1, 'i') AS c2,
       regexp_count('ABC', '') AS c3;
SELECT regexp_like('Hello World', 'world') AS l1, regexp_like('Hello World', 'world', 'i') AS l2;
SELECT regexp_instr('number of your street, town zip, FR', '[^,]+', 1, 2) AS i1,
       regexp_instr('ABCDEFGHI', '(c..)(...)', 1, 1, 0, 'i', 2) AS i2, regexp_instr('abc', 'z') AS i3,
       regexp_instr('abcabc', 'b', 1, 2, 1) AS i4;
SELECT regexp_substr('number of your street, town zip, FR', '[^,]+', 1, 2) AS s1,
       regexp_substr('ABCDEFGHI', '(c..)(...)', 1, 1, 'i', 2) AS s2, regexp_substr('abc', 'z') IS NULL AS s3;
SELECT substring('foobar' from 'o(.)b') AS g, substring('foobar' from 'o.b') AS w, substring('foobar', 'z') AS none;
SELECT * FROM regexp_split_to_table('the quick  brown fox', '\s+');
SELECT * FROM regexp_split_to_table('abc', '') AS t(c);
SELECT count(*) FROM regexp_split_to_table('a,b,,c', ',');
SELECT 'abc' ~ '(';
SELECT format('Hello %s, %s', 'World', 42) AS f1, format('%I and %L', 'My Table', 'it''s') AS f2,
       format('%L', NULL) AS f3, format('[%s]', NULL) AS f4, format('%2$s %1$s', 'a', 'b') AS f5,
       format('|%5s|%-5s|', 'x', 'y') AS f6, format('|%*s|', 4, 'z') AS f7, format('|%-*s|', 4, 'z') AS f8,
       format('100%%') AS f9, format('%1$s %s', 'a', 'b') AS f10, format(NULL) IS NULL AS f11,
       format('%I', 'select') AS f12, format('%I', 'plain_name') AS f13;
SELECT format('%s %s', 'a');
SELECT format('%z', 1);
SELECT format('%I', NULL);
SELECT format('%0$s', 1);
SELECT format('abc %');
SELECT quote_ident('Foo bar') AS q1, quote_ident('foo') AS q2, quote_ident('table') AS q3,
       quote_literal('O''Reilly') AS q4, quote_literal(E'back\\slash') AS q5, quote_nullable(NULL) AS q6,
       quote_nullable('x') AS q7;
SELECT unistr('d\0061t\+000061') AS u1, unistr('\u00e9\U0001F600') AS u2;
SELECT unistr('wrong: \db99');
SELECT overlay('Txxxxas' placing 'hom' from 2 for 4) AS o1, overlay('abcdef' placing 'XY' from 3) AS o2,
       position('om' in 'Thomas') AS p1, position('z' in 'Thomas') AS p2;
