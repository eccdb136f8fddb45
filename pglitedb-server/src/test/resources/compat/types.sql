-- The walking skeleton's types: PostgreSQL's text output for each, defaults, serials, typmods.
CREATE TABLE numbers (
  id serial PRIMARY KEY,
  s smallint,
  i integer,
  b bigint,
  r real,
  d double precision,
  n numeric,
  m numeric(10,2)
);
INSERT INTO numbers (s, i, b, r, d, n, m) VALUES
  (1, 2, 3, 1.5, 2.25, 3.125, 4.5),
  (-32768, -2147483648, -9223372036854775808, -0.1, 0.1, -0.001, -12345678.99),
  (32767, 2147483647, 9223372036854775807, 3.4e38, 1e308, 123456789012345678901234567890.5, 99999999.99),
  (0, 0, 0, 0, 0, 0, 0),
  (NULL, NULL, NULL, NULL, NULL, NULL, NULL)
RETURNING id;
SELECT * FROM numbers ORDER BY id;
-- numeric(10,2) rounds half away from zero
INSERT INTO numbers (m) VALUES (1.005), (2.004), (-1.005) RETURNING id, m;
SELECT r, d, r * 2 AS r2, d / 3 AS d3 FROM numbers WHERE id IN (1, 2) ORDER BY id;
SELECT n, n * 2 AS n2, n / 3 AS n3, m + 1 AS m1 FROM numbers WHERE id = 1;

CREATE TABLE words (
  id bigserial PRIMARY KEY,
  t text NOT NULL DEFAULT 'none',
  v varchar(5),
  c char(4),
  flag boolean DEFAULT false
);
INSERT INTO words (t, v, c, flag) VALUES ('hello', 'abc', 'ab', true), ('', '', '', NULL) RETURNING *;
INSERT INTO words (v) VALUES ('xyz') RETURNING id, t, v, c, flag;
INSERT INTO words DEFAULT VALUES RETURNING *;
SELECT id, t, v, c, flag FROM words ORDER BY id;
SELECT id, c = 'ab' AS c_eq, NOT flag AS not_flag FROM words ORDER BY id;
SELECT true AS t, false AS f;
DROP TABLE numbers;
DROP TABLE words;
