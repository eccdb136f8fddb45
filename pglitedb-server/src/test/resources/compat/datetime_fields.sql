-- extract(field FROM date | timestamp | timestamptz) and date_part(text, ...)
SET TimeZone = 'UTC';
CREATE TABLE d (id int PRIMARY KEY, dt date, ts timestamp, tz timestamptz);
INSERT INTO d VALUES
  (1, '1995-03-15', '1995-03-15 13:45:06.789012', '1995-03-15 13:45:06.789012+00'),
  (2, '2000-01-01', '2000-01-01 00:00:00', '2000-01-01 00:00:00+00'),
  (3, '2004-12-31', '2004-12-31 23:59:59.5', '2004-12-31 23:59:59.5+00'),
  (4, '0044-03-15 BC', '0044-03-15 12:00:00 BC', '0044-03-15 12:00:00+00 BC'),
  (5, 'infinity', '-infinity', 'infinity'),
  (6, NULL, NULL, NULL);
SELECT id, extract(year FROM dt) AS y, extract(month FROM dt) AS m, extract(day FROM dt) AS d,
       extract(quarter FROM dt) AS q, extract(week FROM dt) AS w, extract(dow FROM dt) AS dow,
       extract(isodow FROM dt) AS isodow, extract(doy FROM dt) AS doy, extract(isoyear FROM dt) AS isoyear
  FROM d ORDER BY id;
SELECT id, extract(decade FROM dt) AS dec, extract(century FROM dt) AS cent, extract(millennium FROM dt) AS mil,
       extract(epoch FROM dt) AS epoch, extract(julian FROM dt) AS julian
  FROM d ORDER BY id;
SELECT id, extract(hour FROM ts) AS h, extract(minute FROM ts) AS mi, extract(second FROM ts) AS s,
       extract(milliseconds FROM ts) AS ms, extract(microseconds FROM ts) AS us, extract(epoch FROM ts) AS epoch,
       extract(julian FROM ts) AS julian, extract(year FROM ts) AS y
  FROM d ORDER BY id;
SELECT id, extract(year FROM tz) AS y, extract(hour FROM tz) AS h, extract(epoch FROM tz) AS epoch,
       extract(timezone FROM tz) AS tz, extract(timezone_hour FROM tz) AS tzh, extract(timezone_minute FROM tz) AS tzm
  FROM d ORDER BY id;
SELECT date_part('year', dt) AS y, date_part('doy', ts) AS doy, date_part('epoch', tz) AS epoch,
       date_part('year', dt) / 7 AS float8_div FROM d WHERE id = 1;
SELECT extract(YEAR FROM date '1995-06-17') + 1 AS next_year, extract('month' FROM timestamp '2001-02-16 20:38:40');
SELECT EXTRACT(YEAR FROM l) AS y, count(*) FROM (VALUES (date '1995-01-02'), (date '1995-12-31'), (date '1996-06-01')) v(l)
  GROUP BY EXTRACT(YEAR FROM l) ORDER BY y;
SELECT extract(hour FROM date '2001-02-03');
SELECT extract(timezone FROM timestamp '2001-02-03 04:05:06');
SELECT extract(fortnight FROM date '2001-02-03');
SELECT extract(fortnight FROM timestamptz '2001-02-03 04:05:06+00');
SELECT date_part('hour', date '2001-02-03');
