-- Trigonometric functions in radians and in degrees (exact at the special angles), and the
-- encoding functions psql's \dc uses
SET extra_float_digits = 3;
SELECT x, sind(x), cosd(x), tand(x), cotd(x)
  FROM (VALUES (0.0::float8), (30), (45), (60), (90), (135), (180), (270), (-30), (360), (725)) v(x);
SELECT sin(1), cos(1), tan(1), cot(1), asin(0.5), acos(0.5), atan(1), atan2(1, 2);
SELECT asind(0.5), acosd(0.5), acosd(-0.5), atand(1), atan2d(1, 1), asind(-1), sin('NaN'), sind('NaN');
SELECT cot(0), cotd(0);
SELECT sin('inf');
SELECT sind('-inf');
SELECT asin(2);
SELECT acosd(-1.5);
SELECT getdatabaseencoding(), pg_client_encoding(), pg_char_to_encoding('utf-8'), pg_char_to_encoding('SQL_ASCII'),
       pg_char_to_encoding('nope');
SELECT 0::regoperator, '17'::regoper, pg_typeof(1::regoperator);
