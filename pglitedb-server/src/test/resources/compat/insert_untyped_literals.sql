-- INSERT ... SELECT 'literal': a bare string literal of a plain SELECT stays untyped and is read
-- by the target column's input function; DISTINCT, ORDER BY, GROUP BY and UNION make it text
CREATE TABLE lit_target (a int, p point, b boolean, t text, v varchar(3));
INSERT INTO lit_target (p) SELECT '(0,0)' FROM generate_series(1, 2);
INSERT INTO lit_target (a, b) SELECT '7', 'yes' FROM generate_series(1, 2) WHERE true LIMIT 1;
INSERT INTO lit_target (t, v) SELECT 'abc', 'xyz';
INSERT INTO lit_target (a) SELECT DISTINCT '7';
INSERT INTO lit_target (a) SELECT '7' ORDER BY 1;
INSERT INTO lit_target (a) SELECT '7' UNION SELECT '8';
INSERT INTO lit_target (v) SELECT 'abcd';
INSERT INTO lit_target (a, p) SELECT '1', '(1,1)' FROM generate_series(1, 1) GROUP BY 1;
SELECT * FROM lit_target ORDER BY a, t;
DROP TABLE lit_target;
