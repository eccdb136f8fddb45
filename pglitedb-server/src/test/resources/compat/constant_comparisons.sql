-- Comparisons of a column with a constant (the executor prepares the constant once): same
-- answers as a comparison of two columns, for every operator, NULLs and edge values.
CREATE TABLE d (id int, day date, ts timestamp, mode char(10), n int4, big int8, q numeric(15,2));
INSERT INTO d VALUES
  (1, '1993-12-31', '1993-12-31 23:59:59', 'MAIL', 1, 10000000000, 23.99),
  (2, '1994-01-01', '1994-01-01 00:00:00', 'MAIL  ', 2, -1, 24.00),
  (3, '1994-01-02', '1994-01-01 00:00:01', 'SHIP', 3, 3, 24.01),
  (4, NULL, NULL, NULL, NULL, NULL, NULL),
  (5, 'infinity', 'infinity', 'AIR REG', 2147483647, 9223372036854775807, -0.01),
  (6, '-infinity', '-infinity', '', -2147483648, -9223372036854775808, 0),
  (7, '5874897-12-31', '294276-12-31 23:59:59', 'MAI', 0, 0, 1e12),
  (8, '4713-01-01 BC', '4713-11-24 00:00:00 BC', 'MAIL x', 24, 24, 24);
-- date column against a timestamp constant: at midnight, off midnight, infinities
SELECT id, day < timestamp '1994-01-01' AS lt, day <= timestamp '1994-01-01' AS le,
       day = timestamp '1994-01-01' AS eq, day <> timestamp '1994-01-01' AS ne,
       day >= timestamp '1994-01-01' AS ge, day > timestamp '1994-01-01' AS gt
FROM d ORDER BY id;
SELECT id, day < timestamp '1994-01-01 12:00' AS lt, day = timestamp '1994-01-01 12:00' AS eq,
       day > timestamp '1994-01-01 12:00' AS gt
FROM d ORDER BY id;
SELECT id, day < timestamp 'infinity' AS lt_inf, day > timestamp '-infinity' AS gt_neginf,
       day = timestamp 'infinity' AS eq_inf
FROM d ORDER BY id;
SELECT id, day < timestamp '294276-12-31 00:00' AS lt_max, day >= timestamp '4713-11-24 00:00 BC' AS ge_min
FROM d ORDER BY id;
SELECT count(*) FROM d WHERE day >= date '1994-01-01' AND day < date '1994-01-01' + interval '1' year;
SELECT id FROM d WHERE day < date '1994-01-01' + interval '1' day ORDER BY id;
-- timestamp column against a date constant
SELECT id, ts < date '1994-01-01' AS lt, ts = date '1994-01-01' AS eq, ts >= date '1994-01-01' AS ge,
       ts < date 'infinity' AS lt_inf
FROM d ORDER BY id;
-- bpchar against a constant: trailing spaces do not count, on either side
SELECT id, mode = 'MAIL' AS eq, mode = 'MAIL   ' AS eq_padded, mode <> 'MAIL' AS ne,
       mode < 'MAIL' AS lt, mode <= 'MAIL ' AS le, mode > 'MAIL' AS gt, mode >= 'MAIL' AS ge,
       mode = '' AS empty
FROM d ORDER BY id;
SELECT id, mode IN ('MAIL', 'SHIP') AS in_list, mode = ANY ('{MAIL,SHIP}') AS any_arr,
       mode <> ALL ('{MAIL,SHIP}') AS all_arr, mode = ANY ('{MAIL,NULL}') AS any_null,
       mode <> ALL ('{MAIL,NULL}') AS all_null, mode < ANY ('{B,M}') AS lt_any,
       mode = ANY ('{}'::bpchar[]) AS any_empty
FROM d ORDER BY id;
SELECT id FROM d WHERE mode IN ('MAIL', 'SHIP') AND day < timestamp '1994-01-02' ORDER BY id;
-- integers of different widths against constants
SELECT id, n < 3::int8 AS lt8, n >= 2::int2 AS ge2, big > 2147483647 AS gt4, big = -1 AS eq,
       big < 9223372036854775807 AS lt_max
FROM d ORDER BY id;
SELECT id FROM d WHERE n = ANY ('{2,24,NULL}'::int8[]) ORDER BY id;
-- numeric against constants of another scale
SELECT id, q < 24 AS lt, q = 24 AS eq, q BETWEEN 23.995 AND 24.005 AS btw, q > 'NaN' AS gt_nan,
       q < 'Infinity'::numeric AS lt_inf
FROM d ORDER BY id;
-- numeric special values, text and timestamps against constants
CREATE TABLE s (id int, u numeric, t text, ts timestamp, tz timestamptz);
INSERT INTO s VALUES (1, 'NaN', 'abc', '2000-01-01', '2000-01-01 00:00+00'), (2, 'Infinity', 'abd', 'infinity', 'infinity'),
  (3, '-Infinity', '', '-infinity', '-infinity'), (4, 1.50, 'ab', '1999-12-31 23:59:59.999999', '1999-12-31 23:00-01'),
  (5, NULL, NULL, NULL, NULL);
SELECT id, u < 1.5 AS lt, u = 1.500 AS eq, u > 'NaN' AS gt_nan, u = 'NaN' AS eq_nan, u < 'Infinity' AS lt_inf,
       u >= '-Infinity' AS ge_neginf, u IN (1.5, 'NaN') AS in_list
FROM s ORDER BY id;
SELECT id, t < 'abc' AS lt, t = 'abc' AS eq, t >= '' AS ge, t IN ('ab', 'abd') AS in_list
FROM s ORDER BY id;
SELECT id, ts < timestamp '2000-01-01' AS lt, ts = timestamp '2000-01-01' AS eq, ts >= date '2000-01-01' AS ge_date,
       tz = timestamptz '2000-01-01 00:00+00' AS tz_eq, tz < timestamptz 'infinity' AS tz_lt_inf
FROM s ORDER BY id;
DROP TABLE s;
-- errors are raised as before
SELECT id FROM d WHERE n < 'abc';
SELECT id FROM d WHERE day < timestamp '1994-13-01';
EXPLAIN (COSTS OFF) SELECT id FROM d WHERE day < date '1994-01-01' + interval '1' year AND mode IN ('MAIL', 'SHIP');
DROP TABLE d;
